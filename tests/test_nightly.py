"""The nightly scan end to end: a loopback X API, a real SMTP server, a real webhook receiver.

New posts appear between runs; a run is "killed" between scoring and sending (the state a
crash leaves: scores and outbox committed, nothing sent); two runs start at once; the SMTP
server fails and recovers. Alerts must arrive exactly once and never carry post text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scanner.cli import get_app
from scanner.lock import RunLock
from scanner.nightly import run_nightly
from scanner.nightly_config import load_config
from scanner.outbox import AlertPolicy
from scanner.pipeline import ScanRequest, scan
from tests.fake_platforms import FakePlatform, XWorld, serve_x, x_unauthorized_body
from tests.mail import SmtpServer

T0 = 1_763_000_000
RISKY = [
    "@kay_runs glad the cast came off ok! see you back at fracture clinic on thursday",
    "absolutely hammered on call last night, sorry to whoever I admitted at 3am lol",
    "the 60yo fisherman from Killybegs we admitted after the trawler accident yesterday "
    "has died, his wife was by his side",
]
HARMLESS = [
    "Lovely run along the canal this morning",
    "Flu jabs are open for over 65s at your GP now",
    "Journal club today on the new sepsis guidance, great discussion",
]


def add_tweets(world: XWorld, start: int, texts: list[str]) -> None:
    for offset, text in enumerate(texts):
        world.add_tweet(start + offset, text, T0 + start + offset)


@pytest.fixture()
def world() -> XWorld:
    world = XWorld(
        user={
            "id": "4242",
            "username": "drsynth",
            "name": "Dr Synth",
            "description": "ED registrar",
        }
    )
    add_tweets(world, 1000, HARMLESS * 4 + RISKY[:2])
    return world


@pytest.fixture()
def x_server(world: XWorld, monkeypatch) -> Iterator[FakePlatform]:
    fake = serve_x(world)
    monkeypatch.setenv("SCRUBS_X_API_BASE", fake.url)
    monkeypatch.setenv("X_BEARER_TOKEN", "nightly-token")
    monkeypatch.setenv("SCRUBS_NO_KEYRING", "1")
    yield fake
    fake.stop()


@pytest.fixture()
def smtp(tmp_path) -> Iterator[SmtpServer]:
    with SmtpServer(tmp_path, starttls=False) as server:
        yield server


@pytest.fixture()
def hook() -> Iterator[FakePlatform]:
    receiver = FakePlatform()
    receiver.route("POST", "/hook", lambda r: (204, {}, b""))
    yield receiver.start()
    receiver.stop()


@pytest.fixture()
def config_path(tmp_path, smtp, hook) -> Path:
    path = tmp_path / "scrubs.toml"
    path.write_text(f"""
db = "{tmp_path}/state/scrubs.db"
report = "{tmp_path}/reports/latest.html"
[[accounts]]
x_user = "drsynth"
[alerts]
retry_attempts = 2
retry_backoff = 0.05
[alerts.email]
host = "127.0.0.1"
port = {smtp.port}
starttls = false
to = ["dr@example.org"]
[alerts.webhook]
url = "{hook.url}/hook"
""")
    return path


def risky_keys(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT p.platform || ':' || p.post_id FROM posts p JOIN verdicts v "
        "ON v.post_rowid = p.id WHERE v.action IN ('delete', 'review')"
    )
    return {row[0] for row in rows}


def alerted_keys(messages: list[Message]) -> list[str]:
    return [
        line.split("status/")[1]
        for m in messages
        for line in m.get_content().splitlines()
        if "x.com/drsynth/status/" in line
    ]


def test_first_night_alerts_risky_posts_once_without_text(
    config_path, x_server, smtp, hook
) -> None:
    config = load_config(config_path)
    result = run_nightly(config)
    assert result.exit_code == 0 and result.accounts[0]["status"] == "ok"
    assert result.accounts[0]["posts"] == 14 and result.accounts[0]["requests"] >= 2
    expected = {key.split(":")[1] for key in risky_keys(config.db)}
    assert expected, "the scorer should find at least one of the risky posts"
    (message,) = smtp.mailbox.messages
    assert sorted(alerted_keys([message])) == sorted(expected)
    body = message.get_content()
    for text in RISKY + HARMLESS:
        assert text[:25] not in body
    assert str(config.report) in body and config.report.exists()
    (delivery,) = hook.log
    payload = json.loads(delivery.body)
    assert {i["post_key"] for i in payload["items"]} == {f"x:{k}" for k in expected}
    assert delivery.headers["x-scrubs-delivery"].startswith("scrubs-")  # one delivery per channel
    assert message["Message-ID"].startswith("<scrubs-")
    again = run_nightly(config)  # nothing new: nothing sent
    assert (
        again.accounts[0]["posts"] == 0 and len(smtp.mailbox.messages) == 1 and len(hook.log) == 1
    )


def test_only_new_posts_alert_on_later_nights(config_path, world, x_server, smtp) -> None:
    config = load_config(config_path)
    run_nightly(config)
    before = risky_keys(config.db)
    add_tweets(world, 5000, [RISKY[2], HARMLESS[0] + " again"])
    result = run_nightly(config)
    assert result.accounts[0]["posts"] == 2
    assert x_server.requests_to("/tweets")[-1].query["since_id"] == "1013"
    new_risky = risky_keys(config.db) - before
    assert len(smtp.mailbox.messages) == 2
    assert alerted_keys(smtp.mailbox.messages[1:]) == [k.split(":")[1] for k in new_risky]


def test_a_run_killed_between_scoring_and_sending_sends_exactly_the_missed_alert(
    config_path, x_server, smtp
) -> None:
    config = load_config(config_path)
    from scanner.connectors.x_api import XApi

    # What a crash after scoring leaves: verdicts and their outbox items committed, nothing sent.
    scan(
        ScanRequest(
            live=(XApi("drsynth"),),
            db_path=config.db,
            keep_going=True,
            alert_policy=AlertPolicy(config.alert_actions, config.min_risk),
        )
    )
    assert smtp.mailbox.messages == []
    result = run_nightly(config)
    assert result.accounts[0]["posts"] == 0  # nothing new to fetch
    (message,) = smtp.mailbox.messages
    assert sorted(alerted_keys([message])) == sorted(k.split(":")[1] for k in risky_keys(config.db))
    run_nightly(config)
    assert len(smtp.mailbox.messages) == 1


def test_a_second_run_started_meanwhile_exits_at_once(config_path, x_server, smtp) -> None:
    config = load_config(config_path)
    with RunLock(config.db.with_name(config.db.name + ".lock")):
        outcome = CliRunner().invoke(get_app(), ["nightly", "--config", str(config_path)])
    assert outcome.exit_code == 0
    assert "another scrubs run is in progress" in outcome.output
    assert smtp.mailbox.messages == [] and x_server.requests_to("/tweets") == []


def test_a_failing_smtp_server_keeps_the_alert_and_the_next_run_sends_it(
    config_path, x_server, smtp, hook
) -> None:
    config = load_config(config_path)
    smtp.mailbox.refuse = 2  # both attempts of this run fail
    first = run_nightly(config)
    assert first.exit_code == 3 and smtp.mailbox.messages == []
    email = next(d for d in first.deliveries if d.channel == "email")
    assert email.failed == 1 and "retried next run" in email.errors[0]
    assert len(hook.log) == 1  # the webhook channel is independent
    second = run_nightly(config)
    assert second.exit_code == 0
    (message,) = smtp.mailbox.messages
    assert alerted_keys([message]) and len(hook.log) == 1


def test_a_failing_account_does_not_stop_the_others(tmp_path, config_path, x_server, smtp) -> None:
    from tests.builders import demo

    exports = tmp_path / "exports"
    exports.mkdir()
    demo(tmp_path / "demo")
    (tmp_path / "demo" / "x-archive.zip").rename(exports / "x-archive.zip")
    config_path.write_text(
        config_path.read_text().replace(
            '[[accounts]]\nx_user = "drsynth"',
            f'[[accounts]]\nx_user = "drsynth"\n[[accounts]]\nexport_folder = "{exports}"',
        )
    )
    x_server.fail("/2/users/by/username", 401, x_unauthorized_body())
    outcome = CliRunner().invoke(get_app(), ["nightly", "--config", str(config_path)])
    assert outcome.exit_code == 3, outcome.output
    assert "x_user=drsynth: failed" in outcome.output and "X_BEARER_TOKEN" in outcome.output
    assert f"export_folder={exports}: ok" in outcome.output
    history = CliRunner().invoke(get_app(), ["history", "--db", str(tmp_path / "state/scrubs.db")])
    assert "x_user=drsynth: failed" in history.output
    again = CliRunner().invoke(get_app(), ["nightly", "--config", str(config_path)])
    assert f"export_folder={exports}: ok, 0 new" in again.output  # the export is not rescanned
