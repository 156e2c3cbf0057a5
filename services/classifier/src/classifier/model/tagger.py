"""Fitting: word and character n-gram TF-IDF plus metadata, a class-weighted logistic regression per tag."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from classifier.model.features import metadata, prose
from classifier.model.scorer import Block, Scorer
from schemas.events import DocumentSeen
from schemas.tags import TAG_IDS

# Chosen by 5-fold out-of-fold average precision of the model alone on its 796 items (1, 4, 16, 32, 100:
# micro-AP 0.871, 0.896, 0.904, 0.906, 0.908); gains flatten past 16, and weaker regularisation only buys
# more weight on single rare n-grams.
C = 16.0
# About 100,000 n-gram features against a few thousand items: liblinear's dual form reaches the same optimum
# (probabilities within 0.001 of the primal's) a little faster (the nine heads on 3,342 items: 16 s against
# 20 s on an idle machine), but needs more than its default 100 iterations to converge on the wider heads.
# Its coordinate descent visits items in a shuffled order: a fixed seed makes every fit of the same items
# the same model.
DUAL_ITERATIONS = 1000
DUAL_SEED = 0
Fitted = tuple[TfidfVectorizer, TfidfVectorizer, CountVectorizer, dict[str, LogisticRegression]]


def _vectorizers() -> tuple[TfidfVectorizer, TfidfVectorizer, CountVectorizer]:
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
    # The token pattern is a regex, not a password.
    meta = CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True)  # noqa: S106
    return words, chars, meta


def fit_heads(documents: Sequence[DocumentSeen], labels: Sequence[frozenset[str]]) -> Fitted:
    """The fitted vectorizers and one head per tag with positive and negative examples."""
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
            heads[tag] = LogisticRegression(
                C=C,
                class_weight="balanced",
                solver="liblinear",
                dual=True,
                max_iter=DUAL_ITERATIONS,
                random_state=DUAL_SEED,
            ).fit(x, y)
    return words, chars, meta, heads


def fit(documents: Sequence[DocumentSeen], labels: Sequence[frozenset[str]]) -> Scorer:
    """Fit on labelled documents and keep only what scoring needs (no sklearn object survives)."""
    return scorer_of(fit_heads(documents, labels))


def scorer_of(fitted: Fitted) -> Scorer:
    """The numpy-only scorer of fitted vectorizers and heads: what scoring needs, no sklearn object."""
    words, chars, meta, heads = fitted
    tags = sorted(heads)
    n_words, n_chars = len(words.vocabulary_), len(chars.vocabulary_)
    blocks = [
        Block("words", {str(k): int(v) for k, v in words.vocabulary_.items()}, 0, np.asarray(words.idf_)),
        Block(
            "chars", {str(k): int(v) for k, v in chars.vocabulary_.items()}, n_words, np.asarray(chars.idf_)
        ),
        Block("meta", {str(k): int(v) for k, v in meta.vocabulary_.items()}, n_words + n_chars, None),
    ]
    weights = np.stack([heads[t].coef_[0] for t in tags], axis=1)
    bias = np.array([heads[t].intercept_[0] for t in tags])
    return Scorer(tags, blocks, weights, bias)
