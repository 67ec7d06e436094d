"""X (Twitter) API v2 through tweepy: the account's own posts, followers, following, user lookups.

What the platform allows, stated where the code relies on it:
- ``GET /2/users/:id/tweets`` reaches only the newest 3,200 posts; the archive has the rest.
- Followers and following need an access tier that includes them; a 403 there is reported as
  a note (use the archive's follower.js/following.js) and the posts are still fetched.
- Reads are billed per request under pay-per-use; every request is counted and reported.
- 429 is either a rate limit (wait until ``x-rate-limit-reset``, bounded) or a usage cap
  (stop: waiting will not help); 5xx is retried with backoff; 401 means the token is expired
  or revoked.

Incremental and lossless: the timeline comes newest first, so a run cannot save the newest id
after page one (a crash would lose every older page for good). Each page is stored with a
cursor ``{"since": S, "newest": N, "until": U}``: posts newer than S and older than U are still
owed. A resumed run fetches that remainder first; once it is complete the cursor becomes
``{"since": N}``.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import tweepy

from scanner.connectors.base import ApiConnector, Cursor, Page
from scanner.connectors.http import RequestCounter, RetryPolicy, prepare_session
from scanner.credentials import require
from scanner.errors import (
    AccessDenied,
    AuthExpired,
    RateLimited,
    SourceUnavailable,
    UsageCapReached,
)
from scanner.models import Account, Link, Media, Person, Post, Relation
from scanner.textfix import fix_text

log = logging.getLogger(__name__)

OFFICIAL_BASE = "https://api.twitter.com"
BASE_URL_ENV = "SCRUBS_X_API_BASE"
TOKEN_ENV = "X_BEARER_TOKEN"
TIMELINE_LIMIT = 3200

TWEET_FIELDS = [
    "created_at",
    "conversation_id",
    "in_reply_to_user_id",
    "referenced_tweets",
    "entities",
    "public_metrics",
    "note_tweet",
    "attachments",
    "author_id",
]
EXPANSIONS = [
    "attachments.media_keys",
    "referenced_tweets.id",
    "in_reply_to_user_id",
    "entities.mentions.username",
    "referenced_tweets.id.author_id",
]
MEDIA_FIELDS = ["url", "preview_image_url", "type", "alt_text"]
USER_FIELDS = ["username", "name", "description", "url"]
MEDIA_TYPES = {"photo": "image", "video": "video", "animated_gif": "gif"}


# ---- pure parsing of API v2 shapes -------------------------------------------------------


def parse_time(value: str) -> datetime:
    """API v2 timestamps: ``2024-05-01T12:00:00.000Z``."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def expand_urls(text: str, entities: Mapping[str, Any]) -> str:
    """Replace t.co links by the links the user pasted (``entities.urls[].expanded_url``)."""
    for url in entities.get("urls", ()) or ():
        short, long = url.get("url"), url.get("expanded_url")
        if short and long and "/photo/" not in long and "/video/" not in long:
            text = text.replace(short, long)
    return text


def _users_by_id(includes: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {u["id"]: u for u in includes.get("users", ()) or ()}


def _media(tweet: Mapping[str, Any], includes: Mapping[str, Any]) -> tuple[Media, ...]:
    by_key = {m["media_key"]: m for m in includes.get("media", ()) or ()}
    found = []
    for key in (tweet.get("attachments") or {}).get("media_keys", ()) or ():
        item = by_key.get(key)
        if item:
            found.append(
                Media(
                    type=MEDIA_TYPES.get(item.get("type", ""), "other"),  # type: ignore[arg-type]
                    url=item.get("url") or item.get("preview_image_url"),
                    alt_text=item.get("alt_text") or "",
                )
            )
    return tuple(found)


def _reach(tweet: Mapping[str, Any]) -> int:
    metrics = tweet.get("public_metrics") or {}
    keys = ("like_count", "retweet_count", "reply_count", "quote_count")
    return sum(int(metrics.get(k, 0) or 0) for k in keys)


def parse_tweet(tweet: Mapping[str, Any], includes: Mapping[str, Any], account: Account) -> Post:
    """One v2 tweet object (with the response's ``includes``) as a Post."""
    refs = {r["type"]: r["id"] for r in tweet.get("referenced_tweets", ()) or ()}
    entities = tweet.get("entities") or {}
    note = tweet.get("note_tweet") or {}
    text = note.get("text") or tweet.get("text", "")
    text_entities = note.get("entities") or entities
    kind = "post"
    if "retweeted" in refs:
        kind = "repost"
        original = next(
            (t for t in includes.get("tweets", ()) or () if t.get("id") == refs["retweeted"]), None
        )
        if original:  # the timeline truncates retweets; the original has the full text
            prefix = text.split(":", 1)[0] if text.startswith("RT @") else "RT"
            text = f"{prefix}: {original.get('text', '')}"
            text_entities = original.get("entities") or {}
    elif "replied_to" in refs:
        kind = "reply"
    users = _users_by_id(includes)
    reply_user_id = tweet.get("in_reply_to_user_id")
    reply_user = users.get(reply_user_id or "", {})
    mentions = [m for m in entities.get("mentions", ()) or () if m.get("username")]
    self_thread = reply_user_id == account.user_id and kind == "reply"
    return Post(
        platform="x",
        id=str(tweet["id"]),
        account=account.handle,
        kind=kind,  # type: ignore[arg-type]
        created_at=parse_time(tweet["created_at"]),
        text=fix_text(expand_urls(text, text_entities)),
        url=f"https://x.com/{account.handle}/status/{tweet['id']}",
        media=_media(tweet, includes),
        reply_to=reply_user.get("username") if kind == "reply" else None,
        reply_to_user_id=reply_user_id if kind == "reply" else None,
        reply_to_post_id=refs.get("replied_to"),
        mentions=tuple(m["username"] for m in mentions),
        mention_ids=tuple(str(m["id"]) for m in mentions if m.get("id")),
        thread_id=tweet.get("conversation_id") if self_thread else None,
        reach=_reach(tweet),
        origin="x.api:users/tweets",
    )


def parse_user(user: Mapping[str, Any]) -> Person:
    """A v2 user object as a Person."""
    return Person(id=str(user["id"]), name=user.get("name"), handle=user.get("username"))


def parse_account(user: Mapping[str, Any]) -> Account:
    """The audited user's v2 object as an Account."""
    return Account(
        platform="x",
        handle=user["username"],
        user_id=str(user["id"]),
        display_name=user.get("name", ""),
        bio=user.get("description", "") or "",
        url=f"https://x.com/{user['username']}",
    )


# ---- errors ------------------------------------------------------------------------------


def _problem(response: Any) -> Mapping[str, Any]:
    try:
        body = response.json()
    except (ValueError, AttributeError):
        return {}
    return body if isinstance(body, dict) else {}


def classify_error(error: Exception, account: str) -> Exception | None:
    """Map a tweepy exception to a scrubs error with a message that says what to do."""
    if isinstance(error, tweepy.TooManyRequests):
        problem = _problem(error.response)
        kind = f"{problem.get('type', '')} {problem.get('title', '')}".lower()
        if "usage-capped" in kind or "usagecap" in kind.replace(" ", ""):
            return UsageCapReached(
                "X API usage cap reached for this billing period: waiting will not help; "
                "raise the cap in the developer console or use the archive",
                account=account,
            )
        reset = error.response.headers.get("x-rate-limit-reset")
        retry_after = None
        if reset and reset.isdigit():
            import time

            retry_after = max(0.0, int(reset) - time.time()) + 1.0
        return RateLimited("X API rate limit reached", retry_after=retry_after, account=account)
    if isinstance(error, tweepy.Unauthorized):
        return AuthExpired(
            f"X rejected the token (expired or revoked): create a new bearer token in the "
            f"developer console and set {TOKEN_ENV}",
            account=account,
        )
    if isinstance(error, tweepy.Forbidden):
        problem = _problem(error.response)
        reason = problem.get("reason") or problem.get("title") or "forbidden"
        return AccessDenied(
            f"X refused the request ({reason}): your API access tier does not include it",
            account=account,
        )
    if isinstance(error, tweepy.NotFound):
        return AccessDenied("X has no such user (renamed, suspended or deleted?)", account=account)
    if isinstance(error, tweepy.TwitterServerError):
        return SourceUnavailable("X API server error", account=account)
    if isinstance(error, tweepy.HTTPException):
        return AccessDenied(f"X API error {error.response.status_code}", account=account)
    import requests

    if isinstance(error, requests.RequestException):
        return SourceUnavailable("could not reach the X API (network error)", account=account)
    return None


# ---- the connector -----------------------------------------------------------------------


class XApi(ApiConnector):
    """The X account ``handle`` through API v2 with an app bearer token."""

    name = "x.api"
    platform = "x"

    def __init__(
        self,
        handle: str,
        *,
        bearer_token: str | None = None,
        base_url: str | None = None,
        policy: RetryPolicy | None = None,
        page_size: int = 100,
    ) -> None:
        self.handle = handle.lstrip("@")
        self.label = f"@{self.handle}"
        token = bearer_token or require(
            TOKEN_ENV, account=f"@{self.handle}", how="an X API v2 app bearer token"
        )
        self.client = tweepy.Client(bearer_token=token, return_type=dict)
        self.counter = RequestCounter()
        prepare_session(
            self.client.session,
            OFFICIAL_BASE,
            base_url or os.environ.get(BASE_URL_ENV),
            self.counter,
        )
        self.policy = policy or RetryPolicy()
        self.page_size = page_size
        self.notes: list[str] = []
        self._account: Account | None = None

    def classify(self, error: Exception) -> Exception | None:
        """This platform's SDK errors as scrubs errors."""
        return classify_error(error, self.label)

    def account(self) -> Account:
        """Look the user up once (``GET /2/users/by/username``)."""
        if self._account is None:
            body = self.call(self.client.get_user, username=self.handle, user_fields=USER_FIELDS)
            self._account = parse_account(body["data"])
        return self._account

    def _timeline(self, since: str | None, until: str | None) -> Iterator[dict[str, Any]]:
        """Raw timeline pages, newest first, each fetched with retries."""
        account = self.account()
        params: dict[str, Any] = {
            "max_results": self.page_size,
            "tweet_fields": TWEET_FIELDS,
            "expansions": EXPANSIONS,
            "media_fields": MEDIA_FIELDS,
            "user_fields": USER_FIELDS,
        }
        if since:
            params["since_id"] = since
        if until:
            params["until_id"] = until
        paginator = tweepy.Paginator(self.client.get_users_tweets, account.user_id, **params)
        pages = iter(paginator)
        while True:
            try:
                page = self.call(next, pages)
            except StopIteration:
                return
            yield page

    def iter_pages(self, after: Cursor | None) -> Iterator[Page]:
        """New posts since the stored cursor, finishing any remainder a crash left owed."""
        state = json.loads(after.value) if after else {}
        since, newest, until = state.get("since"), state.get("newest"), state.get("until")
        fetched = 0
        for raw in self._timeline(since, until):
            posts = tuple(
                parse_tweet(t, raw.get("includes") or {}, self.account())
                for t in raw.get("data") or ()
            )
            fetched += len(posts)
            if posts:
                ids = [int(p.id) for p in posts]
                newest = str(max([*ids, int(newest)] if newest else ids))
                until = str(min(ids))
            cursor = {"since": since, "newest": newest, "until": until}
            yield Page(posts=posts, cursor=Cursor(json.dumps(cursor)), requests=1)
        done = {"since": newest or since}
        notes = ()
        if fetched >= TIMELINE_LIMIT - self.page_size and not since:
            notes = (
                f"X's API returns only the newest {TIMELINE_LIMIT} posts; "
                "scan the archive for the rest",
            )
        self.notes.extend(notes)
        yield Page(posts=(), cursor=Cursor(json.dumps(done)), requests=0, notes=notes)

    def _relations(self, method: Any, relation: Relation) -> Iterator[Link]:
        account = self.account()
        paginator = tweepy.Paginator(
            method, account.user_id, max_results=1000, user_fields=USER_FIELDS
        )
        pages = iter(paginator)
        while True:
            try:
                page = self.call(next, pages)
            except StopIteration:
                return
            for user in page.get("data") or ():
                yield Link("x", account.handle, relation, parse_user(user), origin="x.api")

    def iter_links(self) -> Iterator[Link]:
        """Followers and following, where the access tier allows (a note when it does not)."""
        for method, relation in (
            (self.client.get_users_followers, "follower"),
            (self.client.get_users_following, "following"),
        ):
            try:
                yield from self._relations(method, relation)  # type: ignore[arg-type]
            except AccessDenied:
                self.notes.append(
                    f"X did not allow reading {relation}s at this access tier; "
                    f"the archive's {relation}.js lists them"
                )

    def lookup_users(self, user_ids: Sequence[str]) -> Iterator[Person]:
        """Handles and names for bare ids (the archive's followers), 100 per request."""
        ids = [str(i) for i in user_ids]
        for start in range(0, len(ids), 100):
            chunk = ids[start : start + 100]
            body = self.call(self.client.get_users, ids=chunk, user_fields=USER_FIELDS)
            for user in body.get("data") or ():
                yield parse_user(user)
