"""Safe decoding: bombs, truncated files, non-images and huge photos never crash a scan."""

from __future__ import annotations

import io
import logging
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from classifiers.images.analysis import MediaAnalyzer
from classifiers.images.decode import DecodeLimits, ImageSkipped, decode_image, read_media
from scanner.models import Media, Post
from tests.image_builders import make_image, png_declaring, resized, with_exif


def _jpeg(size: tuple[int, int], colour: str = "white") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG")
    return buf.getvalue()


WRISTBAND = make_image("wristband", 1).data


@pytest.fixture(scope="module")
def analyzer() -> MediaAnalyzer:
    """A real analyzer; the OCR and face models behind it load once per process."""
    analyzer = MediaAnalyzer()
    analyzer.load()
    return analyzer


# fmt: off
@pytest.mark.parametrize("data, reason", [
    pytest.param(png_declaring(60_000, 60_000), "decompression bomb", id="bomb-3.6-gigapixels-in-70-bytes"),
    pytest.param(png_declaring(12_000, 9_000), "decompression bomb", id="over-our-80MP-cap-under-pillows"),
    pytest.param(WRISTBAND[: len(WRISTBAND) // 2], "truncated or corrupt image", id="truncated-photo"),
    pytest.param(b"", "not an image", id="empty"),
    pytest.param(b"<html><body>not a picture</body></html>", "not an image", id="html"),
    pytest.param(b"PK\x03\x04" + b"\x00" * 200, "not an image", id="zip-named-jpg"),
    pytest.param(png_declaring(64, 64)[:40], "not an image", id="png-header-only"),
])
# fmt: on
def test_bad_input_is_skipped_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ImageSkipped) as caught:
        decode_image(data)
    assert caught.value.reason == reason


def test_over_the_byte_limit_is_skipped_before_decoding() -> None:
    with pytest.raises(ImageSkipped, match="size limit"):
        decode_image(WRISTBAND, DecodeLimits(max_bytes=1000))


@pytest.mark.parametrize("size", [(4032, 3024), (3024, 4032), (8000, 600)])
def test_large_photo_is_downscaled_and_maps_back_to_original_pixels(size: tuple[int, int]) -> None:
    decoded = decode_image(_jpeg(size))
    assert max(decoded.image.size) <= 1600
    assert decoded.original_size == size
    x, y, w, h = decoded.to_original(0, 0, *decoded.image.size)
    assert (x, y) == (0, 0)
    assert abs(w - size[0]) <= decoded.scale + 1 and abs(h - size[1]) <= decoded.scale + 1


def test_exif_rotation_is_applied_and_reported_in_the_original_size() -> None:
    rotated = with_exif(_jpeg((400, 300)), orientation=6)  # camera held upright: display 300 x 400
    decoded = decode_image(rotated)
    assert decoded.original_size == (300, 400)
    assert decoded.image.size == (300, 400)


def test_transparency_is_flattened_onto_white() -> None:
    buf = io.BytesIO()
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(buf, "PNG")
    decoded = decode_image(buf.getvalue())
    assert decoded.image.mode == "RGB"
    assert decoded.image.getpixel((5, 5)) == (255, 255, 255)


def test_animated_gif_gives_its_first_frame() -> None:
    frames = [Image.new("RGB", (30, 20), c) for c in ("red", "blue")]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:])
    decoded = decode_image(buf.getvalue())
    assert decoded.original_size == (30, 20)
    r, g, b = decoded.image.getpixel((1, 1))
    assert r > 200 and b < 50


def test_read_media_reads_plain_paths_and_zip_members(tmp_path: Path) -> None:
    plain = tmp_path / "a.jpg"
    plain.write_bytes(WRISTBAND)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("data/tweets_media/1-a.jpg", WRISTBAND)
    assert read_media(str(plain)) == WRISTBAND
    assert read_media(f"{archive}::data/tweets_media/1-a.jpg") == WRISTBAND


@pytest.mark.parametrize(
    "ref", ["{tmp}/missing.jpg", "{tmp}/export.zip::data/nothing.jpg", "{tmp}/gone.zip::a.jpg"]
)
def test_read_media_turns_missing_files_into_skips(tmp_path: Path, ref: str) -> None:
    with zipfile.ZipFile(tmp_path / "export.zip", "w") as zf:
        zf.writestr("data/other.jpg", b"x")
    with pytest.raises(ImageSkipped):
        read_media(ref.format(tmp=tmp_path))


def test_a_post_full_of_bad_files_is_counted_not_fatal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_declaring(60_000, 60_000))
    text = tmp_path / "notes.jpg"
    text.write_text("Bed 4 Mrs Example DOB 01/02/1950")  # patient-like text must not reach the log
    media = (
        Media("image", str(bomb)),
        Media("image", str(text)),
        Media("image", str(tmp_path / "missing.jpg")),
        Media("image", url="https://example.invalid/a.jpg"),
        Media("video", str(tmp_path / "clip.mp4")),
    )
    post = Post("x", "1", "nurse", "post", datetime(2025, 1, 1, tzinfo=UTC), "", media=media)
    analyzer = MediaAnalyzer()
    with caplog.at_level(logging.WARNING):
        results = analyzer.analyze_post(post)
    assert [r.skipped for r in results] == [
        "decompression bomb", "not an image", "missing or over the size limit",
        "known only by URL (not fetched)", "video not analysed",
    ]  # fmt: skip
    assert analyzer.skips.total == 4  # videos are not analysed by design, not skipped
    assert "Mrs Example" not in caplog.text and "01/02/1950" not in caplog.text


@pytest.mark.parametrize("size", [(1, 1), (20, 5000), (5000, 20), (3, 900)])
def test_degenerate_shapes_analyse_without_error(
    analyzer: MediaAnalyzer, size: tuple[int, int]
) -> None:
    # a 20 x 5000 strip once made the OCR detector upscale it to 736 x 184 000 pixels
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, "PNG")
    result = analyzer.analyze_bytes(buf.getvalue())
    assert result.skipped is None and result.size == size and result.lines == ()


def test_huge_real_photo_analyses_with_regions_in_original_pixels(analyzer: MediaAnalyzer) -> None:
    big = resized(make_image("wristband", 2).data, (4032, 3024))
    result = analyzer.analyze_bytes(big)
    assert result.size == (4032, 3024)
    assert result.text.score >= 0.5
    for line in result.lines:
        assert 0 <= line.x and line.x + line.width <= 4032
        assert 0 <= line.y and line.y + line.height <= 3024
    assert max(line.x + line.width for line in result.lines) > 1600  # boxes were scaled back up
