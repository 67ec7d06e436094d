"""One pass over a post's pictures: decode, read text, find faces, judge the look, read EXIF.

Both image recognizers (``image_text`` and ``image_scene``) need the same work on the same
pictures, so it is done once per post and the *results* (boxes, text, scores: no pixels) are
kept in a small LRU keyed by post. Pictures are decoded one at a time and dropped as soon as
they are analysed, so memory stays flat however large the export: the peak is one decoded
picture (``analysis_side`` px) plus the OCR and face models.

Boxes are converted to the original picture's pixels here, once, because that is what
``Region`` promises the report.
"""

from __future__ import annotations

import ctypes
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import cache

from classifiers.base import Recognizer
from classifiers.images.decode import (
    DEFAULT_DECODE_LIMITS,
    DecodedImage,
    DecodeLimits,
    ImageSkipped,
    SkipCounter,
    decode_image,
    read_media,
)
from classifiers.images.exif import PhotoMetadata, read_metadata
from classifiers.images.faces import Face, FaceDetector, shared_face_detector
from classifiers.images.medical import MedicalLook, assess_look
from classifiers.images.ocr import TextLine, TextReader, shared_reader
from classifiers.images.text_phi import TextVerdict, assess_text, text_recognizers
from scanner.models import Media, Post

log = logging.getLogger(__name__)

ANALYSED_TYPES = frozenset({"image", "gif"})
MAX_PICTURES_PER_POST = 20  # an album post beyond this is analysed in part (counted)


@dataclass(frozen=True, slots=True)
class MediaAnalysis:
    """What one attached picture holds. Boxes are in the original picture's pixels."""

    index: int  # position in ``post.media``
    skipped: str | None = None  # why it was not analysed (fixed phrase), else None
    size: tuple[int, int] = (0, 0)
    lines: tuple[TextLine, ...] = ()
    text: TextVerdict = field(default_factory=lambda: TextVerdict(0.0, ()))
    faces: tuple[Face, ...] = ()
    look: MedicalLook = field(default_factory=lambda: MedicalLook("none", 0.0))
    metadata: PhotoMetadata | None = None
    seconds: float = 0.0


class MediaAnalyzer:
    """Analyses pictures of posts; build once per process (the models are shared anyway)."""

    def __init__(
        self,
        limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
        *,
        reader: TextReader | None = None,
        faces: FaceDetector | None = None,
        cache_posts: int = 64,
    ) -> None:
        self.limits = limits
        self._reader = reader
        self._faces = faces
        self._cache: OrderedDict[tuple[str, tuple[str, ...]], tuple[MediaAnalysis, ...]] = (
            OrderedDict()
        )
        self._cache_posts = cache_posts
        self.skips = SkipCounter()
        self.analysed = 0
        self.seconds = 0.0

    def load(self) -> None:
        """Load the OCR engine, the face model and the text recognizers now, not mid-scan."""
        self.reader  # noqa: B018 - loads
        self.face_detector  # noqa: B018
        text_recognizers()

    @property
    def reader(self) -> TextReader:
        """The OCR engine (the process-wide one unless given)."""
        if self._reader is None:
            self._reader = shared_reader()
        return self._reader

    @property
    def face_detector(self) -> FaceDetector:
        """The face detector (the process-wide one unless given)."""
        if self._faces is None:
            self._faces = shared_face_detector()
        return self._faces

    def analyze_post(self, post: Post) -> tuple[MediaAnalysis, ...]:
        """Every picture of ``post`` analysed (cached: both image recognizers ask)."""
        key = (post.key, tuple(m.path or m.url or "" for m in post.media))
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        results = []
        for index, media in enumerate(post.media):
            if index >= MAX_PICTURES_PER_POST:
                self._skip(post, index, "beyond the per-post picture limit")
                results.append(MediaAnalysis(index, "beyond the per-post picture limit"))
                continue
            results.append(self.analyze_media(media, index, post))
        found = tuple(results)
        self._cache[key] = found
        if len(self._cache) > self._cache_posts:
            self._cache.popitem(last=False)
        return found

    def analyze_media(
        self, media: Media, index: int = 0, post: Post | None = None
    ) -> MediaAnalysis:
        """One attachment; a file we cannot or will not read becomes a counted skip."""
        if media.type not in ANALYSED_TYPES:
            return MediaAnalysis(index, f"{media.type} not analysed")
        if not media.path:
            return self._skipped(post, index, "known only by URL (not fetched)")
        try:
            decoded = decode_image(read_media(media.path, self.limits), self.limits)
        except ImageSkipped as skip:
            return self._skipped(post, index, skip.reason)
        return self.analyze_decoded(decoded, index, post)

    def analyze_bytes(self, data: bytes, index: int = 0, post: Post | None = None) -> MediaAnalysis:
        """Analyse an encoded picture held in memory (tests, live connectors)."""
        try:
            decoded = decode_image(data, self.limits)
        except ImageSkipped as skip:
            return self._skipped(post, index, skip.reason)
        return self.analyze_decoded(decoded, index, post)

    def analyze_decoded(
        self, decoded: DecodedImage, index: int = 0, post: Post | None = None
    ) -> MediaAnalysis:
        """The analysis proper, on a decoded picture; a model failure is a counted skip."""
        started = time.perf_counter()
        try:
            lines = tuple(_to_original(decoded, ln) for ln in self.reader.read(decoded.image))
            verdict = assess_text(lines, post)
            faces = tuple(
                _face_to_original(decoded, f) for f in self.face_detector.detect(decoded.image)
            )
            look = assess_look(decoded.image, lines, decoded.original_size)
            metadata = read_metadata(decoded.exif)
        except Exception as exc:  # noqa: BLE001 - one picture must never stop a scan
            log.warning("picture analysis failed (%s)", type(exc).__name__)
            return self._skipped(post, index, "analysis failed")
        seconds = time.perf_counter() - started
        self.analysed += 1
        self.seconds += seconds
        release_freed_memory()
        return MediaAnalysis(
            index, None, decoded.original_size, lines, verdict, faces, look, metadata,
            round(seconds, 3),
        )  # fmt: skip

    def _skipped(self, post: Post | None, index: int, reason: str) -> MediaAnalysis:
        self._skip(post, index, reason)
        return MediaAnalysis(index, reason)

    def _skip(self, post: Post | None, index: int, reason: str) -> None:
        self.skips.add(reason)
        log.warning(
            "picture %d of post %s skipped: %s (%d skipped so far)",
            index + 1,
            post.key if post else "-",
            reason,
            self.skips.total,
        )


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 - glibc only
    except (OSError, AttributeError):
        return None
    return libc


def release_freed_memory() -> None:
    """Hand memory freed by the last picture back to the system (glibc ``malloc_trim``).

    Decoded pictures, OCR tensors and text crops come in a different size every time; glibc
    keeps the freed blocks in its heaps, so without this the resident size creeps up over a
    long export although nothing is held. A no-op where glibc is absent.
    """
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def _face_to_original(decoded: DecodedImage, face: Face) -> Face:
    x, y, w, h = decoded.to_original(face.x, face.y, face.width, face.height)
    return replace(face, x=x, y=y, width=w, height=h)


def _to_original(decoded: DecodedImage, line: TextLine) -> TextLine:
    x, y, w, h = decoded.to_original(line.x, line.y, line.width, line.height)
    return replace(line, x=x, y=y, width=w, height=h)


_shared: MediaAnalyzer | None = None


def shared_analyzer() -> MediaAnalyzer:
    """The process-wide analyzer both image recognizers use by default."""
    global _shared
    if _shared is None:
        _shared = MediaAnalyzer()
    return _shared


class PictureRecognizer(Recognizer):
    """What both image recognizers share: one analyzer per process, loaded once, and a
    pre-check that skips every post without attachments (most posts)."""

    def __init__(self, analyzer: MediaAnalyzer | None = None) -> None:
        self._analyzer = analyzer

    @property
    def analyzer(self) -> MediaAnalyzer:
        """The shared picture analyzer: one OCR and face pass serves both recognizers."""
        if self._analyzer is None:
            self._analyzer = shared_analyzer()
        return self._analyzer

    def load(self) -> None:
        """Nothing before the first batch: the OCR and face models (about 0.5 s of CPU) load
        with the first post that has attachments (``MediaAnalyzer.reader``), so a text-only
        archive never pays for them, and the encoder's look-ahead absorbs the pause when
        one does."""

    def prefilter(self, post: Post) -> bool:
        """Only posts with attachments."""
        return bool(post.media)
