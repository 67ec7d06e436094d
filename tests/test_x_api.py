"""The X API v2 connector against a real loopback server speaking X's response shapes."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from scanner.connectors.base import Cursor, Page
from scanner.connectors.http import RetryPolicy
from scanner.connectors.x_api import XApi
from scanner.errors import AccessDenied, AuthExpired, RateLimited, UsageCapReached
from tests.fake_platforms import (
    FakePlatform,
    XWorld,
    serve_x,
    x_unauthorized_body,
    x_usage_cap_body,
)

T0 = 1_700_000_000.0
FAST = RetryPolicy(attempts=3, backoff=0.01, max_wait=5.0)


def make_world(n: int = 25) -> XWorld:
    world = XWorld(
        user={
            "id": "4242",
            "username": "drsynth",
            "name": "Dr Synth",
            "description": "EM doc. Views my own.",
        }
    )
    world.users["77"] = {"id": "77", "username": "jdoe_runs", "name": "Jo Doe"}
    world.users["88"] = {"id": "88", "username": "medpal", "name": "Med Pal"}
    for i in range(n):
        world.add_tweet(1000 + i, f"post number {i} &amp; more", T0 + i * 60)
    world.followers, world.following = ["77"], ["88"]
    return world


@pytest.fixture()
def world() -> XWorld:
    return make_world()


@pytest.fixture()
def server(world: XWorld) -> Iterator[FakePlatform]:
    fake = serve_x(world)
    yield fake
    fake.stop()


def connector(server: FakePlatform, **kw: object) -> XApi:
    return XApi(
        "drsynth",
        bearer_token="secret-bearer",
        base_url=server.url,
        policy=FAST,
        page_size=10,
        **kw,
    )  # type: ignore[arg-type]


def all_posts(pages: list[Page]) -> list[str]:
    return [p.id for page in pages for p in page.posts]


def test_fetches_every_post_newest_first_and_ends_with_the_newest_cursor(server) -> None:
    api = connector(server)
    pages = list(api.iter_pages(None))
    ids = all_posts(pages)
    assert ids == [str(1000 + i) for i in reversed(range(25))]
    assert json.loads(pages[-1].cursor.value) == {"since": "1024"}
    assert api.requests_made == 1 + 3  # user lookup + three timeline pages
    assert server.requests_to("/tweets")[0].headers["authorization"] == "Bearer secret-bearer"


def test_parses_replies_mentions_media_note_tweets_and_reach(world: XWorld, server) -> None:
    world.media["3_1"] = {"media_key": "3_1", "type": "photo", "url": "https://pbs.twimg.com/x.jpg"}
    world.add_tweet(
        2000,
        "@jdoe_runs glad the cast came off https://t.co/abc",
        T0 + 9999,
        in_reply_to_user_id="77",
        referenced_tweets=[{"type": "replied_to", "id": "555"}],
        entities={
            "mentions": [{"start": 0, "end": 10, "username": "jdoe_runs", "id": "77"}],
            "urls": [
                {
                    "start": 35,
                    "end": 58,
                    "url": "https://t.co/abc",
                    "expanded_url": "https://example.org/cast",
                }
            ],
        },
        attachments={"media_keys": ["3_1"]},
        public_metrics={"retweet_count": 2, "reply_count": 1, "like_count": 7, "quote_count": 0},
        note_tweet={
            "text": "@jdoe_runs glad the cast came off https://t.co/abc and the long rest",
            "entities": {
                "urls": [{"url": "https://t.co/abc", "expanded_url": "https://example.org/cast"}]
            },
        },
    )
    post = next(
        p for page in connector(server).iter_pages(None) for p in page.posts if p.id == "2000"
    )
    assert post.kind == "reply" and post.reply_to == "jdoe_runs" and post.reply_to_user_id == "77"
    assert post.text.endswith("https://example.org/cast and the long rest")
    assert post.mentions == ("jdoe_runs",) and post.mention_ids == ("77",)
    assert post.media[0].url == "https://pbs.twimg.com/x.jpg" and post.reach == 10
    assert post.url == "https://x.com/drsynth/status/2000"


def test_entities_are_unescaped_and_retweets_are_reposts(world: XWorld, server) -> None:
    world.add_tweet(3000, "original text that is long", T0 - 10)
    world.add_tweet(
        3001,
        "RT @medpal: original text th…",
        T0 + 99999,
        referenced_tweets=[{"type": "retweeted", "id": "3000"}],
    )
    posts = {p.id: p for page in connector(server).iter_pages(None) for p in page.posts}
    assert posts["1000"].text == "post number 0 & more"
    assert posts["3001"].kind == "repost"
    assert posts["3001"].text == "RT @medpal: original text that is long"


def test_incremental_run_fetches_only_newer_posts(world: XWorld, server) -> None:
    api = connector(server)
    first = list(api.iter_pages(None))
    world.add_tweet(5000, "a new one", T0 + 10**6)
    second = list(connector(server).iter_pages(first[-1].cursor))
    assert all_posts(second) == ["5000"]
    assert server.requests_to("/tweets")[-1].query["since_id"] == "1024"


def test_a_run_killed_mid_pagination_resumes_without_gaps(world: XWorld, server) -> None:
    stored: dict[str, str] = {}
    cursor: Cursor | None = None
    for page in connector(server).iter_pages(None):  # "crash" after the first page
        stored.update({p.id: p.text for p in page.posts})
        cursor = page.cursor
        break
    world.add_tweet(6000, "posted between the runs", T0 + 10**6)
    for page in connector(server).iter_pages(cursor):
        stored.update({p.id: p.text for p in page.posts})
        cursor = page.cursor
    assert set(stored) == {str(1000 + i) for i in range(25)}  # the owed remainder, no gap
    for page in connector(server).iter_pages(cursor):
        stored.update({p.id: p.text for p in page.posts})
    assert "6000" in stored


def test_waits_out_a_rate_limit_until_reset(server) -> None:
    reset = str(int(time.time()) + 1)
    server.fail(
        "/tweets",
        429,
        {"title": "Too Many Requests", "detail": "Too Many Requests"},
        {"x-rate-limit-reset": reset, "x-rate-limit-remaining": "0"},
    )
    ids = all_posts(list(connector(server).iter_pages(None)))
    assert len(ids) == 25 and time.time() >= int(reset)


def test_a_rate_limit_beyond_the_bound_is_reported_not_waited(server) -> None:
    server.fail(
        "/tweets",
        429,
        {"title": "Too Many Requests"},
        {"x-rate-limit-reset": str(int(time.time()) + 3600)},
    )
    with pytest.raises(RateLimited) as caught:
        list(connector(server).iter_pages(None))
    assert "@drsynth" in str(caught.value)


def test_usage_cap_stops_at_once(server) -> None:
    server.fail("/tweets", 429, x_usage_cap_body(), times=5)
    with pytest.raises(UsageCapReached, match="waiting will not help"):
        list(connector(server).iter_pages(None))
    assert len(server.requests_to("/tweets")) == 1


def test_server_errors_are_retried_with_backoff(server) -> None:
    server.fail("/tweets", 503, {"title": "Service Unavailable"}, times=2)
    assert len(all_posts(list(connector(server).iter_pages(None)))) == 25


def test_expired_token_is_one_clear_error_without_the_token(server) -> None:
    server.fail("/2/users/by/username", 401, x_unauthorized_body())
    with pytest.raises(AuthExpired) as caught:
        connector(server).account()
    assert "X_BEARER_TOKEN" in str(caught.value) and "secret-bearer" not in str(caught.value)


def test_followers_and_following_when_the_tier_allows(server) -> None:
    links = list(connector(server).iter_links())
    assert {(link.relation, link.other.handle) for link in links} == {
        ("follower", "jdoe_runs"),
        ("following", "medpal"),
    }


def test_followers_refused_by_the_tier_become_a_note(world: XWorld, server) -> None:
    world.relations_forbidden = True
    api = connector(server)
    assert list(api.iter_links()) == []
    assert any("follower.js" in note for note in api.notes)
    with pytest.raises(AccessDenied):
        api.call(api.client.get_users_followers, "4242")


def test_user_lookup_turns_archive_ids_into_handles(server) -> None:
    people = list(connector(server).lookup_users(["77", "88", "999"]))
    assert {p.handle for p in people} == {"jdoe_runs", "medpal"}


def test_missing_token_names_the_variable(monkeypatch) -> None:
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.setenv("SCRUBS_NO_KEYRING", "1")
    with pytest.raises(AuthExpired, match="X_BEARER_TOKEN"):
        XApi("drsynth")
