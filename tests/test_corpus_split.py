"""The corpus loader and its fixed train/dev/test split (by a hash of each post's id)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from classifiers import corpus
from classifiers.corpus import split_of
from scanner.errors import MalformedRecord

ROW = {
    "id": "t-0001",
    "text": "@jo_b glad the cast came off ok!",
    "labels": ["patient_interaction"],
    "hard_negative": False,
    "platform": "x",
    "kind": "reply",
    "reply_to": "jo_b",
    "specialty": "emergency medicine",
    "country": "IE",
    "source": "handwritten",
    "note": "n",
}


def _shard(folder: Path, name: str, rows: list[object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


# fmt: off
@pytest.mark.parametrize("post_id, expected", [
    ("em1-0001", "train"),
    ("x", "dev"),
    ("post-42", "train"),
])
# fmt: on
def test_split_is_fixed_by_the_id(post_id: str, expected: str) -> None:
    assert split_of(post_id) == expected


def test_split_shares_are_70_15_15() -> None:
    counts = Counter(split_of(f"id-{i}") for i in range(20000))
    assert counts["train"] / 20000 == pytest.approx(0.70, abs=0.015)
    assert counts["dev"] / 20000 == pytest.approx(0.15, abs=0.015)
    assert counts["test"] / 20000 == pytest.approx(0.15, abs=0.015)


def test_a_new_shard_moves_no_old_post(tmp_path: Path) -> None:
    rows = [dict(ROW, id=f"a-{i}") for i in range(50)]
    _shard(tmp_path, "a.jsonl", rows)
    before = {p.id: p.split for p in corpus.load(tmp_path)}
    _shard(tmp_path, "b.jsonl", [dict(ROW, id=f"b-{i}") for i in range(50)])
    after = {p.id: p.split for p in corpus.load(tmp_path)}
    assert {k: after[k] for k in before} == before


def test_rows_become_posts_the_recognizers_can_read(tmp_path: Path) -> None:
    _shard(tmp_path, "a.jsonl", [ROW])
    (row,) = corpus.load(tmp_path)
    post = corpus.to_post(row)
    assert (post.kind, post.reply_to, post.mentions) == ("reply", "jo_b", ("jo_b",))
    assert post.text == ROW["text"]
    assert corpus.label_matrix([row]).tolist() == [[0, 0, 1, 0]]
    assert row.shard == "a" and not row.harmless


# fmt: off
@pytest.mark.parametrize("line, message", [
    ("{not json",                                           "line 1: invalid JSON"),
    (json.dumps(dict(ROW, labels=["rude"])),                "unknown label"),
    (json.dumps({"id": "t-1", "labels": []}),               "missing field 'text'"),
    (json.dumps(dict(ROW, platform="myspace")),             "unknown platform"),
    (json.dumps([1, 2]),                                    "not a JSON object"),
])
# fmt: on
def test_a_bad_row_names_the_shard_and_line_but_not_the_text(
    tmp_path: Path, line: str, message: str
) -> None:
    path = _shard(tmp_path, "bad.jsonl", [line])
    with pytest.raises(MalformedRecord, match=message) as caught:
        corpus.load(tmp_path)
    assert str(path) in str(caught.value)
    assert "cast came off" not in str(caught.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    _shard(tmp_path, "a.jsonl", [ROW])
    _shard(tmp_path, "b.jsonl", [ROW])
    with pytest.raises(MalformedRecord, match="duplicate id t-0001"):
        corpus.load(tmp_path)


def test_the_real_corpus_splits_every_post_once() -> None:
    rows = corpus.load()
    splits = [corpus.split(rows, s) for s in corpus.SPLITS]
    assert sum(map(len, splits)) == len(rows)
    assert not ({p.id for p in splits[0]} & {p.id for p in splits[2]})
