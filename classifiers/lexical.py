"""Word and character n-grams beside the sentence embedding.

A mean-pooled sentence embedding blurs the small words that decide these categories
("tonight", "bed 4", "@handle", "lol", "frequent flyer", "double your dose"). Hashed n-gram
counts keep them. Measured on dev (1,792-post corpus): adding them to embedding + heuristic
features raised mean average precision from 0.83 to 0.89 (MODEL_CARD.md).

Hashing (no vocabulary) keeps the artefact a fixed size and the transform stateless apart from
the inverse document frequencies, which are fitted on the train split and stored with the head.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, compress
from typing import NamedTuple

import mmh3
import numpy as np

WORD_BITS = 16
CHAR_BITS = 16
WORD_PATTERN = r"(?u)[@#]?\b\w+\b"  # keeps "@" and "#" on handles and hashtags


@dataclass(frozen=True)
class LexicalFeatures:
    """Hashed word 1-2-grams and character 2-5-grams (within words), tf-idf weighted, L2 norm."""

    idf: np.ndarray  # one weight per hashed column, fitted on train

    @functools.cached_property
    def _idf64(self) -> np.ndarray:
        """``idf`` as float64, the type the projection computes in (converted once)."""
        return self.idf.astype(np.float64)

    @property
    def width(self) -> int:
        """Number of columns."""
        return (1 << WORD_BITS) + (1 << CHAR_BITS)

    @staticmethod
    def counts(texts: Sequence[str]):  # noqa: ANN205 - a scipy CSR matrix
        """Raw hashed n-gram counts, shape (n, width): exactly scikit-learn's two
        ``HashingVectorizer``s (word 1-2-grams, ``char_wb`` 2-5-grams) side by side.

        Computed here instead of by the vectorizers because their character n-grams are cut
        and hashed in Python for every word of every post, which cost more than everything
        else beside the encoder put together once the recognizers were cheap; a word's
        character n-grams depend on the word alone, so their columns are remembered per word
        (``_word_bytes``) and a post costs a dictionary look-up per word.
        """
        from scipy import sparse

        rows, columns = _columns(texts)
        data = np.ones(len(columns), dtype=np.int64)
        shape = (len(texts), (1 << WORD_BITS) + (1 << CHAR_BITS))
        matrix = sparse.csr_matrix((data, (rows, columns)), shape)
        matrix.sum_duplicates()  # repeated n-grams count, as in the vectorizers
        return matrix

    @classmethod
    def fit(cls, texts: Sequence[str]) -> LexicalFeatures:
        """Smoothed idf (scikit-learn's formula) from the training texts."""
        counts = cls.counts(texts)
        documents = np.bincount(counts.indices, minlength=counts.shape[1])
        n = counts.shape[0]
        idf = np.log((1 + n) / (1 + documents)) + 1.0
        return cls(idf.astype(np.float32))

    def transform(self, texts: Sequence[str]):  # noqa: ANN201 - a scipy CSR matrix
        """Sublinear tf x idf, each row L2-normalised."""
        from sklearn.preprocessing import normalize

        counts = self.counts(texts).astype(np.float32)
        counts.data = 1.0 + np.log(counts.data)
        weighted = counts.multiply(self.idf.reshape(1, -1)).tocsr()
        return normalize(weighted, norm="l2", copy=False)

    def project(self, texts: Sequence[str], weights: np.ndarray) -> np.ndarray:
        """``transform(texts) @ weights`` without ``transform``'s matrix: shape
        (len(texts), weights.shape[1]).

        Scoring only ever needs the product with the head's few columns of weights, and the
        matrix's construction (sorting, merging duplicates, normalising) cost more than the
        product. Here the duplicates are merged by one sort of (row, column) keys
        (``_unique_counts``), the merged entries go straight into a CSR product
        (``_row_products``), and each row's L2 norm divides its dot products afterwards:
        the same numbers as ``transform`` up to float rounding (tested).
        """
        rows, columns = _columns(texts)
        n = len(texts)
        if not len(columns):
            return np.zeros((n, weights.shape[1]), dtype=np.float64)
        # (row, column) as one key; 32-bit when it fits (a pipeline batch always does):
        # the keys are sorted, and sorting half the bytes took 0.3 s less per 100,000
        # posts on the bench archive.
        key_type = np.int32 if n << _COLUMN_BITS < 2**31 else np.int64
        keys = rows.astype(key_type, copy=False)  # ``_columns``'s own array: shifted in place
        keys <<= _COLUMN_BITS  # shifts and masks, not a multiplication and a division
        keys |= columns
        keys, counts = _unique_counts(keys)
        rows, columns = keys >> _COLUMN_BITS, keys & ((1 << _COLUMN_BITS) - 1)  # row order
        values = (1.0 + np.log(counts)) * self._idf64[columns]
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
        starts = np.searchsorted(rows, np.arange(n + 1, dtype=rows.dtype))
        out = _row_products(values, columns, starts, weights)
        return out / np.where(norms > 0, norms, 1.0)[:, None]


def _row_products(
    values: np.ndarray, columns: np.ndarray, row_starts: np.ndarray, weights: np.ndarray
) -> np.ndarray:
    """The sparse rows (``values`` at ``columns``, row ``i`` from ``row_starts[i]``) times the
    dense ``weights``, in float64: scipy's CSR product, which sums each row's terms in order as
    ``np.bincount`` did one output column at a time, so the same bits (checked on 30,000 bench
    posts and the train and dev texts), at under half the cost: 6.9 -> 2.7 CPU us per post
    inside the projection on the bench posts. Importing ``scipy.sparse`` costs a scan about
    0.06 CPU s once (what it has not imported already), repaid after about 15,000 posts."""
    from scipy import sparse

    shape = (len(row_starts) - 1, weights.shape[0])
    matrix = sparse.csr_matrix((values, columns, row_starts), shape=shape)
    return matrix @ np.asarray(weights, dtype=np.float64)  # no copy for a loaded head's


_WORD_TOKENS = re.compile(WORD_PATTERN)
_COLUMN_BITS = ((1 << WORD_BITS) + (1 << CHAR_BITS) - 1).bit_length()  # a column fits: 17


def _unique_counts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, return_counts=True)`` for a 1-D integer array, sorted in place: the
    same answer at about half the cost (``np.unique`` did more bookkeeping than the sort)."""
    keys.sort()
    first = np.empty(len(keys), dtype=bool)
    first[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return keys[starts], np.diff(np.append(starts, len(keys)))


def _column(feature: str, bits: int) -> int:
    """scikit-learn's hashing trick: signed 32-bit murmur3 (x86, seed 0) of the UTF-8 bytes,
    the absolute value modulo the width (``abs(-2**31)`` taken as 2**31, as it does).

    ``mmh3`` computes the same hash as scikit-learn's ``murmurhash3_32`` (tested) without
    importing scikit-learn, which costs about 1.5 s of CPU in every scan."""
    h = mmh3.hash(feature, 0, True)
    return (2**31 if h == -(2**31) else abs(h)) % (1 << bits)


def _columns(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every text's n-gram columns (repeats included) and the row (text index) of each.

    Word tokens never cross whitespace (``\\w`` holds no space), so a text's tokens are its
    whitespace-split words' tokens one after the other, and every n-gram but a word pair
    that crosses a space depends on one word alone. Those columns are kept per word as packed
    int32 bytes (``_word_bytes``): a batch's are joined by one ``bytes.join`` and read by one
    ``np.frombuffer``. The batch's words are handled as one list, so the only Python step per
    post is its split into words; long words' character n-grams are found apart
    (``_long_char_columns``). With the tokens found by a regex pass over each post and
    looked up one by one, this took 14.7 CPU us per post on 30,000 bench posts; 9.7 so
    (medians of 4, alternating in one process)."""
    splits = [text.lower().split() for text in texts]
    flat = list(chain.from_iterable(splits))
    words = [_word_bytes(w) if len(w) <= CACHED_WORD_MAX else _long_word(w) for w in flat]
    word_rows = np.repeat(  # 32-bit, like the columns: less to copy, and the keys' type
        np.arange(len(texts), dtype=np.int32),
        np.fromiter(map(len, splits), dtype=np.int64, count=len(splits)),
    )
    packed = list(map(_PACKED_OF, words))
    columns = np.frombuffer(b"".join(packed), dtype=_PACKED)
    sizes = np.fromiter(map(len, packed), dtype=np.int64, count=len(packed)) // _PACKED.itemsize
    pair_rows, pair_columns = _cross_pairs(words, word_rows)
    lengths = np.fromiter(map(len, flat), dtype=np.int64, count=len(flat))
    long = np.flatnonzero(lengths > CACHED_WORD_MAX)
    owners, long_columns = _long_char_columns([flat[i] for i in long.tolist()])
    rows = np.concatenate([np.repeat(word_rows, sizes), pair_rows, word_rows[long][owners]])
    return rows, np.concatenate([columns, pair_columns, long_columns])


def _cross_pairs(
    words: Sequence[_WordColumns], word_rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The rows and columns of the word pairs that cross a space: from each word's last
    token to the next word with tokens' first, within one text."""
    # first, last, first, last... token of each word that has tokens
    ends = list(chain.from_iterable(map(_ENDS_OF, words)))
    has_tokens = np.fromiter(map(len, map(_ENDS_OF, words)), dtype=np.int64, count=len(words))
    rows = word_rows[has_tokens > 0]
    same_text = rows[1:] == rows[:-1]
    pairs = compress(zip(ends[1::2], ends[2::2], strict=False), same_text.tolist())
    columns = np.fromiter(map(_pair_column, pairs), dtype=_PACKED, count=int(same_text.sum()))
    return rows[1:][same_text], columns


@functools.lru_cache(maxsize=1 << 14)
def _token_column(token: str) -> int:
    """Column of a word unigram, in the first block. Remembered, as most words recur across
    an archive (asked only when a whitespace-split word is new to ``_word_bytes``)."""
    return _column(token, WORD_BITS)


@functools.lru_cache(maxsize=1 << 16)
def _pair_column(pair: tuple[str, str]) -> int:
    """Column of a word bigram (``ngram_range=(1, 2)``: the tokens joined by a space), in
    the first block. Remembered, as many word pairs recur; keyed by the pair, so a pair seen
    before costs no joined string (0.4 CPU us per post on the bench archive). Bounded."""
    return _column(" ".join(pair), WORD_BITS)


def _char_columns(word: str) -> tuple[int, ...]:
    """Columns of one word's character 2-5-grams, padded with a space on each side as
    ``analyzer="char_wb"`` pads it, in the second block."""
    padded = f" {word} "
    grams: list[str] = []
    for n in range(2, 6):
        grams.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
        if len(padded) <= n:  # a short word counts once, at its full length
            break
    offset = 1 << WORD_BITS
    return tuple(offset + _column(g, CHAR_BITS) for g in grams)


_PACKED = np.dtype("<i4")  # n-gram columns as packed bytes: < 2**17 fits


class _WordColumns(NamedTuple):
    """What one whitespace-split word adds to its text's n-grams, alone."""

    ends: tuple[str, ...]  # its first and last word token, () when it has none
    packed: bytes  # its tokens', in-word token pairs' and character n-grams' columns, int32


_ENDS_OF = operator.attrgetter("ends")
_PACKED_OF = operator.attrgetter("packed")


def _char_bytes(word: str) -> _WordColumns:
    """The columns of a lower-cased, whitespace-free ``word``: its word tokens and in-word
    token pairs (a word like ``it's`` or a link holds several) and its character 2-5-grams,
    packed as little-endian int32 bytes, with its first and last token for the pairs that
    cross a space."""
    ends, grams = _token_grams(word)
    return _WordColumns(ends, np.asarray([*grams, *_char_columns(word)], dtype=_PACKED).tobytes())


def _long_word(word: str) -> _WordColumns:
    """``_char_bytes`` of a word too long to remember, without its character n-grams: those
    of a batch's long words are found together (``_long_char_columns``)."""
    ends, grams = _token_grams(word)
    return _WordColumns(ends, np.asarray(grams, dtype=_PACKED).tobytes())


def _token_grams(word: str) -> tuple[tuple[str, ...], list[int]]:
    """A word's first and last token (none: ``()``), and the columns of its tokens and
    in-word token pairs."""
    tokens = _WORD_TOKENS.findall(word)
    pairs = zip(tokens, tokens[1:], strict=False)
    ends = (tokens[0], tokens[-1]) if tokens else ()
    return ends, [*map(_token_column, tokens), *map(_pair_column, pairs)]


def _long_char_columns(words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The character 2-5-gram columns of words longer than ``CACHED_WORD_MAX`` (so longer
    than any n-gram), and the index in ``words`` of each. Long words are mostly links, new
    in nearly every post that has one, so they are hashed afresh every time (``mmh3`` through
    ``_char_columns``), outside the per-word cache."""
    owners: list[np.ndarray] = [np.empty(0, dtype=np.int64)]
    columns: list[np.ndarray] = [np.empty(0, dtype=_PACKED)]
    for i, word in enumerate(words):
        found = _char_columns(word)
        owners.append(np.full(len(found), i, dtype=np.int64))
        columns.append(np.asarray(found, dtype=_PACKED))
    return np.concatenate(owners), np.concatenate(columns)


# Words remembered with their columns: most recur across an archive, so a post costs a
# look-up per word. Longer "words" are mostly links (``https://t.co/...``, a new one in
# nearly every post that has one) and each holds ~100 columns (~400 bytes): cached, they
# filled the cache with entries never used again and grew the scan's memory with the
# archive (measured on the bench archive when the columns were kept as Python ints: 16 MB of
# the cache after 100,000 posts, 2,860 of its 3,917 entries links). They are hashed afresh
# instead (``_long_word``; their character n-grams by ``_long_char_columns``).
CACHED_WORD_MAX = 16
_word_bytes = functools.lru_cache(maxsize=1 << 14)(_char_bytes)
