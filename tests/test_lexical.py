"""Hashed n-gram features: fixed width, idf from training texts, unit-length rows."""

from __future__ import annotations

import numpy as np

from classifiers.lexical import LexicalFeatures

TEXTS = ["Mr D in bed 12 tonight", "@jo_b glad the cast came off ok!", "bed 12 again lol", ""]


def test_rows_are_unit_length_and_empty_text_is_zero() -> None:
    features = LexicalFeatures.fit(TEXTS)
    matrix = features.transform(TEXTS)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    assert matrix.shape == (4, features.width)
    assert np.allclose(norms[:3], 1.0) and norms[3] == 0.0


def test_rarer_ngrams_weigh_more() -> None:
    features = LexicalFeatures.fit(TEXTS)
    common = LexicalFeatures.counts(["bed"]).indices
    rare = LexicalFeatures.counts(["cast"]).indices
    assert features.idf[rare].mean() > features.idf[common].mean()


def test_transform_is_stateless_across_calls() -> None:
    features = LexicalFeatures.fit(TEXTS)
    once = features.transform(TEXTS).toarray()
    again = features.transform(list(reversed(TEXTS))).toarray()[::-1]
    assert np.array_equal(once, again)
