"""Snippet redaction: nothing that identifies a patient survives; the gist does."""

from __future__ import annotations

import re

import pytest

from classifiers.roster import roster_from_rows
from reports.redact import redact, redact_many, roster_name_keys
from tests.builders import RISKY, TOWNS, make_people

PATIENTS = make_people(40, seed=123)


# fmt: off
@pytest.mark.parametrize("text, gone, kept", [
    ("The 60-year-old fisherman from Killybegs we admitted yesterday is off the ventilator.",
     ["60", "Killybegs", "yesterday"], ["fisherman", "ventilator"]),
    ("Bed 4 tonight: 34yo, third overdose this month. MRN 4471923 if anyone from psych reads this.",
     ["4", "34yo", "4471923"], ["overdose", "psych"]),
    ("Delivered twins to a 15 year old in Letterkenny this morning.",
     ["15", "Letterkenny"], ["twins"]),
    ("Call her on 087 123 4567 or +353 87 555 1234, or mail mary.k@example.org",
     ["087", "4567", "+353", "mary.k@example.org", "example"], ["Call"]),
    ("@jdoe_77 glad the cast came off ok! DM @nurse.bee on mastodon @anne@med.social",
     ["jdoe_77", "nurse", "anne", "med.social"], ["cast came off"]),
    ("Seen on 03/04/2024, again on 2024-04-05 and on 5th of March 2023, then last Tuesday.",
     ["03/04/2024", "2024-04-05", "5th", "March", "2023", "Tuesday"], ["Seen"]),
    ("A man in his 70s, aged 81, and a woman in her late 40s, 3 months old baby",
     ["70s", "81", "40s", "3 months"], ["man", "woman"]),
    ("Picture from the ward: https://pic.example.com/ward/123 #Letterkenny #bed4",
     ["pic.example.com", "Letterkenny", "bed4"], ["Picture"]),
    ("Room 12 at St. Conal's Hospital, Donegal Town: the Quinn family again",
     ["12", "Conal", "Donegal", "Quinn"], ["family"]),
])
# fmt: on
def test_identifiers_are_masked_and_the_gist_kept(
    text: str, gone: list[str], kept: list[str]
) -> None:
    shown = redact(text, limit=None)
    for piece in gone:
        assert piece not in shown, (piece, shown)
    for piece in kept:
        assert piece in shown, (piece, shown)


ROSTER_NAMES = roster_name_keys(
    roster_from_rows({"patient_ref": f"P{i}", "name": p.name} for i, p in enumerate(PATIENTS))
)


def _forms(patient) -> list[str]:  # noqa: ANN001
    return [
        f"Lovely to bump into an old patient of mine, {patient.first} {patient.last}, in town.",
        f"{patient.first} was back in bed 7 again, poor thing.",
        f"Happy birthday {patient.nickname}! Delighted you're back on your feet",
        f"Ms {patient.last} in cubicle 3 threw up on my shoes",
    ]


@pytest.mark.parametrize("patient", PATIENTS, ids=lambda p: p.handle)
def test_synthetic_patient_names_never_survive_with_the_roster(patient) -> None:  # noqa: ANN001
    texts = _forms(patient) + [
        f"{patient.last.upper()} in cubicle 3 threw up on my shoes",
        f"{patient.last} again. Third time this week.",
        f"discharged {patient.casual_name.lower()} today, dob {patient.dob:%d/%m/%Y}",
        f"{patient.first.lower()} {patient.last.lower()} says hi to the night team",
    ]
    for shown in redact_many(texts, limit=None, names=ROSTER_NAMES):
        _assert_no_name(patient, shown)


@pytest.mark.parametrize("patient", PATIENTS, ids=lambda p: p.handle)
def test_capitalised_patient_names_never_survive_without_a_roster(patient) -> None:  # noqa: ANN001
    for shown in redact_many(_forms(patient), limit=None):
        _assert_no_name(patient, shown)


def _assert_no_name(patient, shown: str) -> None:  # noqa: ANN001
    for part in _name_parts(patient):
        assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", shown, re.IGNORECASE), shown
    assert not re.search(r"\d", shown), shown


def _name_parts(patient) -> list[str]:  # noqa: ANN001
    parts = {patient.first, patient.last, patient.nickname, *patient.last.split()}
    return [p for p in parts if len(p) > 2 and p.lower() not in {"ní", "ó", "mac"}]


def test_phi_evidence_spans_are_masked_whatever_they_hold() -> None:
    text = "the lady with the purple hair and the parrot tattoo, you know who"
    start = text.index("purple")
    end = text.index(", you")
    finding = {"rule": "phi.quasi_identifiers", "category": "phi",
               "evidence": [{"start": start, "end": end, "text": text[start:end]}]}  # fmt: skip
    shown = redact(text, [finding], limit=None)
    assert "parrot" not in shown and "purple" not in shown and "[detail]" in shown
    unprofessional = {**finding, "rule": "unprofessional.mockery", "category": "unprofessional"}
    assert "parrot" in redact(text, [unprofessional], limit=None)


def test_out_of_range_evidence_is_ignored() -> None:
    finding = {"rule": "phi.x", "category": "phi", "evidence": [{"start": 5, "end": 500}]}
    assert redact("short text", [finding], use_nlp=False) == "short text"


@pytest.mark.parametrize("text", [t for texts in RISKY.values() for t in texts])
def test_builder_risky_posts_lose_their_identifiers(text: str) -> None:
    shown = redact(text.format(patient="pat_handle", asker="asker_handle"), limit=None)
    assert not re.search(r"\d", shown)
    assert "pat_handle" not in shown and "asker_handle" not in shown
    for town in TOWNS:
        assert town not in shown


def test_snippets_are_cut_short_without_breaking_a_mask() -> None:
    text = "word " * 30 + "Killybegs " + "word " * 30
    shown = redact(text, limit=160)
    assert len(shown) <= 162 and shown.endswith("…")
    assert shown.count("[") == shown.count("]")


def test_adjacent_masks_merge_and_whitespace_is_normalised() -> None:
    shown = redact("Met Mary   Kate O'Brien\nfrom Bundoran", limit=None)
    assert "Mary" not in shown and "O'Brien" not in shown and "Bundoran" not in shown
    assert "  " not in shown and "\n" not in shown


def test_without_the_model_the_patterns_and_capitals_still_mask() -> None:
    shown = redact("saw Siobhán Doherty, 42, in Bundoran on 12/3", use_nlp=False, limit=None)
    for piece in ("Siobhán", "Doherty", "42", "Bundoran", "12/3"):
        assert piece not in shown
