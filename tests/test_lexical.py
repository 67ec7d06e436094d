"""Hashed n-gram features: fixed width, idf from training texts, unit-length rows."""

from __future__ import annotations

import numpy as np
import pytest

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


# Odd shapes the cached per-word path must count exactly as scikit-learn does: short words
# (a word shorter than an n-gram counts once), repeated n-grams, runs of whitespace, tabs and
# newlines, non-ASCII letters whose lower case depends on position, emoji, handles, hashtags.
ODD_TEXTS = [
    "", "a", "ab", "  x \t y\n\nz ", "ΟΔΟΣ Σ", "Café émoji 🙄🤦 naïve", "x" * 50,
    "@dr_who #FOAMed it's 5mg, 5mg, 5MG!!", "bed bed bed bed", "I", "Mr D. in bed 12 @ 3am",
    "new paper https://doi.org/10.1001/jama.1177 https://t.co/Xy7QpL2mNa #MedTwitter",
]


def test_counts_equal_scikit_learns_hashing_vectorizers() -> None:
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer

    from classifiers.lexical import CHAR_BITS, WORD_BITS, WORD_PATTERN

    words = HashingVectorizer(ngram_range=(1, 2), n_features=1 << WORD_BITS,
                              alternate_sign=False, norm=None,
                              token_pattern=WORD_PATTERN)  # fmt: skip
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=1 << CHAR_BITS,
                              alternate_sign=False, norm=None)  # fmt: skip
    texts = TEXTS + ODD_TEXTS
    expected = sparse.hstack([words.transform(texts), chars.transform(texts)]).tocsr()
    ours = LexicalFeatures.counts(texts)
    assert ours.shape == expected.shape
    assert (ours != expected).nnz == 0


@pytest.mark.parametrize(
    "texts",
    [TEXTS, ODD_TEXTS, TEXTS + ODD_TEXTS + TEXTS, [""], ["bed 12 bed 12 bed 12"]],
    ids=["plain", "odd", "repeated", "empty", "duplicated-grams"],
)
def test_project_equals_transform_times_weights(texts: list[str]) -> None:
    features = LexicalFeatures.fit(TEXTS + ODD_TEXTS)
    weights = np.random.default_rng(7).standard_normal((features.width, 4)).astype(np.float32)
    expected = np.asarray(features.transform(texts) @ weights, dtype=np.float64)
    assert np.allclose(features.project(texts, weights), expected, atol=1e-5)


def test_links_are_hashed_afresh_not_remembered() -> None:
    """A link is new in nearly every post: remembering its ~100 columns only grew memory."""
    from classifiers import lexical

    link = "https://t.co/q8ZrT4wLmB"
    assert len(link) > lexical.CACHED_WORD_MAX
    before = lexical._word_bytes.cache_info().currsize
    LexicalFeatures.counts([f"see {link}", f"again {link}"])
    assert lexical._word_bytes.cache_info().currsize <= before + 2  # "see", "again"
    assert lexical._char_bytes(link) == lexical._word_bytes.__wrapped__(link)


@pytest.mark.parametrize(
    "keys",
    [[5, 1, 5, 5, 0, 3, 1], [7], [2, 2, 2], list(range(10, 0, -1))],
    ids=["mixed", "one", "all-equal", "descending"],
)
def test_unique_counts_matches_numpy(keys: list[int]) -> None:
    from classifiers.lexical import _unique_counts

    expected_keys, expected_counts = np.unique(keys, return_counts=True)
    found_keys, found_counts = _unique_counts(np.array(keys, dtype=np.int32))
    assert found_keys.tolist() == expected_keys.tolist()
    assert found_counts.tolist() == expected_counts.tolist()


def test_batched_long_word_hashing_equals_the_one_word_path() -> None:
    """Long words (mostly links) are hashed outside the per-word cache, a batch's together;
    every (word, column) pair must be the one ``_char_columns`` (mmh3) gives, non-ASCII too."""
    import random

    from classifiers import lexical

    rng = random.Random(11)
    ascii_chars = [chr(c) for c in range(33, 127)]
    other = ["\x00", "\x7f", "\x01", "é", "ß", "İ", "🙄", "ς"]
    words = []
    for _ in range(2000):
        pool = ascii_chars + other if rng.random() < 0.2 else ascii_chars
        words.append("".join(rng.choice(pool) for _ in range(rng.randint(17, 60))))
    words += ["https://example.org/a/very/long/path?x=1", "ünïcödé-wörds-longer-than-sixteen"]
    owners, columns = lexical._long_char_columns(words)
    got = sorted(zip(owners.tolist(), columns.tolist(), strict=True))
    expected = sorted((i, c) for i, w in enumerate(words) for c in lexical._char_columns(w))
    assert got == expected
    assert [a.tolist() for a in lexical._long_char_columns([])] == [[], []]
