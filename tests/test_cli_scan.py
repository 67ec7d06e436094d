"""``scrubs scan`` as users run it: CliRunner in-process, and one real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scanner.cli import get_app
from scanner.results import read_results
from tests import builders
from tests.builders import UTC, FbPost, Tweet, build_facebook_export, build_x_archive

REPO = Path(__file__).resolve().parents[1]
SCRUBS = REPO / ".venv" / "bin" / "scrubs"
T0 = datetime(2023, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return builders.demo(tmp_path_factory.mktemp("demo"))


def small_archive(path: Path) -> Path:
    return build_x_archive(path, tweets=[Tweet(f"synthetic post {i}", T0) for i in range(3)])


def invoke(*args: str | Path):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(get_app(), [str(a) for a in args])


def test_scan_writes_json_report_and_csv(tmp_path: Path, demo: dict[str, Path]) -> None:
    result = invoke("scan", demo["x"], demo["facebook"], "--roster", demo["roster"],
                    "--json", tmp_path / "r.json", "--report", tmp_path / "r.html",
                    "--csv", tmp_path / "r.csv", "--db", tmp_path / "s.db")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    document = read_results(tmp_path / "r.json")
    assert document["posts"][0]["action"] == "delete"
    assert "Scanned" in result.stdout and "look like patients" in result.stdout
    assert (
        (tmp_path / "r.html")
        .read_text(encoding="utf-8")
        .lstrip()
        .lower()
        .startswith("<!doctype html")
    )
    assert (tmp_path / "r.csv").stat().st_size > 0
    written = {p.name for p in tmp_path.iterdir()}
    assert (
        {"r.csv", "r.html", "r.json", "s.db"}
        <= written
        <= {"r.csv", "r.html", "r.json", "s.db", "s.db-wal", "s.db-shm"}
    )


def test_without_outputs_it_writes_report_html_here_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = small_archive(tmp_path / "x.zip")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = invoke("scan", archive)
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in work.iterdir()] == ["report.html"]
    assert f"Wrote {work / 'report.html'}" in result.stdout


def fb_html(path: Path) -> Path:
    return build_facebook_export(path, posts=[FbPost("x", T0)], fmt="html")


def bad_roster(d: Path) -> Path:
    path = d / "roster.csv"
    path.write_text("patient_ref,dob\nP1,1980-01-01\n")
    return path


# (name, how to make the bad input, extra args): each must exit 2 with one line naming the file.
BAD = [
    ("missing path", lambda d: d / "missing.zip", ()),
    ("not a zip", lambda d: builders.write_not_a_zip(d / "export.zip"), ()),
    ("zip slip", lambda d: builders.write_zip_slip(d / "slip.zip"), ()),
    ("zip bomb", lambda d: builders.write_zip_bomb(d / "bomb.zip", size=64 * 2**20), ()),
    ("no export here", lambda d: (d / "photos").mkdir() or d / "photos", ()),
    ("facebook html", lambda d: fb_html(d / "fb"), ()),
    ("invalid tweets.js", lambda d: builders.write_invalid_tweets_js(d / "x"), ()),
    ("roster without name", lambda d: small_archive(d / "x.zip"), ("--roster", "ROSTER")),
    ("db is a folder", lambda d: small_archive(d / "x.zip"), ("--db", "DBDIR")),
]  # fmt: skip


@pytest.mark.parametrize("name, make, extra", BAD, ids=[b[0] for b in BAD])
def test_bad_input_exits_2_with_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
    make: Callable[[Path], Path], extra: tuple[str, ...],
) -> None:  # fmt: skip
    inputs = tmp_path / "in"
    inputs.mkdir()
    bad = make(inputs)
    named = {"ROSTER": bad_roster(inputs), "DBDIR": inputs}
    args = [named.get(a, a) for a in extra]
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = invoke("scan", bad, *args, "--json", work / "results.json")
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    culprit = {"roster without name": "roster.csv", "db is a folder": "in"}.get(name, bad.name)
    assert len(lines) == 1 and lines[0].startswith("scrubs: ") and culprit in lines[0], lines
    assert "Traceback" not in result.output
    assert list(work.iterdir()) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["scan"], "nothing to scan"),
        (["scan", "x.zip", "--no-such-option"], "No such option"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2 and message in result.stderr


def test_help_lists_every_option() -> None:
    result = invoke("scan", "--help")
    assert result.exit_code == 0
    for option in ("--roster", "--json", "--report", "--csv", "--db", "--verbose"):
        assert option in result.stdout


@pytest.mark.skipif(not SCRUBS.exists(), reason="needs the console script in .venv (make setup)")
def test_the_installed_console_script_scans(tmp_path: Path, demo: dict[str, Path]) -> None:
    env = {**os.environ, "SCRUBS_DATA_DIR": str(tmp_path / "data"), "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [SCRUBS, "scan", demo["x"], demo["facebook"], "--roster", demo["roster"],
         "--json", tmp_path / "results.json", "--report", tmp_path / "report.html"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert document["schema"] == "scrubs.results/1" and document["posts"]
    assert (tmp_path / "data" / "scrubs.db").exists()
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not SCRUBS.exists(), reason="needs the console script in .venv (make setup)")
def test_the_console_script_exits_2_on_a_missing_path(tmp_path: Path) -> None:
    env = {**os.environ, "SCRUBS_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([SCRUBS, "scan", "nowhere.zip"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 2
    assert (
        done.stderr.strip().splitlines() == [done.stderr.strip()] and "nowhere.zip" in done.stderr
    )
    assert list(tmp_path.iterdir()) == []


def test_python_dash_m_scanner_is_the_same_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "scanner", "scan", "--help"], capture_output=True,
                          text=True, cwd=REPO, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0 and "--roster" in done.stdout
