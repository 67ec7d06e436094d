"""scanner.sources: one API over zips and folders, and every guard against a hostile archive."""

from __future__ import annotations

import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.errors import CorruptArchive, MissingPath, UnrecognizedExport
from scanner.sources import ExportSource, Limits, is_safe_member, open_media
from tests.builders import (
    FAKE_JPEG,
    Tweet,
    XMedia,
    build_x_archive,
    truncate_file,
    write_lying_zip,
    write_not_a_zip,
    write_zip_bomb,
    write_zip_slip,
    zip_folder,
)

WHEN = datetime(2023, 6, 1, 12, tzinfo=UTC)
SECRET = "Bed 4 MRN 4471923 fisherman from Killybegs"
TWEETS = [Tweet(SECRET, WHEN, media=(XMedia("board.jpg"),))]


@pytest.fixture(scope="module")
def archive_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_x_archive(tmp_path_factory.mktemp("x") / "archive", tweets=TWEETS)


@pytest.fixture(scope="module")
def layouts(archive_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("layouts")
    wrapped = tmp / "wrapped-folder"
    zip_folder(archive_folder, tmp / "w.zip", wrapper="twitter-2024-abc")
    with zipfile.ZipFile(tmp / "w.zip") as z:
        z.extractall(wrapped)  # our own, vetted archive: safe to extract in a test
    return {
        "zip": zip_folder(archive_folder, tmp / "plain.zip"),
        "zip with wrapper": tmp / "w.zip",
        "folder": archive_folder,
        "folder with wrapper": wrapped,
    }


LAYOUTS = ["zip", "zip with wrapper", "folder", "folder with wrapper"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_lists_the_same_members(layouts: dict[str, Path], layout: str) -> None:
    with ExportSource.open(layouts[layout]) as source:
        names = set(source.names())
    with ExportSource.open(layouts["folder"]) as reference:
        assert names == set(reference.names())
    assert "data/tweets.js" in names and "data/account.js" in names


@pytest.mark.parametrize("layout", LAYOUTS)
def test_find_matches_base_names(layouts: dict[str, Path], layout: str) -> None:
    with ExportSource.open(layouts[layout]) as source:
        assert source.find("tweets*.js") == ["data/tweets.js"]
        assert source.find("*.jpg", under="data/tweets_media") == [
            n for n in source.names() if n.endswith("-board.jpg")
        ]
        assert source.find("*.jpg", under="nowhere") == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_members_stream_their_bytes(layouts: dict[str, Path], layout: str) -> None:
    with ExportSource.open(layouts[layout]) as source:
        with source.open_member("data/tweets.js") as stream:
            head = stream.read(24)
        assert head.startswith(b"window.YTD.tweets.part0")
        assert source.member_size("data/account.js") > 0
        with pytest.raises(MissingPath, match="data/nope.js"):
            source.open_member("data/nope.js")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_media_refs_read_back(layouts: dict[str, Path], layout: str) -> None:
    with ExportSource.open(layouts[layout]) as source:
        (member,) = source.find("*-board.jpg")
        ref = source.media_ref(member)
    assert os.path.isabs(ref.split("::")[0])
    assert ("::" in ref) == layout.startswith("zip")
    assert open_media(ref, max_bytes=10_000) == FAKE_JPEG
    with pytest.raises(CorruptArchive, match="limit"):
        open_media(ref, max_bytes=10)


def test_open_media_when_the_export_is_gone(tmp_path: Path, archive_folder: Path) -> None:
    zipped = zip_folder(archive_folder, tmp_path / "gone.zip")
    with ExportSource.open(zipped) as source:
        ref = source.media_ref(source.find("*-board.jpg")[0])
    zipped.unlink()
    with pytest.raises(MissingPath):
        open_media(ref, max_bytes=10_000)
    with pytest.raises(MissingPath):
        open_media(str(tmp_path / "nothing.jpg"), max_bytes=10)


def test_open_media_refuses_escaping_members(tmp_path: Path, archive_folder: Path) -> None:
    zipped = zip_folder(archive_folder, tmp_path / "a.zip")
    with pytest.raises(CorruptArchive, match="outside"):
        open_media(f"{zipped}::../../etc/passwd", max_bytes=10_000)


def test_junk_and_escaping_symlinks_are_ignored(tmp_path: Path, archive_folder: Path) -> None:
    folder = tmp_path / "export"
    build_x_archive(folder, tweets=TWEETS)
    (folder / "__MACOSX").mkdir()
    (folder / "__MACOSX" / "._tweets.js").write_text("junk")
    (folder / ".DS_Store").write_text("junk")
    outside = tmp_path / "outside.txt"
    outside.write_text("not part of the export")
    os.symlink(outside, folder / "data" / "escape.js")
    with ExportSource.open(folder) as source:
        names = source.names()
    assert not any("__MACOSX" in n or ".DS_Store" in n or "escape" in n for n in names)


# fmt: off
@pytest.mark.parametrize("name, safe", [
    ("data/tweets.js", True), ("a/b/../c.js", False), ("../evil", False), ("/etc/passwd", False),
    ("C:/Windows/x", False), ("..\\..\\evil", False), ("", False), ("data/..hidden.js", True),
])
def test_member_paths_that_escape_are_unsafe(name: str, safe: bool) -> None:
    assert is_safe_member(name) is safe
# fmt: on


# -- bad inputs: the right error, naming the file, never the content ---------------------------


def _bad_missing(tmp: Path, folder: Path) -> Path:
    return tmp / "no-such-export.zip"


def _bad_not_zip(tmp: Path, folder: Path) -> Path:
    return write_not_a_zip(tmp / "archive.zip")


def _bad_truncated(tmp: Path, folder: Path) -> Path:
    return truncate_file(zip_folder(folder, tmp / "full.zip"), tmp / "truncated.zip", 0.6)


def _bad_slip(tmp: Path, folder: Path) -> Path:
    return write_zip_slip(tmp / "slip.zip")


def _bad_bomb(tmp: Path, folder: Path) -> Path:
    return write_zip_bomb(tmp / "bomb.zip", size=64 * 2**20)


def _bad_empty_folder(tmp: Path, folder: Path) -> Path:
    empty = tmp / "holiday-photos"
    empty.mkdir()
    (empty / "IMG_0001.jpg").write_bytes(FAKE_JPEG)
    return empty


# fmt: off
BAD = [
    ("missing path", _bad_missing, MissingPath, "no such file"),
    ("not a zip", _bad_not_zip, CorruptArchive, "not a zip"),
    ("truncated zip", _bad_truncated, CorruptArchive, "not a zip"),
    ("zip slip", _bad_slip, CorruptArchive, "zip slip"),
    ("zip bomb (ratio)", _bad_bomb, CorruptArchive, "zip bomb"),
    ("folder with nothing", _bad_empty_folder, UnrecognizedExport, "no export data"),
]
# fmt: on


@pytest.mark.parametrize("label, make, error, words", BAD, ids=[b[0] for b in BAD])
def test_bad_inputs_raise_one_clear_error(
    tmp_path: Path, archive_folder: Path, label: str, make, error: type, words: str
) -> None:
    path = make(tmp_path, archive_folder)
    with pytest.raises(error) as caught:
        ExportSource.open(path)
    message = str(caught.value)
    assert path.name in message and words in message
    assert SECRET not in message and "Killybegs" not in message
    assert not Path("/tmp/evil.sh").exists()


@pytest.mark.parametrize(
    "limits, words",
    [
        (Limits(max_member_bytes=1000), "limit for one file"),
        (Limits(max_total_bytes=2000), "uncompressed"),
        (Limits(max_members=3), "members"),
    ],
)
def test_stated_limits_are_enforced(
    tmp_path: Path, archive_folder: Path, limits: Limits, words: str
) -> None:
    zipped = zip_folder(archive_folder, tmp_path / "x.zip")
    with pytest.raises(CorruptArchive, match=words):
        ExportSource.open(zipped, limits)


def test_a_member_lying_about_its_size_is_caught_while_streaming(tmp_path: Path) -> None:
    content = b"window.YTD.tweets.part0 = [" + b" " * 5000 + b"]"
    zipped = write_lying_zip(tmp_path / "liar.zip", content, declared=100)
    with ExportSource.open(zipped) as source:
        with pytest.raises(CorruptArchive, match="liar.zip:data/tweets.js"):
            with source.open_member("data/tweets.js") as stream:
                while stream.read(1024):
                    pass


def test_a_folder_of_zips_says_to_pass_the_zip(tmp_path: Path, archive_folder: Path) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    zip_folder(archive_folder, downloads / "twitter-2024.zip")
    with pytest.raises(UnrecognizedExport, match="pass the export .zip itself"):
        ExportSource.open(downloads)


def test_open_media_sees_a_replaced_archive(tmp_path: Path) -> None:
    zipped = tmp_path / "m.zip"
    for payload in (b"first version", b"the second, longer version"):
        with zipfile.ZipFile(zipped, "w") as archive:
            archive.writestr("data/tweets_media/1-a.jpg", payload)
        assert open_media(f"{zipped}::data/tweets_media/1-a.jpg", max_bytes=100) == payload
