"""Post text with its evidence marked: the only place the report builds ``Markup`` from data.

Post text is data written by someone else, so every slice of it is escaped first and only then
wrapped in ``<mark>``: nothing in a post (``<script>``, ``onerror=``, ``{{ 7*7 }}``) can become
markup or template code. Overlapping or touching evidence spans are merged into one mark, so
the marks never nest and never split a character reference.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of the text to highlight, with the labels of the findings that point at it."""

    start: int
    end: int
    labels: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()


def locate(text: str, span: Mapping[str, Any]) -> tuple[int, int] | None:
    """The ``(start, end)`` a contract EVIDENCE dict points at, or None when it does not fit.

    Offsets index ``text`` (Python code points). When the offsets are out of range or the
    slice disagrees with the span's own ``text`` (evidence read from an image, say), the
    quoted text is looked up in the post instead; failing that the span is not highlighted.
    """
    start, end = span.get("start"), span.get("end")
    quoted = span.get("text")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        if not quoted or text[start:end] == quoted:
            return start, end
    if quoted:
        found = text.find(quoted)
        if found >= 0:
            return found, found + len(quoted)
    return None


def merge(marks: Iterable[Mark]) -> list[Mark]:
    """Overlapping or touching marks become one; labels and categories are united in order."""
    merged: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, m.end)):
        if merged and mark.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Mark(
                last.start,
                max(last.end, mark.end),
                _union(last.labels, mark.labels),
                _union(last.categories, mark.categories),
            )
        else:
            merged.append(mark)
    return merged


def marks_for(text: str, findings: Sequence[Mapping[str, Any]]) -> list[Mark]:
    """Every locatable evidence span of the post's FINDING dicts, merged."""
    marks = []
    for finding in findings:
        label = str(finding.get("title") or finding.get("rule") or "")
        category = str(finding.get("category") or "")
        for span in finding.get("evidence") or ():
            where = locate(text, span)
            if where is not None:
                marks.append(Mark(where[0], where[1], (label,), (category,)))
    return merge(marks)


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """Escaped ``text`` with each merged mark wrapped in ``<mark>``; safe to drop in a template."""
    out: list[str] = []
    cursor = 0
    for mark in merge(marks):
        start, end = max(mark.start, cursor), min(mark.end, len(text))
        if start >= end:
            continue
        out.append(str(escape(text[cursor:start])))
        classes = " ".join(f"cat-{c}" for c in mark.categories if c)
        out.append(
            f'<mark class="{escape(classes)}" title="{escape("; ".join(mark.labels))}">'
            f"{escape(text[start:end])}</mark>"
        )
        cursor = end
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def mask(text: str, marks: Iterable[Mark], filler: str = "█") -> str:
    """``text`` with every marked stretch replaced by blocks: compliance (redacted) mode."""
    chars = list(text)
    for mark in merge(marks):
        for i in range(max(mark.start, 0), min(mark.end, len(chars))):
            if not chars[i].isspace():
                chars[i] = filler
    return "".join(chars)


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return a + tuple(x for x in b if x not in a)
