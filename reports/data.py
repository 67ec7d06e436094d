"""What the report is made from: contract-shaped dicts plus totals over every scanned post."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ReportData:
    """Input of ``reports.render_report``.

    - ``accounts``: contract ACCOUNT dicts (``platform``, ``handle``, ``display_name``,
      ``posts``, ``findings``: account-level FINDINGs such as ``account.no_disclaimer``).
    - ``posts``: contract POST dicts whose action is ``delete`` or ``review``, riskiest first
      (the rest are only counted, so a 100,000-post account still gives a light page). A POST
      may carry ``thread_id`` so threads can be shown together.
    - ``links``: contract LINK dicts that have a ``patient_match``, most certain first.
    - ``totals``: ``{"posts": int, "links": int, "platforms": [str],
      "date_range": [iso, iso] | None, "by_action": {"delete": n, "review": n, "keep": n},
      "by_category": {category: {"delete": n, "review": n}},
      "by_month": {"YYYY-MM": {category: n}}}`` (months count delete+review posts).
    - ``roster_used``: False means patient-link checks were skipped; the report says so.
    - ``redact``: compliance mode, snippets masked.
    """

    generated_at: str
    accounts: Sequence[Mapping[str, Any]]
    posts: Sequence[Mapping[str, Any]]
    links: Sequence[Mapping[str, Any]]
    totals: Mapping[str, Any]
    roster_used: bool = False
    redact: bool = False
    notes: Sequence[str] = field(default_factory=tuple)  # plain warnings: skipped items, limits
