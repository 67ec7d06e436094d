"""Reading text in pictures with RapidOCR, using the ONNX models inside ``rapidocr_onnxruntime``.

Nothing is downloaded: the detection and recognition models ship in the wheel. The engine is
loaded once per process (:func:`shared_reader`) because loading costs a few hundred ms and
every image would otherwise pay it.

The recognition model (PP-OCRv4, trained on Chinese and English) often drops the spaces of
Latin text: a board line comes back as ``"Bed9FatimaJensenDrKhan"``. :func:`respace` puts
them back at case and digit boundaries, and fixes the few letter/digit confusions that matter
for identifiers (``D0B``), so the text recognizers downstream see ordinary text.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass
from functools import cache

import numpy as np
from PIL import Image

log = logging.getLogger(__name__)

OCR_SIDE = 1024  # longest side handed to the detector: text of a photographed board stays legible
MAX_ASPECT = 4.0  # the detector scales the *short* side up to 736 px: a 6 x 1600 strip would
# become 736 x 196 000 and run for minutes, so long strips are padded to at most 4:1 first
MIN_SIDE = 8  # smaller than this holds no legible text
MIN_CONFIDENCE = 0.6  # recognition score under which a line is noise (textures read as "8")


@dataclass(frozen=True, slots=True)
class TextLine:
    """A line of text found in an image, with its box in the analysed image's pixels."""

    text: str  # after :func:`respace`
    raw: str  # as the recogniser returned it
    x: int
    y: int
    width: int
    height: int
    confidence: float


class TextReader:
    """RapidOCR with our settings: no angle classifier, bounded threads, a capped input side."""

    def __init__(self, threads: int | None = None, side: int = OCR_SIDE) -> None:
        from rapidocr_onnxruntime import RapidOCR

        threads = threads or min(2, os.cpu_count() or 1)
        self.side = side
        # The 180-degree classifier is off: upside-down photos are rare, and it costs a third.
        self._engine = RapidOCR(
            use_cls=False,
            intra_op_num_threads=threads,
            inter_op_num_threads=1,
            print_verbose=False,
        )
        self._lock = threading.Lock()  # one onnxruntime session per model, shared: serialise

    def read(self, image: Image.Image) -> list[TextLine]:
        """Every line of text in ``image`` (RGB), boxes in ``image``'s pixels, top to bottom."""
        if min(image.size) < MIN_SIDE:
            return []
        factor = 1.0
        work = image
        if max(image.size) > self.side:
            factor = max(image.size) / self.side
            size = (max(1, round(image.width / factor)), max(1, round(image.height / factor)))
            work = image.resize(size, Image.Resampling.BILINEAR)
        work = _pad_to_aspect(work, MAX_ASPECT)
        bgr = np.ascontiguousarray(np.asarray(work)[:, :, ::-1])
        with self._lock:
            result, _ = self._engine(bgr)
        lines = []
        for box, raw, confidence in result or ():
            if float(confidence) < MIN_CONFIDENCE or not raw.strip():
                continue
            xs = [p[0] * factor for p in box]
            ys = [p[1] * factor for p in box]
            x, y = int(min(xs)), int(min(ys))
            lines.append(
                TextLine(
                    respace(raw), raw, x, y, int(max(xs)) - x, int(max(ys)) - y, float(confidence)
                )
            )
        lines.sort(key=lambda line: (line.y // max(8, line.height // 2), line.x))
        return lines


def _pad_to_aspect(image: Image.Image, limit: float) -> Image.Image:
    """``image`` on a canvas at most ``limit``:1, at the top left (boxes keep their place)."""
    w, h = image.size
    if w <= h * limit and h <= w * limit:
        return image
    canvas_w, canvas_h = max(w, int(h / limit) + 1), max(h, int(w / limit) + 1)
    fill = tuple(int(c) for c in np.asarray(image).reshape(-1, 3).mean(axis=0))
    canvas = Image.new("RGB", (canvas_w, canvas_h), fill)
    canvas.paste(image, (0, 0))
    return canvas


@cache
def shared_reader() -> TextReader:
    """The process-wide reader, loaded on first use."""
    log.info("loading the OCR models bundled with rapidocr_onnxruntime")
    return TextReader()


# -- putting spaces back ----------------------------------------------------------------------

_CONFUSIONS = (
    (re.compile(r"\bD[0oO]B(?=\d)"), "DOB "),
    (re.compile(r"\bD[0o]B\b"), "DOB"),
    (re.compile(r"\bDO8\b"), "DOB"),
    (re.compile(r"\bMRM\b"), "MRN"),
    (re.compile(r"\bNHS\s*N[o0]\b", re.IGNORECASE), "NHS No"),
)
# Words that run into their neighbours on boards and wristbands; split them off whole.
_GLUED_WORDS = re.compile(
    r"(?<=[a-z0-9])(?=(?:DOB|MRN|Bed|Bay|Room|Dr|Mr|Mrs|Ms|Miss|Hosp|NHS|ID)(?![a-z]))"
)
_CASE_STEP = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "FatimaJensen" -> "Fatima Jensen"
_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z]{2})(?=\d)")  # "Bed9", "DOB08/03" (not "T2", "Sp02")
_DIGIT_LETTER = re.compile(
    r"(?<=\d)(?=[A-Z][a-z])|(?<=\d{4})(?=[A-Za-z])|(?<=\d/\d{4})(?=[A-Za-z])|(?<=\b\d)(?=[A-Z]{2})|(?<=\b\d\d)(?=[A-Z]{2})"
)
_AFTER_COMMA = re.compile(r",(?=\S)")  # "GARCIA,David" -> "GARCIA, David"
_AFTER_COLON = re.compile(r":(?=[A-Za-z0-9])")


def respace(raw: str) -> str:
    """OCR text with the spaces the recogniser dropped put back, and identifier labels repaired."""
    text = raw.strip()
    text = _CASE_STEP.sub(" ", text)
    text = _GLUED_WORDS.sub(" ", text)
    text = _LETTER_DIGIT.sub(" ", text)
    text = _DIGIT_LETTER.sub(" ", text)
    text = _AFTER_COMMA.sub(", ", text)
    text = _AFTER_COLON.sub(": ", text)
    for pattern, fixed in _CONFUSIONS:
        text = pattern.sub(fixed, text)
    return re.sub(r"\s{2,}", " ", text)
