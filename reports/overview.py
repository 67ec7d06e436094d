"""The compliance office's overview of an institutional audit, and its per-person CSV.

One self-contained HTML page (same stylesheet, escaping and Content-Security-Policy as the
person's report: ``reports.render``): per department and role, how many people were scanned,
skipped and failed, posts to delete and review by category, patient links (counts only, never
a roster name), the people with the most urgent findings with **redacted** snippets
(``reports.redact``, done by the workers) and a relative link to each person's own report, what
changed since the previous audit, the staff file's bad rows, and the audit trail.

Nothing here reads post text: the overview is built from ``audit_people`` rows (counts and
already-redacted highlights), so it cannot leak what it never sees.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from reports import charts
from reports.csv_export import defuse
from reports.files import write_private
from reports.labels import CATEGORY_ORDER, category_label
from reports.render import content_security_policy, environment, static_text

log = logging.getLogger(__name__)

URGENT_PEOPLE = 20
# A few rules of the overview's own, added to the report's stylesheet (hashed together in
# the CSP, like the report's): the role rows, the urgent list, the trail.
OVERVIEW_CSS = """
.groups th[scope=row]{white-space:nowrap}
.groups tr.department{background:rgba(0,0,0,.035)}
.groups tr.role th{font-weight:400;padding-left:1.6em}
.urgent-people{list-style:none;padding:0}
.urgent-person{margin:0 0 1.2em;padding:.8em 1em;border:1px solid rgba(0,0,0,.12);
  border-radius:6px;background:#fff}
.urgent-person h3{margin:0 0 .2em}
.person-meta{margin:0 0 .5em;color:#4a5260}
.urgent-person .findings{list-style:none;padding:0;margin:0}
.urgent-person .findings li{margin:.25em 0}
.snippet{font-style:italic}
dl.trail{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1.2em}
dl.trail dd{margin:0}
"""
ACTIONS = ("delete", "review", "keep")


@dataclass(frozen=True)
class OverviewData:
    """Input of ``render_overview``: the audit's trail and its people (no post text)."""

    audit: Mapping[str, Any]
    people: Sequence[Mapping[str, Any]]
    previous: Mapping[str, Any] | None = None
    complete: bool = True
    notes: Sequence[str] = field(default_factory=tuple)


def overview_data(
    audit: Mapping[str, Any],
    people: Sequence[Mapping[str, Any]],
    *,
    previous: Mapping[str, Any] | None = None,
    complete: bool = True,
) -> OverviewData:
    """Bundle the ledger's rows for the overview."""
    return OverviewData(audit=audit, people=people, previous=previous, complete=complete)


# -- aggregation ----------------------------------------------------------------------------------


def _empty_group(department: str, role: str) -> dict[str, Any]:
    return {
        "department": department,
        "role": role,
        "people": 0,
        "done": 0,
        "failed": 0,
        "skipped": 0,
        "pending": 0,
        "posts": 0,
        "delete": 0,
        "review": 0,
        "patient_links": 0,
        "new_risky": 0,
        "resolved": 0,
        "by_category": {c: {"delete": 0, "review": 0} for c in CATEGORY_ORDER},
    }


def _add(group: dict[str, Any], person: Mapping[str, Any]) -> None:
    status = person["status"]
    group["people"] += 1
    key = status if status in ("done", "failed", "skipped") else "pending"
    group[key] += 1
    if status != "done":
        return
    counts = person.get("counts") or {}
    group["posts"] += int(counts.get("posts", 0))
    for action in ("delete", "review"):
        group[action] += int((counts.get("by_action") or {}).get(action, 0))
    for name in ("patient_links", "new_risky", "resolved"):
        group[name] += int(counts.get(name, 0))
    for category, by_action in (counts.get("by_category") or {}).items():
        slot = group["by_category"].setdefault(category, {"delete": 0, "review": 0})
        for action in ("delete", "review"):
            slot[action] += int(by_action.get(action, 0))


def group_rows(people: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per department (a subtotal) followed by its roles, sorted by name."""
    departments: dict[str, dict[str, Any]] = {}
    roles: dict[tuple[str, str], dict[str, Any]] = {}
    for person in people:
        department, role = person["department"], person["role"]
        _add(departments.setdefault(department, _empty_group(department, "")), person)
        _add(roles.setdefault((department, role), _empty_group(department, role)), person)
    rows: list[dict[str, Any]] = []
    for department in sorted(departments, key=str.casefold):
        rows.append({**departments[department], "kind": "department"})
        for (dept, _role), row in sorted(roles.items(), key=lambda kv: kv[0][1].casefold()):
            if dept == department:
                rows.append({**row, "kind": "role"})
    return rows


def totals(people: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The whole audit as one group."""
    group = _empty_group("", "")
    for person in people:
        _add(group, person)
    return group


def urgent_people(people: Sequence[Mapping[str, Any]], limit: int = URGENT_PEOPLE) -> list[dict]:
    """People with posts to act on, most urgent first: highest risk, then most deletes."""
    scanned = [
        p
        for p in people
        if p["status"] == "done"
        and sum(int(v) for k, v in (p["counts"].get("by_action") or {}).items() if k != "keep")
    ]

    def key(person: Mapping[str, Any]) -> tuple[float, int, int]:
        counts = person["counts"]
        by_action = counts.get("by_action") or {}
        return (
            -float(counts.get("top_risk", 0.0)),
            -int(by_action.get("delete", 0)),
            -int(by_action.get("review", 0)),
        )

    return [
        {
            "staff_id": p["staff_id"],
            "name": p["name"],
            "department": p["department"],
            "role": p["role"],
            "delete": int((p["counts"].get("by_action") or {}).get("delete", 0)),
            "review": int((p["counts"].get("by_action") or {}).get("review", 0)),
            "patient_links": int(p["counts"].get("patient_links", 0)),
            "top_risk": float(p["counts"].get("top_risk", 0.0)),
            "highlights": [
                {**h, "category_labels": [category_label(c) for c in h.get("categories", ())]}
                for h in p.get("highlights") or ()
            ],
            "report": report_link(p["staff_id"]),
        }
        for p in sorted(scanned, key=key)[:limit]
    ]


def report_link(staff_id: str) -> str:
    """The person's report, relative to the overview (staff ids are path-safe by validation)."""
    return f"people/{staff_id}/report.html"


def changes(people: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """People whose risky posts changed since the previous audit."""
    rows = []
    for person in people:
        counts = person.get("counts") or {}
        if person["status"] != "done" or "new_risky" not in counts:
            continue
        if counts["new_risky"] or counts["resolved"]:
            rows.append(
                {
                    "staff_id": person["staff_id"],
                    "name": person["name"],
                    "department": person["department"],
                    "new_risky": int(counts["new_risky"]),
                    "resolved": int(counts["resolved"]),
                    "report": report_link(person["staff_id"]),
                }
            )
    return sorted(rows, key=lambda r: (-r["new_risky"], -r["resolved"], r["staff_id"]))


# -- rendering ------------------------------------------------------------------------------------


def build_context(data: OverviewData) -> dict[str, Any]:
    """Everything the overview template shows, decided in Python."""
    people = data.people
    overall = totals(people)
    css, js = static_text("report.css") + OVERVIEW_CSS, ""  # no script: nothing may run
    audit = data.audit
    not_scanned = [
        {
            "staff_id": p["staff_id"],
            "name": p["name"],
            "department": p["department"],
            "role": p["role"],
            "status": p["status"],
            "reason": p["reason"] or ("not scanned yet" if p["status"] != "skipped" else ""),
        }
        for p in people
        if p["status"] != "done"
    ]
    inputs = [{"label": "staff file", "sha256": audit["staff_sha256"]}]
    if audit.get("roster_sha256"):
        inputs.append({"label": "patient roster", "sha256": audit["roster_sha256"]})
    for person in people:
        for source in person.get("sources") or ():
            if source.get("sha256"):
                inputs.append(
                    {
                        "label": f"{person['staff_id']}: {source['label']}",
                        "sha256": source["sha256"],
                    }
                )
    compared = data.previous is not None
    return {
        "title": "scrubs audit overview",
        "audit": audit,
        "complete": data.complete,
        "overall": overall,
        "groups": group_rows(people),
        "category_rows": charts.category_rows(overall["by_category"]),
        "categories": [(c, category_label(c)) for c in CATEGORY_ORDER],
        "urgent": urgent_people(people),
        "not_scanned": not_scanned,
        "problems": audit.get("problems") or [],
        "compared": compared,
        "previous": data.previous,
        "changes": changes(people) if compared else [],
        "sessions": audit.get("sessions") or [],
        "inputs": inputs,
        "notes": list(data.notes),
        "css": Markup(css),
        "js": Markup(js),
        "csp": content_security_policy(css, js),
    }


def render_overview_html(data: OverviewData) -> str:
    """The overview as a string."""
    return environment().get_template("overview.html").render(build_context(data))


def render_overview(data: OverviewData, path: Path) -> None:
    """Write the overview to ``path`` atomically, owner-only."""
    write_private(Path(path), render_overview_html(data))
    log.info("overview written: %d people", len(data.people))


PEOPLE_COLUMNS: tuple[str, ...] = (
    "staff_id",
    "name",
    "department",
    "role",
    "status",
    "reason",
    "posts",
    "delete",
    "review",
    "keep",
    *(f"{c}_{a}" for c in CATEGORY_ORDER for a in ("delete", "review")),
    "links_checked",
    "patient_links",
    "new_risky",
    "resolved",
    "report",
)


def people_rows(data: OverviewData) -> list[list[str]]:
    """One row per person (all of them, skipped and failed too), staff-file order."""
    rows = []
    for person in data.people:
        counts = person.get("counts") or {} if person["status"] == "done" else {}
        by_action = counts.get("by_action") or {}
        by_category = counts.get("by_category") or {}
        values = [
            person["staff_id"],
            person["name"],
            person["department"],
            person["role"],
            person["status"],
            person.get("reason") or "",
            str(counts.get("posts", "")),
            *(str(by_action.get(a, "")) for a in ACTIONS),
            *(
                str((by_category.get(c) or {}).get(a, "")) if counts else ""
                for c in CATEGORY_ORDER
                for a in ("delete", "review")
            ),
            str(counts.get("links", "")),
            str(counts.get("patient_links", "")),
            str(counts.get("new_risky", "")),
            str(counts.get("resolved", "")),
            report_link(person["staff_id"]) if person["status"] == "done" else "",
        ]
        rows.append([defuse(str(v)) for v in values])
    return rows


def write_people_csv(data: OverviewData, path: Path) -> None:
    """Per-person counts for spreadsheets (UTF-8 with BOM, formula-safe, owner-only)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(PEOPLE_COLUMNS)
    writer.writerows(people_rows(data))
    write_private(Path(path), "\ufeff" + out.getvalue())


__all__ = [
    "OverviewData",
    "overview_data",
    "render_overview",
    "render_overview_html",
    "write_people_csv",
]
