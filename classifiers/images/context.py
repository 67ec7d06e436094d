"""What a post's caption says about its pictures: a patient, a clinical setting, or neither.

A face, a scan or a GPS position is only patient information in a clinical context. The
caption supplies most of it, so this module reads the caption with the cue lists the text
recognizers already use (``classifiers.cues`` and ``phi_clinical_media``) and returns the spans
it relied on: they become the finding's evidence in the post text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Strength = Literal["none", "setting", "patient"]

_I = re.IGNORECASE
# Fallbacks for a checkout without the text recognizers; the real lists are richer.
_PATIENT_FALLBACK = re.compile(
    r"\b(?:my|our|this|the)\s+(?:patient|pt)s?\b|\bpatient'?s?\b|\bpt\b|\bbed\s*\d+\b", _I
)
_OBJECT_FALLBACK = re.compile(
    r"\b(?:whiteboard|board|wristband|handover\s+list|x-?ray|CT|MRI|scan|monitor|screen|chart)\b",
    _I,
)
_HARMLESS_FALLBACK = re.compile(
    r"\b(?:consent(?:ed)?|anonymi[sz]ed|de-?identified|redacted|blurred|my\s+own)\b", _I
)
SETTING = re.compile(
    r"\b(?:ward|wards|on\s+shift|night\s+shift|day\s+shift|nights|long\s+day|hospital|clinic|"
    r"ICU|ITU|HDU|NICU|PICU|ED|A&E|ER|resus|theatre|theater|OR|surgery|bedside|rounds|"
    r"ward\s+round|on\s+call|handover|nurses'?\s+station|scrubs)\b",
    _I,
)


@dataclass(frozen=True, slots=True)
class CaptionContext:
    """How clinical a caption is, and where it says so."""

    strength: Strength
    spans: tuple[tuple[int, int], ...] = ()
    harmless: bool = False  # says consent, anonymised, the author's own scan, a model...


# Words that put a patient (not just a workplace) in the post.
PATIENT_WORDS = re.compile(
    r"\b(?:my|our|this|that|the|a|an|one|new)\s+(?:\w+\s+)?(?:patient|pt)s?\b|\bpatient'?s?\b|"
    r"\bpts?\b|\b(?:bed|room|bay|cubicle)\s*\d+|\b\d{1,3}\s?(?:y/?o|yo|[MF])\b|\bhis\s+(?:x-?ray|scan|CT)|"
    r"\bher\s+(?:x-?ray|scan|CT)|\b(?:admitted|discharged|intubated|resuscitated)\b",
    _I,
)


def _patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]:
    """(patient cues, setting and pictured-object cues, harmless cues).

    The setting and object lists come from the text recognizers (``cues.ENCOUNTER`` says a
    clinical encounter is being told; ``phi_clinical_media`` names boards, scans, wristbands);
    a patient is only "in" the post with one of :data:`PATIENT_WORDS` or their ``CASE_TIE``.
    """
    try:
        from classifiers import cues
        from classifiers.recognizers import phi_clinical_media as media
    except ImportError:
        return [_PATIENT_FALLBACK], [_OBJECT_FALLBACK], [_HARMLESS_FALLBACK]
    patient = [PATIENT_WORDS] + ([media.CASE_TIE] if hasattr(media, "CASE_TIE") else [])
    objects = [
        p
        for p in (
            getattr(media, "NAME_BEARING", None),
            getattr(media, "BODY_OR_SCAN", None),
            getattr(cues, "ENCOUNTER", None),
        )
        if p
    ]
    harmless = [
        p for p in (getattr(media, "HARMLESS_MEDIA", None), getattr(cues, "CONSENT", None)) if p
    ]
    return patient, objects or [_OBJECT_FALLBACK], harmless or [_HARMLESS_FALLBACK]


_EMOJI_ONLY = re.compile(r"^[\W_]+$")


def read_caption(text: str) -> CaptionContext:
    """The clinical context of a caption (``none`` for an empty or ordinary one)."""
    if not text.strip():
        return CaptionContext("none")
    patient_cues, object_cues, harmless_cues = _patterns()
    harmless = any(p.search(text) for p in harmless_cues)
    spans: list[tuple[int, int]] = []
    patient = False
    for pattern in patient_cues:
        for m in pattern.finditer(text):
            if (
                m.end() > m.start()
                and not _EMOJI_ONLY.match(m.group())
                and _is_patient_word(m.group())
            ):
                spans.append((m.start(), m.end()))
                patient = True
    objects = [
        (m.start(), m.end()) for p in object_cues for m in p.finditer(text) if m.end() > m.start()
    ]
    setting = [(m.start(), m.end()) for m in SETTING.finditer(text)]
    if patient:
        return CaptionContext("patient", merge_spans(spans + objects), harmless)
    if objects or setting:
        return CaptionContext("setting", merge_spans(objects + setting), harmless)
    return CaptionContext("none", (), harmless)


def merge_spans(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Overlapping or touching spans joined, so the report marks each stretch once."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


# CASE_TIE also matches times ("tonight") and laughter ("lol"): only its patient words count here.
_NOT_PATIENT = re.compile(
    r"^(?:today'?s|tonight'?s|this\s+morning'?s|last\s+night'?s|today|tonight|this\s+morning|last\s+night|"
    r"just\s+now|from\s+\w+(?:\s+\w+)?|on\s+shift|names?|lol|lmao|omg|wtf|his|her)$",
    _I,
)


def _is_patient_word(matched: str) -> bool:
    return _NOT_PATIENT.match(matched.strip()) is None
