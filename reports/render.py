"""Render the report: one self-contained HTML file, escaped throughout, under a strict CSP.

The Jinja environment escapes every template whatever its file name (``autoescape=True``, not
``select_autoescape``, which keys on ``.html``), fails on any undefined name, and never compiles
data: post text reaches templates only as escaped ``Markup`` from ``reports.highlight``. The
inline stylesheet and script are allowed by their sha256 hashes in the Content-Security-Policy,
so nothing else can run or load, and the page fetches nothing from the network.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from reports import charts
from reports.data import ReportData
from reports.files import write_private
from reports.labels import (
    CATEGORY_ORDER,
    HOW_TO_DELETE,
    IF_PATIENT_IDENTIFIABLE,
    NOT_UNDONE,
    PLATFORM_LABELS,
    category_label,
    platform_label,
)
from reports.media import MediaOpener, ThumbnailMaker
from reports.view import (
    PostView,
    account_views,
    build_posts,
    connection_views,
    human_date,
    human_time,
    parse_time,
)

log = logging.getLogger(__name__)


@cache
def environment() -> Environment:
    """The one Jinja environment of the report package."""
    env = Environment(
        loader=PackageLoader("reports"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["category_label"] = category_label
    env.filters["platform_label"] = platform_label
    return env


@cache
def static_text(name: str) -> str:
    """A file of ``reports/static`` (our own CSS or JS, never data)."""
    return resources.files("reports").joinpath("static", name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(css: str, js: str) -> str:
    """Nothing loads but inline data: images, our hashed stylesheet and our hashed script."""
    return (
        "default-src 'none'; img-src data:; "
        f"style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'"
    )


def legend_rules() -> list[Any]:
    """Every rule of the catalogue, in catalogue order, for the legend."""
    try:
        from classifiers.rules import ALL_RULES
    except ImportError:
        return []
    return list(ALL_RULES)


def _date_range(totals: Mapping[str, Any]) -> str:
    rng = totals.get("date_range")
    if not rng or len(rng) != 2:
        return "no dated posts"
    start, end = human_date(rng[0]), human_date(rng[1])
    return start if start == end else f"{start} – {end}"


def _filter_options(posts: list[PostView]) -> dict[str, Any]:
    counts = {c: sum(1 for p in posts if c in p.categories) for c in CATEGORY_ORDER}
    platforms = sorted({p.platform for p in posts})
    dates = sorted(p.date for p in posts if p.date)
    return {
        "categories": [(c, category_label(c), counts[c]) for c in CATEGORY_ORDER],
        "platforms": [(p, platform_label(p)) for p in platforms],
        "actions": [(a, sum(1 for p in posts if p.action == a)) for a in ("delete", "review")],
        "date_min": dates[0] if dates else "",
        "date_max": dates[-1] if dates else "",
    }


def _platforms_present(data: ReportData, posts: list[PostView]) -> list[str]:
    seen = [str(p) for p in data.totals.get("platforms") or ()]
    seen += [str(a.get("platform", "")) for a in data.accounts] + [p.platform for p in posts]
    ordered = [p for p in PLATFORM_LABELS if p in seen]
    return ordered or list(PLATFORM_LABELS)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def report_id(data: ReportData) -> str:
    """A stable id for the audited accounts, so "done" ticks survive a re-scan of them.

    A hash of platform:handle keys: the browser's storage holds this and post ids, no content.
    """
    keys = sorted(
        f"{a.get('platform', '')}:{str(a.get('handle', '')).lower()}" for a in data.accounts
    )
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:16]


def build_context(data: ReportData, opener: MediaOpener | None = None) -> dict[str, Any]:
    """Everything the report template shows, decided in Python."""
    thumbs = ThumbnailMaker(opener)
    posts, groups = build_posts(data, thumbs)
    totals = data.totals
    by_action = {
        a: int((totals.get("by_action") or {}).get(a, 0)) for a in ("delete", "review", "keep")
    }
    by_category = totals.get("by_category") or {}
    connections = connection_views(data.links, data.redact)
    notes = list(data.notes)
    if not data.roster_used:
        notes.insert(
            0,
            "No patient roster was given, so checks that need one were skipped: "
            "connections were not matched against patients, and replies to "
            "rostered patients were not recognised. Scan again with --roster FILE.",
        )
    if thumbs.failed:
        notes.append(f"{_count(thumbs.failed, 'attached image')} could not be read and "
                     f"{'is' if thumbs.failed == 1 else 'are'} not shown.")
    if thumbs.over_budget:
        notes.append(f"{_count(thumbs.over_budget, 'further image')} not embedded, to keep the "
                     "page light.")
    present = _platforms_present(data, posts)
    generated = parse_time(data.generated_at)
    css, js = static_text("report.css"), static_text("report.js")
    return {
        "title": "scrubs report",
        "generated": human_time(generated) if generated else data.generated_at,
        "accounts": account_views(data.accounts, {r.id: r.title for r in legend_rules()}),
        "total_posts": int(totals.get("posts", 0) or 0),
        "date_range": _date_range(totals),
        "by_action": by_action,
        "category_rows": charts.category_rows(by_category),
        "listed": len(posts),
        "groups": groups,
        "connections": connections,
        "links_checked": int(totals.get("links", 0) or 0),
        "roster_used": data.roster_used,
        "redact": data.redact,
        "notes": notes,
        "timeline": charts.timeline(totals.get("by_month") or {}),
        "categories": [(c, category_label(c)) for c in CATEGORY_ORDER],
        "filters": _filter_options(posts),
        "howtos": [HOW_TO_DELETE[p] for p in present if p in HOW_TO_DELETE],
        "other_howtos": [h for p, h in HOW_TO_DELETE.items() if p not in present],
        "not_undone": NOT_UNDONE,
        "if_patient": IF_PATIENT_IDENTIFIABLE,
        "rules": legend_rules(),
        "report_id": report_id(data),
        "css": Markup(css),
        "js": Markup(js),
        "csp": content_security_policy(css, js),
    }


def render_html(data: ReportData, opener: MediaOpener | None = None) -> str:
    """The report as a string."""
    return environment().get_template("report.html").render(build_context(data, opener))


def render_report(data: ReportData, path: Path, *, opener: MediaOpener | None = None) -> None:
    """Write the report to ``path`` atomically, readable by the owner only (it holds patient data).

    ``opener(ref, max_bytes) -> bytes`` reads attached images; by default
    ``scanner.sources.open_media`` or plain files.
    """
    html = render_html(data, opener)
    write_private(Path(path), html)
    log.info("report written: %d posts listed, %d links", len(data.posts), len(data.links))


__all__ = ["build_context", "environment", "render_html", "render_report"]
