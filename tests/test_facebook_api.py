"""The Graph API connector (facebook-sdk) against a real loopback server with Graph shapes."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from scanner.connectors.facebook_api import GRAPH_VERSION, FacebookApi
from scanner.connectors.http import RetryPolicy
from scanner.errors import AccessDenied, AuthExpired, RateLimited
from tests.fake_platforms import FakePlatform, GraphWorld, graph_error, serve_graph

T0 = 1_700_000_000
FAST = RetryPolicy(attempts=3, backoff=0.01, max_wait=2.0)


def graph_time(epoch: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime(epoch))


def make_world(n: int = 12) -> GraphWorld:
    world = GraphWorld(me={"id": "1001", "name": "Síle Synth", "link": "https://facebook.com/1001"})
    for i in range(n):
        world.posts.append(
            {
                "id": f"1001_{i}",
                "created_time": graph_time(T0 + i * 3600),
                "message": f"shift {i} done \u00e2\u0080\u0094 tired"
                if i == 0
                else f"shift {i} done",
                "permalink_url": f"https://www.facebook.com/1001/posts/{i}",
                "privacy": {"value": "EVERYONE"},
                "reactions": {"data": [], "summary": {"total_count": 3}},
            }
        )
    world.posts[1]["attachments"] = {
        "data": [
            {
                "media_type": "photo",
                "media": {
                    "image": {
                        "src": "https://scontent.example/ward.jpg",
                        "height": 720,
                        "width": 960,
                    }
                },
            }
        ]
    }
    world.posts[2]["privacy"] = {"value": "ALL_FRIENDS"}
    world.page_posts["555"] = [
        {"id": "555_1", "created_time": graph_time(T0), "message": "Clinic closed Monday"}
    ]
    return world


@pytest.fixture()
def world() -> GraphWorld:
    return make_world()


@pytest.fixture()
def server(world: GraphWorld) -> Iterator[FakePlatform]:
    fake = serve_graph(world)
    yield fake
    fake.stop()


def connector(server: FakePlatform, target: str = "me", token: str = "good-token") -> FacebookApi:
    return FacebookApi(target, access_token=token, base_url=server.url, policy=FAST, page_size=5)


def test_reads_every_post_through_a_current_api_version(server) -> None:
    api = connector(server)
    pages = list(api.iter_pages(None))
    posts = [p for page in pages for p in page.posts]
    assert len(posts) == 12 and len({p.id for p in posts}) == 12
    assert all(r.path.startswith(f"/{GRAPH_VERSION}/") for r in server.log)
    assert GRAPH_VERSION not in {"v2.8", "v3.1"}
    assert json.loads(pages[-1].cursor.value) == {"since": T0 + 11 * 3600}


def test_parses_media_privacy_reach_and_repairs_text(server) -> None:
    posts = {p.id: p for page in connector(server).iter_pages(None) for p in page.posts}
    assert posts["1001_1"].media[0].url == "https://scontent.example/ward.jpg"
    assert posts["1001_2"].public is False and posts["1001_3"].public is True
    assert posts["1001_3"].reach == 3
    assert posts["1001_0"].url == "https://www.facebook.com/1001/posts/0"


def test_page_posts(server) -> None:
    api = connector(server, target="555")
    posts = [p for page in api.iter_pages(None) for p in page.posts]
    assert [p.id for p in posts] == ["555_1"] and api.account().display_name == "Example Clinic"


def test_killed_mid_feed_resumes_without_gaps(world: GraphWorld, server) -> None:
    stored, cursor = set(), None
    for page in connector(server).iter_pages(None):
        stored |= {p.id for p in page.posts}
        cursor = page.cursor
        break
    world.posts.append({"id": "1001_99", "created_time": graph_time(T0 + 10**6), "message": "new"})
    for page in connector(server).iter_pages(cursor):
        stored |= {p.id for p in page.posts}
        cursor = page.cursor
    assert stored == {f"1001_{i}" for i in range(12)}
    newer = [p.id for page in connector(server).iter_pages(cursor) for p in page.posts]
    assert newer == ["1001_99"]


@pytest.mark.parametrize(
    "code, subcode, error, words",
    [
        (190, 463, AuthExpired, "token expired"),
        (190, 460, AuthExpired, "password changed"),
        (10, None, AccessDenied, "permission"),
        (200, None, AccessDenied, "user_posts"),
    ],
)
def test_graph_errors_get_clear_messages(server, code, subcode, error, words) -> None:
    server.fail("/posts", 400, graph_error(code, "nope", subcode), times=5)
    with pytest.raises(error, match=words) as caught:
        list(connector(server).iter_pages(None))
    assert "good-token" not in str(caught.value)


def test_throttling_mid_feed_is_waited_out_and_resumed(server) -> None:
    server.fail("/posts", 400, graph_error(17, "User request limit reached"), times=1)
    posts = [p for page in connector(server).iter_pages(None) for p in page.posts]
    assert len({p.id for p in posts}) == 12


def test_persistent_throttling_is_reported(server) -> None:
    server.fail("/posts", 400, graph_error(4, "Application request limit reached"), times=10)
    with pytest.raises(RateLimited, match="throttling"):
        list(connector(server).iter_pages(None))


def test_an_expired_token_is_rejected_on_the_first_call(server) -> None:
    with pytest.raises(AuthExpired, match="FACEBOOK_ACCESS_TOKEN"):
        connector(server, token="stale").account()
