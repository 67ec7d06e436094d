"""Faces, imaging/monitor looks and photo locations, and when they become findings."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from classifiers.base import PostContext
from classifiers.images.analysis import MediaAnalyzer
from classifiers.images.context import read_caption
from classifiers.images.decode import decode_image
from classifiers.images.exif import HospitalIndex, distance_m, hospital_index, read_metadata
from classifiers.images.faces import shared_face_detector
from classifiers.images.medical import assess_look
from classifiers.images.ocr import TextLine
from classifiers.recognizers.image_scene import ImageScene
from scanner.models import Media, Post
from tests.image_builders import make_image, resized, with_exif

SMALL_LANDSCAPE = resized(make_image("landscape", 2).data, (480, 360))
ST_THOMAS = (51.4989, -0.1184)  # a row of data/hospitals.csv
OPEN_SEA = (50.2, -3.9)  # the English Channel: no hospital within kilometres


@pytest.fixture(scope="module")
def analyzer() -> MediaAnalyzer:
    """A real analyzer; the OCR and face models behind it load once per process."""
    analyzer = MediaAnalyzer()
    analyzer.load()
    return analyzer


@pytest.fixture(scope="module")
def selfie_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder shared by the caption cases, so the same selfie is analysed once."""
    return tmp_path_factory.mktemp("selfie")


def _post(tmp_path: Path, data: bytes, caption: str, platform: str = "x") -> Post:
    path = tmp_path / "pic.jpg"
    if not path.exists():
        path.write_bytes(data)
    return Post(platform, "1", "nurse", "post", datetime(2025, 3, 1, tzinfo=UTC), caption,  # type: ignore[arg-type]
                media=(Media("image", str(path)),))  # fmt: skip


def _rules(analyzer: MediaAnalyzer, post: Post) -> dict[str, float]:
    return {f.rule.id: f.score for f in ImageScene(analyzer).analyze(post, PostContext())}


# -- faces --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind, seed, faces", [
    ("selfie", 1, 1), ("selfie", 5, 1), ("landscape", 3, 0),
    ("pet", 3, 0), ("food", 3, 0), ("whiteboard", 3, 0),
])  # fmt: skip
def test_face_detector_on_drawn_pictures(kind: str, seed: int, faces: int) -> None:
    image = decode_image(make_image(kind, seed).data).image
    assert len(shared_face_detector().detect(image)) == faces


# fmt: off
@pytest.mark.parametrize("caption, expected", [
    ("Night shift with my patient, she is doing great", 0.65),  # a patient caption
    ("Another long night on the ward", 0.4),                    # a clinical setting only: weak
    ("Holiday selfie!", None),                                  # nothing clinical: no finding
    ("My patient, photo shared with consent", 0.39),            # consent softens
])
# fmt: on
def test_face_becomes_a_finding_only_in_a_clinical_context(
    analyzer: MediaAnalyzer, selfie_dir: Path, caption: str, expected: float | None
) -> None:
    # one file for every caption: the analyzer reads the picture once and the captions differ
    rules = _rules(analyzer, _post(selfie_dir, make_image("selfie", 2).data, caption))
    assert rules.get("phi.image_face") == expected


# -- imaging and monitors -----------------------------------------------------------------------


@pytest.mark.parametrize("kind, look", [
    ("scan", "imaging"), ("slide", "none"), ("whiteboard", "none"),
    ("menu", "none"), ("landscape", "none"),
])  # fmt: skip
def test_imaging_look(kind: str, look: str) -> None:
    for seed in range(2):
        assert assess_look(decode_image(make_image(kind, seed).data).image).look == look


def test_monitor_look_needs_vital_signs_on_screen() -> None:
    image = decode_image(make_image("monitor", 1).data).image
    vitals = [TextLine(t, t, 0, 0, 10, 10, 0.9) for t in ("HR", "SpO2", "NIBP")]
    assert assess_look(image, vitals).look == "monitor"
    assert assess_look(image, []).look == "none"


def test_selfie_with_the_board_behind_gives_face_finding(
    analyzer: MediaAnalyzer, tmp_path: Path
) -> None:
    post = _post(tmp_path, make_image("selfie_board", 1).data, "Night shift selfie")
    findings = {f.rule.id: f for f in ImageScene(analyzer).analyze(post, PostContext())}
    assert findings["phi.image_face"].score == 0.75  # the face sits beside patient information
    assert findings["phi.image_face"].regions


def test_scan_with_burned_in_name_gives_imaging_finding(
    analyzer: MediaAnalyzer, tmp_path: Path
) -> None:
    rules = _rules(analyzer, _post(tmp_path, make_image("scan", 4).data, ""))
    assert rules.get("phi.image_medical", 0) >= 0.8


# -- location -----------------------------------------------------------------------------------


def test_exif_gps_time_and_camera_are_read() -> None:
    data = with_exif(
        make_image("landscape", 1).data,
        latitude=-33.8894, longitude=151.1826, taken_at="2025:03:01 03:12:44",
    )  # fmt: skip
    meta = read_metadata(decode_image(data).exif)
    assert meta is not None and meta.has_location
    assert meta.latitude == pytest.approx(-33.8894, abs=1e-4)
    assert meta.longitude == pytest.approx(151.1826, abs=1e-4)
    assert meta.taken_at == datetime(2025, 3, 1, 3, 12, 44)
    assert meta.camera == "Synthetic Phone 1"


def test_picture_without_exif_has_no_metadata() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buf, "PNG")
    assert read_metadata(decode_image(buf.getvalue()).exif) is None


# fmt: off
@pytest.mark.parametrize("position, hospital", [
    (ST_THOMAS, "St Thomas' Hospital (London)"),
    ((51.4995, -0.1175), "St Thomas' Hospital (London)"),  # ~100 m off the centre, on campus
    ((51.5150, -0.1184), None),                             # ~1.8 km north: not there
    (OPEN_SEA, None),
])
# fmt: on
def test_hospital_sites(position: tuple[float, float], hospital: str | None) -> None:
    found = hospital_index().at(*position)
    assert (found[0].name if found else None) == hospital


def test_hospital_table_is_sane() -> None:
    index = HospitalIndex.from_csv()
    assert len(index.hospitals) >= 30
    for h in index.hospitals:
        assert -90 <= h.latitude <= 90 and -180 <= h.longitude <= 180 and 100 <= h.radius_m <= 1000
    assert distance_m(*ST_THOMAS, *ST_THOMAS) == 0


# fmt: off
@pytest.mark.parametrize("position, caption, expected", [
    (ST_THOMAS, "Sunset from work", 0.7),            # at a known hospital: found with any caption
    (OPEN_SEA, "Sunset from the ward tonight", 0.55),  # anywhere, in a clinical post
    (OPEN_SEA, "Sunset at the beach", None),           # a holiday photo with GPS is not PHI
])
# fmt: on
def test_location_finding(
    analyzer: MediaAnalyzer,
    tmp_path: Path,
    position: tuple[float, float],
    caption: str,
    expected: float | None,
) -> None:
    data = with_exif(
        SMALL_LANDSCAPE,  # location needs no detail: a small picture keeps OCR cheap
        latitude=position[0], longitude=position[1], taken_at="2025:03:01 03:12:44",
    )  # fmt: skip
    post = _post(tmp_path, data, caption)
    found = ImageScene(analyzer).analyze(post, PostContext())
    findings = [f for f in found if f.rule.id == "phi.image_location"]
    assert (findings[0].score if findings else None) == expected
    if findings:
        assert "removes this data" in findings[0].explanation  # X strips EXIF: the finding says so


# fmt: off
@pytest.mark.parametrize("caption, strength", [
    ("", "none"),
    ("Lovely walk with the dog", "none"),
    ("Long night on the ward", "setting"),
    ("My patient in bed 4 was so brave", "patient"),
])
# fmt: on
def test_caption_context(caption: str, strength: str) -> None:
    assert read_caption(caption).strength == strength
