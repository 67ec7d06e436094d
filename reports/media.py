"""Attached images as small inline thumbnails (``data:`` URIs): the report stays one offline file.

Images may show a patient: the report embeds only a downscaled JPEG copy (within ``MAX_BOX``)
and shows it blurred until clicked. Archive media arrive as ``media[].path`` refs: a plain path,
or ``"<zip path>::<member>"`` for a zipped export; ``scanner.sources.open_media`` reads those
with the export reader's guards when it exists, and a bounded zip read stands in until then.
Media known only by URL (live APIs) are never fetched: the report is built offline.
"""

from __future__ import annotations

import base64
import io
import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from scanner.errors import ScrubsError

log = logging.getLogger(__name__)

MAX_BOX = (320, 240)  # pixels: enough to recognise what the picture is, small enough to stay light
MAX_INPUT_BYTES = 25 * 1024 * 1024  # an attachment larger than this is not read
MAX_PIXELS = 60_000_000  # decompression-bomb guard, below Pillow's own limit
JPEG_QUALITY = 70

MediaOpener = Callable[[str, int], bytes]


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """An embedded image: its data URI and the original size (for drawing evidence regions)."""

    data_uri: str
    width: int  # thumbnail pixels
    height: int
    original_width: int
    original_height: int


def default_opener() -> MediaOpener:
    """``scanner.sources.open_media`` when the export reader provides it, else a local reader."""
    try:
        from scanner.sources import open_media  # type: ignore[attr-defined]
    except ImportError:
        return read_local
    return open_media


def read_local(ref: str, max_bytes: int) -> bytes:
    """Read a plain file path or a ``zip::member`` ref, refusing anything over ``max_bytes``."""
    if "::" in ref:
        archive, member = ref.split("::", 1)
        with zipfile.ZipFile(archive) as zf:
            info = zf.getinfo(member)
            if info.file_size > max_bytes:
                raise ValueError(f"media member too large ({info.file_size} bytes)")
            return zf.read(info)
    path = Path(ref)
    if path.stat().st_size > max_bytes:
        raise ValueError(f"media file too large ({path.stat().st_size} bytes)")
    return path.read_bytes()


def thumbnail_from_bytes(raw: bytes, box: tuple[int, int] = MAX_BOX) -> Thumbnail:
    """Downscale an image to a JPEG data URI; raises ``ValueError`` on anything unreadable."""
    try:
        with Image.open(io.BytesIO(raw)) as img:
            original = img.size
            if original[0] * original[1] > MAX_PIXELS:
                raise ValueError("image has too many pixels to thumbnail safely")
            img.draft("RGB", (box[0] * 2, box[1] * 2))  # JPEG: decode at a reduced scale
            img = ImageOps.exif_transpose(img)
            oriented = _oriented_size(original, img)
            img = img.convert("RGB")
            img.thumbnail(box, Image.Resampling.LANCZOS)
            out = io.BytesIO()
            img.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValueError(f"unreadable image ({type(exc).__name__})") from exc
    encoded = base64.b64encode(out.getvalue()).decode("ascii")
    return Thumbnail(f"data:image/jpeg;base64,{encoded}", img.width, img.height, *oriented)


def _oriented_size(original: tuple[int, int], oriented: Image.Image) -> tuple[int, int]:
    """The original size after EXIF rotation (draft() may have shrunk the decoded image)."""
    w, h = original
    if (oriented.width > oriented.height) != (w > h) and w != h:
        return h, w
    return w, h


class ThumbnailMaker:
    """Makes thumbnails for a report, once per ref, up to a total budget for the page."""

    def __init__(self, opener: MediaOpener | None = None, budget: int = 400) -> None:
        self._open = opener or default_opener()
        self._cache: dict[str, Thumbnail | None] = {}
        self.budget = budget
        self.failed = 0
        self.over_budget = 0

    def get(self, ref: str | None) -> Thumbnail | None:
        """The thumbnail of a media path ref, or None (unreadable, over budget, or no ref)."""
        if not ref:
            return None
        if ref in self._cache:
            return self._cache[ref]
        if len(self._cache) >= self.budget:
            self.over_budget += 1
            return None
        try:
            thumb: Thumbnail | None = thumbnail_from_bytes(self._open(ref, MAX_INPUT_BYTES))
        except (ScrubsError, OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            log.info("media not embedded: %s", type(exc).__name__)
            self.failed += 1
            thumb = None
        self._cache[ref] = thumb
        return thumb
