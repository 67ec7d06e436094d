"""The staff file: columns, consent, sources, bad rows by line, and unusable files (exit 2)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scanner.errors import BadConfig
from scanner.staff import StaffSource, load_staff

HEADER = "staff_id,name,department,role,consent_date,x_archive,facebook_export,exports,x_user"


def write(tmp_path: Path, *lines: str, header: str = HEADER, name: str = "staff.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((header, *lines)) + "\n", encoding="utf-8")
    return path


def test_members_with_sources_resolved_against_the_csv_folder(tmp_path: Path) -> None:
    folder = tmp_path / "hr"
    folder.mkdir()
    path = write(
        folder,
        "S1,Aoife Byrne,Emergency,Nurse,2026-01-02,exports/a.zip,/abs/fb,x1.zip; x2/ ,@drbyrne",
    )
    staff = load_staff(path)
    (member,) = staff.members
    assert (member.staff_id, member.name, member.department, member.role) == (
        "S1",
        "Aoife Byrne",
        "Emergency",
        "Nurse",
    )
    assert member.consent_date == date(2026, 1, 2)
    assert member.exports == (
        folder.resolve() / "exports/a.zip",
        Path("/abs/fb"),
        folder.resolve() / "x1.zip",
        folder.resolve() / "x2",
    )
    assert member.live == (StaffSource("x_user", "drbyrne"),)
    assert member.skip_reason(date(2026, 6, 1)) is None
    assert len(staff.sha256) == 64 and staff.problems == ()


# fmt: off
@pytest.mark.parametrize("row, reason", [
    ("S1,Ann Lee,ED,Nurse,,a.zip,,,", "no consent recorded"),
    ("S1,Ann Lee,ED,Nurse,2099-01-01,a.zip,,,", "in the future"),
    ("S1,Ann Lee,ED,Nurse,2026-01-01,,,,", "no sources given"),
])
# fmt: on
def test_people_who_are_not_scanned_say_why(tmp_path: Path, row: str, reason: str) -> None:
    (member,) = load_staff(write(tmp_path, row)).members
    assert reason in (member.skip_reason(date(2026, 6, 1)) or "")


# fmt: off
@pytest.mark.parametrize("row, reason", [
    (",Ann Lee,ED,Nurse,2026-01-01,a.zip,,,", "missing staff_id"),
    ("S2,,ED,Nurse,2026-01-01,a.zip,,,", "missing name"),
    ("S2,Ann Lee,,Nurse,2026-01-01,a.zip,,,", "missing department"),
    ("S2,Ann Lee,ED,,2026-01-01,a.zip,,,", "missing role"),
    ("S2,Ann Lee,ED,Nurse,01/02/2026,a.zip,,,", "consent_date is not a date"),
    ("../etc,Ann Lee,ED,Nurse,2026-01-01,a.zip,,,", "staff_id may hold only"),
    ("S1,Ann Lee,ED,Nurse,2026-01-01,b.zip,,,", "duplicate staff_id (first on line 2)"),
])
# fmt: on
def test_bad_rows_are_reported_by_line_without_their_content(
    tmp_path: Path, row: str, reason: str
) -> None:
    staff = load_staff(write(tmp_path, "S1,Bo Chen,ED,Nurse,2026-01-01,c.zip,,,", row))
    assert [m.staff_id for m in staff.members] == ["S1"]
    (problem,) = staff.problems
    assert problem.line == 3 and reason in problem.reason
    assert "Ann" not in problem.line_text() and "Lee" not in problem.line_text()


def test_header_names_are_case_and_space_insensitive_and_blank_lines_skipped(
    tmp_path: Path,
) -> None:
    header = "Staff ID,NAME,Department,Role,Consent Date,X Archive,Mastodon Account,other"
    row = "S9,Al Xu,Lab,Tech,2026-01-01,x.zip,@al@med.social,zzz"
    path = write(tmp_path, "", row, header=header)
    (member,) = load_staff(path).members
    assert member.live == (StaffSource("mastodon_account", "@al@med.social"),)
    assert member.line == 3


# fmt: off
@pytest.mark.parametrize("header, message", [
    ("staff_id,name,department,role,x_archive", "missing column 'consent_date'"),
    ("name,department,role,consent_date,x_archive", "missing column 'staff_id'"),
    ("staff_id,name,department,role,consent_date", "no source column"),
])
# fmt: on
def test_missing_column_is_bad_config_naming_file_and_column(
    tmp_path: Path, header: str, message: str
) -> None:
    path = write(tmp_path, "S1,Ann,ED,Nurse,2026-01-01", header=header)
    with pytest.raises(BadConfig) as caught:
        load_staff(path)
    assert message in caught.value.line() and str(path) in caught.value.line()


# fmt: off
@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "staff file not found"),
    (lambda p: p.write_text("", encoding="utf-8"), "staff file is empty"),
    (lambda p: p.mkdir(), "is a folder"),
])
# fmt: on
def test_unusable_files(tmp_path: Path, setup, message: str) -> None:  # noqa: ANN001
    path = tmp_path / "staff.csv"
    setup(path)
    with pytest.raises(BadConfig, match=message):
        load_staff(path)


def test_row_hash_changes_with_the_row_only(tmp_path: Path) -> None:
    ann = "S1,Ann,ED,Nurse,2026-01-01,a.zip,,,"
    first = load_staff(write(tmp_path, ann, "S2,Bo,ED,RN,2026-01-01,b.zip,,,"))
    second = load_staff(write(tmp_path, ann, "S2,Bo,ED,RN,2026-01-01,c.zip,,,"))
    assert first.members[0].row_hash == second.members[0].row_hash
    assert first.members[1].row_hash != second.members[1].row_hash
    assert first.sha256 != second.sha256


def test_excel_windows_encoding_is_read(tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_bytes((HEADER + "\nS1,Zoë Brennan,ED,Nurse,2026-01-01,a.zip,,,\n").encode("cp1252"))
    assert load_staff(path).members[0].name == "Zoë Brennan"
