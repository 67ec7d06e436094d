"""The ranked list as CSV, for spreadsheets: one row per listed post, riskiest first.

Spreadsheets run cells that start with ``=``, ``+``, ``-``, ``@`` (and tab or carriage return)
as formulas, and post text is written by anyone (replies start with ``@``), so such cells get a
leading apostrophe (the OWASP advice for CSV injection). UTF-8 with a byte-order mark, so Excel
reads accents and emoji correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reports.data import ReportData
from reports.files import write_private
from reports.highlight import marks_for, mask
from reports.labels import CATEGORY_ORDER
from reports.view import flagged_categories, listed_posts

COLUMNS: tuple[str, ...] = (
    "rank",
    "action",
    "risk",
    "platform",
    "account",
    "kind",
    "created_at",
    "url",
    "categories",
    "rules",
    *(f"score_{c}" for c in CATEGORY_ORDER),
    "text",
    "explanations",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: str) -> str:
    """A cell a spreadsheet will show as text, never evaluate."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def row(rank: int, post: Mapping[str, Any], redact: bool) -> list[str]:
    """One CSV row for a POST dict."""
    text = str(post.get("text") or "")
    findings = list(post.get("findings") or ())
    if redact:
        text = mask(text, marks_for(text, findings))
    scores = post.get("scores") or {}
    values = [
        str(rank),
        str(post.get("action", "")),
        f"{float(post.get('risk', 0.0) or 0.0):.3f}",
        str(post.get("platform", "")),
        str(post.get("account", "")),
        str(post.get("kind", "")),
        str(post.get("created_at", "")),
        str(post.get("url") or ""),
        " ".join(flagged_categories(post)),
        " ".join(dict.fromkeys(str(f.get("rule", "")) for f in findings)),
        *(f"{float(scores.get(c, 0.0) or 0.0):.3f}" for c in CATEGORY_ORDER),
        text,
        " | ".join(str(f.get("explanation", "")) for f in findings),
    ]
    return [defuse(v) for v in values]


def csv_text(data: ReportData) -> str:
    """The CSV as a string (without the byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    posts = listed_posts(data)
    for rank, post in enumerate(posts, start=1):
        writer.writerow(row(rank, post, data.redact))
    return out.getvalue()


def write_csv(data: ReportData, path: Path) -> None:
    """Write the ranked list to ``path`` (owner-only, like the report)."""
    write_private(Path(path), "\ufeff" + csv_text(data))
