"""The compliance overview: aggregation per department and role, escaping, CSP, the CSV."""

from __future__ import annotations

import csv
import html
import re
import stat
from pathlib import Path
from typing import Any

import pytest

from reports.overview import (
    group_rows,
    overview_data,
    render_overview,
    render_overview_html,
    urgent_people,
    write_people_csv,
)

AUDIT = {
    "id": 3,
    "staff_sha256": "a" * 64,
    "roster_sha256": "b" * 64,
    "os_user": "compliance",
    "started_at": "2026-11-23T10:00:00Z",
    "finished_at": "2026-11-23T11:00:00Z",
    "status": "done",
    "tool_version": "0.1.0",
    "model_version": "combined-v1",
    "previous_audit_id": None,
    "problems": [{"line": 7, "reason": "missing staff_id"}],
    "counts": {},
    "sessions": [
        {
            "os_user": "compliance",
            "started_at": "2026-11-23T10:00:00Z",
            "finished_at": "2026-11-23T11:00:00Z",
            "workers": 2,
            "ended": "complete",
            "scanned": 2,
            "failed": 1,
        }
    ],  # fmt: skip
}


def person(staff_id: str, department: str, role: str, status: str = "done", **counts: Any) -> dict:
    base = {
        "posts": 10,
        "by_action": {"delete": 1, "review": 2, "keep": 7},
        "by_category": {
            "phi": {"delete": 1, "review": 0},
            "unprofessional": {"delete": 0, "review": 2},
        },
        "links": 5,
        "patient_links": 1,
        "top_risk": 0.9,
    }
    base.update(counts)
    return {
        "staff_id": staff_id,
        "name": f"Name {staff_id}",
        "department": department,
        "role": role,
        "status": status,
        "reason": None if status == "done" else f"reason for {staff_id}",
        "counts": base if status == "done" else {},
        "highlights": [
            {
                "action": "delete",
                "risk": 0.9,
                "platform": "x",
                "categories": ["phi"],
                "rules": ["phi.record_number"],
                "snippet": "Bed [number]: [age]",
            }
        ]
        if status == "done"
        else [],  # fmt: skip
        "sources": [{"label": f"/exports/{staff_id}.zip", "kind": "export", "sha256": "c" * 64}],
    }


PEOPLE = [
    person("S1", "Emergency", "Nurse"),
    person("S2", "Emergency", "Consultant", top_risk=0.99),
    person("S3", "Emergency", "Nurse", status="skipped"),
    person("S4", "Surgery", "Nurse", status="failed"),
    person("S5", "Surgery", "Nurse", by_action={"delete": 0, "review": 0, "keep": 10}),
]


def test_groups_are_departments_with_their_roles_and_subtotals() -> None:
    rows = {(r["department"], r["role"]): r for r in group_rows(PEOPLE)}
    assert list(rows) == [("Emergency", ""), ("Emergency", "Consultant"), ("Emergency", "Nurse"),
                          ("Surgery", ""), ("Surgery", "Nurse")]  # fmt: skip
    emergency = rows[("Emergency", "")]
    assert (emergency["people"], emergency["done"], emergency["skipped"]) == (3, 2, 1)
    assert (emergency["delete"], emergency["review"], emergency["posts"]) == (2, 4, 20)
    assert emergency["by_category"]["phi"] == {"delete": 2, "review": 0}
    assert rows[("Surgery", "Nurse")]["failed"] == 1


def test_urgent_people_rank_by_risk_and_skip_those_with_nothing_to_do() -> None:
    ranked = urgent_people(PEOPLE)
    assert [p["staff_id"] for p in ranked] == ["S2", "S1"]
    assert ranked[0]["report"] == "people/S2/report.html"


def test_page_is_escaped_under_a_strict_csp_with_no_script() -> None:
    evil = [person("S9", "<script>alert(1)</script>", "Nurse & co")]
    evil[0]["highlights"][0]["snippet"] = '<img src=x onerror="alert(1)">'
    page = render_overview_html(overview_data(AUDIT, evil))
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page and "Nurse &amp; co" in page
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and html.unescape(csp.group(1)).startswith("default-src 'none'")
    assert re.search(r"<script>\s*</script>", page)  # our (empty) script only
    assert "http://" not in page and "https://" not in page


# fmt: off
@pytest.mark.parametrize("needle", [
    "Name S2", "people/S2/report.html", "Bed [number]: [age]",   # urgent, linked, redacted
    "reason for S3", "reason for S4",                            # why not scanned
    "line 7: missing staff_id",                                  # bad staff rows
    "compliance", "combined-v1", "a" * 64, "b" * 64, "c" * 64,   # the trail
])
# fmt: on
def test_page_shows(needle: str) -> None:
    assert needle in render_overview_html(overview_data(AUDIT, PEOPLE))


def test_changes_section_only_when_compared() -> None:
    assert "Since the previous audit" not in render_overview_html(overview_data(AUDIT, PEOPLE))
    people = [
        person("S1", "ED", "RN", new_risky=2, resolved=1),
        person("S2", "ED", "RN", new_risky=0, resolved=0),
    ]
    page = render_overview_html(
        overview_data({**AUDIT, "previous_audit_id": 1}, people, previous={**AUDIT, "id": 1})
    )
    assert "Since the previous audit" in page
    assert 'data-staff="S1"' in page and 'data-staff="S2"' not in page


def test_incomplete_audit_says_how_to_continue() -> None:
    people = PEOPLE + [person("S6", "Surgery", "Nurse", status="queued")]
    page = render_overview_html(overview_data(AUDIT, people, complete=False))
    assert "Incomplete audit" in page and "not scanned yet" in page


def test_files_are_owner_only_and_csv_is_formula_safe(tmp_path: Path) -> None:
    people = PEOPLE + [person("S7", "=cmd|' /C calc'!A0", "Nurse")]
    data = overview_data(AUDIT, people)
    render_overview(data, tmp_path / "overview.html")
    write_people_csv(data, tmp_path / "people.csv")
    for name in ("overview.html", "people.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    text = (tmp_path / "people.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["staff_id"] for r in rows] == ["S1", "S2", "S3", "S4", "S5", "S7"]
    assert rows[-1]["department"].startswith("'=")
    assert rows[0]["phi_delete"] == "1" and rows[2]["posts"] == ""
    assert rows[2]["reason"] == "reason for S3"
