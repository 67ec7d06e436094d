"""The labelled corpus: every shard parses, fits the schema, has no duplicates, keeps its mix.

The real shards are checked as they are in the repository; the validator itself is checked
on small shards written to a temporary folder, one broken line each.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers.data.corpus import check
from classifiers.data.corpus.compact import parse_line

GOOD = {
    "id": "t1-0001", "text": "Busy night in ED, proud of the team", "labels": [],
    "hard_negative": True, "platform": "x", "kind": "post", "reply_to": None,
    "specialty": "emergency medicine", "country": "IE", "source": "handwritten",
    "note": "generic shift, no details",
}


@pytest.fixture(scope="module")
def corpus() -> check.Corpus:
    loaded, _ = check.load()
    return loaded


def test_real_corpus_has_no_problems() -> None:
    _, problems = check.check()
    assert [str(p) for p in problems] == []


def test_real_corpus_meets_the_floors(corpus: check.Corpus) -> None:
    records = corpus.records
    harmless = [r for r in records if not r["labels"]]
    assert len(records) >= check.MIN_POSTS
    assert len(harmless) / len(records) >= check.MIN_HARMLESS_SHARE
    assert sum(r["hard_negative"] for r in harmless) / len(harmless) > 0.5
    assert sum(r["source"] == "template" for r in records) / len(records) < 0.25


# A share and a count: the share keeps a category from drowning as other themes grow, the
# count keeps enough positives to train and measure on (clinical_advice: 550 of 9,448 posts).
@pytest.mark.parametrize("category, floor, at_least", [
    ("phi", 0.15, 1000), ("unprofessional", 0.10, 1000), ("patient_interaction", 0.07, 500),
    ("clinical_advice", 0.05, 450),
])
def test_every_category_is_well_represented(corpus: check.Corpus, category: str,
                                            floor: float, at_least: int) -> None:
    count = sum(category in r["labels"] for r in corpus.records)
    assert count >= at_least
    assert count / len(corpus.records) >= floor


@pytest.mark.parametrize("field, values, at_least", [
    ("platform", check.PLATFORMS, 6),
    ("kind", check.KINDS, 3),
    ("country", None, 8),
    ("specialty", None, 20),
])
def test_corpus_is_varied(corpus: check.Corpus, field: str, values: tuple | None,
                          at_least: int) -> None:
    seen = {r[field] for r in corpus.records}
    assert len(seen) >= at_least
    if values is not None:
        assert seen <= set(values)


@pytest.mark.parametrize("feature, tolerance", [
    ("emoji", 0.12), ("hashtag", 0.12), ("lowercase_start", 0.12), ("reply", 0.15),
])
def test_labels_are_not_given_away_by_surface_style(corpus: check.Corpus, feature: str,
                                                    tolerance: float) -> None:
    """Positives and harmless posts must look alike: style alone must not predict the label."""
    positive = check.style_profile(r for r in corpus.records if r["labels"])
    harmless = check.style_profile(r for r in corpus.records if not r["labels"])
    assert abs(positive[feature] - harmless[feature]) <= tolerance


def test_mean_length_is_similar_across_labels(corpus: check.Corpus) -> None:
    positive = check.style_profile(r for r in corpus.records if r["labels"])
    harmless = check.style_profile(r for r in corpus.records if not r["labels"])
    assert 0.75 <= positive["mean_chars"] / harmless["mean_chars"] <= 1.33


@pytest.mark.parametrize("low, high", [(0, 80), (80, 140), (140, 220), (220, 1000)])
def test_no_length_band_is_nearly_all_one_class(corpus: check.Corpus, low: int,
                                                high: int) -> None:
    band = [r for r in corpus.records if low <= len(r["text"]) < high]
    labelled = sum(bool(r["labels"]) for r in band) / len(band)
    assert len(band) >= 50
    assert 0.25 <= labelled <= 0.70


def write_shard(folder: Path, *records: dict) -> None:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    (folder / "t-1.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("change, problem", [
    ({"labels": ["phi", "gossip"]}, "unknown label"),
    ({"labels": ["unprofessional", "phi"]}, "labels not sorted"),
    ({"labels": ["phi"], "hard_negative": True}, "hard_negative set on a labelled post"),
    ({"platform": "myspace"}, "platform"),
    ({"kind": "reply", "reply_to": None}, "reply without reply_to"),
    ({"specialty": "veterinary"}, "specialty"),
    ({"country": "Ireland"}, "country"),
    ({"source": "scraped"}, "source"),
    ({"id": "0001"}, "is not like"),
    ({"text": "  "}, "empty text"),
    ({"note": ""}, "empty note"),
    ({"hard_negative": "yes"}, "wrong type"),
])
def test_schema_problems_are_reported(tmp_path: Path, change: dict, problem: str) -> None:
    write_shard(tmp_path, {**GOOD, **change})
    _, problems = check.check(tmp_path, enforce_mix=False)
    assert any(problem in str(p) for p in problems)
    assert all("proud of the team" not in str(p) for p in problems)  # never the post text


@pytest.mark.parametrize("second, problem", [
    ({**GOOD, "text": "something else"}, "duplicate id"),
    ({**GOOD, "id": "t1-0002", "text": "busy night in ED... proud of the team!!"},
     "duplicate text"),
])
def test_duplicates_are_reported(tmp_path: Path, second: dict, problem: str) -> None:
    write_shard(tmp_path, GOOD, second)
    _, problems = check.check(tmp_path, enforce_mix=False)
    assert [problem in str(p) for p in problems] == [True]


@pytest.mark.parametrize("line, problem", [
    ("{not json", "not JSON"),
    ("[1, 2]", "not a JSON object"),
])
def test_unreadable_lines_are_reported_not_raised(tmp_path: Path, line: str, problem: str) -> None:
    write_shard(tmp_path, GOOD, line)
    _, problems = check.check(tmp_path, enforce_mix=False)
    assert [p.where for p in problems] == ["t-1.jsonl:2"]
    assert problem in problems[0].what


def test_mix_floors_fail_on_a_small_corpus(tmp_path: Path) -> None:
    write_shard(tmp_path, GOOD)
    _, problems = check.check(tmp_path)
    assert any("fewer than" in str(p) for p in problems)


@pytest.mark.parametrize("line, labels, kind, reply_to, hard", [
    ("p|x|em|IE|why|52F in resus tonight", ["phi"], "post", None, False),
    ("iu|x|em|IE|why|@cormac_r you waited because...", ["patient_interaction", "unprofessional"],
     "reply", "cormac_r", False),
    ("h|fb:c=sue.k|gp|UK|why|Sue congrats!", [], "comment", "sue.k", True),
    ("-|ig|gp|UK|why|parkrun pb today", [], "post", None, False),
])
def test_compact_notation_becomes_a_record(line: str, labels: list, kind: str,
                                          reply_to: str | None, hard: bool) -> None:
    record = parse_line(line, "t1-0001", "handwritten")
    assert (record["labels"], record["kind"], record["reply_to"], record["hard_negative"]) == (
        labels, kind, reply_to, hard)
    assert check.schema_problems(record, "here") == []


def test_provenance_counts_are_current(corpus: check.Corpus) -> None:
    """PROVENANCE.md's counts come from check.py; a shard landing without a refresh fails."""
    text = check.PROVENANCE.read_text(encoding="utf-8")
    assert check.provenance_with_counts(corpus.records, text) == text


def test_labelling_guide_names_every_category() -> None:
    guide = (check.CORPUS_DIR / "LABELLING.md").read_text(encoding="utf-8")
    assert all(f"`{category}`" in guide for category in check.CATEGORIES)
