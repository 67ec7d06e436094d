"""Logs carry ids and counts, never content: the redaction backstop and a whole-scan check."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scanner.cli import get_app
from scanner.logs import redact, setup_logging
from scanner.results import read_results
from tests import builders


# fmt: off
@pytest.mark.parametrize("text, expected", [
    # masked
    ("from jo.bloggs+x@example.ie today", "from <email> today"),
    ("ring +353 87 123 4567", "ring <phone>"),
    ("ring 087-123-4567 or (01) 234 5678", "ring <phone> or <phone>"),
    ("reply to @maeve_c", "reply to @<handle>"),
    ('text was "the patient in bed four was"', 'text was "<text>"'),
    ("text was “a curly quoted sentence of words”", 'text was "<text>"'),
    # kept: ids, counts, dates, short quotes, paths
    ("post 1737061460997046575 stored", "post 1737061460997046575 stored"),
    ("run 12: 381 posts, 80 links", "run 12: 381 posts, 80 links"),
    ("created 2024-03-01T12:00:00Z", "created 2024-03-01T12:00:00Z"),
    ('reason "no full_text"', 'reason "no full_text"'),
    ("/tmp/x/data/tweets-part1.js", "/tmp/x/data/tweets-part1.js"),
])
# fmt: on
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_the_handler_redacts_messages_and_arguments() -> None:
    stream = io.StringIO()
    handler = setup_logging(stream=stream)
    try:
        logging.getLogger("scanner.test").warning("reply to %s at %s", "@someone", "a@b.ie")
        logging.getLogger("scanner.test").info("not shown without -v")
    finally:
        logging.getLogger().removeHandler(handler)
    assert stream.getvalue() == "scrubs: warning: reply to @<handle> at <email>\n"


def test_exception_messages_are_dropped_from_logged_tracebacks() -> None:
    stream = io.StringIO()
    handler = setup_logging(verbose=True, stream=stream)
    try:
        patient = "Mrs " + "Synthetic Patient"
        try:
            raise ValueError(f"{patient}, bed 4")
        except ValueError:
            logging.getLogger("scanner.test").exception("failed on post %s", "123")
    finally:
        logging.getLogger().removeHandler(handler)
        setup_logging()
    assert "ValueError" in stream.getvalue() and "Synthetic" not in stream.getvalue()


def test_a_whole_scan_logs_no_post_text_and_no_roster_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    demo = builders.demo(tmp_path / "demo")
    with caplog.at_level(logging.DEBUG):
        result = CliRunner().invoke(
            get_app(),
            ["-v", "scan", str(demo["x"]), str(demo["facebook"]), "--roster", str(demo["roster"]),
             "--json", str(tmp_path / "r.json"), "--db", str(tmp_path / "s.db")],
        )  # fmt: skip
    setup_logging()
    assert result.exit_code == 0, result.stderr
    logged = caplog.text + result.stderr
    assert "run " in logged  # the scan did log (ids and counts)
    texts = [p["text"] for p in read_results(tmp_path / "r.json")["posts"]]
    leaked = [t for t in texts if len(t) > 12 and t in logged]
    assert leaked == []
    roster = [row.split(",") for row in demo["roster"].read_text().splitlines()[1:]]
    private = [value for row in roster for value in (row[1], row[2], row[3], row[4]) if value]
    assert [value for value in private if value in logged] == []
