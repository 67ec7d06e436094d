"""Real HTTP servers on loopback that speak the platforms' API response shapes.

Each fake is a ``ThreadingHTTPServer`` in a thread of the test process. It serves the shapes
the real APIs return (X API v2 ``data``/``includes``/``meta``, Graph API ``data``/``paging``,
Mastodon JSON with ``Link`` headers, Bluesky XRPC), paginates like them, and can be told to
fail the way they fail (rate-limit headers, usage caps, expired tokens, 5xx), so the SDKs and
our connectors run unchanged against them.
"""

from __future__ import annotations

import calendar
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

Reply = tuple[int, dict[str, str], Any]
Handler = Callable[["Request"], Reply]


@dataclass(frozen=True)
class Request:
    """What a fake saw: method, path, query (first value per key), headers, body."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body as JSON (or form data as a dict)."""
        if not self.body:
            return {}
        try:
            return json.loads(self.body)
        except ValueError:
            return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}


@dataclass
class Fault:
    """Answer the next ``times`` requests whose path matches ``path`` with this reply."""

    path: str
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1


class FakePlatform:
    """A loopback HTTP server with routes, scripted faults and a request log."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self.faults: list[Fault] = []
        self.log: list[Request] = []
        self._lock = threading.Lock()
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                fake._dispatch(self)

            do_GET = do_POST = do_DELETE = _serve  # noqa: N815

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:41234``."""
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakePlatform:
        """Serve in a daemon thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.server.shutdown()
        self.server.server_close()

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        """Serve ``handler`` for ``method`` on paths fully matching ``pattern``."""
        self.routes.append((method, re.compile(pattern), handler))

    def fail(
        self,
        path: str,
        status: int,
        body: Any,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Script the next ``times`` matching requests to fail with this reply."""
        self.faults.append(Fault(path, status, body, headers or {}, times))

    def requests_to(self, pattern: str) -> list[Request]:
        """Logged requests whose path matches ``pattern``."""
        return [r for r in self.log if re.search(pattern, r.path)]

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and re.search(fault.path, path):
                    fault.times -= 1
                    return fault
        return None

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        parsed = urlparse(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        request = Request(
            method=handler.command,
            path=parsed.path,
            query={k: v[0] for k, v in parse_qs(parsed.query).items()},
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=handler.rfile.read(length) if length else b"",
        )
        with self._lock:
            self.log.append(request)
        fault = self._take_fault(parsed.path)
        if fault:
            reply: Reply = (fault.status, fault.headers, fault.body)
        else:
            reply = (404, {}, {"error": "no route", "path": parsed.path})
            for method, pattern, route in self.routes:
                if method == request.method and pattern.fullmatch(parsed.path):
                    reply = route(request)
                    break
        status, headers, body = reply
        payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        handler.send_response(status)
        headers = {"Content-Type": "application/json; charset=utf-8", **headers}
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)


# ---- X API v2 ----------------------------------------------------------------------------


def x_time(epoch: float) -> str:
    """API v2 timestamp format."""
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(epoch))


@dataclass
class XWorld:
    """The data behind the fake X API: one user, their tweets, their followers/following."""

    user: dict[str, Any]
    tweets: list[dict[str, Any]] = field(default_factory=list)  # any order; served newest first
    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> user object
    media: dict[str, dict[str, Any]] = field(default_factory=dict)  # media_key -> media
    followers: list[str] = field(default_factory=list)
    following: list[str] = field(default_factory=list)
    relations_forbidden: bool = False

    def add_tweet(self, tweet_id: int, text: str, epoch: float, **extra: Any) -> dict[str, Any]:
        """Add one tweet with sensible v2 fields."""
        tweet = {
            "id": str(tweet_id),
            "text": text,
            "created_at": x_time(epoch),
            "author_id": self.user["id"],
            "conversation_id": str(extra.pop("conversation_id", tweet_id)),
            "public_metrics": {
                "retweet_count": 0,
                "reply_count": 0,
                "like_count": 0,
                "quote_count": 0,
            },
            "entities": {},
            **extra,
        }
        self.tweets.append(tweet)
        return tweet


def _x_includes(world: XWorld, tweets: list[dict[str, Any]]) -> dict[str, Any]:
    users, media, referenced = {}, [], []
    by_id = {t["id"]: t for t in world.tweets}
    for tweet in tweets:
        for uid in [tweet.get("in_reply_to_user_id")] + [
            m.get("id") for m in (tweet.get("entities") or {}).get("mentions", [])
        ]:
            if uid and uid in world.users:
                users[uid] = world.users[uid]
        for key in (tweet.get("attachments") or {}).get("media_keys", []):
            if key in world.media:
                media.append(world.media[key])
        for ref in tweet.get("referenced_tweets", []):
            if ref["id"] in by_id:
                referenced.append(by_id[ref["id"]])
    includes: dict[str, Any] = {}
    if users:
        includes["users"] = list(users.values())
    if media:
        includes["media"] = media
    if referenced:
        includes["tweets"] = referenced
    return includes


def _x_timeline(world: XWorld, request: Request) -> Reply:
    """``GET /2/users/:id/tweets``: newest first, since_id/until_id, pagination_token."""
    size = int(request.query.get("max_results", 10))
    if not 5 <= size <= 100:
        return (
            400,
            {},
            {"errors": [{"message": "max_results out of range"}], "title": "Invalid Request"},
        )
    tweets = sorted(world.tweets, key=lambda t: int(t["id"]), reverse=True)[:3200]
    if "since_id" in request.query:
        tweets = [t for t in tweets if int(t["id"]) > int(request.query["since_id"])]
    if "until_id" in request.query:
        tweets = [t for t in tweets if int(t["id"]) < int(request.query["until_id"])]
    offset = int(request.query.get("pagination_token", "0") or 0)
    page = tweets[offset : offset + size]
    meta: dict[str, Any] = {"result_count": len(page)}
    if page:
        meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
    if offset + size < len(tweets):
        meta["next_token"] = str(offset + size)
    body: dict[str, Any] = {"meta": meta}
    if page:
        body["data"] = page
        includes = _x_includes(world, page)
        if includes:
            body["includes"] = includes
    return 200, {"x-rate-limit-remaining": "899"}, body


def _x_relation(world: XWorld, ids: list[str], request: Request) -> Reply:
    if world.relations_forbidden:
        return (
            403,
            {},
            {
                "client_id": "101",
                "required_enrollment": "Appropriate Level of API Access",
                "registration_url": "https://developer.x.com/en/portal/product",
                "title": "Client Forbidden",
                "detail": "This request must be made using an approved "
                "developer account that is enrolled in the requested endpoint.",
                "reason": "client-not-enrolled",
                "type": "https://api.twitter.com/2/problems/client-forbidden",
            },
        )
    size = int(request.query.get("max_results", 100))
    offset = int(request.query.get("pagination_token", "0") or 0)
    page = ids[offset : offset + size]
    meta: dict[str, Any] = {"result_count": len(page)}
    if offset + size < len(ids):
        meta["next_token"] = str(offset + size)
    return 200, {}, {"data": [world.users[i] for i in page], "meta": meta}


def x_usage_cap_body() -> dict[str, Any]:
    """The body X sends with a 429 when the monthly usage cap is reached."""
    return {
        "title": "UsageCapExceeded",
        "detail": "Usage cap exceeded: Monthly product cap",
        "type": "https://api.twitter.com/2/problems/usage-capped",
        "period": "Monthly",
        "scope": "Product",
    }


def x_unauthorized_body() -> dict[str, Any]:
    """X's 401 body for an expired or revoked token."""
    return {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}


def serve_x(world: XWorld) -> FakePlatform:
    """A started fake of the X API v2 endpoints scrubs uses."""
    fake = FakePlatform()
    uid = world.user["id"]
    fake.route("GET", r"/2/users/by/username/[^/]+", lambda r: (200, {}, {"data": world.user}))
    fake.route("GET", rf"/2/users/{uid}/tweets", lambda r: _x_timeline(world, r))
    fake.route(
        "GET", rf"/2/users/{uid}/followers", lambda r: _x_relation(world, world.followers, r)
    )
    fake.route(
        "GET", rf"/2/users/{uid}/following", lambda r: _x_relation(world, world.following, r)
    )
    fake.route(
        "GET",
        r"/2/users",
        lambda r: (
            200,
            {},
            {
                "data": [
                    world.users[i] for i in r.query.get("ids", "").split(",") if i in world.users
                ]
            },
        ),
    )
    return fake.start()


# ---- Graph API (Facebook) ----------------------------------------------------------------


@dataclass
class GraphWorld:
    """The data behind the fake Graph API: the user, their posts, a Page and its posts."""

    me: dict[str, Any]
    posts: list[dict[str, Any]] = field(default_factory=list)  # served newest first
    page_posts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    friends: list[dict[str, Any]] = field(default_factory=list)
    token: str = "good-token"


def graph_error(
    code: int, message: str, subcode: int | None = None, kind: str = "OAuthException"
) -> dict[str, Any]:
    """A Graph API error body."""
    error: dict[str, Any] = {
        "message": message,
        "type": kind,
        "code": code,
        "fbtrace_id": "AbCdEf123",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return {"error": error}


def _graph_feed(fake: FakePlatform, posts: list[dict[str, Any]], request: Request) -> Reply:
    items = sorted(posts, key=lambda p: p["created_time"], reverse=True)
    since, until = request.query.get("since"), request.query.get("until")

    def epoch(value: str) -> float:
        return calendar.timegm(time.strptime(value[:19], "%Y-%m-%dT%H:%M:%S"))

    if since:
        items = [p for p in items if epoch(p["created_time"]) > float(since)]
    if until:
        items = [p for p in items if epoch(p["created_time"]) <= float(until)]
    size = int(request.query.get("limit", 25))
    offset = int(request.query.get("after", "0") or 0)
    page = items[offset : offset + size]
    body: dict[str, Any] = {"data": page}
    if offset + size < len(items):
        query = {k: v for k, v in request.query.items() if k != "after"}
        query["after"] = str(offset + size)
        body["paging"] = {
            "cursors": {"before": str(offset), "after": str(offset + size)},
            "next": f"{fake.url}{request.path}?{urlencode(query)}",
        }
    return 200, {}, body


def serve_graph(world: GraphWorld) -> FakePlatform:
    """A started fake of the Graph API endpoints scrubs uses (any ``vNN.N`` version)."""
    fake = FakePlatform()

    def authorised(handler: Handler) -> Handler:
        def wrapped(request: Request) -> Reply:
            if request.query.get("access_token") != world.token:
                return (
                    400,
                    {},
                    graph_error(
                        190, "Error validating access token: Session has expired.", subcode=463
                    ),
                )
            return handler(request)

        return wrapped

    version = r"/v\d+\.\d+"
    fake.route("GET", version + r"/me", authorised(lambda r: (200, {}, world.me)))
    fake.route(
        "GET", version + r"/me/posts", authorised(lambda r: _graph_feed(fake, world.posts, r))
    )
    fake.route(
        "GET",
        version + r"/me/friends",
        authorised(
            lambda r: (
                200,
                {},
                {"data": world.friends, "summary": {"total_count": len(world.friends) + 250}},
            )
        ),
    )
    fake.route(
        "GET",
        version + r"/(\d+)",
        authorised(lambda r: (200, {}, {"id": r.path.rsplit("/", 1)[1], "name": "Example Clinic"})),
    )
    fake.route(
        "GET",
        version + r"/(\d+)/posts",
        authorised(lambda r: _graph_feed(fake, world.page_posts.get(r.path.split("/")[2], []), r)),
    )
    return fake.start()


# ---- Mastodon ----------------------------------------------------------------------------


def iso_time(epoch: float) -> str:
    """ISO 8601 with milliseconds and Z, as Mastodon and Bluesky write it."""
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(epoch))


@dataclass
class MastodonWorld:
    """The data behind a fake Mastodon instance."""

    account: dict[str, Any]
    statuses: list[dict[str, Any]] = field(default_factory=list)
    followers: list[dict[str, Any]] = field(default_factory=list)
    following: list[dict[str, Any]] = field(default_factory=list)

    def add_status(self, status_id: int, html: str, epoch: float, **extra: Any) -> dict[str, Any]:
        """Add a status with the fields a real instance returns."""
        status = {
            "id": str(status_id),
            "created_at": iso_time(epoch),
            "in_reply_to_id": None,
            "in_reply_to_account_id": None,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": "public",
            "language": "en",
            "uri": f"https://med.example/users/{self.account['username']}/statuses/{status_id}",
            "url": f"https://med.example/@{self.account['username']}/{status_id}",
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
            "content": html,
            "reblog": None,
            "account": self.account,
            "media_attachments": [],
            "mentions": [],
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": None,
            **extra,
        }
        self.statuses.append(status)
        return status


def _link_header(fake: FakePlatform, path: str, **query: str) -> dict[str, str]:
    return {"Link": f'<{fake.url}{path}?{urlencode(query)}>; rel="next"'}


def _mastodon_statuses(world: MastodonWorld, request: Request) -> Reply:
    limit = int(request.query.get("limit", 20))
    items = sorted(world.statuses, key=lambda s: int(s["id"]))
    if "min_id" in request.query:  # the statuses right after min_id, returned newest first
        items = [s for s in items if int(s["id"]) > int(request.query["min_id"])][:limit]
        return 200, {}, list(reversed(items))
    if "max_id" in request.query:
        items = [s for s in items if int(s["id"]) < int(request.query["max_id"])]
    return 200, {}, list(reversed(items))[:limit]


def _mastodon_people(fake: FakePlatform, people: list[dict[str, Any]], request: Request) -> Reply:
    limit = int(request.query.get("limit", 40))
    offset = int(request.query.get("max_id", "0") or 0)  # relationship ids, opaque to clients
    page = people[offset : offset + limit]
    headers = (
        _link_header(fake, request.path, max_id=str(offset + limit), limit=str(limit))
        if offset + limit < len(people)
        else {}
    )
    return 200, headers, page


def serve_mastodon(world: MastodonWorld) -> FakePlatform:
    """A started fake Mastodon instance (REST API v1)."""
    fake = FakePlatform()
    aid = world.account["id"]
    fake.route("GET", r"/api/v1/accounts/lookup", lambda r: (200, {}, world.account))
    fake.route("GET", rf"/api/v1/accounts/{aid}/statuses", lambda r: _mastodon_statuses(world, r))
    fake.route(
        "GET",
        rf"/api/v1/accounts/{aid}/followers",
        lambda r: _mastodon_people(fake, world.followers, r),
    )
    fake.route(
        "GET",
        rf"/api/v1/accounts/{aid}/following",
        lambda r: _mastodon_people(fake, world.following, r),
    )
    return fake.start()


def mastodon_account(account_id: str, username: str, name: str = "") -> dict[str, Any]:
    """A Mastodon account object."""
    return {
        "id": account_id,
        "username": username,
        "acct": username,
        "display_name": name,
        "locked": False,
        "bot": False,
        "created_at": "2022-11-01T00:00:00.000Z",
        "note": "<p>Nurse. Views my own.</p>",
        "url": f"https://med.example/@{username}",
        "avatar": "",
        "avatar_static": "",
        "header": "",
        "header_static": "",
        "followers_count": 0,
        "following_count": 0,
        "statuses_count": 0,
        "emojis": [],
        "fields": [],
    }


# ---- Bluesky (XRPC) ----------------------------------------------------------------------


@dataclass
class BlueskyWorld:
    """The data behind a fake Bluesky AppView."""

    profile: dict[str, Any]
    feed: list[dict[str, Any]] = field(default_factory=list)  # feedViewPost items, any order
    followers: list[dict[str, Any]] = field(default_factory=list)
    follows: list[dict[str, Any]] = field(default_factory=list)

    def add_post(
        self,
        rkey: str,
        text: str,
        epoch: float,
        reply_to: dict[str, Any] | None = None,
        repost_of: dict[str, Any] | None = None,
        **record: Any,
    ) -> dict[str, Any]:
        """Add a post (or, with ``repost_of``, a repost of another author's post view)."""
        did = self.profile["did"]
        if repost_of is not None:
            item = {
                "post": repost_of,
                "reason": {
                    "$type": "app.bsky.feed.defs#reasonRepost",
                    "indexedAt": iso_time(epoch),
                    "by": {"did": did, "handle": self.profile["handle"]},
                },
            }
            self.feed.append(item)
            return item
        rec: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": iso_time(epoch),
            **record,
        }
        item = {
            "post": bsky_post_view(
                f"at://{did}/app.bsky.feed.post/{rkey}", self.profile, rec, epoch
            )
        }
        if reply_to is not None:
            ref = {"uri": reply_to["uri"], "cid": reply_to["cid"]}
            rec["reply"] = {"root": ref, "parent": ref}
            item["reply"] = {
                "root": {"$type": "app.bsky.feed.defs#postView", **reply_to},
                "parent": {"$type": "app.bsky.feed.defs#postView", **reply_to},
            }
        self.feed.append(item)
        return item


def bsky_profile(did: str, handle: str, name: str = "") -> dict[str, Any]:
    """An ``app.bsky.actor.defs#profileView``."""
    return {
        "did": did,
        "handle": handle,
        "displayName": name,
        "description": "",
        "indexedAt": "2024-01-01T00:00:00.000Z",
    }


def bsky_post_view(
    uri: str, author: dict[str, Any], record: dict[str, Any], epoch: float
) -> dict[str, Any]:
    """An ``app.bsky.feed.defs#postView``."""
    return {
        "uri": uri,
        "cid": "bafyreid" + uri[-12:].replace("/", "x").lower().ljust(12, "a"),
        "author": {
            "did": author["did"],
            "handle": author["handle"],
            "displayName": author.get("displayName", ""),
        },
        "record": record,
        "replyCount": 0,
        "repostCount": 0,
        "likeCount": 2,
        "quoteCount": 0,
        "indexedAt": iso_time(epoch),
        "labels": [],
    }


def _bsky_sort_time(item: dict[str, Any]) -> str:
    return (item.get("reason") or {}).get("indexedAt") or item["post"]["record"]["createdAt"]


def _bsky_feed(world: BlueskyWorld, request: Request) -> Reply:
    items = sorted(world.feed, key=_bsky_sort_time, reverse=True)
    cursor = request.query.get("cursor")
    if cursor:  # the real cursor is the sort time of the last item served
        items = [i for i in items if _bsky_sort_time(i) < cursor]
    limit = int(request.query.get("limit", 50))
    page = items[:limit]
    body: dict[str, Any] = {"feed": page}
    if len(items) > limit:
        body["cursor"] = _bsky_sort_time(page[-1])
    return 200, {}, body


def _bsky_people(
    world: BlueskyWorld, people: list[dict[str, Any]], key: str, request: Request
) -> Reply:
    limit = int(request.query.get("limit", 50))
    offset = int(request.query.get("cursor", "0") or 0)
    body: dict[str, Any] = {"subject": world.profile, key: people[offset : offset + limit]}
    if offset + limit < len(people):
        body["cursor"] = str(offset + limit)
    return 200, {}, body


def serve_bluesky(world: BlueskyWorld) -> FakePlatform:
    """A started fake Bluesky AppView (XRPC over HTTP)."""
    fake = FakePlatform()
    fake.route("GET", r"/xrpc/app\.bsky\.actor\.getProfile", lambda r: (200, {}, world.profile))
    fake.route("GET", r"/xrpc/app\.bsky\.feed\.getAuthorFeed", lambda r: _bsky_feed(world, r))
    fake.route(
        "GET",
        r"/xrpc/app\.bsky\.graph\.getFollowers",
        lambda r: _bsky_people(world, world.followers, "followers", r),
    )
    fake.route(
        "GET",
        r"/xrpc/app\.bsky\.graph\.getFollows",
        lambda r: _bsky_people(world, world.follows, "follows", r),
    )
    return fake.start()
