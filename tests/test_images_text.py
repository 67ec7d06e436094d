"""Text in pictures: OCR, spaces put back, PHI recognizers on the lines, findings with regions.

OCR costs ~0.2-1 s per picture on two cores, so only a handful of drawn pictures are read here;
the full drawn set is ``benchmarks/images.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from classifiers.base import PostContext
from classifiers.engine import Scorer
from classifiers.images.analysis import MediaAnalyzer
from classifiers.images.ocr import TextLine, respace
from classifiers.images.text_phi import assess_text
from classifiers.recognizers.image_text import ImageText
from scanner.models import Media, Post
from tests.image_builders import make_image


@pytest.fixture(scope="module")
def analyzer() -> MediaAnalyzer:
    """A real analyzer; the OCR and face models behind it load once per process."""
    analyzer = MediaAnalyzer()
    analyzer.load()
    return analyzer


def _post(tmp_path: Path, data: bytes, caption: str = "", name: str = "pic.jpg") -> Post:
    path = tmp_path / name
    path.write_bytes(data)
    return Post("x", name, "nurse", "post", datetime(2025, 3, 1, tzinfo=UTC), caption,
                media=(Media("image", str(path)),))  # fmt: skip


# fmt: off
@pytest.mark.parametrize("raw, expected", [
    ("Bed9FatimaJensenDrKhan", "Bed 9 Fatima Jensen Dr Khan"),
    ("Bed6MissNoraKowalskiDOB08/03/1968DrEvans", "Bed 6 Miss Nora Kowalski DOB 08/03/1968 Dr Evans"),
    ("GARCIA,David", "GARCIA, David"),
    ("D0B: 1966-08-25", "DOB: 1966-08-25"),
    ("ID20311279", "ID 20311279"),
    ("MRN:617519195", "MRN: 617519195"),
    ("Soup of the day 7.50", "Soup of the day 7.50"),       # ordinary text untouched
    ("Time to antibiotics fell 35%", "Time to antibiotics fell 35%"),
])
# fmt: on
def test_respace_restores_dropped_spaces_and_label_confusions(raw: str, expected: str) -> None:
    assert respace(raw) == expected


def _lines(*texts: str) -> list[TextLine]:
    return [TextLine(t, t, 10, 10 + 40 * i, 300, 30, 0.99) for i, t in enumerate(texts)]


# fmt: off
@pytest.mark.parametrize("texts, flagged, kinds", [
    # wristband: name, record number, date of birth
    (("PATEL, Sofia", "MRN: 617519195", "DOB: 1966-08-25"), True, {"patient_name", "record_number", "date_of_birth"}),
    # scan header, DICOM name and a bare ID
    (("SMITH^JOHN", "ID: 972681714", "PA ERECT"), True, {"patient_name", "record_number"}),
    # board row
    (("Bay 3 (Cardiology)", "Bed 4 Mrs Nora Ali Dr Byrne PE"), True, {"patient_name"}),
    # handover table read cell by cell
    (("Name", "MRN", "DOB", "NGUYEN, Carlos", "7114878", "23/11/1948"), True, {"patient_name", "date_of_birth", "record_number"}),
    # harmless: a slide with a speaker, a date and a room; a menu; a lone room number
    (("Antibiotic Stewardship 2025", "Presented by Carlos Murphy MD 9 March 2025"), False, set()),
    (("Lunch Menu", "Soup of the day 7.50", "Chai latte 11.95"), False, set()),
    (("Grand Rounds, Room 3A 14 March 2025",), False, None),
])
# fmt: on
def test_assess_text_on_lines(
    texts: tuple[str, ...], flagged: bool, kinds: set[str] | None
) -> None:
    verdict = assess_text(_lines(*texts))
    assert (verdict.score >= 0.5) is flagged
    if kinds is not None:
        assert set(verdict.kinds) >= kinds


@pytest.mark.parametrize("kind, seed", [("wristband", 4), ("scan", 3), ("whiteboard", 5)])
def test_patient_picture_gives_image_text_finding_with_regions(
    analyzer: MediaAnalyzer, tmp_path: Path, kind: str, seed: int
) -> None:
    image = make_image(kind, seed)
    post = _post(tmp_path, image.data, caption="what a night")
    findings = list(ImageText(analyzer).analyze(post, PostContext()))
    assert [f.rule.id for f in findings] == ["phi.image_text"]
    finding = findings[0]
    assert finding.score >= 0.8
    assert finding.regions
    assert all(r.media_index == 0 and r.width > 0 and r.height > 0 for r in finding.regions)
    read = " ".join(r.text for r in finding.regions).replace(" ", "").lower()
    assert any(t.replace(" ", "").lower() in read for t in image.truth), "identifier in regions"
    assert ("media", "1") in finding.trail


@pytest.mark.parametrize("kind, seed", [("slide", 2), ("menu", 3), ("badge", 0), ("ticket", 1)])
def test_text_that_is_not_patient_data_is_not_flagged(
    analyzer: MediaAnalyzer, tmp_path: Path, kind: str, seed: int
) -> None:
    post = _post(tmp_path, make_image(kind, seed).data, caption="Great day")
    assert all(f.score < 0.5 for f in ImageText(analyzer).analyze(post, PostContext()))


def test_caption_pointing_at_the_picture_becomes_evidence(
    analyzer: MediaAnalyzer, tmp_path: Path
) -> None:
    post = _post(tmp_path, make_image("wristband", 4).data, caption="my patient's wristband today")
    (finding,) = ImageText(analyzer).analyze(post, PostContext())
    assert finding.evidence
    assert all(post.text[s.start : s.end] == s.text for s in finding.evidence)


def test_image_finding_alone_lifts_the_posts_phi_score(
    analyzer: MediaAnalyzer, tmp_path: Path
) -> None:
    post = _post(tmp_path, make_image("wristband", 4).data, caption="Morning")
    scorer = Scorer([ImageText(analyzer)], classifier=None)
    (verdict,) = scorer.score([post])
    assert verdict.scores["phi"] >= 0.5
    assert verdict.action != "keep"
