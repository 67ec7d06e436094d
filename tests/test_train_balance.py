"""Blind-written dev posts weigh as much as the older ones when a head is chosen and calibrated
(``classifiers.train.with_blind_posts_balanced``), and the corpus knows which posts they are."""

from __future__ import annotations

import dataclasses

import numpy as np

from classifiers import corpus
from classifiers.train import Inputs, with_blind_posts_balanced


def _row(number: int, shard: str) -> corpus.CorpusPost:
    return corpus.CorpusPost(
        id=f"t{number}-0001",
        text=f"post {number}",
        labels=(),
        hard_negative=False,
        platform="x",
        kind="post",
        reply_to=None,
        specialty="general",
        country="IE",
        source="handwritten",
        shard=shard,
    )


def _inputs(shards: list[str]) -> Inputs:
    n = len(shards)
    return Inputs(
        rows=[_row(i, shard) for i, shard in enumerate(shards)],
        embeddings=np.arange(n, dtype=np.float32).reshape(n, 1),
        heuristics=np.arange(n, dtype=np.float32).reshape(n, 1) * 10,
        labels=np.arange(n).reshape(n, 1) % 2,
        findings=[[] for _ in range(n)],
    )


def test_blind_rows_are_repeated_to_weigh_as_much_as_the_rest() -> None:
    inputs = _inputs(["em-1"] * 6 + ["fresh-1"] * 2)
    balanced = with_blind_posts_balanced(inputs)
    blind = [r for r in balanced.rows if r.written_blind]
    assert len(blind) == 6  # each of the 2 blind rows three times: 6 against 6
    assert len(balanced.rows) == 12
    # every array stays aligned with its row
    for i, row in enumerate(balanced.rows):
        original = int(row.text.split()[1])
        assert balanced.embeddings[i, 0] == original
        assert balanced.heuristics[i, 0] == original * 10
        assert balanced.labels[i, 0] == original % 2


def test_nothing_changes_without_blind_rows_or_when_they_already_weigh_enough() -> None:
    only_old = _inputs(["em-1"] * 4)
    assert with_blind_posts_balanced(only_old) is only_old
    even = _inputs(["em-1"] * 3 + ["fresh-2"] * 3)
    assert with_blind_posts_balanced(even) is even


def test_the_fresh_shards_are_the_blind_written_ones() -> None:
    rows = corpus.load()
    blind = {r.shard for r in rows if r.written_blind}
    assert blind and all(s.startswith("fresh-") for s in blind)
    assert not any(r.written_blind for r in rows if not r.shard.startswith("fresh-"))
    assert dataclasses.replace(rows[0], shard="fresh-9").written_blind
