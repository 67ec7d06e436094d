"""The Mastodon connector (Mastodon.py) against a real loopback fake instance."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from scanner.connectors.http import RetryPolicy
from scanner.connectors.mastodon_api import MastodonApi
from scanner.errors import AuthExpired, BadInput, RateLimited
from tests.fake_platforms import (
    FakePlatform,
    MastodonWorld,
    mastodon_account,
    serve_mastodon,
)

T0 = 1_700_000_000
FAST = RetryPolicy(attempts=3, backoff=0.01, max_wait=3.0)


@pytest.fixture()
def world() -> MastodonWorld:
    world = MastodonWorld(account=mastodon_account("109", "nurse_synth", "Nurse Synth"))
    for i in range(9):
        world.add_status(110_000 + i, f"<p>night {i} on the ward &amp; tired</p>", T0 + i * 60)
    patient = mastodon_account("501", "kay@other.example", "Kay")
    world.add_status(
        120_000,
        '<p><span class="h-card"><a href="https://other.example/@kay">@<span>kay</span>'
        "</a></span> glad the stitches are out!<br>see you at clinic</p>",
        T0 + 999,
        in_reply_to_id="119999",
        in_reply_to_account_id="501",
        mentions=[
            {
                "id": "501",
                "username": "kay",
                "acct": "kay@other.example",
                "url": "https://other.example/@kay",
            }
        ],
        media_attachments=[
            {
                "id": "1",
                "type": "image",
                "url": "https://files.example/a.png",
                "preview_url": "https://files.example/a_s.png",
                "description": "ward board",
            }
        ],
        visibility="unlisted",
        favourites_count=4,
    )
    world.followers = [patient] + [mastodon_account(str(600 + i), f"f{i}") for i in range(90)]
    world.following = [mastodon_account("700", "colleague")]
    return world


@pytest.fixture()
def server(world: MastodonWorld) -> Iterator[FakePlatform]:
    fake = serve_mastodon(world)
    yield fake
    fake.stop()


def connector(server: FakePlatform) -> MastodonApi:
    return MastodonApi(
        "@nurse_synth@med.example",
        access_token="tok",
        base_url=server.url,
        policy=FAST,
        page_size=4,
    )


def test_walks_statuses_oldest_to_newest_with_a_cursor_per_page(server) -> None:
    pages = list(connector(server).iter_pages(None))
    ids = [p.id for page in pages for p in page.posts]
    assert sorted(ids) == sorted({str(110_000 + i) for i in range(9)} | {"120000"})
    assert [page.cursor.value for page in pages][-1] == '{"min_id": "120000"}'
    assert all(len(page.posts) <= 4 for page in pages)


def test_html_content_becomes_text_and_replies_are_parsed(server) -> None:
    posts = {p.id: p for page in connector(server).iter_pages(None) for p in page.posts}
    reply = posts["120000"]
    assert reply.text == "@kay glad the stitches are out!\nsee you at clinic"
    assert reply.kind == "reply" and reply.reply_to == "kay@other.example"
    assert reply.mentions == ("kay@other.example",) and reply.media[0].alt_text == "ward board"
    assert reply.public and reply.reach == 4
    assert posts["110000"].text == "night 0 on the ward & tired"


def test_a_killed_run_resumes_after_the_last_stored_page(world, server) -> None:
    first = next(iter(connector(server).iter_pages(None)))
    world.add_status(130_000, "<p>later</p>", T0 + 5000)
    rest = [p.id for page in connector(server).iter_pages(first.cursor) for p in page.posts]
    got = {p.id for p in first.posts} | set(rest)
    assert len(rest) == len(set(rest)) and not ({p.id for p in first.posts} & set(rest))
    assert got == {str(110_000 + i) for i in range(9)} | {"120000", "130000"}


def test_followers_follow_link_headers(server) -> None:
    links = list(connector(server).iter_links())
    followers = [link for link in links if link.relation == "follower"]
    assert len(followers) == 91 and followers[0].other.handle == "kay@other.example"
    assert [link.other.handle for link in links if link.relation == "following"] == ["colleague"]


def test_rate_limit_is_waited_out(server) -> None:
    reset = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() + 1))
    server.fail(
        "/statuses",
        429,
        {"error": "Too many requests"},
        {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
    )
    assert len([p for page in connector(server).iter_pages(None) for p in page.posts]) == 10


def test_persistent_rate_limit_is_reported(server) -> None:
    server.fail("/statuses", 429, {"error": "Too many requests"}, times=10)
    with pytest.raises(RateLimited, match="nurse_synth@med.example"):
        list(connector(server).iter_pages(None))


def test_revoked_token(server) -> None:
    server.fail("/lookup", 401, {"error": "The access token was revoked"})
    with pytest.raises(AuthExpired, match="MASTODON_ACCESS_TOKEN"):
        connector(server).account()


def test_handle_must_name_the_instance() -> None:
    with pytest.raises(BadInput, match="user@instance"):
        MastodonApi("nurse_synth")
