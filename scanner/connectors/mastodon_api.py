"""Mastodon through Mastodon.py: the account's own statuses, followers and following.

What the platform allows: public statuses of most accounts can be read without a token; a
token (``MASTODON_ACCESS_TOKEN``, from Preferences > Development on the user's instance, scope
``read``) is needed for followers-only posts and for instances that require sign-in.

Incremental and lossless by construction: statuses are walked oldest to newest with
``min_id``, so every page's cursor (its newest id) can be stored with the page itself.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Mapping
from typing import Any

import requests
from mastodon import Mastodon
from mastodon.errors import (
    MastodonAPIError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from scanner.connectors.base import ApiConnector, Cursor, Page
from scanner.connectors.html_text import html_to_text
from scanner.connectors.http import RequestCounter, RetryPolicy, prepare_session
from scanner.credentials import lookup
from scanner.errors import AccessDenied, AuthExpired, BadInput, RateLimited, SourceUnavailable
from scanner.models import Account, Link, Media, Person, Post, Relation
from scanner.textfix import fix_text

BASE_URL_ENV = "SCRUBS_MASTODON_API_BASE"
TOKEN_ENV = "MASTODON_ACCESS_TOKEN"
MEDIA_TYPES = {"image": "image", "video": "video", "gifv": "gif"}


def split_handle(handle: str) -> tuple[str, str]:
    """``@user@instance`` -> (``user``, ``instance``); a bare name is refused."""
    parts = handle.lstrip("@").split("@")
    if len(parts) != 2 or not all(parts):
        raise BadInput(f"Mastodon accounts are written user@instance, not '{handle}'")
    return parts[0], parts[1]


def parse_status(status: Mapping[str, Any], account: Account) -> Post:
    """One Mastodon status as a Post (reblogs carry the original's text)."""
    original = status.get("reblog")
    body = original or status
    text = fix_text(html_to_text(body.get("content") or ""))
    if body.get("spoiler_text"):
        text = f"{body['spoiler_text']}\n\n{text}"
    kind = "repost" if original else ("reply" if status.get("in_reply_to_id") else "post")
    mentions = body.get("mentions") or []
    reply_to = None
    if kind == "reply":
        reply_to = next(
            (
                m.get("acct")
                for m in mentions
                if str(m.get("id")) == str(status.get("in_reply_to_account_id"))
            ),
            None,
        )
    self_reply = str(status.get("in_reply_to_account_id") or "") == account.user_id
    media = tuple(
        Media(
            type=MEDIA_TYPES.get(m.get("type", ""), "other"),
            url=m.get("url"),  # type: ignore[arg-type]
            alt_text=m.get("description") or "",
        )
        for m in body.get("media_attachments") or ()
    )
    reach = sum(
        int(status.get(k) or 0) for k in ("replies_count", "reblogs_count", "favourites_count")
    )
    return Post(
        platform="mastodon",
        id=str(status["id"]),
        account=account.handle,
        kind=kind,  # type: ignore[arg-type]
        created_at=status["created_at"],
        text=text,
        url=status.get("url") or body.get("url"),
        media=media,
        reply_to=reply_to,
        reply_to_user_id=str(status["in_reply_to_account_id"]) if kind == "reply" else None,
        reply_to_post_id=str(status["in_reply_to_id"]) if kind == "reply" else None,
        mentions=tuple(m.get("acct", "") for m in mentions),
        mention_ids=tuple(str(m.get("id")) for m in mentions),
        thread_id=str(status["in_reply_to_id"]) if self_reply and kind == "reply" else None,
        reach=reach,
        public=status.get("visibility") in {"public", "unlisted"},
        origin="mastodon.api:statuses",
    )


def classify_error(error: Exception, account: str, api: Mastodon | None = None) -> Exception | None:
    """Map a Mastodon.py exception to a scrubs error."""
    if isinstance(error, MastodonRatelimitError):
        reset = getattr(api, "ratelimit_reset", None)
        retry = max(0.0, float(reset) - time.time()) + 1 if reset else None
        return RateLimited(
            "the Mastodon instance's rate limit was reached", retry_after=retry, account=account
        )
    if isinstance(error, MastodonUnauthorizedError):
        return AuthExpired(
            f"the instance rejected the token: create a new one (scope read) and set {TOKEN_ENV}",
            account=account,
        )
    if isinstance(error, MastodonNotFoundError):
        return AccessDenied("no such account on this instance", account=account)
    if isinstance(error, MastodonServerError | MastodonNetworkError):
        return SourceUnavailable("the Mastodon instance is unavailable", account=account)
    if isinstance(error, MastodonAPIError):
        return AccessDenied(
            f"the Mastodon instance refused ({type(error).__name__})", account=account
        )
    if isinstance(error, requests.RequestException):
        return SourceUnavailable("could not reach the Mastodon instance", account=account)
    return None


class MastodonApi(ApiConnector):
    """A Mastodon account (``user@instance``) through its instance's REST API."""

    name = "mastodon.api"
    platform = "mastodon"

    def __init__(
        self,
        handle: str,
        *,
        access_token: str | None = None,
        base_url: str | None = None,
        policy: RetryPolicy | None = None,
        page_size: int = 40,
    ) -> None:
        self.user, self.instance = split_handle(handle)
        self.label = f"@{self.user}@{self.instance}"
        self.counter = RequestCounter()
        session = prepare_session(
            requests.Session(), "https://" + self.instance, None, self.counter
        )
        self.api = Mastodon(
            access_token=access_token or lookup(TOKEN_ENV),
            api_base_url=base_url or os.environ.get(BASE_URL_ENV) or f"https://{self.instance}",
            ratelimit_method="throw",
            version_check_mode="none",
            session=session,
            request_timeout=60,
        )
        self.policy = policy or RetryPolicy()
        self.page_size = page_size
        self.notes: list[str] = []
        self._account: Account | None = None

    def classify(self, error: Exception) -> Exception | None:
        """This platform's SDK errors as scrubs errors."""
        return classify_error(error, self.label, self.api)

    def account(self) -> Account:
        """Look the account up on its instance."""
        if self._account is None:
            found = self.call(self.api.account_lookup, self.user)
            self._account = Account(
                platform="mastodon",
                handle=f"{self.user}@{self.instance}",
                user_id=str(found["id"]),
                display_name=found.get("display_name") or "",
                url=found.get("url"),
                bio=html_to_text(found.get("note") or ""),
            )
        return self._account

    def iter_pages(self, after: Cursor | None) -> Iterator[Page]:
        """Statuses after the cursor, oldest first: each page's cursor is its newest id."""
        account = self.account()
        newest = json.loads(after.value)["min_id"] if after else "0"
        while True:
            statuses = self.call(
                self.api.account_statuses, account.user_id, min_id=newest, limit=self.page_size
            )
            if not statuses:
                return
            posts = tuple(parse_status(s, account) for s in statuses)
            newest = str(max(int(p.id) for p in posts))
            yield Page(posts=posts, cursor=Cursor(json.dumps({"min_id": newest})))

    def _relations(self, method: Any, relation: Relation) -> Iterator[Link]:
        """One relation list, following the instance's ``Link`` headers page by page."""
        account = self.account()
        people = self.call(method, account.user_id, limit=80)
        while people:
            for person in people:
                yield Link(
                    "mastodon",
                    account.handle,
                    relation,
                    Person(
                        id=str(person["id"]),
                        name=person.get("display_name") or None,
                        handle=person.get("acct"),
                    ),
                    origin="mastodon.api",
                )
            people = self.call(self.api.fetch_next, people)

    def iter_links(self) -> Iterator[Link]:
        """Followers and following (instances may hide them: then a note, not an error)."""
        for method, relation in (
            (self.api.account_followers, "follower"),
            (self.api.account_following, "following"),
        ):
            try:
                yield from self._relations(method, relation)  # type: ignore[arg-type]
            except AccessDenied:
                self.notes.append(f"the instance hides this account's {relation}s")
