"""The Bluesky connector (atproto SDK) against a real loopback fake AppView."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from scanner.connectors.bluesky_api import BlueskyApi
from scanner.connectors.http import RetryPolicy
from scanner.errors import AccessDenied, RateLimited
from tests.fake_platforms import (
    BlueskyWorld,
    FakePlatform,
    bsky_post_view,
    bsky_profile,
    serve_bluesky,
)

T0 = 1_700_000_000
FAST = RetryPolicy(attempts=3, backoff=0.01, max_wait=3.0)
DID = "did:plc:synthdoc000000000000000"


@pytest.fixture()
def world() -> BlueskyWorld:
    world = BlueskyWorld(
        profile={
            **bsky_profile(DID, "drsynth.bsky.social", "Dr Synth"),
            "description": "GP. Not medical advice.",
        }
    )
    for i in range(11):
        world.add_post(f"3k{i:03d}", f"clinic day {i}", T0 + i * 60)
    other = bsky_profile("did:plc:patient0000000000000000", "kay.bsky.social", "Kay")
    parent = bsky_post_view(
        "at://did:plc:patient0000000000000000/app.bsky.feed.post/3zz",
        other,
        {
            "$type": "app.bsky.feed.post",
            "text": "thanks doc",
            "createdAt": "2023-11-14T22:00:00.000Z",
        },
        T0,
    )
    world.add_post("3r001", "glad the cast came off ok!", T0 + 5000, reply_to=parent)
    world.add_post("", "", T0 + 6000, repost_of=parent)
    world.followers = [other] + [
        bsky_profile(f"did:plc:f{i:023d}", f"f{i}.bsky.social") for i in range(120)
    ]
    world.follows = [bsky_profile("did:plc:colleague000000000000000", "colleague.bsky.social")]
    return world


@pytest.fixture()
def server(world: BlueskyWorld) -> Iterator[FakePlatform]:
    fake = serve_bluesky(world)
    yield fake
    fake.stop()


def connector(server: FakePlatform) -> BlueskyApi:
    return BlueskyApi("drsynth.bsky.social", base_url=server.url, policy=FAST, page_size=5)


def test_reads_posts_replies_and_reposts(server) -> None:
    posts = [p for page in connector(server).iter_pages(None) for p in page.posts]
    assert len(posts) == 13
    kinds = {p.text: p.kind for p in posts}
    assert kinds["glad the cast came off ok!"] == "reply" and kinds["thanks doc"] == "repost"
    reply = next(p for p in posts if p.kind == "reply")
    assert reply.reply_to == "kay.bsky.social"
    assert reply.url == "https://bsky.app/profile/drsynth.bsky.social/post/3r001"


def test_incremental_and_resumable(world, server) -> None:
    pages = iter(connector(server).iter_pages(None))
    first = next(pages)  # crash after one page
    stored = {p.id for p in first.posts}
    cursor = first.cursor
    for page in connector(server).iter_pages(cursor):
        stored |= {p.id for p in page.posts}
        cursor = page.cursor
    assert len(stored) == 13
    world.add_post("3n999", "new today", T0 + 10**5)
    newer = [p.text for page in connector(server).iter_pages(cursor) for p in page.posts]
    assert newer == ["new today"]
    assert "since" in json.loads(cursor.value)


def test_followers_and_follows(server) -> None:
    links = list(connector(server).iter_links())
    assert sum(link.relation == "follower" for link in links) == 121
    assert links[0].other.handle == "kay.bsky.social"


def test_rate_limit_waits_for_reset(server) -> None:
    server.fail(
        "getAuthorFeed",
        429,
        {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
        {"ratelimit-reset": str(int(time.time()) + 1), "ratelimit-remaining": "0"},
    )
    assert len([p for page in connector(server).iter_pages(None) for p in page.posts]) == 13


def test_persistent_rate_limit_reported(server) -> None:
    server.fail("getAuthorFeed", 429, {"error": "RateLimitExceeded"}, times=10)
    with pytest.raises(RateLimited, match="drsynth"):
        list(connector(server).iter_pages(None))


def test_unknown_account(server) -> None:
    server.fail("getProfile", 400, {"error": "InvalidRequest", "message": "Profile not found"})
    with pytest.raises(AccessDenied, match="unknown or deactivated"):
        connector(server).account()
