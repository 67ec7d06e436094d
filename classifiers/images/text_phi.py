"""Which lines of text read from a picture identify a patient.

The OCR text goes through the same PHI text recognizers as post text (record numbers, dates
of birth, beds, contact details, titled names: ``classifiers.recognizers.phi_identifiers`` and
``phi_patient_name``), run on a stand-in post whose text is the lines read, one per line. Each
of their evidence spans is mapped back to the lines, and so to boxes in the image.

Pictures also carry identifiers in layouts that never occur in prose, and only those are
matched here: the DICOM ``SURNAME^FIRST`` of a scan, the ``SURNAME, First`` of a wristband or
handover list, a bare ``ID 20311279`` on a monitor banner. They are weak alone and strong next
to another identifier, as on a real wristband.

One kind of identifier alone (a titled name next to a bed) is a finding of moderate strength;
two different kinds in one picture (a name and a date of birth, a record number and a name)
are what a wristband, board or scan header looks like, and score high.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from classifiers.base import PostContext, Recognizer
from classifiers.images.ocr import TextLine
from scanner.models import Post

log = logging.getLogger(__name__)

# Which finding of a text recognizer counts as which kind of identifier in a picture.
KIND_OF_RULE = {
    "phi.record_number": "record_number",
    "phi.date_of_birth": "date_of_birth",
    "phi.patient_name": "patient_name",
    "phi.bed_or_room": "bed_or_room",
    "phi.contact_details": "contact_details",
    "phi.direct_identifier": "record_number",
}
KIND_LABEL = {
    "record_number": "a record number",
    "date_of_birth": "a date of birth",
    "patient_name": "a patient's name",
    "bed_or_room": "a bed or room number",
    "contact_details": "contact details",
}


# A room or bed number alone in a picture is signage or a slide ("Grand Rounds, Room 3A"):
# it identifies nobody until a name or another identifier sits beside it.
SINGLE_KIND_CAP = {"bed_or_room": 0.4}


@dataclass(frozen=True, slots=True)
class TextHit:
    """One identifier found in the text of a picture."""

    kind: str  # "record_number", "date_of_birth", "patient_name", "bed_or_room", "contact_details"
    lines: tuple[int, ...]  # indices into the lines read
    score: float
    source: str  # the recognizer or layout pattern that found it


@dataclass(frozen=True, slots=True)
class TextVerdict:
    """What the text of one picture adds up to."""

    score: float  # 0 when nothing identifies anyone
    hits: tuple[TextHit, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        """The distinct kinds of identifier found, in a stable order."""
        return tuple(k for k in KIND_LABEL if any(h.kind == k for h in self.hits))

    @property
    def lines(self) -> tuple[int, ...]:
        """Every line index that holds evidence."""
        return tuple(sorted({i for h in self.hits for i in h.lines}))


# -- layouts only pictures have ---------------------------------------------------------------

_LAYOUT_PATTERNS: tuple[tuple[str, re.Pattern[str], str, float], ...] = (
    ("layout.dicom_name", re.compile(r"\b[A-Z][A-Z'-]+\^[A-Z][A-Z'-]+\b"), "patient_name", 0.6),
    (
        "layout.surname_comma_first",
        re.compile(r"\b(?:O'|Mc|Mac)?[A-Z][A-Z'-]{1,}(?:, |\.)[A-Z][a-z]{2,}\b"),
        "patient_name",
        0.45,
    ),
    (
        "layout.bare_id",
        re.compile(
            r"(?<![\w/])(?:ID|I\.D\.|Pt\s?ID|Patient\s?ID|Acc(?:ession)?\.?)\s?(?:No\.?|#|:)?\s?\d{6,12}\b"
        ),
        "record_number",
        0.5,  # "ID 123456" is also a ticket, a badge, an order: strong only beside a name
    ),
)
# A scan header's first line is the patient's name in capitals; with a record number under it,
# capitals alone are enough ("DOE JANE" as burned in by many modalities).
_CAPS_NAME_LINE = re.compile(r"^[A-Z][A-Z'-]{1,}[ ^,]+[A-Z][A-Z'-]{1,}$")


# A table (handover list, census printout) reads as separate cells: a column header, then
# values alone on their lines. The header says what the bare numbers and dates are.
_DOB_HEADER = re.compile(r"\b(?:DOB|D\.O\.B\.?|Date of Birth|Birth ?date)\b", re.IGNORECASE)
_RECORD_HEADER = re.compile(
    r"\b(?:MRN|Hosp(?:ital)? ?No|NHS ?No|NHS|URN|UR ?No|Patient ID|Pt ID|Chart ?No)\b",
    re.IGNORECASE,
)
# Cells of one row often run together when read ("46408181005.01.2005": a number and a date),
# so under a header a cell only has to *contain* a full date or a long number.
_DATE_CELL = re.compile(
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d)"
)
_NUMBER_CELL = re.compile(r"\d{6,}")


def _table_hits(lines: Sequence[TextLine]) -> list[TextHit]:
    hits = []
    for header, cell, kind, name in (
        (_DOB_HEADER, _DATE_CELL, "date_of_birth", "layout.table_dob_column"),
        (_RECORD_HEADER, _NUMBER_CELL, "record_number", "layout.table_record_column"),
    ):
        heads = [i for i, line in enumerate(lines) if header.search(line.text)]
        cells = [
            i
            for i, line in enumerate(lines)
            if cell.search(line.text) and not header.search(line.text)
        ]
        if heads and cells:
            hits.append(TextHit(kind, tuple(sorted(set(heads[:1] + cells))), 0.85, name))
    return hits


def _layout_hits(lines: Sequence[TextLine]) -> list[TextHit]:
    hits = _table_hits(lines)
    for i, line in enumerate(lines):
        for name, pattern, kind, score in _LAYOUT_PATTERNS:
            if pattern.search(line.text):
                hits.append(TextHit(kind, (i,), score, name))
    if any(h.kind == "record_number" for h in hits):
        for i, line in enumerate(lines[:6]):
            if _CAPS_NAME_LINE.match(line.text) and not any(
                i in h.lines and h.kind == "patient_name" for h in hits
            ):
                hits.append(TextHit("patient_name", (i,), 0.45, "layout.caps_name_over_id"))
    return hits


# -- the text recognizers, run on the lines ---------------------------------------------------


@cache
def text_recognizers() -> tuple[Recognizer, ...]:
    """The PHI text recognizers to run on OCR text, loaded once.

    Imported rather than copied, so an improvement to them improves pictures too. When they are
    not available (a partial checkout) the layout patterns above still run.
    """
    found: list[Recognizer] = []
    try:
        from classifiers.recognizers.phi_identifiers import PhiIdentifiers

        found.append(PhiIdentifiers())
    except ImportError:
        log.warning(
            "phi_identifiers recognizer unavailable: OCR text checked by layout patterns only"
        )
    try:
        from classifiers.recognizers.phi_patient_name import PhiPatientName

        found.append(PhiPatientName())
    except ImportError:
        log.warning(
            "phi_patient_name recognizer unavailable: OCR text checked by layout patterns only"
        )
    for recognizer in found:
        recognizer.load()
    return tuple(found)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def stand_in_post(lines: Sequence[TextLine], like: Post | None = None) -> tuple[Post, list[int]]:
    """A post whose text is the lines read, one per line; and each line's start offset."""
    starts, parts, at = [], [], 0
    for line in lines:
        starts.append(at)
        parts.append(line.text)
        at += len(line.text) + 1
    post = Post(
        platform=like.platform if like else "x",
        id=f"{like.id}#image" if like else "image",
        account=like.account if like else "",
        kind="post",
        created_at=like.created_at if like else _EPOCH,
        text="\n".join(parts),
    )
    return post, starts


def _line_of(starts: Sequence[int], offset: int) -> int:
    line = 0
    for i, start in enumerate(starts):
        if start <= offset:
            line = i
    return line


def _recognizer_hits(lines: Sequence[TextLine], like: Post | None) -> list[TextHit]:
    post, starts = stand_in_post(lines, like)
    hits = []
    for recognizer in text_recognizers():
        if not recognizer.prefilter(post):
            continue
        try:
            findings = list(recognizer.analyze(post, PostContext()))
        except Exception:  # a recognizer bug must not lose the picture; counted in the log
            log.exception("text recognizer %s failed on OCR text", recognizer.name)
            continue
        for finding in findings:
            kind = KIND_OF_RULE.get(finding.rule.id)
            if kind is None:
                continue
            touched = tuple(sorted({_line_of(starts, span.start) for span in finding.evidence}))
            hits.append(TextHit(kind, touched, finding.score, finding.recognizer))
    return hits


def assess_text(lines: Sequence[TextLine], like: Post | None = None) -> TextVerdict:
    """The identifiers in the lines read from one picture, and how strongly they identify."""
    if not lines:
        return TextVerdict(0.0, ())
    hits = _recognizer_hits(lines, like) + _layout_hits(lines)
    if not hits:
        return TextVerdict(0.0, ())
    kinds = {h.kind for h in hits}
    strongest = max(h.score for h in hits)
    if len(kinds) >= 2:
        # two kinds of identifier in one picture: a wristband, board row or scan header
        score = max(0.9, strongest)
    else:
        score = min(strongest * 0.9, SINGLE_KIND_CAP.get(next(iter(kinds)), 1.0))
    return TextVerdict(round(min(score, 0.97), 3), tuple(hits))


def describe(verdict: TextVerdict) -> str:
    """A plain phrase for the explanation: "a record number and a date of birth"."""
    labels = [KIND_LABEL[k] for k in verdict.kinds]
    if len(labels) <= 1:
        return labels[0] if labels else "nothing identifying"
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def hits_by_line(verdict: TextVerdict) -> dict[int, list[TextHit]]:
    """The hits grouped by line index."""
    grouped: dict[int, list[TextHit]] = {}
    for hit in verdict.hits:
        for i in hit.lines:
            grouped.setdefault(i, []).append(hit)
    return grouped


def join_lines(lines: Iterable[TextLine]) -> str:
    """The text of lines as one string (for a region's ``text``)."""
    return " / ".join(line.text for line in lines)
