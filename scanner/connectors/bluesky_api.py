"""Bluesky through the atproto SDK: the account's posts and reposts, followers and follows.

What the platform allows: posts, followers and follows of public accounts are readable
without signing in from the public AppView; with ``BLUESKY_APP_PASSWORD`` (Settings > App
passwords; never the account password) scrubs signs in and reads through the user's PDS.

Incremental and lossless: the author feed comes newest first behind an opaque cursor. Every
page is stored with ``{"since": S, "newest": N, "resume": C}``; a resumed run continues from C
down to S; once complete the cursor becomes ``{"since": N}``.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
from atproto import Client
from atproto_client import exceptions as at_errors

from scanner.connectors.base import ApiConnector, Cursor, Page
from scanner.connectors.http import RequestCounter, RetryPolicy
from scanner.credentials import lookup
from scanner.errors import AccessDenied, AuthExpired, RateLimited, SourceUnavailable
from scanner.models import Account, Link, Media, Person, Post, Relation
from scanner.textfix import fix_text

PUBLIC_APPVIEW = "https://public.api.bsky.app"
BASE_URL_ENV = "SCRUBS_BLUESKY_API_BASE"
PASSWORD_ENV = "BLUESKY_APP_PASSWORD"


def parse_time(value: str) -> datetime:
    """atproto datetimes (``2024-05-01T12:00:00.000Z``, offsets allowed)."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _rkey(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def _media(embed: Any) -> tuple[Media, ...]:
    images = getattr(embed, "images", None) or getattr(
        getattr(embed, "media", None), "images", None
    )
    return tuple(
        Media(type="image", url=getattr(i, "fullsize", None), alt_text=getattr(i, "alt", "") or "")
        for i in images or ()
    )


def parse_feed_item(item: Any, account: Account) -> Post:
    """One ``app.bsky.feed.defs#feedViewPost`` as a Post (reposts keep the original's text)."""
    post, record = item.post, item.post.record
    reposted = item.reason is not None and "reasonRepost" in (
        getattr(item.reason, "py_type", "") or ""
    )
    reply = getattr(record, "reply", None)
    parent = getattr(getattr(item, "reply", None), "parent", None)
    parent_author = getattr(getattr(parent, "author", None), "handle", None)
    root_uri = reply.root.uri if reply else None
    self_thread = bool(reply) and root_uri is not None and f"/{account.user_id}/" in root_uri
    mentions = [
        f.did
        for facet in (getattr(record, "facets", None) or ())
        for f in facet.features
        if getattr(f, "did", None)
    ]
    created = item.reason.indexed_at if reposted else record.created_at
    return Post(
        platform="bluesky",
        id=f"repost:{post.uri}" if reposted else post.uri,
        account=account.handle,
        kind="repost" if reposted else ("reply" if reply else "post"),
        created_at=parse_time(created),
        text=fix_text(record.text or ""),
        url=f"https://bsky.app/profile/{post.author.handle}/post/{_rkey(post.uri)}",
        media=_media(post.embed),
        reply_to=parent_author if reply and not reposted else None,
        reply_to_post_id=reply.parent.uri if reply and not reposted else None,
        mention_ids=tuple(mentions),
        thread_id=root_uri if self_thread else None,
        reach=sum(
            int(getattr(post, k, 0) or 0)
            for k in ("like_count", "repost_count", "reply_count", "quote_count")
        ),
        origin="bluesky.api:getAuthorFeed",
    )


def classify_error(error: Exception, account: str) -> Exception | None:
    """Map an atproto exception to a scrubs error."""
    if isinstance(error, at_errors.RateLimitExceededError):
        headers = getattr(error.response, "headers", {}) or {}
        reset = headers.get("ratelimit-reset")
        retry = max(0.0, int(reset) - time.time()) + 1 if reset and reset.isdigit() else None
        return RateLimited("Bluesky rate limit reached", retry_after=retry, account=account)
    if isinstance(error, at_errors.UnauthorizedError):
        return AuthExpired(
            f"Bluesky rejected the session: create a new app password and set {PASSWORD_ENV}",
            account=account,
        )
    if isinstance(error, at_errors.BadRequestError):
        return AccessDenied(
            "Bluesky refused the request (unknown or deactivated account?)", account=account
        )
    if isinstance(error, at_errors.NetworkError | at_errors.RequestException):
        return SourceUnavailable("Bluesky is unavailable", account=account)
    return None


class BlueskyApi(ApiConnector):
    """A Bluesky account by handle."""

    name = "bluesky.api"
    platform = "bluesky"

    def __init__(
        self,
        handle: str,
        *,
        app_password: str | None = None,
        base_url: str | None = None,
        policy: RetryPolicy | None = None,
        page_size: int = 50,
    ) -> None:
        self.handle = handle.lstrip("@")
        self.label = f"@{self.handle}"
        password = app_password or lookup(PASSWORD_ENV)
        base = base_url or os.environ.get(BASE_URL_ENV)
        self.client = Client(base_url=base or (None if password else PUBLIC_APPVIEW))
        self.counter = RequestCounter()
        self.client.request._client.event_hooks["response"].append(self._count)
        self.policy = policy or RetryPolicy()
        self.page_size = page_size
        self.notes: list[str] = []
        self._password = password
        self._account: Account | None = None

    def _count(self, response: httpx.Response) -> None:
        self.counter.count += 1

    def classify(self, error: Exception) -> Exception | None:
        """This platform's SDK errors as scrubs errors."""
        return classify_error(error, self.label)

    def account(self) -> Account:
        """Sign in when an app password is configured, then read the profile."""
        if self._account is None:
            if self._password:
                self.call(self.client.login, self.handle, self._password)
            profile = self.call(self.client.get_profile, self.handle)
            self._account = Account(
                platform="bluesky",
                handle=profile.handle,
                user_id=profile.did,
                display_name=profile.display_name or "",
                bio=profile.description or "",
                url=f"https://bsky.app/profile/{profile.handle}",
            )
        return self._account

    def iter_pages(self, after: Cursor | None) -> Iterator[Page]:
        """Feed pages newest first down to the stored ``since``, each with its cursor."""
        account = self.account()
        state = json.loads(after.value) if after else {}
        since, newest, resume = state.get("since"), state.get("newest"), state.get("resume")
        while True:
            feed = self.call(
                self.client.get_author_feed, account.handle, cursor=resume, limit=self.page_size
            )
            posts = [parse_feed_item(item, account) for item in feed.feed]
            fresh = [p for p in posts if since is None or p.created_at.isoformat() > since]
            if fresh:
                top = max(p.created_at for p in fresh).isoformat()
                newest = max(newest, top) if newest else top
            resume = feed.cursor
            done = not feed.cursor or len(fresh) < len(posts) or not posts
            state = {"since": since, "newest": newest, "resume": resume}
            yield Page(posts=tuple(fresh), cursor=Cursor(json.dumps(state)))
            if done:
                break
        yield Page(cursor=Cursor(json.dumps({"since": newest or since})), requests=0)

    def _relations(self, method: Any, key: str, relation: Relation) -> Iterator[Link]:
        account, cursor = self.account(), None
        while True:
            page = self.call(method, account.handle, cursor=cursor, limit=100)
            for person in getattr(page, key):
                yield Link(
                    "bluesky",
                    account.handle,
                    relation,
                    Person(id=person.did, name=person.display_name or None, handle=person.handle),
                    origin="bluesky.api",
                )
            cursor = page.cursor
            if not cursor:
                return

    def iter_links(self) -> Iterator[Link]:
        """Followers and follows."""
        yield from self._relations(self.client.get_followers, "followers", "follower")
        yield from self._relations(self.client.get_follows, "follows", "following")
