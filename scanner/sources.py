"""An export, zipped or unpacked, behind one API: member names, member streams, media references.

Users hand scrubs whatever the platform gave them: the ``.zip`` as downloaded, the folder their
OS unpacked (often with one wrapper folder on top), or a folder they unpacked by hand. The
connectors should not care which, and they must never trust an archive: a zip can be truncated,
can carry member paths that escape the archive (zip slip), or can decompress to terabytes (zip
bomb). So every guard lives here, once:

* nothing is ever extracted to disk; members are streamed straight out of the zip;
* member paths that are absolute or climb out with ``..`` refuse the whole archive;
* declared sizes are checked against :class:`Limits` when the archive is opened, and the bytes
  actually read are capped while streaming (a lying header cannot get past the cap);
* a member whose data ends early or fails its CRC becomes :class:`CorruptArchive`.

Media are referred to by a string (``Media.path``) so the report and OCR can read them back later
with :func:`open_media`: ``"<absolute zip path>::<member>"`` inside a zip, an absolute path in a
folder.
"""

from __future__ import annotations

import fnmatch
import io
import logging
import os
import posixpath
import threading
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from scanner.errors import CorruptArchive, MissingPath, UnrecognizedExport

log = logging.getLogger(__name__)

ZIP_MEMBER_SEPARATOR = "::"
# Files operating systems and zip tools add that are never part of an export.
_JUNK_PREFIXES = ("__MACOSX/",)
_JUNK_BASENAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
# A folder must hold at least one of these to be worth handing to the connectors.
_DATA_SUFFIXES = (".js", ".json", ".html", ".htm")
# X archives keep their data in ``data/``: that folder is content, never a wrapper to strip.
_NEVER_WRAPPERS = frozenset({"data"})


@dataclass(frozen=True, slots=True)
class Limits:
    """How much an export may hold before we call it a zip bomb.

    The largest real exports we know of (a prolific account's X archive with video) reach tens of
    gigabytes in total, with ``tweets.js`` itself a few gigabytes; nothing legitimate compresses
    better than about 50:1 (repetitive JSON), while bombs reach 1000:1.
    """

    max_member_bytes: int = 16 * 2**30
    max_total_bytes: int = 128 * 2**30
    max_members: int = 2_000_000
    max_ratio: float = 250.0
    ratio_floor_bytes: int = 8 * 2**20  # small members may compress absurdly well (blank files)


DEFAULT_LIMITS = Limits()


class ExportSource(ABC):
    """A platform export: posix member names relative to the export root, each readable as a stream.

    Open one with :meth:`ExportSource.open`; it chooses the zip or folder implementation.
    """

    def __init__(self, path: Path, names: list[str], prefix: str) -> None:
        self.path = path
        self._prefix = prefix  # the wrapper folder stripped from every name ("" or "wrapper/")
        self._names = names
        self._name_set = frozenset(names)

    # -- construction -----------------------------------------------------------------------

    @staticmethod
    def open(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> ExportSource:
        """Open a ``.zip`` or a folder; raise the :mod:`scanner.errors` class naming the problem."""
        path = Path(path).expanduser()
        if not path.exists():
            raise MissingPath("no such file or folder", path=path)
        path = path.resolve()
        if path.is_dir():
            return FolderSource.from_folder(path)
        return ZipSource.from_zip(path, limits)

    # -- the API connectors use -------------------------------------------------------------

    @property
    def label(self) -> str:
        """How messages name this export: its path as the user gave it."""
        return str(self.path)

    @property
    def wrapper(self) -> str:
        """The wrapper folder's name ("" when none): Facebook names it after the account."""
        return self._prefix.rstrip("/")

    def names(self) -> list[str]:
        """Every member, as posix paths relative to the export root (wrapper folder removed)."""
        return list(self._names)

    def has(self, name: str) -> bool:
        """True when ``name`` is a member."""
        return name in self._name_set

    def find(self, basename_glob: str, *, under: str | None = None) -> list[str]:
        """Members whose base name matches ``basename_glob`` (case-sensitive), sorted.

        Connectors match by base name because platforms move files between folders across
        export eras; ``under`` restricts the search to one folder when the name is ambiguous.
        """
        found = []
        for name in self._names:
            if under is not None and not name.startswith(under.rstrip("/") + "/"):
                continue
            if fnmatch.fnmatchcase(posixpath.basename(name), basename_glob):
                found.append(name)
        return sorted(found)

    def member_label(self, name: str) -> str:
        """How messages name one member: ``<export>:<member>``."""
        return f"{self.label}:{name}"

    @abstractmethod
    def open_member(self, name: str) -> BinaryIO:
        """A binary stream over one member; read it in chunks, never whole."""

    @abstractmethod
    def member_size(self, name: str) -> int:
        """The member's (declared) size in bytes."""

    @abstractmethod
    def media_ref(self, name: str) -> str:
        """The ``Media.path`` string that :func:`open_media` reads back."""

    def close(self) -> None:  # noqa: B027 - folders hold nothing open
        """Release the open archive, if any."""

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _require(self, name: str) -> None:
        if name not in self._name_set:
            raise MissingPath("no such member in the export", path=self.member_label(name))


def open_source(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> ExportSource:
    """Module-level alias of :meth:`ExportSource.open`."""
    return ExportSource.open(path, limits)


# -- member path hygiene ----------------------------------------------------------------------


def is_safe_member(name: str) -> bool:
    """False for member paths that would land outside the archive if anyone extracted them."""
    if not name or "\x00" in name:
        return False
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or (len(normalized) > 1 and normalized[1] == ":"):
        return False
    return ".." not in normalized.split("/")


def _is_junk(name: str) -> bool:
    return name.startswith(_JUNK_PREFIXES) or posixpath.basename(name) in _JUNK_BASENAMES


def _wrapper_prefix(names: Iterable[str]) -> str:
    """The single folder every member sits in (``"wrapper/"``), or ``""`` when there is none.

    Platforms' own zips have their files at the top; a wrapper appears when someone unpacks and
    re-zips, or when the OS unpacks into a folder named after the zip. One level is stripped.
    """
    tops = set()
    for name in names:
        head, sep, _ = name.partition("/")
        if not sep:
            return ""  # a file at the top: no wrapper
        tops.add(head)
        if len(tops) > 1:
            return ""
    if len(tops) != 1:
        return ""
    (top,) = tops
    return "" if top in _NEVER_WRAPPERS else top + "/"


def _strip(names: Iterable[str], prefix: str) -> list[str]:
    return [name[len(prefix) :] for name in names]


# -- zip --------------------------------------------------------------------------------------


class _CappedReader(io.RawIOBase):
    """Reads at most ``cap`` bytes from a zip member; turns zipfile's failures into CorruptArchive.

    zipfile already stops at the declared size, but the cap holds even if that changes, and a
    CRC failure or early end must reach the user as one line naming the member, not a traceback.
    """

    def __init__(self, raw: BinaryIO, cap: int, label: str) -> None:
        self._raw = raw
        self._left = cap
        self._label = label

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._left + 1)
        try:
            data = self._raw.read(want)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise CorruptArchive(
                f"the member's data is damaged or cut short ({type(exc).__name__}); "
                "download the export again",
                path=self._label,
            ) from None
        if len(data) > self._left:
            raise CorruptArchive(
                "the member holds more data than its header declares (zip bomb?); refused",
                path=self._label,
            )
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class ZipSource(ExportSource):
    """A ``.zip`` read in place: nothing is extracted."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, names: list[str], prefix: str) -> None:
        super().__init__(path, names, prefix)
        self._zip = archive
        self._infos = {info.filename: info for info in archive.infolist()}

    @classmethod
    def from_zip(cls, path: Path, limits: Limits = DEFAULT_LIMITS) -> ZipSource:
        """Open and vet a zip: readable, no escaping paths, sizes within ``limits``."""
        if not path.is_file():
            raise UnrecognizedExport("not a file or folder scrubs can read", path=path)
        if not zipfile.is_zipfile(path):
            raise CorruptArchive(
                "not a zip archive (or a zip cut short in the download); "
                "pass the export's .zip or its unpacked folder",
                path=path,
            )
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise CorruptArchive(
                f"the zip cannot be read ({type(exc).__name__}); download the export again",
                path=path,
            ) from None
        try:
            names = _vet_zip(path, archive, limits)
        except BaseException:
            archive.close()
            raise
        prefix = _wrapper_prefix(names)
        return cls(path, archive, _strip(names, prefix), prefix)

    def open_member(self, name: str) -> BinaryIO:
        self._require(name)
        info = self._infos[self._prefix + name]
        try:
            raw = self._zip.open(info)
        except RuntimeError:  # zipfile's way of saying "encrypted"
            raise CorruptArchive(
                "the member is password-protected; download the export again",
                path=self.member_label(name),
            ) from None
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
            raise CorruptArchive(
                f"the member cannot be opened ({type(exc).__name__})",
                path=self.member_label(name),
            ) from None
        capped = _CappedReader(raw, info.file_size, self.member_label(name))  # type: ignore[arg-type]
        return io.BufferedReader(capped, buffer_size=256 * 1024)  # type: ignore[return-value]

    def member_size(self, name: str) -> int:
        self._require(name)
        return self._infos[self._prefix + name].file_size

    def media_ref(self, name: str) -> str:
        self._require(name)
        return f"{self.path}{ZIP_MEMBER_SEPARATOR}{self._prefix}{name}"

    def close(self) -> None:
        self._zip.close()


def _vet_zip(path: Path, archive: zipfile.ZipFile, limits: Limits) -> list[str]:
    """Member file names after the zip-slip and zip-bomb checks (directories and junk dropped)."""
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise CorruptArchive(
            f"the zip holds {len(infos)} members, over the {limits.max_members} limit; refused",
            path=path,
        )
    names: list[str] = []
    total = 0
    for info in infos:
        if not is_safe_member(info.filename):
            raise CorruptArchive(
                "a member path points outside the archive (zip slip); refused, nothing extracted",
                path=path,
            )
        if info.is_dir() or _is_junk(info.filename):
            continue
        _check_member_size(path, info, limits)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise CorruptArchive(
                f"the zip declares more than {_gib(limits.max_total_bytes)} uncompressed "
                "(zip bomb?); refused",
                path=path,
            )
        names.append(info.filename)
    return names


def _check_member_size(path: Path, info: zipfile.ZipInfo, limits: Limits) -> None:
    where = f"{path}:{info.filename}"
    if info.file_size > limits.max_member_bytes:
        raise CorruptArchive(
            f"member declares {info.file_size} bytes, over the "
            f"{_gib(limits.max_member_bytes)} limit for one file (zip bomb?); refused",
            path=where,
        )
    if info.file_size > limits.ratio_floor_bytes:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise CorruptArchive(
                f"member expands {ratio:.0f}:1, far beyond any real export "
                f"(limit {limits.max_ratio:.0f}:1; zip bomb?); refused",
                path=where,
            )


def _gib(n: int) -> str:
    return f"{n / 2**30:g} GiB" if n >= 2**30 else f"{n} bytes"


# -- folder -----------------------------------------------------------------------------------


class FolderSource(ExportSource):
    """An unpacked export folder; symlinks that lead outside it are ignored."""

    def __init__(self, path: Path, names: list[str], prefix: str) -> None:
        super().__init__(path, names, prefix)

    @classmethod
    def from_folder(cls, path: Path) -> FolderSource:
        """List the folder once; refuse it when it holds no data file at all."""
        names = sorted(_walk(path))
        if not any(name.lower().endswith(_DATA_SUFFIXES) for name in names):
            zips = [n for n in names if n.lower().endswith(".zip")]
            if zips:
                raise UnrecognizedExport(
                    f"this folder holds no unpacked export, only {len(zips)} .zip file(s); "
                    "pass the export .zip itself",
                    path=path,
                )
            raise UnrecognizedExport(
                "this folder holds no export data (.js/.json files); "
                "pass the platform's export .zip or the folder it unpacks to",
                path=path,
            )
        prefix = _wrapper_prefix(names)
        return cls(path, _strip(names, prefix), prefix)

    def _file(self, name: str) -> Path:
        self._require(name)
        return self.path / (self._prefix + name)

    def open_member(self, name: str) -> BinaryIO:
        try:
            return self._file(name).open("rb")
        except OSError as exc:
            raise MissingPath(
                f"cannot read the file ({exc.strerror})", path=self.member_label(name)
            ) from None

    def member_size(self, name: str) -> int:
        return self._file(name).stat().st_size

    def media_ref(self, name: str) -> str:
        return str(self._file(name))


def _walk(root: Path) -> Iterable[str]:
    """Relative posix names of every regular file under ``root`` that stays inside it."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith("__MACOSX")]
        for file in files:
            full = Path(folder) / file
            if full.is_symlink() and not full.resolve().is_relative_to(root):
                log.warning("ignoring a symlink that leads outside the export folder")
                continue
            if not full.is_file():
                continue
            name = full.relative_to(root).as_posix()
            if not _is_junk(name):
                yield name


# -- media read-back --------------------------------------------------------------------------


def open_media(ref: str, max_bytes: int) -> bytes:
    """The bytes of one media file named by a ``Media.path`` this module produced.

    Used long after the scan (report thumbnails, OCR), so it re-checks everything: the zip must
    still exist, the member path must be safe, and no more than ``max_bytes`` are read.
    Raises :class:`MissingPath` when the file is gone, :class:`CorruptArchive` when it is too big
    or damaged.
    """
    zip_path, member = _split_media_ref(ref)
    if zip_path is None:
        return _read_file_capped(Path(ref), max_bytes)
    if not is_safe_member(member):
        raise CorruptArchive("media path points outside the archive; refused", path=zip_path)
    try:
        with _MEDIA_ZIPS.lock:
            archive = _MEDIA_ZIPS.get(zip_path)
            try:
                info = archive.getinfo(member)
            except KeyError:
                raise MissingPath("no such media in the export", path=ref) from None
            if info.file_size > max_bytes:
                raise CorruptArchive(
                    f"media file is {info.file_size} bytes, over the {max_bytes}-byte limit",
                    path=ref,
                )
            with archive.open(info) as raw:
                capped = _CappedReader(raw, info.file_size, ref)  # type: ignore[arg-type]
                return _read_capped(capped, max_bytes, ref)
    except FileNotFoundError:
        raise MissingPath("the export holding this media is gone", path=zip_path) from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise CorruptArchive(
            f"the zip cannot be read ({type(exc).__name__})", path=zip_path
        ) from None


class _OpenZips:
    """A few zips kept open for media read-back: a big archive's directory is parsed once.

    A report reads dozens of thumbnails from one archive of tens of thousands of members;
    re-reading the central directory for each would cost seconds. Keyed by path, size and
    mtime, so a replaced archive is reopened; access is serialized by ``lock``.
    """

    def __init__(self, size: int = 4) -> None:
        self.lock = threading.Lock()
        self._size = size
        self._open: OrderedDict[tuple[str, int, int], zipfile.ZipFile] = OrderedDict()

    def get(self, path: str) -> zipfile.ZipFile:
        stat = os.stat(path)
        key = (path, stat.st_size, stat.st_mtime_ns)
        archive = self._open.pop(key, None)
        if archive is None:
            archive = zipfile.ZipFile(path)
        self._open[key] = archive
        while len(self._open) > self._size:
            _, oldest = self._open.popitem(last=False)
            oldest.close()
        return archive

    def clear(self) -> None:
        with self.lock:
            for archive in self._open.values():
                archive.close()
            self._open.clear()


_MEDIA_ZIPS = _OpenZips()


def _split_media_ref(ref: str) -> tuple[str | None, str]:
    """``(zip path, member)`` for a zip reference, ``(None, ref)`` for a plain file path.

    A folder path may itself contain ``::``, so a split only counts when its left side is an
    existing file (the zip).
    """
    start = 0
    while (at := ref.find(ZIP_MEMBER_SEPARATOR, start)) != -1:
        left = ref[:at]
        if os.path.isfile(left):
            return left, ref[at + len(ZIP_MEMBER_SEPARATOR) :]
        start = at + 1
    if not os.path.exists(ref) and ZIP_MEMBER_SEPARATOR in ref:
        raise MissingPath("the export holding this media is gone", path=ref.split("::")[0])
    return None, ref


def _read_file_capped(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CorruptArchive(
                f"media file is {size} bytes, over the {max_bytes}-byte limit", path=path
            )
        with path.open("rb") as stream:
            return _read_capped(stream, max_bytes, str(path))
    except FileNotFoundError:
        raise MissingPath("media file not found", path=path) from None
    except IsADirectoryError:
        raise MissingPath("media path is a folder, not a file", path=path) from None


def _read_capped(stream: BinaryIO | io.RawIOBase, max_bytes: int, label: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(min(1 << 20, max_bytes + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise CorruptArchive(f"media file is over the {max_bytes}-byte limit", path=label)
    return b"".join(chunks)
