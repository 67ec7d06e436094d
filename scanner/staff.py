"""The staff file of an institutional audit: who agreed to be scanned, and from which sources.

A CSV with a header row (column names case-insensitive, unknown columns ignored):

- required: ``staff_id`` (letters, digits, ``.``, ``_``, ``-``; it names the person's report
  folder), ``name``, ``department``, ``role``, ``consent_date`` (``YYYY-MM-DD``);
- sources, at least one such column: export paths in ``x_archive``, ``facebook_export``,
  ``exports`` or any other ``*_archive``/``*_export`` column; live handles in ``x_user``,
  ``facebook_page``, ``mastodon_account``, ``bluesky_handle``. Every source cell may hold
  several values separated by ``;``. Relative paths are resolved against the CSV's folder,
  so a staff file travels with its exports.

Why these rules:

- **No consent, no scan.** A row without a consent date (or with one in the future) is kept,
  and reported as *skipped* with its reason, so the compliance office sees who was left out.
- **A bad row never stops the audit.** It is reported by line number with a fixed reason and
  skipped; messages never quote a cell (the file names people). A missing required column,
  however, makes the whole file unusable: ``BadConfig`` naming the file and the column.
- **Resume needs identity.** Each member carries a hash of its normalised row, so a resumed
  audit rescans a person whose row changed and keeps the ones that did not.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from scanner.errors import BadConfig

REQUIRED_COLUMNS: tuple[str, ...] = ("staff_id", "name", "department", "role", "consent_date")
EXPORT_COLUMNS: tuple[str, ...] = ("x_archive", "facebook_export", "exports")
LIVE_COLUMNS: tuple[str, ...] = ("x_user", "facebook_page", "mastodon_account", "bluesky_handle")
SEPARATOR = ";"
MAX_STAFF_BYTES = 64 * 2**20  # 10,000 staff are well under 5 MB; anything this big is a mistake

SourceKind = Literal["export", "x_user", "facebook_page", "mastodon_account", "bluesky_handle"]
_STAFF_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass(frozen=True, slots=True)
class StaffSource:
    """One place to read a person's posts: an export path (absolute) or a live handle."""

    kind: SourceKind
    value: str

    @property
    def label(self) -> str:
        """How the audit trail and messages name it (a path or ``x_user:@handle``)."""
        return self.value if self.kind == "export" else f"{self.kind}:{self.value}"


@dataclass(frozen=True, slots=True)
class StaffMember:
    """One row of the staff file."""

    line: int
    staff_id: str
    name: str
    department: str
    role: str
    consent_date: date | None
    sources: tuple[StaffSource, ...]
    row_hash: str

    @property
    def exports(self) -> tuple[Path, ...]:
        """The export paths to scan."""
        return tuple(Path(s.value) for s in self.sources if s.kind == "export")

    @property
    def live(self) -> tuple[StaffSource, ...]:
        """The live handles to fetch."""
        return tuple(s for s in self.sources if s.kind != "export")

    def skip_reason(self, today: date | None = None) -> str | None:
        """Why this person is not scanned, or None when they are."""
        today = today or datetime.now(UTC).date()
        if self.consent_date is None:
            return "no consent recorded (consent_date is empty)"
        if self.consent_date > today:
            return f"consent dated {self.consent_date.isoformat()}, in the future"
        if not self.sources:
            return "no sources given (no export path or handle)"
        return None


@dataclass(frozen=True, slots=True)
class StaffProblem:
    """A row that could not be used: its line and a fixed reason (never its content)."""

    line: int
    reason: str

    def line_text(self) -> str:
        """``line 7: missing staff_id``."""
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class StaffList:
    """The whole staff file: members in file order, bad rows, and the file's SHA-256."""

    path: Path
    sha256: str
    members: tuple[StaffMember, ...]
    problems: tuple[StaffProblem, ...] = ()


def load_staff(path: str | Path) -> StaffList:
    """Read and validate the staff CSV at ``path``.

    Raises ``BadConfig`` (exit 2) when the file is unreadable or lacks a required column or
    any source column; bad rows are returned in ``problems`` and skipped.
    """
    path = Path(path)
    raw = _read_bytes(path)
    text = _decode(raw, path)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = _header(reader, path)
    folder = path.resolve().parent
    members: list[StaffMember] = []
    problems: list[StaffProblem] = []
    first_line: dict[str, int] = {}
    for line, row in _rows_with_lines(reader):
        if not any(cell.strip() for cell in row):
            continue
        member_or_reason = _member(header, row, line, folder)
        if isinstance(member_or_reason, str):
            problems.append(StaffProblem(line, member_or_reason))
            continue
        key = member_or_reason.staff_id.casefold()
        if key in first_line:
            problems.append(
                StaffProblem(line, f"duplicate staff_id (first on line {first_line[key]})")
            )
            continue
        first_line[key] = line
        members.append(member_or_reason)
    return StaffList(
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        members=tuple(members),
        problems=tuple(problems),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise BadConfig("is a folder; give the staff CSV file", path=path)
        size = path.stat().st_size
        if size > MAX_STAFF_BYTES:
            raise BadConfig(f"staff file is {size} bytes; is this the right file?", path=path)
        return path.read_bytes()
    except FileNotFoundError:
        raise BadConfig("staff file not found", path=path) from None
    except PermissionError:
        raise BadConfig("staff file cannot be read (permission denied)", path=path) from None


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # Excel's "CSV" on Windows
    except UnicodeDecodeError:
        raise BadConfig("staff file is not UTF-8 text; save it as CSV UTF-8", path=path) from None


def _canonical(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", "_").split())


def _header(reader: Iterator[list[str]], path: Path) -> dict[str, int]:
    try:
        names = next(reader)
    except StopIteration:
        raise BadConfig("staff file is empty; expected a header row", path=path) from None
    except csv.Error:
        raise BadConfig("staff file header is not valid CSV", path=path) from None
    header: dict[str, int] = {}
    for index, name in enumerate(names):
        header.setdefault(_canonical(name), index)
    for column in REQUIRED_COLUMNS:
        if column not in header:
            raise BadConfig(f"missing column '{column}' in the header row", path=path)
    if not any(_is_source_column(c) for c in header):
        wanted = ", ".join(EXPORT_COLUMNS + LIVE_COLUMNS)
        raise BadConfig(f"no source column; add at least one of: {wanted}", path=path)
    return header


def _is_source_column(column: str) -> bool:
    return _is_export_column(column) or column in LIVE_COLUMNS


def _is_export_column(column: str) -> bool:
    return column in EXPORT_COLUMNS or column.endswith(("_archive", "_export"))


def _rows_with_lines(reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """Rows with the line each starts on (a quoted cell may span lines)."""
    while True:
        line = reader.line_num + 1  # type: ignore[attr-defined]
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield line, ["\0csv-error"]
            continue
        yield line, row


def _member(
    header: Mapping[str, int], row: list[str], line: int, folder: Path
) -> StaffMember | str:
    """A member, or the reason the row is unusable (fixed text, no cell content)."""
    if row == ["\0csv-error"]:
        return "not valid CSV (an unclosed quote?)"

    def cell(column: str) -> str:
        index = header.get(column)
        return row[index].strip() if index is not None and index < len(row) else ""

    for column in ("staff_id", "name", "department", "role"):
        if not cell(column):
            return f"missing {column}"
    staff_id = cell("staff_id")
    if not _STAFF_ID.match(staff_id):
        return "staff_id may hold only letters, digits, '.', '_' and '-' (up to 64)"
    consent: date | None = None
    if cell("consent_date"):
        try:
            consent = date.fromisoformat(cell("consent_date"))
        except ValueError:
            return "consent_date is not a date (expected YYYY-MM-DD)"
    sources: list[StaffSource] = []
    for column, index in header.items():
        if not _is_source_column(column) or index >= len(row):
            continue
        for value in (v.strip() for v in row[index].split(SEPARATOR)):
            if not value:
                continue
            if _is_export_column(column):
                resolved = Path(value).expanduser()
                resolved = resolved if resolved.is_absolute() else folder / resolved
                sources.append(StaffSource("export", str(resolved)))
            else:
                sources.append(
                    StaffSource(
                        column, value.lstrip("@") if column != "mastodon_account" else value
                    )
                )  # type: ignore[arg-type]
    normalised = "\x1f".join(
        [staff_id, cell("name"), cell("department"), cell("role"), cell("consent_date")]
        + [s.label for s in sources]
    )
    return StaffMember(
        line=line,
        staff_id=staff_id,
        name=cell("name"),
        department=cell("department"),
        role=cell("role"),
        consent_date=consent,
        sources=tuple(dict.fromkeys(sources)),
        row_hash=hashlib.sha256(normalised.encode("utf-8")).hexdigest(),
    )
