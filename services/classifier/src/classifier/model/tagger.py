"""TagModel: word and character n-gram TF-IDF plus metadata, a class-weighted logistic regression per tag."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from classifier.model.features import metadata, prose
from schemas.events import DocumentSeen
from schemas.tags import TAG_IDS

C = 4.0


def _vectorizers() -> tuple[TfidfVectorizer, TfidfVectorizer, CountVectorizer]:
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
    # The token pattern is a regex, not a password.
    meta = CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True)  # noqa: S106
    return words, chars, meta


@dataclass(frozen=True)
class Block:
    """One fitted vectorizer reduced to what scoring a single document needs (sklearn's per-call
    validation costs more than the arithmetic for one short text)."""

    analyze: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    offset: int
    idf: NDArray[np.float64] | None  # None: binary counts, no weighting, no normalisation

    @classmethod
    def of(cls, vectorizer: CountVectorizer, offset: int) -> Block:
        """The block of a fitted vectorizer whose columns start at `offset` in the stacked matrix."""
        idf = vectorizer.idf_ if isinstance(vectorizer, TfidfVectorizer) else None
        return cls(vectorizer.build_analyzer(), dict(vectorizer.vocabulary_), offset, idf)

    def features(self, text: str) -> tuple[list[int], list[float]]:
        """Column indices and values of one text, as the vectorizer's transform gives them."""
        vocabulary = self.vocabulary
        found = [(vocabulary[t], n) for t, n in Counter(self.analyze(text)).items() if t in vocabulary]
        if not found:
            return [], []
        columns = np.fromiter((i for i, _ in found), dtype=np.intp, count=len(found))
        counts = np.fromiter((n for _, n in found), dtype=np.float64, count=len(found))
        if self.idf is None:
            return (columns + self.offset).tolist(), [1.0] * len(found)
        values = (1.0 + np.log(counts)) * self.idf[columns]
        values /= float(np.sqrt(values @ values)) or 1.0
        return (columns + self.offset).tolist(), values.tolist()


@dataclass
class TagModel:
    """A fitted model: per-tag probabilities, decision thresholds and the n-grams behind a score."""

    words: TfidfVectorizer
    chars: TfidfVectorizer
    meta: CountVectorizer
    heads: dict[str, LogisticRegression]
    thresholds: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tags = sorted(self.heads)
        n_words, n_chars = len(self.words.vocabulary_), len(self.chars.vocabulary_)
        self._blocks = (
            (Block.of(self.words, 0), "prose"),
            (Block.of(self.chars, n_words), "prose"),
            (Block.of(self.meta, n_words + n_chars), "meta"),
        )
        # One weight row per feature: a document's scores are one small dense product.
        self._weights = np.stack([self.heads[t].coef_[0] for t in self.tags], axis=1)
        self._bias = np.array([self.heads[t].intercept_[0] for t in self.tags])
        self._chars = range(n_words, n_words + n_chars)
        self._names = [
            *self.words.get_feature_names_out(),
            *([""] * n_chars),
            *self.meta.get_feature_names_out(),
        ]

    @classmethod
    def fit(cls, documents: Sequence[DocumentSeen], labels: Sequence[frozenset[str]]) -> TagModel:
        """Fit on labelled documents; a tag with no positive example gets no head."""
        words, chars, meta = _vectorizers()
        texts = [prose(d) for d in documents]
        x = sparse.hstack(
            [
                words.fit_transform(texts),
                chars.fit_transform(texts),
                meta.fit_transform([metadata(d) for d in documents]),
            ]
        ).tocsr()
        heads = {}
        for tag in sorted(TAG_IDS):
            y = np.array([tag in tags for tags in labels], dtype=int)
            if 0 < y.sum() < len(y):
                head = LogisticRegression(C=C, class_weight="balanced", solver="liblinear")
                heads[tag] = head.fit(x, y)
        return cls(words, chars, meta, heads)

    def _features(self, document: DocumentSeen) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        texts = {"prose": prose(document), "meta": metadata(document)}
        indices: list[int] = []
        values: list[float] = []
        for block, source in self._blocks:
            i, v = block.features(texts[source])
            indices += i
            values += v
        return np.array(indices, dtype=np.intp), np.array(values, dtype=np.float64)

    def probabilities(self, document: DocumentSeen) -> dict[str, float]:
        """The document's probability per tag."""
        indices, values = self._features(document)
        logits = values @ self._weights[indices] + self._bias
        return dict(zip(self.tags, (1.0 / (1.0 + np.exp(-logits))).tolist(), strict=True))

    def decide(self, probabilities: Mapping[str, float]) -> dict[str, float]:
        """The tags whose probability reaches their threshold, with that probability."""
        return {t: p for t, p in probabilities.items() if p >= self.thresholds.get(t, 0.5)}

    def explain(self, document: DocumentSeen, tag: str, n: int = 5) -> list[str]:
        """The word n-grams and metadata tokens that pushed this document's score for `tag` up the most."""
        if tag not in self.heads:
            return []
        column = self.tags.index(tag)
        indices, values = self._features(document)
        pushes = values * self._weights[indices, column]
        # Character n-grams say little to a reader; words and metadata tokens do.
        ranked = sorted(
            (
                (float(p), int(i))
                for p, i in zip(pushes, indices, strict=True)
                if p > 0 and i not in self._chars
            ),
            reverse=True,
        )
        return [self._names[i] for _, i in ranked[:n]]
