"""``scrubs scan`` with live sources, through the real CLI against loopback platform fakes.

Checks what only shows end to end: requests reported, archive and API copies merged, follower
ids from the archive turned into handles (and matched to the roster), and a run that dies
mid-pagination resumed by the next with no gap and no duplicate.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from scanner.cli import get_app
from tests.builders import Tweet, XAccount, build_x_archive
from tests.fake_platforms import FakePlatform, XWorld, serve_x, x_time, x_unauthorized_body

ACCOUNT = XAccount(handle="drsynth", user_id="4242", display_name="Dr Synth")
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
TEXTS = [
    "Lovely run along the canal",
    "Flu jabs open for over 65s",
    "Journal club on sepsis",
    "Night shift done, proud of the team",
    "New rota is out, send coffee",
]


def archive_tweets(count: int) -> list[Tweet]:
    return [
        Tweet(TEXTS[i % len(TEXTS)] + f" #{i}", START + timedelta(hours=i)).with_id(i)
        for i in range(count)
    ]


def world_from(tweets: list[Tweet]) -> XWorld:
    world = XWorld(
        user={
            "id": ACCOUNT.user_id,
            "username": ACCOUNT.handle,
            "name": ACCOUNT.display_name,
            "description": ACCOUNT.bio,
        }
    )
    for tweet in tweets:
        world.tweets.append(
            {
                "id": tweet.id,
                "text": tweet.text,
                "created_at": x_time(tweet.created_at.timestamp()),
                "author_id": ACCOUNT.user_id,
                "conversation_id": tweet.id,
                "entities": {},
                "public_metrics": {
                    "like_count": 1,
                    "retweet_count": 0,
                    "reply_count": 0,
                    "quote_count": 0,
                },
            }
        )
    return world


@pytest.fixture()
def env(monkeypatch) -> None:
    monkeypatch.setenv("X_BEARER_TOKEN", "live-token")
    monkeypatch.setenv("SCRUBS_NO_KEYRING", "1")


def serve(world: XWorld, monkeypatch) -> FakePlatform:
    fake = serve_x(world)
    monkeypatch.setenv("SCRUBS_X_API_BASE", fake.url)
    return fake


def run(*args: str):
    return CliRunner().invoke(get_app(), ["scan", *args])


@pytest.fixture()
def fake(monkeypatch, env) -> Iterator[tuple[FakePlatform, XWorld]]:
    world = world_from(archive_tweets(30))
    server = serve(world, monkeypatch)
    yield server, world
    server.stop()


def test_live_only_scan_reports_requests_and_writes_every_post(tmp_path, fake) -> None:
    outcome = run(
        "--x-user", "drsynth", "--db", str(tmp_path / "s.db"), "--json", str(tmp_path / "r.json")
    )
    assert outcome.exit_code == 0, outcome.output
    # user lookup, one page of 30, followers, following
    assert "x.api @drsynth: 4 API request(s)" in outcome.output
    results = json.loads((tmp_path / "r.json").read_text())
    assert len(results["posts"]) == 30 and "live-token" not in outcome.output


def test_archive_and_api_copies_of_a_post_merge(tmp_path, fake) -> None:
    server, world = fake
    tweets = archive_tweets(30)
    build_x_archive(tmp_path / "x.zip", account=ACCOUNT, tweets=tweets[:20])
    db = tmp_path / "s.db"
    outcome = run(
        str(tmp_path / "x.zip"),
        "--x-user",
        "drsynth",
        "--db",
        str(db),
        "--json",
        str(tmp_path / "r.json"),
    )
    assert outcome.exit_code == 0, outcome.output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 30
    seen = dict(conn.execute("SELECT seen_in, count(*) FROM posts GROUP BY seen_in").fetchall())
    assert seen == {"archive,api": 20, "api": 10}


def test_archive_follower_ids_become_handles_and_match_the_roster(tmp_path, fake) -> None:
    server, world = fake
    world.users.update(
        {
            "901": {"id": "901", "username": "kay_runs", "name": "Kay Brennan"},
            "902": {"id": "902", "username": "medpal", "name": "Med Pal"},
        }
    )
    build_x_archive(
        tmp_path / "x.zip", account=ACCOUNT, tweets=archive_tweets(3), followers=["901", "902"]
    )
    roster = tmp_path / "roster.csv"
    roster.write_text("patient_ref,name,x_handle\nP-17,Katherine Brennan,kay_runs\n")
    outcome = run(
        str(tmp_path / "x.zip"),
        "--x-user",
        "drsynth",
        "--roster",
        str(roster),
        "--db",
        str(tmp_path / "s.db"),
        "--json",
        str(tmp_path / "r.json"),
    )
    assert outcome.exit_code == 0, outcome.output
    links = json.loads((tmp_path / "r.json").read_text())["links"]
    kay = next(link for link in links if link["other"]["id"] == "901")
    assert kay["other"]["handle"] == "kay_runs" and kay["patient_match"]["patient_ref"] == "P-17"
    assert "x_handle" in kay["patient_match"]["matched_on"]
    assert server.requests_to("/2/users$")[0].query["ids"] in {"901,902", "902,901"}
    world.users.pop("902")  # gone from the platform: looked up once, not every run
    build_x_archive(
        tmp_path / "x2.zip",
        account=ACCOUNT,
        tweets=archive_tweets(3),
        followers=["901", "902", "903"],
    )
    again = run(str(tmp_path / "x2.zip"), "--x-user", "drsynth", "--db", str(tmp_path / "s.db"))
    assert again.exit_code == 0, again.output
    assert server.requests_to("/2/users$")[-1].query["ids"] == "903"


def test_a_run_dying_mid_pagination_is_resumed_without_gap_or_duplicate(
    tmp_path, monkeypatch, env
) -> None:
    world = world_from(archive_tweets(250))  # three pages of 100
    server = serve(world, monkeypatch)
    db = tmp_path / "s.db"
    try:
        state = {"calls": 0}
        original = server.routes[1]

        def dies_on_page_three(request):
            state["calls"] += 1
            if state["calls"] == 3:
                return 401, {}, x_unauthorized_body()
            return original[2](request)

        server.routes[1] = (original[0], original[1], dies_on_page_three)
        first = run("--x-user", "drsynth", "--db", str(db), "--json", str(tmp_path / "a.json"))
        assert first.exit_code == 2 and "X_BEARER_TOKEN" in first.output
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 200  # kept
        second = run("--x-user", "drsynth", "--db", str(db), "--json", str(tmp_path / "b.json"))
        assert second.exit_code == 0, second.output
        ids = [row[0] for row in conn.execute("SELECT post_id FROM posts")]
        assert len(ids) == len(set(ids)) == 250
        assert "until_id" in server.requests_to("/tweets")[-1].query  # the owed remainder
    finally:
        server.stop()
