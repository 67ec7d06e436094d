"""The patient roster: load and validate the CSV, then hold normalized keys in memory only.

The roster is among the most sensitive files a hospital has (``../shared/CONTRACT.md``), so:

- it is read once and never written anywhere: no copy in the store, no cache file;
- problems are reported by file, column and line number, never with a cell's content;
- phone numbers are read for validation only and not kept (nothing matches on them);
- what stays in memory are folded keys (``classifiers.names``), ids, handles, emails and the
  birth year, indexed for the lookups the link matcher and recognizers make.

``RosterIndex`` implements ``classifiers.base.PatientDirectory``: the patient-interaction
recognizer asks it ``match_handle(platform, handle)`` and ``match_user_id(platform, user_id)``.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from classifiers.findings import PatientMatch
from classifiers.names import ParsedName, parse_name
from scanner.errors import BadRoster

log = logging.getLogger(__name__)

REQUIRED_COLUMNS: tuple[str, ...] = ("patient_ref", "name")
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "dob",
    "email",
    "phone",
    "x_handle",
    "x_user_id",
    "facebook_name",
    "instagram_handle",
    "mastodon_handle",
    "bluesky_handle",
)
# Which roster column holds each platform's handle.
HANDLE_COLUMNS: Mapping[str, str] = {
    "x": "x_handle",
    "instagram": "instagram_handle",
    "mastodon": "mastodon_handle",
    "bluesky": "bluesky_handle",
}
USER_ID_COLUMNS: Mapping[str, str] = {"x": "x_user_id"}
MAX_ROSTER_BYTES = 200 * 1024 * 1024  # a roster bigger than this is not a roster

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PROFILE_URL = re.compile(
    r"^(?:https?://)?(?:www\.|mobile\.)?(?:x|twitter|instagram|bsky)\.(?:com|app)/(?:profile/)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RosterProblem:
    """A row left out of the roster: its line number and a fixed reason (never its content)."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One patient as the matcher needs them: keys, not the original row."""

    patient_ref: str
    names: tuple[ParsedName, ...]  # the roster name, then the facebook_name if given
    from_facebook_name: tuple[bool, ...]  # aligned with ``names``
    handles: Mapping[str, str]  # platform -> normalized handle
    user_ids: Mapping[str, str]  # platform -> user id
    email: str = ""
    birth_year: int | None = None

    def __repr__(self) -> str:
        """Only the opaque ref: an entry's keys are still patient data (a log or traceback)."""
        return f"RosterEntry(patient_ref={self.patient_ref!r})"


def normalize_handle(platform: str, handle: str) -> str:
    """A handle as a lookup key: no "@", no profile URL, lower case; Mastodon: ``user@host``."""
    text = _PROFILE_URL.sub("", handle.strip()).strip().strip("/").lower()
    if platform == "mastodon":
        match = re.match(r"^https?://([^/]+)/@([^/?#]+)", text)
        if match:
            return f"{match.group(2)}@{match.group(1)}"
        return text.lstrip("@")
    return text.lstrip("@").split("?")[0]


def normalize_email(email: str) -> str:
    """An email as a lookup key (lower case); empty when it is not an address."""
    text = email.strip().lower().removeprefix("mailto:")
    return text if _EMAIL.match(text) else ""


@dataclass(slots=True)
class RosterIndex:
    """The roster in memory, indexed for exact and name lookups. Implements ``PatientDirectory``."""

    source: str  # the file it came from (a path: safe to show)
    entries: tuple[RosterEntry, ...]
    problems: tuple[RosterProblem, ...] = ()
    _by_handle: dict[tuple[str, str], list[RosterEntry]] = field(default_factory=dict)
    _by_user_id: dict[tuple[str, str], list[RosterEntry]] = field(default_factory=dict)
    _by_email: dict[str, list[RosterEntry]] = field(default_factory=dict)
    _by_surname: dict[str, list[int]] = field(default_factory=dict)
    _by_compact: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_handle: dict[tuple[str, str], list[RosterEntry]] = defaultdict(list)
        by_user_id: dict[tuple[str, str], list[RosterEntry]] = defaultdict(list)
        by_email: dict[str, list[RosterEntry]] = defaultdict(list)
        by_surname: dict[str, list[int]] = defaultdict(list)
        by_compact: dict[str, list[int]] = defaultdict(list)
        for position, entry in enumerate(self.entries):
            for platform, handle in entry.handles.items():
                by_handle[(platform, handle)].append(entry)
            for platform, user_id in entry.user_ids.items():
                by_user_id[(platform, user_id)].append(entry)
            if entry.email:
                by_email[entry.email].append(entry)
            for name in entry.names:
                for key in name.surname_keys | name.surname_parts | name.middle_keys:
                    by_surname[key].append(position)
                for key in {name.full_compact, name.short_compact}:
                    by_compact[key].append(position)
        self._by_handle, self._by_user_id, self._by_email = by_handle, by_user_id, by_email
        self._by_surname, self._by_compact = by_surname, by_compact

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        """Counts only: the entries are patient data."""
        return (
            f"RosterIndex(source={self.source!r}, patients={len(self.entries)}, "
            f"problems={len(self.problems)})"
        )

    # PatientDirectory -------------------------------------------------------------------
    def match_handle(self, platform: str, handle: str) -> PatientMatch | None:
        """The rostered patient whose ``platform`` handle is ``handle`` (case-insensitive)."""
        if platform not in HANDLE_COLUMNS or not handle:
            return None
        found = self._by_handle.get((platform, normalize_handle(platform, handle)))
        return _exact(found, HANDLE_COLUMNS[platform])

    def match_user_id(self, platform: str, user_id: str) -> PatientMatch | None:
        """The rostered patient whose ``platform`` user id is ``user_id`` (exact)."""
        if platform not in USER_ID_COLUMNS or not user_id:
            return None
        found = self._by_user_id.get((platform, str(user_id).strip()))
        return _exact(found, USER_ID_COLUMNS[platform])

    # Used by the link matcher ---------------------------------------------------------------
    def match_email(self, email: str) -> PatientMatch | None:
        """The rostered patient with this email address (exact, case-insensitive)."""
        key = normalize_email(email or "")
        return _exact(self._by_email.get(key), "email") if key else None

    def entries_with_surname(self, keys: Iterable[str]) -> list[RosterEntry]:
        """Entries whose surname (or a part of it) has one of ``keys``: name-match candidates."""
        positions = sorted({p for key in keys for p in self._by_surname.get(key, ())})
        return [self.entries[p] for p in positions]

    def entries_with_compact_name(self, key: str) -> list[RosterEntry]:
        """Entries whose whole name run together is ``key`` (a display name like "maggieobrien")."""
        return [self.entries[p] for p in sorted(set(self._by_compact.get(key, ())))]

    def surname_keys(self) -> list[str]:
        """Every indexed surname key, for fuzzy candidate search (near misses are scored too)."""
        return list(self._by_surname)


def _exact(found: list[RosterEntry] | None, column: str) -> PatientMatch | None:
    if not found:
        return None
    return PatientMatch(patient_ref=found[0].patient_ref, score=1.0, matched_on=(column,))


# Loading ------------------------------------------------------------------------------------
def load_roster(path: str | Path) -> RosterIndex:
    """Read and validate the roster CSV at ``path``.

    Raises ``BadRoster`` (exit 2) when the file cannot be read or lacks a required column.
    Bad rows are skipped and listed in ``RosterIndex.problems`` by line number; each is also
    logged as a warning with the line number and a fixed reason only.
    """
    path = Path(path)
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = _header(reader, path)
    entries: list[RosterEntry] = []
    problems: list[RosterProblem] = []
    for line, row in _rows_with_lines(reader):
        if not any(cell.strip() for cell in row):
            continue
        entry_or_reason = _entry(header, row)
        if isinstance(entry_or_reason, str):
            problems.append(RosterProblem(line, entry_or_reason))
            log.warning("roster %s line %d skipped: %s", path, line, entry_or_reason)
        else:
            entries.append(entry_or_reason)
    log.info("roster %s: %d patients loaded, %d rows skipped", path, len(entries), len(problems))
    return RosterIndex(source=str(path), entries=tuple(entries), problems=tuple(problems))


def roster_from_rows(rows: Iterable[Mapping[str, str]], *, source: str = "<memory>") -> RosterIndex:
    """A roster from already-read rows (column -> value), validated like a file's rows.

    For the synthetic evaluation and for callers that hold rows already; line numbers in
    ``problems`` count from 2 as if the rows followed a header line.
    """
    rows = list(rows)
    columns = sorted({_canonical_column(c) for row in rows for c in row})
    for required in REQUIRED_COLUMNS:
        if required not in columns:
            raise BadRoster(f"missing required column '{required}'", path=source)
    header = {c: i for i, c in enumerate(columns) if c in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
    entries: list[RosterEntry] = []
    problems: list[RosterProblem] = []
    for line, row in enumerate(rows, start=2):
        canonical = {_canonical_column(k): v or "" for k, v in row.items()}
        result = _entry(header, [canonical.get(c, "") for c in columns])
        if isinstance(result, str):
            problems.append(RosterProblem(line, result))
        else:
            entries.append(result)
    return RosterIndex(source=source, entries=tuple(entries), problems=tuple(problems))


def _read_text(path: Path) -> str:
    """The file decoded as UTF-8 (BOM or not) or UTF-16 (with BOM); bad bytes kept as markers."""
    try:
        if path.is_dir():
            raise BadRoster("is a folder, not a roster CSV file", path=path)
        size = path.stat().st_size
        if size > MAX_ROSTER_BYTES:
            raise BadRoster(
                f"is {size // (1024 * 1024)} MB; a roster CSV is far smaller", path=path
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadRoster("roster file not found", path=path) from None
    except PermissionError:
        raise BadRoster("cannot read the roster file (permission denied)", path=path) from None
    except OSError as error:
        raise BadRoster(f"cannot read the roster file ({error.strerror})", path=path) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="surrogateescape")
    # surrogateescape keeps undecodable bytes as lone surrogates: the row holding them is
    # reported by line and skipped instead of failing the whole file.
    return raw.decode("utf-8-sig", errors="surrogateescape")


Roster = RosterIndex  # the name the rest of scrubs may use for the loaded roster


def _canonical_column(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def _header(reader: Iterator[list[str]], path: Path) -> dict[str, int]:
    try:
        first = next(reader)
    except StopIteration:
        raise BadRoster("the roster file is empty; it needs a header row", path=path) from None
    except csv.Error:
        raise BadRoster("the header row is not valid CSV", path=path) from None
    columns: dict[str, int] = {}
    for position, name in enumerate(first):
        columns.setdefault(_canonical_column(name), position)
    for required in REQUIRED_COLUMNS:
        if required not in columns:
            raise BadRoster(
                f"missing required column '{required}' (the header needs patient_ref and name; "
                "column names are case-insensitive)",
                path=path,
            )
    return {c: p for c, p in columns.items() if c in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}


def _rows_with_lines(reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on (a quoted cell may span lines)."""
    line = 2
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield line, ["\udcff"]  # unparseable: reported as such below
            return
        yield line, row
        line = reader.line_num + 1  # type: ignore[attr-defined]


def _entry(header: Mapping[str, int], row: list[str]) -> RosterEntry | str:
    """A roster entry, or the fixed reason the row cannot be one."""
    if any(_has_undecodable(cell) for cell in row):
        return "undecodable bytes (save the roster as UTF-8)"
    cell = {column: row[p].strip() if p < len(row) else "" for column, p in header.items()}
    if not cell["patient_ref"]:
        return "empty patient_ref"
    if not cell["name"]:
        return "empty name"
    names = [parse_name(cell["name"])]
    if not names[0].firsts and not names[0].first_initial and not names[0].surname_keys:
        return "name has no letters"
    birth_year = None
    if cell.get("dob"):
        born = _parse_dob(cell["dob"])
        if born is None:
            return "impossible date in dob (expected YYYY-MM-DD)"
        birth_year = born.year
    from_facebook = [False]
    if cell.get("facebook_name"):
        names.append(parse_name(cell["facebook_name"]))
        from_facebook.append(True)
    handles = {
        platform: normalize_handle(platform, cell[column])
        for platform, column in HANDLE_COLUMNS.items()
        if cell.get(column)
    }
    user_ids = {
        platform: cell[column] for platform, column in USER_ID_COLUMNS.items() if cell.get(column)
    }
    return RosterEntry(
        patient_ref=cell["patient_ref"],
        names=tuple(names),
        from_facebook_name=tuple(from_facebook),
        handles={p: h for p, h in handles.items() if h},
        user_ids=user_ids,
        email=normalize_email(cell.get("email", "")),
        birth_year=birth_year,
    )


def _has_undecodable(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _parse_dob(text: str) -> date | None:
    """A YYYY-MM-DD birth date that could be real (not in the future, not before 1880)."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not match:
        return None
    try:
        born = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return born if date(1880, 1, 1) <= born <= date.today() else None
