"""The roster stays private: a full ``scrubs scan --roster`` leaves no roster data behind.

A real scan through the CLI (in-process, so ``caplog`` sees every log record) of an X archive
and a Facebook export built by ``tests.builders``, with a roster whose patients are followers,
followed accounts and friends under other spellings. Afterwards the bytes of the SQLite store
(and its WAL), every file in the data directory, the logs, the console output, the results
JSON and the HTML report are searched for each patient's roster name, name parts, email,
phone and birth date. The only patient-related things allowed out are the matched links
themselves: the connection's own name as the platform shows it (the user's data, spelt
differently from the roster here on purpose, so any roster spelling found is a leak) and the
roster's opaque ``patient_ref``.
"""

from __future__ import annotations

import csv
import html
import json
import logging
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from tests.builders import UTC, FbFriend, FbPost, Tweet, build_facebook_export, build_x_archive

T0 = datetime(2023, 3, 1, 9, 0, tzinfo=UTC)

# patient_ref, roster name, dob, email, phone, x_user_id, how the connection shows up
PATIENTS = [
    (
        "PR-101",
        "Margaret Eileen O'Brien",
        "1961-04-12",
        "m.obrien61@example.org",
        "+353 87 555 0101",
        "",
        ("facebook", "Maggie OBrien"),
    ),
    (
        "PR-102",
        "Chukwuemeka Okafor",
        "1979-11-02",
        "emeka.okafor@example.org",
        "+353 87 555 0102",
        "1500000000000000102",
        ("x-follower", ""),
    ),
    (
        "PR-103",
        "Zoë Wiśniewska",
        "1990-02-28",
        "zoe.w@example.org",
        "+353 87 555 0103",
        "",
        ("facebook", "Zoe Wisniewska"),
    ),
    (
        "PR-104",
        "Guadalupe García Márquez",
        "1985-07-19",
        "lupe.gm@example.org",
        "+353 87 555 0104",
        "",
        ("facebook", "Lupe Garcia"),
    ),
    (
        "PR-105",
        "Jürgen Schröder",
        "1950-12-01",
        "j.schroeder@example.org",
        "+353 87 555 0105",
        "1500000000000000105",
        ("x-following", ""),
    ),
    (
        "PR-106",
        "Seán Ó Briain",
        "1972-05-30",
        "sean.obriain@example.org",
        "+353 87 555 0106",
        "",
        None,
    ),
    ("PR-107", "Sarah Johnson", "1968-09-09", "sarah.j@example.org", "+353 87 555 0107", "", None),
]
EXPECTED_MATCHES = {"PR-101", "PR-102", "PR-103", "PR-104", "PR-105"}
# Name parts that only the roster holds (the connections show other spellings or no name).
ROSTER_ONLY_PARTS = [
    "Eileen",
    "O'Brien",
    "Chukwuemeka",
    "Okafor",
    "Zoë",
    "Wiśniewska",
    "Guadalupe",
    "Márquez",
    "Jürgen",
    "Schröder",
    "Seán",
    "Briain",
    "Johnson",
]


def secrets_of_roster() -> list[str]:
    """Every roster string that must not escape, in the forms a leak could take."""
    found: list[str] = list(ROSTER_ONLY_PARTS)
    for _ref, name, dob, email, phone, _xid, _shown in PATIENTS:
        year, month, day = dob.split("-")
        found += [
            name,
            email,
            phone,
            phone.replace(" ", ""),
            dob,
            f"{day}/{month}/{year}",
            f"{year}{month}{day}",
        ]
    return found


def write_roster(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Patient_Ref", "Name", "DOB", "Email", "Phone", "X_User_Id", "Ward"])
        for ref, name, dob, email, phone, x_id, _shown in PATIENTS:
            writer.writerow([ref, name, dob, email, phone, x_id, "Ward 7"])
    return path


def write_exports(folder: Path) -> tuple[Path, Path]:
    x_zip = build_x_archive(
        folder / "x-archive.zip",
        tweets=[
            Tweet("Lovely run along the beach this morning", T0),
            Tweet("Journal club on sepsis bundles today, great discussion", T0.replace(day=2)),
        ],
        followers=["1500000000000000102", "1600000000000000001"],
        following=["1500000000000000105", "1600000000000000002"],
    )
    friends = [
        FbFriend(shown, T0)
        for _r, _n, _d, _e, _p, _x, how in PATIENTS
        if how and how[0] == "facebook"
        for shown in [how[1]]
    ]
    friends += [FbFriend("Sarah Johnston", T0), FbFriend("Ciara Lindqvist", T0)]  # not patients
    fb_dir = build_facebook_export(
        folder / "facebook-export",
        posts=[FbPost("Weekend in the hills with the family", T0)],
        friends=friends,
    )
    return x_zip, fb_dir


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Run the scan once; yield the paths and what the run printed and logged."""
    from typer.testing import CliRunner

    import scanner.cli

    pytest.importorskip(
        "scanner.pipeline", reason="waits for the scan pipeline (scanner/pipeline.py)"
    )
    if not hasattr(scanner.cli, "get_app"):
        pytest.skip("waits for scanner.cli.get_app (the scan command wired to the pipeline)")
    get_app = scanner.cli.get_app
    work = tmp_path_factory.mktemp("privacy")
    data_dir = work / "data"
    x_zip, fb_dir = write_exports(work)
    roster = write_roster(work / "roster.csv")
    out = work / "out"
    out.mkdir()
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keeper = Keep(level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(keeper)
    root.setLevel(logging.DEBUG)
    environ = {"SCRUBS_DATA_DIR": str(data_dir), "OMP_NUM_THREADS": "1"}
    try:
        result = CliRunner().invoke(
            get_app(),
            [
                "scan",
                str(x_zip),
                str(fb_dir),
                "--roster",
                str(roster),
                "--db",
                str(out / "s.db"),
                "--json",
                str(out / "r.json"),
                "--report",
                str(out / "r.html"),
            ],
            env=environ,
        )
    finally:
        root.removeHandler(keeper)
        root.setLevel(old_level)
    logged = "\n".join(
        f"{r.name} {r.levelname} {r.getMessage()} {r.exc_text or ''}" for r in records
    )
    console = result.output + (getattr(result, "stderr", "") if result.stderr_bytes else "")
    return {
        "result": result,
        "out": out,
        "data": data_dir,
        "logged": logged,
        "console": console,
        "records": records,
    }


def leaks(haystack: str) -> list[str]:
    lowered = haystack.lower()
    return [
        s for s in secrets_of_roster() if s.lower() in lowered or html.escape(s).lower() in lowered
    ]


def test_scan_succeeds_and_matches_the_patients(scan) -> None:  # type: ignore[no-untyped-def]
    assert scan["result"].exit_code == 0, scan["console"]
    document = json.loads((scan["out"] / "r.json").read_text(encoding="utf-8"))
    matched = {
        link["patient_match"]["patient_ref"] for link in document["links"] if link["patient_match"]
    }
    assert matched == EXPECTED_MATCHES
    shown = {link["other"]["name"] for link in document["links"] if link["patient_match"]}
    assert {"Maggie OBrien", "Zoe Wisniewska", "Lupe Garcia"} <= shown


def test_store_holds_no_roster_data(scan) -> None:  # type: ignore[no-untyped-def]
    files = sorted(scan["out"].glob("s.db*"))
    assert files
    for path in files:
        found = leaks(path.read_bytes().decode("utf-8", errors="replace"))
        assert not found, f"{path.name} holds roster data: {found}"


def test_store_keeps_matches_as_fingerprints_only(scan) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    with sqlite3.connect(scan["out"] / "s.db") as conn:
        rows = conn.execute(
            "SELECT match_fingerprint FROM links WHERE match_fingerprint IS NOT NULL"
        ).fetchall()
    assert len(rows) == len(EXPECTED_MATCHES)
    assert all(len(fingerprint) == 64 and int(fingerprint, 16) >= 0 for (fingerprint,) in rows)


def test_data_directory_holds_no_roster_data_and_a_private_secret(scan) -> None:  # type: ignore[no-untyped-def]
    for path in (p for p in scan["data"].rglob("*") if p.is_file()):
        assert not leaks(path.read_bytes().decode("utf-8", errors="replace")), path.name
    secret = scan["data"] / "installation.key"
    assert secret.exists()
    if os.name == "posix":
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600


def test_logs_and_console_hold_no_roster_data(scan) -> None:  # type: ignore[no-untyped-def]
    assert any(r.name.startswith("classifiers.roster") for r in scan["records"])  # logs were seen
    assert not leaks(scan["logged"])
    assert not leaks(scan["console"])


def test_report_and_results_hold_no_roster_data(scan) -> None:  # type: ignore[no-untyped-def]
    report = (scan["out"] / "r.html").read_text(encoding="utf-8")
    results = (scan["out"] / "r.json").read_text(encoding="utf-8")
    assert "Maggie OBrien" in report and "PR-101" in report  # the matched link itself is shown
    assert not leaks(report)
    assert not leaks(results)
    assert not leaks(json.dumps(json.loads(results), ensure_ascii=False))


def test_the_search_would_find_a_leak(tmp_path: Path) -> None:
    """Control: the search finds every value in the roster file itself, so clean means clean."""
    text = write_roster(tmp_path / "roster.csv").read_text(encoding="utf-8")
    values = list(ROSTER_ONLY_PARTS) + [v for row in PATIENTS for v in row[1:5]]
    assert set(values) <= set(leaks(text))
