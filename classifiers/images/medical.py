"""Does a picture look like medical imaging or a patient monitor? Cheap pixel statistics.

No model: radiographs, CT and MRI slices share a look that a few numbers capture on a 256-px
grey copy, and monitors have theirs:

- imaging: almost no colour; a dark frame (the field outside the body is black); a large,
  bright-to-mid-grey mass in the middle (anatomy), not thin strokes (a chalkboard's text);
  and smooth tones with soft edges.
- monitor: a dark screen with a few saturated colours (green, yellow, cyan traces and numbers)
  covering a small share of it; the OCR text, when there is any, names vital signs.

This only says "looks like". Whether it matters is decided with the burned-in text (does it
name someone?) and the caption (``classifiers.recognizers.image_scene``). Known limits: a
black-and-white photo of a dark room with a lamp, or night sky with the moon, can look like a
scan; ultrasound (fan-shaped) and dermatology photos are not covered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from PIL import Image, ImageFilter

from classifiers.images.ocr import TextLine

Look = Literal["imaging", "monitor", "none"]
SIDE = 256

VITALS = re.compile(
    r"\b(?:HR|SpO\s?2|Sp\s?O2|SPO2|RR|NIBP|ABP|BP|ECG|EtCO\s?2|Temp|Resp|PR|MAP|CVP|Pleth)\b",
    re.IGNORECASE,
)
IMAGING_WORDS = re.compile(
    r"\b(?:AXIAL|CORONAL|SAGITTAL|PA|AP|LAT|ERECT|SUPINE|T1|T2|FLAIR|DWI|ADC|STIR|kVp|mAs|WL|WW|"
    r"Se|Im|Series|Slice|Thk|mm|CT|MRI|MR|CR|DX|US|PACS|HU)\b"
)


@dataclass(frozen=True, slots=True)
class MedicalLook:
    """How much a picture looks like imaging or a monitor, and the measurements behind it."""

    look: Look
    score: float  # 0..1
    measures: tuple[tuple[str, float], ...] = ()


def assess_look(
    image: Image.Image, lines: Sequence[TextLine] = (), size: tuple[int, int] | None = None
) -> MedicalLook:
    """Imaging, monitor or neither, from pixels plus any text read.

    ``size`` is the frame the line boxes are measured in (the original picture), when it is
    not ``image`` itself.
    """
    small = image.copy()
    small.thumbnail((SIDE, SIDE))
    rgb = np.asarray(small, dtype=np.float32) / 255.0
    imaging, im_measures = _imaging_score(rgb, small)
    monitor, mon_measures = _monitor_score(rgb, lines)
    if _text_across_middle(lines, size or image.size):
        imaging = 0.0  # lines of text through the middle: a slide or a document, not a scan
    if imaging >= monitor and imaging >= 0.5:
        if any(IMAGING_WORDS.search(line.text) for line in lines):
            imaging = min(1.0, imaging + 0.1)
        return MedicalLook("imaging", round(imaging, 3), im_measures)
    if monitor >= 0.5:
        return MedicalLook("monitor", round(monitor, 3), mon_measures)
    return MedicalLook("none", round(max(imaging, monitor), 3), im_measures + mon_measures)


def _text_across_middle(lines: Sequence[TextLine], size: tuple[int, int]) -> bool:
    """Three or more lines centred in the middle 60% of the frame: imaging keeps its burned-in
    text in the corners and edges, slides and documents run through the middle."""
    w, h = size
    central = 0
    for line in lines:
        cx, cy = (line.x + line.width / 2) / max(w, 1), (line.y + line.height / 2) / max(h, 1)
        central += 0.2 < cx < 0.8 and 0.2 < cy < 0.8
    return central >= 3


def _saturation(rgb: np.ndarray) -> np.ndarray:
    top, bottom = rgb.max(axis=2), rgb.min(axis=2)
    return np.where(top > 0.05, (top - bottom) / np.maximum(top, 1e-6), 0.0)


def _imaging_score(
    rgb: np.ndarray, small: Image.Image
) -> tuple[float, tuple[tuple[str, float], ...]]:
    grey = rgb.mean(axis=2)
    h, w = grey.shape
    inner = rgb[
        h // 8 : h - h // 8, w // 8 : w - w // 8
    ]  # a photo of a screen has a room around it
    colour = float(np.mean(_saturation(inner) > 0.18))  # share of clearly coloured pixels
    ring = max(2, int(min(h, w) * 0.06))
    border = np.concatenate(
        [grey[:ring].ravel(), grey[-ring:].ravel(), grey[:, :ring].ravel(), grey[:, -ring:].ravel()]
    )
    border_dark = float(np.mean(border < 0.2))
    # blur away thin strokes (text): what stays bright is a mass, i.e. anatomy
    blurred = (
        np.asarray(
            small.convert("L").filter(ImageFilter.GaussianBlur(max(2, min(h, w) // 40))),
            dtype=np.float32,
        )
        / 255.0
    )
    centre = blurred[h // 5 : h - h // 5, w // 5 : w - w // 5]
    mass = float(np.mean(centre > 0.25))
    dark = float(np.mean(grey < 0.15))
    # a lit page, slide or board is mostly near-white; anatomy almost never is (bone is a sliver)
    white = float(np.mean(grey[h // 5 : h - h // 5, w // 5 : w - w // 5] > 0.85))
    measures = (
        ("colour", colour),
        ("border_dark", border_dark),
        ("centre_mass", mass),
        ("dark", dark),
        ("centre_white", white),
    )
    if colour > 0.08 or white > 0.4:
        return 0.0, measures
    score = 0.0
    score += 0.35 * min(1.0, border_dark / 0.6)
    score += 0.4 * min(1.0, mass / 0.45)
    score += 0.25 * min(1.0, dark / 0.25)
    score *= 1.0 - min(1.0, colour / 0.08) * 0.5
    if border_dark < 0.25 and dark < 0.1:  # a light page or board with writing on it
        score *= 0.5
    return score, measures


def _monitor_score(
    rgb: np.ndarray, lines: Sequence[TextLine]
) -> tuple[float, tuple[tuple[str, float], ...]]:
    grey = rgb.mean(axis=2)
    dark = float(np.mean(grey < 0.15))
    saturated = _saturation(rgb) > 0.5
    bright = rgb.max(axis=2) > 0.45
    traces = float(np.mean(saturated & bright))
    vitals = sum(1 for line in lines if VITALS.search(line.text))
    measures = (("dark", dark), ("traces", traces), ("vitals_words", float(vitals)))
    score = 0.0
    if dark > 0.4 and 0.004 < traces < 0.25:
        score = 0.3 + 0.15 * min(
            1.0, dark / 0.7
        )  # a dark, colourful-stroke screen: not enough alone
    if score and vitals:
        score += 0.15 * min(vitals, 3)  # ... until the text on it names vital signs
    return min(score, 1.0), measures
