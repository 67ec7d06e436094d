"""``scrubs audit`` end to end: 52 synthetic staff through the real CLI and worker processes.

One module-scoped audit does the expensive work once (model loads in spawned workers): a run
stopped after 6 people (``--max-people``), the resumed run that finishes it, then a second
audit of the same staff file after one person's export changed. The tests read what those
runs left: the store, every person's results JSON, the overview, the CSV, file modes.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from scanner.cli import get_app
from scanner.results import read_results
from tests.audit_builders import STAFF_COLUMNS, StaffFixture, build_staff, write_staff_csv
from tests.builders import HARMLESS, Tweet, XAccount, build_x_archive
from tests.fake_platforms import XWorld, serve_x, x_unauthorized_body

STAFF = 52
FIRST_STOP = 6
WORKERS = "2"
CATEGORIES = ("phi", "unprofessional", "patient_interaction", "clinical_advice")


def invoke(*args: Any) -> Any:
    return CliRunner().invoke(get_app(), [str(a) for a in args])


@dataclass
class Audited:
    staff: StaffFixture
    db: Path
    out: Path
    out2: Path
    first: Any
    second: Any
    third: Any
    done_after_first: dict[str, int]  # staff_id -> run_id
    finished_after_first: int  # done or failed
    runs_after_second: int


def _people(db: Path, audit_id: int) -> dict[str, sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute("SELECT * FROM audit_people WHERE audit_id = ?", (audit_id,))
        return {row["staff_id"]: row for row in rows}
    finally:
        conn.close()


def _query(db: Path, sql: str, *params: Any) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Audited]:
    base = tmp_path_factory.mktemp("audit")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCRUBS_DATA_DIR", str(base / "data"))  # workers inherit it
        patch.delenv("SCRUBS_DB", raising=False)
        staff = build_staff(base / "in", STAFF - len(LIVE), posts=20)
        fake = serve_x(_live_world())
        fake.fail(r"/2/users/by/username/drexpired", 401, x_unauthorized_body(), times=1000)
        patch.setenv("SCRUBS_X_API_BASE", fake.url)
        patch.setenv("X_BEARER_TOKEN", "synthetic-token")
        patch.setenv("SCRUBS_NO_KEYRING", "1")
        _add_live_staff(staff)
        db, out, out2 = base / "store" / "scrubs.db", base / "out", base / "out2"
        common = ("--roster", staff.roster, "--db", db, "--workers", WORKERS)
        first = invoke("audit", staff.staff_csv, "--out", out, *common, "--max-people", FIRST_STOP)
        first_people = _people(db, 1)
        done = {sid: row["run_id"] for sid, row in first_people.items() if row["status"] == "done"}
        finished = sum(row["status"] in ("done", "failed") for row in first_people.values())
        second = invoke("audit", staff.staff_csv, "--out", out, *common)
        runs = _query(db, "SELECT count(*) FROM runs WHERE status = 'done'")[0][0]
        _change_s002(staff)
        third = invoke("audit", staff.staff_csv, "--out", out2, *common)
        fake.stop()
        yield Audited(staff, db, out, out2, first, second, third, done, finished, runs)


LIVE = {"S051": "drlive", "S052": "drexpired"}  # x_user only: one served, one token refused
LIVE_RISKY = "Bed 4 tonight: 34yo, third overdose this month. MRN 4471923 if psych reads this."


def _live_world() -> XWorld:
    world = XWorld(user={"id": "4242", "username": "drlive", "name": "Dr Live", "description": ""})
    epoch = datetime(2025, 3, 1, tzinfo=UTC).timestamp()
    for i, text in enumerate(HARMLESS[:12]):
        world.add_tweet(
            7 * 10**17 + i, text.format(yy=24, km=10, n=1234, mm=20, ss="05"), epoch + i * 3600
        )
    world.add_tweet(7 * 10**17 + 99, LIVE_RISKY, epoch + 99 * 3600)
    return world


def _add_live_staff(staff: StaffFixture) -> None:
    rows = list(csv.DictReader(staff.staff_csv.open(encoding="utf-8")))
    for staff_id, handle in LIVE.items():
        rows.append({"staff_id": staff_id, "name": f"Live Person {staff_id}",
                     "department": "Emergency", "role": "Consultant",
                     "consent_date": "2026-02-01", "x_user": handle})  # fmt: skip
    write_staff_csv(staff.staff_csv, rows, columns=(*STAFF_COLUMNS, "x_user"))
    staff.scannable.add("S051")
    staff.broken.add("S052")
    staff.texts.append(LIVE_RISKY)


NEW_RISKY = "Bed 9 tonight: 34yo, third overdose this month, same story. MRN 5512345 again."


def _change_s002(staff: StaffFixture) -> None:
    """S002 deleted their risky posts and wrote a new one: a fresh export, other post ids."""
    start = datetime(2025, 6, 1, tzinfo=UTC)
    tweets = [Tweet(HARMLESS[i], start + timedelta(hours=i)).with_id(i) for i in range(10)]
    tweets.append(Tweet(NEW_RISKY, start + timedelta(days=2)).with_id(99))
    path = staff.folder / "exports" / "S002-x.zip"
    path.unlink()
    rows = list(csv.DictReader(staff.staff_csv.open(encoding="utf-8")))
    handle = next(r for r in rows if r["staff_id"] == "S002")
    build_x_archive(path, account=XAccount(handle=_handle_of(staff, "S002")), tweets=tweets)
    assert handle["x_archive"].endswith("S002-x.zip")


def _handle_of(staff: StaffFixture, staff_id: str) -> str:
    results = staff.folder.parent / "out" / "people" / staff_id / "results.json"
    return read_results(results)["accounts"][0]["handle"]


# -- runs, statuses, resume -----------------------------------------------------------------------


def test_first_run_stops_after_k_people_and_says_how_to_continue(audited: Audited) -> None:
    assert audited.first.exit_code == 0, audited.first.stderr
    assert "run the same command again" in audited.first.stdout
    assert FIRST_STOP <= audited.finished_after_first < FIRST_STOP + int(WORKERS)
    assert len(audited.done_after_first) >= FIRST_STOP - len(audited.staff.broken)


def test_resume_finishes_without_rescanning_finished_people(audited: Audited) -> None:
    assert audited.second.exit_code == 0, audited.second.stderr
    assert "Resumed audit #1" in audited.second.stdout
    people = _people(audited.db, 1)
    for staff_id, run_id in audited.done_after_first.items():
        assert people[staff_id]["run_id"] == run_id, staff_id
    done = [p for p in people.values() if p["status"] == "done"]
    assert audited.runs_after_second == len(done)  # one finished pipeline run per person
    (status,) = _query(audited.db, "SELECT status FROM audits WHERE id = 1")[0]
    assert status == "done"


def test_every_person_ends_in_the_right_status_with_a_reason(audited: Audited) -> None:
    people = _people(audited.db, 1)
    assert len(people) == STAFF
    by_status = {
        s: {k for k, p in people.items() if p["status"] == s} for s in ("done", "failed", "skipped")
    }
    assert by_status["skipped"] == audited.staff.no_consent
    assert by_status["failed"] == audited.staff.broken
    assert by_status["done"] == audited.staff.scannable
    assert "consent" in people["S010"]["reason"] and "future" in people["S013"]["reason"]
    assert "S005-truncated.zip" in people["S005"]["reason"]
    assert "HTML" in people["S011"]["reason"]
    assert "not found" in people["S017"]["reason"]
    assert "@drexpired" in people["S052"]["reason"]  # the token was refused: one line


def test_people_with_patient_friends_have_matched_links(audited: Audited) -> None:
    for staff_id in audited.staff.with_patient_friends & audited.staff.scannable:
        links = read_results(audited.out / "people" / staff_id / "results.json")["links"]
        assert any(link["patient_match"] for link in links), staff_id
    for staff_id in audited.staff.scannable - audited.staff.with_patient_friends:
        links = read_results(audited.out / "people" / staff_id / "results.json")["links"]
        assert not any(link["patient_match"] for link in links), staff_id


# -- the overview against the per-person results --------------------------------------------------


class _Rows(HTMLParser):
    """Cells of the overview's department/role table, by data attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[tuple[str, str], dict[str, str]] = {}
        self._row: dict[str, str] | None = None
        self._col: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "tr" and "data-department" in found:
            self._row = self.rows.setdefault(
                (found["data-department"] or "", found.get("data-role") or ""), {}
            )
        elif tag == "td" and self._row is not None and found.get("data-col"):
            self._col = found["data-col"]
            self._row[self._col] = ""

    def handle_data(self, data: str) -> None:
        if self._row is not None and self._col:
            self._row[self._col] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._col = None
        elif tag == "tr":
            self._row = None


def _expected_from_results(audited: Audited) -> dict[tuple[str, str], dict[str, int]]:
    staff_rows = list(csv.DictReader(audited.staff.staff_csv.open(encoding="utf-8")))
    expected: dict[tuple[str, str], dict[str, int]] = {}
    people = _people(audited.db, 1)
    for row in staff_rows:
        for key in ((row["department"], ""), (row["department"], row["role"])):
            slot = expected.setdefault(key, {"people": 0, "done": 0, "skipped": 0, "failed": 0,
                                             "posts": 0, "delete": 0, "review": 0,
                                             "patient_links": 0,
                                             **{c: [0, 0] for c in CATEGORIES}})  # fmt: skip
            slot["people"] += 1
            status = people[row["staff_id"]]["status"]
            slot[status] += 1
            if status != "done":
                continue
            document = read_results(audited.out / "people" / row["staff_id"] / "results.json")
            slot["posts"] += len(document["posts"])
            slot["patient_links"] += sum(1 for link in document["links"] if link["patient_match"])
            for post in document["posts"]:
                if post["action"] not in ("delete", "review"):
                    continue
                slot[post["action"]] += 1
                for category in CATEGORIES:
                    if post["scores"][category] >= 0.5:
                        slot[category][0 if post["action"] == "delete" else 1] += 1
    return expected


def test_overview_counts_match_the_per_person_results(audited: Audited) -> None:
    parser = _Rows()
    parser.feed((audited.out / "overview.html").read_text(encoding="utf-8"))
    expected = _expected_from_results(audited)
    assert set(parser.rows) == set(expected)
    for key, want in expected.items():
        shown = parser.rows[key]
        for column in ("people", "done", "skipped", "failed", "posts", "delete", "review",
                       "patient_links"):  # fmt: skip
            assert int(shown[column]) == want[column], (key, column)
        for category in CATEGORIES:
            assert shown[category].split(" / ") == [str(n) for n in want[category]], key
    total_delete = sum(v["delete"] for k, v in expected.items() if not k[1])
    assert total_delete > 0
    assert sum(v["patient_links"] for k, v in expected.items() if not k[1]) > 0


def test_people_csv_matches_the_results(audited: Audited) -> None:
    text = (audited.out / "people.csv").read_text(encoding="utf-8-sig")
    rows = {r["staff_id"]: r for r in csv.DictReader(text.splitlines())}
    assert len(rows) == STAFF
    for staff_id in audited.staff.scannable:
        document = read_results(audited.out / "people" / staff_id / "results.json")
        row = rows[staff_id]
        assert int(row["posts"]) == len(document["posts"])
        assert int(row["delete"]) == sum(p["action"] == "delete" for p in document["posts"])
        assert row["report"] == f"people/{staff_id}/report.html"
    assert rows["S010"]["status"] == "skipped" and rows["S005"]["status"] == "failed"


def test_overview_links_each_urgent_person_to_their_report(audited: Audited) -> None:
    page = (audited.out / "overview.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(people/[^"]+/report\.html)"', page)
    assert links
    for link in links:
        assert (audited.out / link).is_file()


# -- privacy --------------------------------------------------------------------------------------


def _snippets(page: str) -> list[str]:
    return [html.unescape(s) for s in re.findall(r'<q class="snippet">(.*?)</q>', page, re.S)]


def test_overview_holds_no_patient_name_number_or_identifying_post(audited: Audited) -> None:
    page = html.unescape((audited.out / "overview.html").read_text(encoding="utf-8"))
    snippets = _snippets((audited.out / "overview.html").read_text(encoding="utf-8"))
    assert snippets, "the overview shows redacted snippets"
    for patient in audited.staff.patients:
        assert patient.name not in page and patient.casual_name not in page
        assert patient.handle not in page and patient.email not in page
        for snippet in snippets:
            for part in (patient.first, patient.last, patient.nickname):
                assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", snippet), snippet
    for number in audited.staff.patient_numbers:
        assert number not in page
    for snippet in snippets:
        assert not re.search(r"\d", snippet), snippet
    for text in audited.staff.texts:  # no post that says anything identifying, verbatim
        if re.search(r"\d|@|\b(Killybegs|Letterkenny|Dungloe)\b", text) or any(
            p.first in text or p.last in text for p in audited.staff.patients
        ):
            assert text not in page


def test_every_output_is_owner_only(audited: Audited) -> None:
    for out in (audited.out, audited.out2):
        assert stat.S_IMODE(out.stat().st_mode) == 0o700
        for path in out.rglob("*"):
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), path
    assert stat.S_IMODE(audited.db.stat().st_mode) == 0o600


# -- audit trail and changes ----------------------------------------------------------------------


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_audit_trail_in_the_store_and_the_footer(audited: Audited) -> None:
    import getpass

    from scanner import __version__

    (row,) = _query(audited.db, "SELECT os_user, started_at, finished_at, tool_version, "
                    "model_version, staff_sha256, roster_sha256, counts, sessions "
                    "FROM audits WHERE id = 1")  # fmt: skip
    user, started, finished, tool, model, staff_sha, roster_sha, counts, sessions = row
    assert user == getpass.getuser() and tool == __version__ and model
    assert started <= finished
    assert roster_sha == _sha256(audited.staff.roster)
    assert [s["ended"] for s in json.loads(sessions)] == ["stopped", "complete"]
    assert json.loads(counts)["by_status"]["skipped"] == len(audited.staff.no_consent)
    sources = json.loads(_people(audited.db, 1)["S001"]["sources"])
    assert sources[0]["sha256"] == _sha256(audited.staff.folder / "exports" / "S001-x.zip")
    footer = (audited.out / "overview.html").read_text(encoding="utf-8").split('id="trail"')[1]
    for piece in (user, tool, model, roster_sha, sources[0]["sha256"]):
        assert piece in footer
    assert staff_sha in footer


def test_second_audit_shows_what_changed_since_the_first(audited: Audited) -> None:
    assert audited.third.exit_code == 0, audited.third.stderr
    assert "Compared with audit #1" in audited.third.stdout
    (previous,) = _query(audited.db, "SELECT previous_audit_id FROM audits WHERE id = 2")[0]
    assert previous == 1
    before = json.loads(_people(audited.db, 1)["S002"]["counts"])
    after = json.loads(_people(audited.db, 2)["S002"]["counts"])
    assert after["resolved"] == before["by_action"]["delete"] + before["by_action"]["review"] > 0
    assert after["new_risky"] >= 1
    for staff_id in audited.staff.scannable - {"S002"}:
        counts = json.loads(_people(audited.db, 2)[staff_id]["counts"])
        assert (counts["new_risky"], counts["resolved"]) == (0, 0), staff_id
    page = (audited.out2 / "overview.html").read_text(encoding="utf-8")
    assert "Since the previous audit" in page and 'data-staff="S002"' in page
    assert "5512345" not in page


# -- unusable input -------------------------------------------------------------------------------


def test_missing_column_is_exit_2_naming_file_and_column(tmp_path: Path) -> None:
    columns = ("staff_id", "name", "role", "consent_date", "x_archive")
    staff = write_staff_csv(tmp_path / "staff.csv", [{"staff_id": "S1"}], columns=columns)
    result = invoke("audit", staff, "--out", tmp_path / "out", "--db", tmp_path / "s.db")
    assert result.exit_code == 2
    assert "missing column 'department'" in result.stderr and str(staff) in result.stderr
    assert not (tmp_path / "out").exists()


def test_unreadable_roster_is_exit_2_before_any_work(tmp_path: Path) -> None:
    staff = write_staff_csv(tmp_path / "staff.csv", [])
    result = invoke("audit", staff, "--out", tmp_path / "out", "--roster", tmp_path / "nope.csv",
                    "--db", tmp_path / "s.db")  # fmt: skip
    assert result.exit_code == 2 and "nope.csv" in result.stderr


def test_output_folder_that_is_a_file_is_exit_2(tmp_path: Path) -> None:
    staff = write_staff_csv(tmp_path / "staff.csv", [])
    (tmp_path / "out").write_text("x", encoding="utf-8")
    result = invoke("audit", staff, "--out", tmp_path / "out", "--db", tmp_path / "s.db")
    assert result.exit_code == 2 and "is a file" in result.stderr


def test_an_empty_staff_file_writes_an_empty_overview(tmp_path: Path) -> None:
    staff = write_staff_csv(tmp_path / "staff.csv", [])
    result = invoke("audit", staff, "--out", tmp_path / "out", "--db", tmp_path / "s.db")
    assert result.exit_code == 0, result.stderr
    assert "0 of 0 staff scanned" in (tmp_path / "out" / "overview.html").read_text()


# -- interruption ---------------------------------------------------------------------------------


def test_ctrl_c_stops_promptly_and_the_rerun_resumes(tmp_path: Path) -> None:
    """A real Ctrl-C (SIGINT to the running ``scrubs audit``), then the same command again."""
    staff = build_staff(tmp_path / "in", 5, posts=20, broken=False, consent_gaps=False)
    out, db = tmp_path / "out", tmp_path / "scrubs.db"
    args = ["audit", str(staff.staff_csv), "--out", str(out), "--db", str(db), "--workers", "1"]
    process = subprocess.Popen(
        [sys.executable, "-m", "scanner", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal
    )
    deadline = time.monotonic() + 300
    while not _done_ids(db) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130 and "interrupted" in err
    before = _people(db, 1)
    done = {sid: row["run_id"] for sid, row in before.items() if row["status"] == "done"}
    assert 1 <= len(done) < 5
    assert {row["status"] for row in before.values()} <= {"done", "queued"}  # none left half-way
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    after = _people(db, 1)
    assert all(row["status"] == "done" for row in after.values())
    assert {sid: after[sid]["run_id"] for sid in done} == done


def _done_ids(db: Path) -> list[str]:
    if not db.exists():  # never create it here: the audit creates it owner-only
        return []
    try:
        return [r[0] for r in _query(db, "SELECT staff_id FROM audit_people WHERE status = 'done'")]
    except sqlite3.Error:
        return []


def test_a_second_audit_into_the_same_folder_while_one_runs_is_exit_2(tmp_path: Path) -> None:
    from scanner.lock import RunLock

    staff = write_staff_csv(tmp_path / "staff.csv", [])
    (tmp_path / "out").mkdir(mode=0o700)
    with RunLock(tmp_path / "out" / ".audit.lock"):
        result = invoke("audit", staff, "--out", tmp_path / "out", "--db", tmp_path / "s.db")
    assert result.exit_code == 2 and "another scrubs run is in progress" in result.stderr


def test_reports_of_people_no_longer_scanned_are_removed(tmp_path: Path) -> None:
    """Consent withdrawn since an earlier audit into the same folder: their report goes."""
    rows = [{"staff_id": "S1", "name": "Ann Lee", "department": "ED", "role": "RN",
             "consent_date": "", "x_archive": "a.zip"}]  # fmt: skip
    staff = write_staff_csv(tmp_path / "staff.csv", rows)
    old = tmp_path / "out" / "people" / "S1"
    old.mkdir(parents=True)
    (old / "report.html").write_text("an earlier report", encoding="utf-8")
    (old / "results.json").write_text("{}", encoding="utf-8")
    result = invoke("audit", staff, "--out", tmp_path / "out", "--db", tmp_path / "s.db")
    assert result.exit_code == 0, result.stderr
    assert not old.exists()
    assert "no consent recorded" in (tmp_path / "out" / "overview.html").read_text()
