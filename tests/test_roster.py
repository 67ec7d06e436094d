"""Roster loading and validation (``classifiers.roster``): real CSV files, every bad case."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from classifiers.base import PatientDirectory
from classifiers.roster import (
    RosterIndex,
    load_roster,
    normalize_email,
    normalize_handle,
    roster_from_rows,
)
from scanner.errors import BadRoster

HEADER = (
    "patient_ref,name,dob,email,phone,x_handle,x_user_id,facebook_name,instagram_handle,"
    "mastodon_handle,bluesky_handle"
)
GOOD_ROWS = [
    "P001,Margaret O'Brien,1961-04-12,maggie.obrien@example.org,+44 7700 900001,@MaggieOB,"
    "1234567890123456789,Maggie Byrne,maggie.ig,@maggie@mastodon.example,maggie.bsky.social",
    "P002,Chukwuemeka Okafor,1979-11-02,emeka@example.org,,,,,,,",
    'P003,"Zoë Müller-Wiśniewska",1990-02-28,,,https://x.com/zoe_mw,,,,,',
]
# Everything a test may look for in outputs: none of it may appear in messages or logs.
SECRETS = (
    "Margaret",
    "O'Brien",
    "Okafor",
    "Chukwuemeka",
    "Müller",
    "maggie.obrien@example.org",
    "1961-04-12",
    "+44 7700 900001",
    "Maggie Byrne",
)


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    return write(tmp_path / "roster.csv", "\n".join([HEADER, *GOOD_ROWS]) + "\n")


def test_loads_every_column(roster_file: Path) -> None:
    roster = load_roster(roster_file)
    assert len(roster) == 3 and roster.problems == ()
    first = roster.entries[0]
    assert first.patient_ref == "P001"
    assert first.handles == {
        "x": "maggieob",
        "instagram": "maggie.ig",
        "mastodon": "maggie@mastodon.example",
        "bluesky": "maggie.bsky.social",
    }
    assert first.user_ids == {"x": "1234567890123456789"}
    assert first.email == "maggie.obrien@example.org"
    assert first.birth_year == 1961
    assert len(first.names) == 2 and first.from_facebook_name == (False, True)
    assert roster.entries[2].handles == {"x": "zoe_mw"}  # profile URL reduced to the handle


def test_keeps_no_phone_number_or_original_spelling(roster_file: Path) -> None:
    entry = load_roster(roster_file).entries[0]
    held = " ".join(repr(getattr(entry, name)) for name in entry.__dataclass_fields__)
    assert "7700" not in held and "O'Brien" not in held and "1961-04-12" not in held


def test_repr_shows_counts_and_refs_only(roster_file: Path) -> None:
    roster = load_roster(roster_file)
    assert repr(roster) == f"RosterIndex(source={str(roster_file)!r}, patients=3, problems=0)"
    assert repr(roster.entries[0]) == "RosterEntry(patient_ref='P001')"
    assert "obrien" not in repr(list(roster.entries))


def test_is_a_patient_directory(roster_file: Path) -> None:
    roster: PatientDirectory = load_roster(roster_file)
    assert roster.match_handle("x", "@MAGGIEOB").patient_ref == "P001"  # type: ignore[union-attr]
    assert roster.match_handle("x", "maggieob").matched_on == ("x_handle",)  # type: ignore[union-attr]
    assert roster.match_handle("mastodon", "Maggie@Mastodon.example").patient_ref == "P001"  # type: ignore[union-attr]
    assert roster.match_handle("instagram", "maggieob") is None  # another platform's handle
    assert roster.match_handle("x", "maggieob_") is None
    assert roster.match_user_id("x", "1234567890123456789").score == 1.0  # type: ignore[union-attr]
    assert roster.match_user_id("x", "1234567890123456780") is None
    assert roster.match_user_id("facebook", "1234567890123456789") is None


# fmt: off
@pytest.mark.parametrize("header", [
    "PATIENT_REF,Name,DOB",
    " patient_ref , name ,dob",
    "Patient Ref,NAME,Dob",
    "ward,patient_ref,bed,name,dob,notes",            # unknown columns ignored, any order
])
def test_column_names_are_case_insensitive_and_unknown_ones_ignored(
    tmp_path: Path, header: str
) -> None:
    columns = [c.strip().lower().replace(" ", "_") for c in header.split(",")]
    values = {"patient_ref": "P9", "name": "Ann Lee", "dob": "1970-01-01"}
    row = ",".join(values.get(c, "x") for c in columns)
    roster = load_roster(write(tmp_path / "r.csv", f"{header}\n{row}\n"))
    assert [e.patient_ref for e in roster.entries] == ["P9"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_reads_utf8_with_or_without_bom_and_utf16(tmp_path: Path, encoding: str) -> None:
    text = "patient_ref,name\nP1,Zoë Wiśniewska\n"
    roster = load_roster(write(tmp_path / "r.csv", text.encode(encoding)))
    assert roster.entries[0].names[0].surname_keys == {"wisniewska"}


@pytest.mark.parametrize("content, column", [
    ("name,dob\nAnn Lee,1970-01-01\n", "patient_ref"),
    ("patient_ref,dob\nP1,1970-01-01\n", "name"),
    ("id;name\nP1;Ann\n", "patient_ref"),               # semicolons: one column called "id;name"
])
def test_missing_required_column_names_file_and_column(
    tmp_path: Path, content: str, column: str
) -> None:
    path = write(tmp_path / "roster.csv", content)
    with pytest.raises(BadRoster) as raised:
        load_roster(path)
    line = raised.value.line()
    assert str(path) in line and f"'{column}'" in line and "\n" not in line


@pytest.mark.parametrize("make, problem", [
    (lambda d: d / "absent.csv", "not found"),
    (lambda d: d, "folder"),
    (lambda d: write(d / "empty.csv", ""), "empty"),
])
def test_unreadable_file_is_bad_roster(tmp_path: Path, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    with pytest.raises(BadRoster) as raised:
        load_roster(path)
    assert str(path) in raised.value.line() and problem in raised.value.line()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_permissions_is_bad_roster(roster_file: Path) -> None:
    roster_file.chmod(0)
    with pytest.raises(BadRoster, match="permission denied"):
        load_roster(roster_file)


@pytest.mark.parametrize("row, reason", [
    ("P2,,1970-01-01", "empty name"),
    ("P2,   ,1970-01-01", "empty name"),
    (",Ann Lee,1970-01-01", "empty patient_ref"),
    ("P2,Ann Lee,1970-02-30", "impossible date"),
    ("P2,Ann Lee,2999-01-01", "impossible date"),        # in the future
    ("P2,Ann Lee,1970-13-01", "impossible date"),
    ("P2,Ann Lee,12/03/1970", "impossible date"),        # not YYYY-MM-DD
    ("P2,Ann Lee,1700-01-01", "impossible date"),
    ("P2,🌸🌸,1970-01-01", "no letters"),
])
def test_bad_rows_are_skipped_and_reported_by_line(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                     row: str, reason: str) -> None:
    text = f"patient_ref,name,dob\nP1,Ann Lee,1970-01-01\n{row}\nP3,Bea Kim,1980-05-05\n"
    with caplog.at_level(logging.INFO, logger="classifiers.roster"):
        roster = load_roster(write(tmp_path / "r.csv", text))
    assert [e.patient_ref for e in roster.entries] == ["P1", "P3"]
    assert [(p.line, reason in p.reason) for p in roster.problems] == [(3, True)]
    assert "line 3" in caplog.text and "Ann Lee" not in caplog.text and "1970" not in caplog.text
# fmt: on


def test_undecodable_bytes_skip_only_their_row(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    raw = b"patient_ref,name\nP1,Ann Lee\nP2,Fran\xe7ois Martin\nP3,Bea Kim\n"  # Latin-1 in UTF-8
    with caplog.at_level(logging.WARNING, logger="classifiers.roster"):
        roster = load_roster(write(tmp_path / "r.csv", raw))
    assert [e.patient_ref for e in roster.entries] == ["P1", "P3"]
    assert roster.problems[0].line == 3 and "UTF-8" in roster.problems[0].reason
    assert "Fran" not in caplog.text


def test_line_numbers_count_quoted_multiline_cells(tmp_path: Path) -> None:
    text = 'patient_ref,name,dob\nP1,"Ann\nLee",1970-01-01\nP2,,1970-01-01\n'
    roster = load_roster(write(tmp_path / "r.csv", text))
    assert [p.line for p in roster.problems] == [4]


def test_blank_lines_are_not_problems(tmp_path: Path) -> None:
    roster = load_roster(write(tmp_path / "r.csv", "patient_ref,name\n\nP1,Ann Lee\n,\n"))
    assert len(roster) == 1 and roster.problems == ()


def test_messages_and_logs_carry_no_roster_content(
    roster_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bad = write(
        tmp_path / "bad.csv",
        "\n".join([HEADER, *GOOD_ROWS, "P9,Margaret O'Brien,1961-02-31"]) + "\n",
    )
    with caplog.at_level(logging.DEBUG):
        load_roster(roster_file)
        roster = load_roster(bad)
    text = caplog.text + repr(roster.problems)
    assert not [s for s in SECRETS if s in text]


# fmt: off
@pytest.mark.parametrize("platform, raw, key", [
    ("x", "@DrMaggie", "drmaggie"),
    ("x", "https://twitter.com/DrMaggie", "drmaggie"),
    ("x", "https://x.com/DrMaggie/", "drmaggie"),
    ("instagram", "https://www.instagram.com/maggie.ig/", "maggie.ig"),
    ("bluesky", "https://bsky.app/profile/maggie.bsky.social", "maggie.bsky.social"),
    ("mastodon", "@Maggie@Mastodon.Example", "maggie@mastodon.example"),
    ("mastodon", "https://mastodon.example/@maggie", "maggie@mastodon.example"),
])
def test_normalize_handle(platform: str, raw: str, key: str) -> None:
    assert normalize_handle(platform, raw) == key


@pytest.mark.parametrize("raw, key", [
    ("Maggie.OBrien@Example.org ", "maggie.obrien@example.org"),
    ("mailto:a@b.co", "a@b.co"),
    ("not an email", ""),
    ("a@b", ""),
])
def test_normalize_email(raw: str, key: str) -> None:
    assert normalize_email(raw) == key
# fmt: on


def test_roster_from_rows_validates_like_a_file() -> None:
    roster = roster_from_rows(
        [{"Patient_Ref": "P1", "Name": "Ann Lee"}, {"patient_ref": "P2", "name": ""}]
    )
    assert isinstance(roster, RosterIndex)
    assert [e.patient_ref for e in roster.entries] == ["P1"] and roster.problems[0].line == 3
    with pytest.raises(BadRoster, match="'name'"):
        roster_from_rows([{"patient_ref": "P1"}])


# -- through the command line ----------------------------------------------------------------


def scan_with_roster(tmp_path: Path, roster: Path):  # type: ignore[no-untyped-def]
    import scanner.cli

    if not hasattr(scanner.cli, "get_app"):
        pytest.skip("waits for scanner.cli.get_app (the scan command wired to the pipeline)")
    from datetime import datetime

    from typer.testing import CliRunner

    from tests.builders import UTC, Tweet, build_x_archive

    archive = build_x_archive(
        tmp_path / "x.zip",
        tweets=[Tweet("A quiet day", datetime(2023, 1, 1, tzinfo=UTC))],
        followers=["1234567890123456789"],
    )
    return CliRunner().invoke(
        scanner.cli.get_app(),
        ["scan", str(archive), "--roster", str(roster), "--db", str(tmp_path / "s.db"),
         "--json", str(tmp_path / "r.json")],
    )  # fmt: skip


# fmt: off
@pytest.mark.parametrize("make, words", [
    (lambda d: d / "absent.csv", ["absent.csv", "not found"]),
    (lambda d: write(d / "r.csv", "patient_ref,dob\nP1,1980-01-01\n"), ["r.csv", "'name'"]),
    (lambda d: write(d / "r.csv", "Name,DOB\nAnn Lee,1980-01-01\n"), ["r.csv", "'patient_ref'"]),
])
def test_cli_exits_2_naming_file_and_column(tmp_path: Path, make, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = scan_with_roster(tmp_path, make(tmp_path))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and all(w in lines[0] for w in words), lines
    assert "Ann Lee" not in result.output and "Traceback" not in result.output
# fmt: on


def test_cli_scans_on_with_bad_rows_skipped(tmp_path: Path) -> None:
    roster = write(tmp_path / "r.csv", "\n".join([HEADER, *GOOD_ROWS, "P9,,1980-01-01"]) + "\n")
    result = scan_with_roster(tmp_path, roster)
    assert result.exit_code == 0, result.output
    links = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["links"]
    matched = [link["patient_match"]["patient_ref"] for link in links if link["patient_match"]]
    assert matched == ["P001"]
    assert not [s for s in SECRETS if s in result.output]
