"""Safe image decoding: every attachment of an export passes here before anything looks at it.

Exports hold whatever people uploaded, and a crafted or damaged file must cost a counted
warning, never the scan. So: the bytes read are capped, the pixel count is checked from the
header *before* decoding (a 1 kB PNG can declare 50 000 x 50 000 pixels), Pillow's own bomb
check is turned into an error, truncated files are refused rather than half-decoded, and the
picture is downscaled to ``analysis_side`` on its way in (JPEG ``draft`` mode decodes at a
reduced scale directly, so a 12-megapixel photo never exists in memory at full size).

The decoded image is oriented as people see it (EXIF rotation applied); ``scale`` maps its
pixels back to the original oriented image, which is what ``Region`` boxes are measured in.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections import Counter
from dataclasses import dataclass, field

from PIL import Image, ImageOps, UnidentifiedImageError

from scanner.errors import ScrubsError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DecodeLimits:
    """How much of an attachment we are willing to read and decode."""

    max_bytes: int = 40 * 1024 * 1024  # a larger attachment is not read at all
    max_pixels: int = 80_000_000  # declared width x height; above this it is a bomb or not a photo
    analysis_side: int = (
        1600  # longest side kept for analysis: enough for OCR of a photographed board
    )


DEFAULT_DECODE_LIMITS = DecodeLimits()


class ImageSkipped(Exception):  # noqa: N818 - a counted skip, not an error to report
    """An attachment we refuse to analyse; ``reason`` is a fixed, content-free phrase."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True, slots=True)
class DecodedImage:
    """An attachment decoded for analysis: RGB, at most ``analysis_side`` px on its longest side."""

    image: Image.Image
    original_size: tuple[int, int]  # width, height of the original, after EXIF rotation
    scale: float  # original pixels per analysed pixel (>= 1)
    format: str  # "JPEG", "PNG", ...
    exif: Image.Exif | None = None  # raw EXIF of the file, for ``classifiers.images.exif``

    def to_original(self, x: float, y: float, w: float, h: float) -> tuple[int, int, int, int]:
        """A box in analysed pixels as a box in original pixels, clipped to the image."""
        ow, oh = self.original_size
        left, top = max(0, round(x * self.scale)), max(0, round(y * self.scale))
        right, bottom = min(ow, round((x + w) * self.scale)), min(oh, round((y + h) * self.scale))
        return left, top, max(1, right - left), max(1, bottom - top)


@dataclass
class SkipCounter:
    """Skipped attachments by reason, so the user hears once how many and why, not per file."""

    reasons: Counter[str] = field(default_factory=Counter)

    def add(self, reason: str) -> None:
        """Count one skip."""
        self.reasons[reason] += 1

    @property
    def total(self) -> int:
        """How many attachments were skipped."""
        return sum(self.reasons.values())

    def log_summary(self) -> None:
        """One warning line with counts per reason (nothing about the images themselves)."""
        if self.reasons:
            detail = ", ".join(f"{n} {reason}" for reason, n in sorted(self.reasons.items()))
            log.warning(
                "skipped %d attachment(s) that could not be analysed: %s", self.total, detail
            )


def read_media(ref: str, limits: DecodeLimits = DEFAULT_DECODE_LIMITS) -> bytes:
    """The bytes of a ``Media.path`` ref: a plain path or ``<zip>::<member>``, capped in size."""
    from scanner.sources import open_media

    try:
        return open_media(ref, limits.max_bytes)
    except ScrubsError as exc:
        raise ImageSkipped("missing or over the size limit") from exc
    except OSError as exc:
        raise ImageSkipped("unreadable file") from exc


def decode_image(data: bytes, limits: DecodeLimits = DEFAULT_DECODE_LIMITS) -> DecodedImage:
    """Decode ``data`` safely and downscale it; raises :class:`ImageSkipped` with a reason."""
    if len(data) > limits.max_bytes:
        raise ImageSkipped("over the size limit")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return _decode(data, limits)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageSkipped("decompression bomb") from exc
    except UnidentifiedImageError as exc:
        raise ImageSkipped("not an image") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:  # truncated, corrupt, odd modes
        raise ImageSkipped("truncated or corrupt image") from exc


def _decode(data: bytes, limits: DecodeLimits) -> DecodedImage:
    # Pillow's default ImageFile.LOAD_TRUNCATED_IMAGES = False makes a truncated file raise:
    # a half-decoded image is worse than none (a test keeps this so).
    with Image.open(io.BytesIO(data)) as img:
        width, height = img.size
        if width <= 0 or height <= 0:
            raise ImageSkipped("empty image")
        if width * height > limits.max_pixels:
            raise ImageSkipped("decompression bomb")
        fmt = img.format or "unknown"
        exif = img.getexif()
        side = limits.analysis_side
        img.draft("RGB", (side, side))  # JPEG: decode at 1/2, 1/4 or 1/8 scale when large
        img.seek(0)  # animated GIF / multi-page TIFF: the first frame only
        oriented = ImageOps.exif_transpose(img)
        rgb = _to_rgb(oriented)
    original = _oriented_size((width, height), exif)
    rgb.thumbnail((side, side), Image.Resampling.LANCZOS)
    scale = max(original[0] / rgb.width, original[1] / rgb.height, 1.0)
    return DecodedImage(rgb, original, scale, fmt, exif if len(exif) else None)


def _to_rgb(img: Image.Image) -> Image.Image:
    """RGB pixels, with transparency flattened onto white (a transparent PNG is not black)."""
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return img.convert("RGB")


def _oriented_size(size: tuple[int, int], exif: Image.Exif) -> tuple[int, int]:
    """The original size as displayed: EXIF orientations 5-8 swap width and height."""
    orientation = exif.get(0x0112, 1) if exif else 1
    return (size[1], size[0]) if orientation in (5, 6, 7, 8) else size
