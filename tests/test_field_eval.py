"""The field evaluation set: schema, independence from the training corpus, label mix, and the
card section writer. The set measures generalisation, so these tests guard that it stays apart
from everything the model and the heuristics were built on."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from rapidfuzz import fuzz, process

from classifiers import corpus, evaluate, field_eval
from classifiers.findings import CATEGORIES
from scanner.models import PLATFORMS

POSTS = field_eval.FIELD_DIR / "posts.jsonl"
PACKAGE = Path(field_eval.__file__).resolve().parent
NEAR_DUPLICATE = 85  # rapidfuzz ratio (0-100) on normalised text; above this is a light edit
FIELDS = {
    "id",
    "text",
    "labels",
    "hard_negative",
    "platform",
    "kind",
    "reply_to",
    "specialty",
    "country",
    "source",
    "note",
}


def normalise(text: str) -> str:
    """Lower case, accents folded, handles and punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"@\w+", " ", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def rows() -> list[corpus.CorpusPost]:
    return field_eval.load()


@pytest.fixture(scope="module")
def training_texts() -> list[str]:
    return [normalise(p.text) for p in corpus.load()]


def test_every_record_has_the_corpus_schema(raw: list[dict]) -> None:
    for row in raw:
        assert set(row) == FIELDS, row["id"]
        assert row["id"].startswith("field-")
        assert row["source"] == "handwritten"
        assert row["labels"] == sorted(set(row["labels"]))
        assert set(row["labels"]) <= set(CATEGORIES), row["id"]
        assert row["platform"] in PLATFORMS and row["kind"] in ("post", "reply", "comment")
        assert row["text"].strip() == row["text"] and row["text"], row["id"]
        assert row["note"], row["id"]


def test_ids_are_unique_and_the_corpus_loader_reads_the_set(
    raw: list[dict], rows: list[corpus.CorpusPost]
) -> None:
    assert len({r["id"] for r in raw}) == len(raw) == len(rows)


def test_hard_negatives_are_harmless(raw: list[dict]) -> None:
    assert all(not r["labels"] for r in raw if r["hard_negative"])


def test_replies_name_the_handle_they_answer(raw: list[dict]) -> None:
    for row in raw:
        if row["kind"] == "reply":
            assert row["reply_to"] and row["text"].startswith(f"@{row['reply_to']}"), row["id"]
        else:
            assert row["reply_to"] is None, row["id"]


def test_no_text_repeats_within_the_set(rows: list[corpus.CorpusPost]) -> None:
    texts = Counter(normalise(r.text) for r in rows)
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_post_is_a_copy_of_a_corpus_post(
    rows: list[corpus.CorpusPost], training_texts: list[str]
) -> None:
    corpus_set = set(training_texts)
    copies = [r.id for r in rows if normalise(r.text) in corpus_set]
    assert copies == []


def test_no_post_is_a_light_edit_of_a_corpus_post(
    rows: list[corpus.CorpusPost], training_texts: list[str]
) -> None:
    scores = process.cdist(
        [normalise(r.text) for r in rows],
        training_texts,
        scorer=fuzz.ratio,
        score_cutoff=NEAR_DUPLICATE,
        workers=1,
    )
    near = [rows[i].id for i in range(len(rows)) if scores[i].max() > 0]
    assert near == []


def test_no_field_id_is_in_the_corpus() -> None:
    assert not [p.id for p in corpus.load() if p.id.startswith("field-")]


def test_nothing_but_field_eval_reads_the_set() -> None:
    """Training, calibration and thresholds must never see it: no other code names it."""
    root = PACKAGE.parent
    code = [
        path
        for folder in ("classifiers", "scanner", "benchmarks", "notebooks", "reports")
        for pattern in ("*.py", "*.ipynb")
        for path in (root / folder).rglob(pattern)
    ]
    readers = [
        str(path.relative_to(root))
        for path in code
        if path.name != "field_eval.py" and "field_eval" in path.read_text(encoding="utf-8")
    ]
    assert readers == []


# phi's ceiling rose from 15% to 20% when the seventh session's reply audit added phi to 38
# replies that confirm care and state the person's health (LABELLING.md).
# fmt: off
@pytest.mark.parametrize("category, low, high", [
    ("phi",                 0.10, 0.20),
    ("unprofessional",      0.08, 0.13),
    ("patient_interaction", 0.05, 0.09),
    ("clinical_advice",     0.045, 0.08),
])
# fmt: on
def test_label_mix_is_realistic_but_measurable(
    rows: list[corpus.CorpusPost], category: str, low: float, high: float
) -> None:
    share = sum(category in r.labels for r in rows) / len(rows)
    assert low <= share <= high
    assert sum(category in r.labels for r in rows) >= 30  # enough positives to measure


def test_size_and_harmless_mostly_hard_negatives(rows: list[corpus.CorpusPost]) -> None:
    harmless = [r for r in rows if r.harmless]
    assert len(rows) >= 700
    assert 0.60 <= len(harmless) / len(rows) <= 0.75
    assert sum(r.hard_negative for r in harmless) / len(harmless) >= 0.70


@pytest.mark.parametrize("field, minimum", [("country", 10), ("specialty", 20), ("platform", 5)])
def test_voices_are_varied(rows: list[corpus.CorpusPost], field: str, minimum: int) -> None:
    assert len({getattr(r, field) for r in rows}) >= minimum


# fmt: off
@pytest.mark.parametrize("before", [
    "# Model card\n\nOwner's text.\n",
    "# Model card\n\nOwner's text.\n\n<!-- field-eval:start -->\nold figures\n"
    "<!-- field-eval:end -->\n\n## After\nkept\n",
])
# fmt: on
def test_write_section_touches_only_the_field_section(tmp_path: Path, before: str) -> None:
    card = tmp_path / "MODEL_CARD.md"
    card.write_text(before, encoding="utf-8")
    field_eval.write_section("new figures", card)
    field_eval.write_section("newer figures", card)
    text = card.read_text(encoding="utf-8")
    assert text.startswith("# Model card\n\nOwner's text.\n")
    assert "newer figures" in text and "new figures\n" not in text and "old figures" not in text
    assert text.count(field_eval.START) == text.count(field_eval.END) == 1
    assert ("## After\nkept" in text) == ("## After" in before)


def _result(system: str, f2: float, acted: int) -> evaluate.SystemResult:
    metrics = tuple(
        evaluate.CategoryMetrics(c, 10, 10, 0.9, 0.9, 0.9, f2, 0.9) for c in CATEGORIES
    )
    return evaluate.SystemResult(system, "field", 100, metrics, 60, acted)


def test_report_holds_every_system_the_bar_and_the_gap(rows: list[corpus.CorpusPost]) -> None:
    field = [_result(s, 0.70, 3) for s in evaluate.SYSTEMS]
    test = [_result(s, 0.90, 1) for s in evaluate.SYSTEMS]
    slices = {"kind": pd.DataFrame({"posts": [5, 7], "phi": [0.5, 0.25]},
                                   index=pd.Index(["post", "reply"], name="kind"))}
    text = field_eval.report(field, rows, test, slices)
    assert text.count("| combined |") == 2 * len(CATEGORIES) + 1  # metrics, gap, harmless
    assert "| combined | phi | 0.900 | 0.700 | -0.200 |" in text
    assert "| harmless posts acted on <= 2% | 0.050 | **no** |" in text
    assert "| reply | 7 | 0.250 |" in text
    assert f"{len(rows)} posts" in text


def test_slices_blank_categories_without_positives(rows: list[corpus.CorpusPost]) -> None:
    kinds = sorted({r.kind for r in rows})
    frame = pd.DataFrame(
        {"posts": [1] * len(kinds), **{c: [0.0] * len(kinds) for c in CATEGORIES}},
        index=pd.Index(kinds, name="kind"),
    )
    blanked = field_eval.blank_unmeasured(frame, rows, "kind")
    for kind in kinds:
        for category in CATEGORIES:
            has = any(category in r.labels for r in rows if r.kind == kind)
            assert pd.isna(blanked.loc[kind, category]) == (not has)
    assert "–" in field_eval.frame_markdown(blanked)  # advice only ever comes as replies/comments
