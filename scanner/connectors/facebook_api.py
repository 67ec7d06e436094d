"""Facebook through the Graph API with facebook-sdk: the user's own posts, or a Page's posts.

What the platform allows, stated where the code relies on it:
- ``/me/posts`` needs a user token with ``user_posts``; a Page's ``/{page-id}/posts`` needs a
  Page token. Tokens expire (error 190 with a subcode saying why).
- ``/me/friends`` returns only friends who also use the same app, so friends come from the
  "Download Your Information" export, never from here.
- The PyPI release of facebook-sdk (3.1.0) only accepts long-retired API versions (2.8 to 3.1)
  and rejects current ones, so the version is set deliberately after construction
  (``GRAPH_VERSION``, overridable with ``SCRUBS_GRAPH_VERSION``).

Incremental and lossless, like the X connector: the feed comes newest first; every page is
stored with a cursor ``{"since": S, "newest": N, "until": U}`` (unix seconds) and a resumed run
fetches the owed remainder (older than U, newer than S) before moving ``since`` to N.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

import facebook
import requests

from scanner.connectors.base import ApiConnector, Cursor, Page
from scanner.connectors.http import RequestCounter, RetryPolicy, prepare_session
from scanner.credentials import require
from scanner.errors import AccessDenied, AuthExpired, RateLimited, SourceUnavailable
from scanner.models import Account, Media, Post
from scanner.textfix import fix_text

OFFICIAL_BASE = "https://graph.facebook.com"
BASE_URL_ENV = "SCRUBS_GRAPH_API_BASE"
VERSION_ENV = "SCRUBS_GRAPH_VERSION"
GRAPH_VERSION = "v24.0"
TOKEN_ENV = "FACEBOOK_ACCESS_TOKEN"
POST_FIELDS = (
    "id,message,created_time,permalink_url,status_type,privacy,"
    "attachments{media_type,media,url,description,subattachments},place,"
    "shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)"
)
THROTTLING = {4, 17, 32, 613}
TOKEN_SUBCODES = {
    458: "the app was removed from the account",
    459: "the account is checkpointed: log in to Facebook first",
    460: "the password changed",
    463: "the token expired",
    464: "the account is not confirmed",
    467: "the token is invalid",
}


def parse_time(value: str) -> datetime:
    """Graph timestamps: ``2024-05-01T12:00:00+0000``."""
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")


def _media(post: Mapping[str, Any]) -> tuple[Media, ...]:
    found: list[Media] = []
    for attachment in (post.get("attachments") or {}).get("data", ()) or ():
        items = [attachment, *((attachment.get("subattachments") or {}).get("data", ()) or ())]
        for item in items:
            image = (item.get("media") or {}).get("image") or {}
            if image.get("src"):
                kind = "video" if item.get("media_type") == "video" else "image"
                found.append(Media(type=kind, url=image["src"]))  # type: ignore[arg-type]
    return tuple(found)


def _reach(post: Mapping[str, Any]) -> int:
    shares = (post.get("shares") or {}).get("count", 0)
    reactions = ((post.get("reactions") or {}).get("summary") or {}).get("total_count", 0)
    comments = ((post.get("comments") or {}).get("summary") or {}).get("total_count", 0)
    return int(shares or 0) + int(reactions or 0) + int(comments or 0)


def parse_post(post: Mapping[str, Any], account: Account) -> Post:
    """One Graph post object as a Post (a missing ``message`` is an empty text)."""
    privacy = (post.get("privacy") or {}).get("value", "")
    return Post(
        platform="facebook",
        id=str(post["id"]),
        account=account.handle,
        kind="post",
        created_at=parse_time(post["created_time"]),
        text=fix_text(post.get("message") or ""),
        url=post.get("permalink_url"),
        media=_media(post),
        reach=_reach(post),
        public=privacy not in {"SELF", "ALL_FRIENDS", "FRIENDS_OF_FRIENDS", "CUSTOM"},
        origin="facebook.api:posts",
    )


def classify_error(error: Exception, account: str) -> Exception | None:
    """Map a facebook-sdk or network exception to a scrubs error that says what to do."""
    if isinstance(error, facebook.GraphAPIError):
        code = error.code
        result = error.result if isinstance(error.result, dict) else {}
        subcode = (result.get("error") or {}).get("error_subcode")
        if code == 190:
            why = TOKEN_SUBCODES.get(subcode or 0, "the token is expired or invalid")
            return AuthExpired(
                f"Facebook rejected the token ({why}): create a new one and set {TOKEN_ENV}",
                account=account,
            )
        if code in THROTTLING:
            return RateLimited(
                f"Facebook is throttling this app or account (code {code})",
                retry_after=None,
                account=account,
            )
        if code == 10 or (code is not None and 200 <= int(code) <= 299):
            return AccessDenied(
                f"Facebook refused: the token lacks a permission (code {code}); user posts "
                "need user_posts, Page posts need a Page token with pages_read_user_content",
                account=account,
            )
        if code in {1, 2}:
            return SourceUnavailable("Facebook reported a temporary error", account=account)
        return AccessDenied(f"Facebook API error (code {code})", account=account)
    if isinstance(error, requests.RequestException):
        return SourceUnavailable("could not reach the Graph API (network error)", account=account)
    if isinstance(error, ValueError):  # a non-JSON 5xx page from a proxy or the platform
        return SourceUnavailable("the Graph API answered with an unreadable body", account=account)
    return None


class FacebookApi(ApiConnector):
    """The user's own posts (``me``) or a Page's posts through the Graph API."""

    name = "facebook.api"
    platform = "facebook"

    def __init__(
        self,
        target: str = "me",
        *,
        access_token: str | None = None,
        base_url: str | None = None,
        policy: RetryPolicy | None = None,
        page_size: int = 50,
    ) -> None:
        self.target = target
        label = "facebook:me" if target == "me" else f"facebook page {target}"
        self.label = label
        token = access_token or require(
            TOKEN_ENV, account=label, how="a Graph API user or Page access token"
        )
        self.counter = RequestCounter()
        session = prepare_session(
            requests.Session(),
            OFFICIAL_BASE,
            base_url or os.environ.get(BASE_URL_ENV),
            self.counter,
        )
        self.graph = facebook.GraphAPI(access_token=token, session=session, timeout=60)
        self.graph.version = os.environ.get(VERSION_ENV, GRAPH_VERSION)  # see module docstring
        self.policy = policy or RetryPolicy(max_wait=600.0)
        self.page_size = page_size
        self.notes: list[str] = [
            "Facebook's API returns only friends who use the same app: friends are read "
            "from the Download Your Information export"
        ]
        self._account: Account | None = None

    def classify(self, error: Exception) -> Exception | None:
        """This platform's SDK errors as scrubs errors."""
        return classify_error(error, self.label)

    def account(self) -> Account:
        """The user or Page (one ``GET /{id}`` call)."""
        if self._account is None:
            who = self.call(self.graph.get_object, self.target, fields="id,name,link,about")
            self._account = Account(
                platform="facebook",
                handle=str(who.get("id")) if self.target != "me" else "me",
                user_id=str(who.get("id", "")),
                display_name=who.get("name", ""),
                bio=who.get("about", "") or "",
                url=who.get("link"),
            )
        return self._account

    def iter_pages(self, after: Cursor | None) -> Iterator[Page]:
        """Posts newer than the cursor, in pages stored with their own cursor."""
        state = json.loads(after.value) if after else {}
        since, newest, until = state.get("since"), state.get("newest"), state.get("until")
        account = self.account()
        batch: list[Post] = []
        oldest_seen = {"until": until}  # where a restarted feed resumes (see ``_feed``)
        for raw in self._feed(since, lambda: oldest_seen["until"]):
            post = parse_post(raw, account)
            batch.append(post)
            stamp = int(post.created_at.timestamp())
            oldest_seen["until"] = min(stamp, oldest_seen["until"] or stamp)
            if len(batch) >= self.page_size:
                newest, until = self._advance(batch, newest)
                yield self._page(batch, since, newest, until)
                batch = []
        if batch:
            newest, until = self._advance(batch, newest)
            yield self._page(batch, since, newest, until)
        yield Page(cursor=Cursor(json.dumps({"since": newest or since})), requests=0)

    def _feed(self, since: int | None, resume_until: Any) -> Iterator[dict[str, Any]]:
        """Raw posts through ``get_all_connections``, restarted after a retryable failure.

        facebook-sdk's generator dies with its first exception, so a 5xx or throttling error
        mid-feed restarts it from the oldest post already seen (``until``, inclusive: the
        store merges the one repeated post) after the policy's wait.
        """
        delay, attempts = self.policy.backoff, 0
        until = resume_until()
        while True:
            args: dict[str, Any] = {"fields": POST_FIELDS, "limit": self.page_size}
            if since:
                args["since"] = since
            if until:
                args["until"] = until
            try:
                yield from self.graph.get_all_connections(self.target, "posts", **args)
                return
            except Exception as raw:  # noqa: BLE001 - classified below
                error = classify_error(raw, self.label)
                attempts += 1
                retryable = isinstance(error, RateLimited) or type(error) is SourceUnavailable
                if error is None or not retryable or attempts >= self.policy.attempts:
                    raise (error or raw) from None
                wait = (
                    delay
                    if not isinstance(error, RateLimited)
                    else min(self.policy.max_wait, error.retry_after or delay * 4)
                )
                time.sleep(wait)
                delay *= 2
                until = resume_until() or until

    @staticmethod
    def _advance(batch: list[Post], newest: int | None) -> tuple[int, int]:
        stamps = [int(p.created_at.timestamp()) for p in batch]
        return max([*stamps, newest or 0]), min(stamps)

    @staticmethod
    def _page(batch: list[Post], since: int | None, newest: int, until: int) -> Page:
        state = {"since": since, "newest": newest, "until": until}
        return Page(posts=tuple(batch), cursor=Cursor(json.dumps(state)))
