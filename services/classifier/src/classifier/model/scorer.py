"""Scorer: a fitted tag model reduced to numpy, so the worker scores documents without importing sklearn.

The analyzers reproduce scikit-learn's (a test holds them equal on the corpus): word 1-2-grams over
`(?u)\\b\\w\\w+\\b` tokens, character 3-5-grams inside word boundaries, whitespace tokens for metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np
from numpy.typing import NDArray

from classifier.model.features import metadata, prose
from schemas.events import DocumentSeen

_WORD = re.compile(r"(?u)\b\w\w+\b")
_SPACES = re.compile(r"\s\s+")
_META = re.compile(r"\S+")


def word_grams(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams, as sklearn's word analyzer with ngram_range=(1, 2)."""
    tokens = _WORD.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def char_grams(text: str) -> list[str]:
    """Character 3-5-grams inside space-padded words, as sklearn's 'char_wb' analyzer."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(3, 6):
            if size <= n:
                grams.append(padded)  # a short word is counted once, whole
                break
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


def meta_tokens(text: str) -> list[str]:
    """Whitespace-separated metadata tokens, case kept."""
    return _META.findall(text)


ANALYZERS: dict[str, Callable[[str], list[str]]] = {
    "words": word_grams,
    "chars": char_grams,
    "meta": meta_tokens,
}


@dataclass(frozen=True)
class Block:
    """One vectorizer's vocabulary and weighting; its columns start at `offset` in the weight matrix."""

    name: str
    vocabulary: dict[str, int]
    offset: int
    idf: NDArray[np.float64] | None  # None: binary counts, no weighting, no normalisation

    def features(self, text: str) -> tuple[list[int], list[float]]:
        """Column indices and values of one text, as the fitted vectorizer's transform gives them."""
        vocabulary = self.vocabulary
        found = [
            (vocabulary[t], n) for t, n in Counter(ANALYZERS[self.name](text)).items() if t in vocabulary
        ]
        if not found:
            return [], []
        columns = np.fromiter((i for i, _ in found), dtype=np.intp, count=len(found))
        if self.idf is None:
            return (columns + self.offset).tolist(), [1.0] * len(found)
        counts = np.fromiter((n for _, n in found), dtype=np.float64, count=len(found))
        values = (1.0 + np.log(counts)) * self.idf[columns]
        values /= float(np.sqrt(values @ values)) or 1.0
        return (columns + self.offset).tolist(), values.tolist()


@dataclass
class Scorer:
    """Per-tag probabilities, decision thresholds and the n-grams behind a score, in plain numpy."""

    tags: list[str]
    blocks: list[Block]
    weights: NDArray[np.float64]  # one row per feature, one column per tag
    bias: NDArray[np.float64]
    thresholds: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._names = [""] * len(self.weights)
        for block in self.blocks:
            if block.name != "chars":
                for name, column in block.vocabulary.items():
                    self._names[block.offset + column] = name

    def features(self, document: DocumentSeen) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """The document's non-zero feature columns and values."""
        texts = {"words": prose(document), "chars": prose(document), "meta": metadata(document)}
        indices: list[int] = []
        values: list[float] = []
        for block in self.blocks:
            i, v = block.features(texts[block.name])
            indices += i
            values += v
        return np.array(indices, dtype=np.intp), np.array(values, dtype=np.float64)

    def probabilities(self, document: DocumentSeen) -> dict[str, float]:
        """The document's probability per tag."""
        indices, values = self.features(document)
        logits = values @ self.weights[indices] + self.bias
        return dict(zip(self.tags, (1.0 / (1.0 + np.exp(-logits))).tolist(), strict=True))

    def decide(self, probabilities: Mapping[str, float]) -> dict[str, float]:
        """The tags whose probability reaches their threshold, with that probability."""
        return {t: p for t, p in probabilities.items() if p >= self.thresholds.get(t, 0.5)}

    def explain(self, document: DocumentSeen, tag: str, n: int = 5) -> list[str]:
        """The word n-grams and metadata tokens that pushed this document's score for `tag` up the most."""
        if tag not in self.tags:
            return []
        indices, values = self.features(document)
        pushes = values * self.weights[indices, self.tags.index(tag)]
        # Character n-grams have no name here: they say little to a reader; words and metadata do.
        ranked = sorted(
            ((float(p), self._names[int(i)]) for p, i in zip(pushes, indices, strict=True) if p > 0),
            reverse=True,
        )
        return [name for _, name in ranked if name][:n]

    def state(self) -> dict[str, Any]:
        """Everything needed to rebuild this scorer, as JSON-ready values."""
        return {
            "tags": self.tags,
            "blocks": [
                {
                    "name": b.name,
                    "vocabulary": b.vocabulary,
                    "offset": b.offset,
                    "idf": None if b.idf is None else b.idf.tolist(),
                }
                for b in self.blocks
            ],
            "weights": self.weights.tolist(),
            "bias": self.bias.tolist(),
            "thresholds": self.thresholds,
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> Scorer:
        """The scorer a `state()` describes."""
        blocks = [
            Block(
                b["name"],
                {str(k): int(v) for k, v in b["vocabulary"].items()},
                int(b["offset"]),
                None if b["idf"] is None else np.array(b["idf"], dtype=np.float64),
            )
            for b in state["blocks"]
        ]
        return cls(
            list(state["tags"]),
            blocks,
            np.array(state["weights"], dtype=np.float64),
            np.array(state["bias"], dtype=np.float64),
            {str(k): float(v) for k, v in state["thresholds"].items()},
        )
