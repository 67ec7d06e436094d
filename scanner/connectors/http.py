"""HTTP plumbing shared by the live connectors: base-URL override, request count, retries.

The platform SDKs (tweepy, facebook-sdk) hard-code their hosts. ``BaseUrlAdapter`` rewrites
the official host to another base URL on the SDK's own ``requests`` session, so scrubs can go
through a corporate proxy or gateway, and so the tests can serve the platforms' real response
shapes from a local server. Every connector counts its HTTP requests: reads cost money under
pay-per-use plans and the user is told how many a run made.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
from requests.adapters import HTTPAdapter

from scanner.errors import RateLimited, SourceUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")


class BaseUrlAdapter(HTTPAdapter):
    """Sends requests meant for ``official`` to ``replacement`` instead."""

    def __init__(self, official: str, replacement: str) -> None:
        super().__init__()
        self.official = official.rstrip("/")
        self.replacement = replacement.rstrip("/")

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        """Rewrite the URL, then send as usual."""
        if request.url and request.url.startswith(self.official):
            request.url = self.replacement + request.url[len(self.official) :]
        return super().send(request, **kwargs)


@dataclass
class RequestCounter:
    """Counts responses received on a session (every request that reached the platform)."""

    count: int = 0

    def __call__(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        """A ``requests`` response hook."""
        self.count += 1


def prepare_session(
    session: requests.Session, official: str, override: str | None, counter: RequestCounter
) -> requests.Session:
    """Install the request counter and, when asked, the base-URL override on ``session``."""
    session.hooks.setdefault("response", []).append(counter)
    if override:
        session.mount(official.rstrip("/") + "/", BaseUrlAdapter(official, override))
    return session


@dataclass(frozen=True)
class RetryPolicy:
    """How long a live fetch may wait: server errors back off, rate limits wait, both bounded."""

    attempts: int = 4  # for 5xx and network errors
    backoff: float = 1.0  # seconds, doubled each attempt
    max_wait: float = 900.0  # the longest a rate-limit wait may be before we give up


def with_retries(
    call: Callable[[], T],
    *,
    policy: RetryPolicy,
    classify: Callable[[Exception], Exception | None],
    account: str,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run ``call``; retry server errors with backoff and wait out bounded rate limits.

    ``classify`` maps an SDK exception to one of ours (or None when it is not an SDK error).
    A ``RateLimited`` with a ``retry_after`` within the policy is waited out once per attempt;
    a ``SourceUnavailable`` whose class is exactly that (server trouble) is retried; anything
    else (expired token, access denied, usage cap) is raised at once: waiting will not help.
    """
    delay = policy.backoff
    for attempt in range(1, policy.attempts + 1):
        try:
            return call()
        except Exception as raw:  # noqa: BLE001 - SDKs raise many types; classify decides
            error = classify(raw)
            if error is None:
                raise
            last = attempt == policy.attempts
            if isinstance(error, RateLimited):
                wait = error.retry_after if error.retry_after is not None else delay
                if wait > policy.max_wait or last:
                    raise error from None
                log.warning("%s: rate limited, waiting %.0f s", account, wait)
                sleep(max(wait, 0.0))
                continue
            if type(error) is SourceUnavailable and not last:
                log.warning("%s: server error, retrying in %.0f s", account, delay)
                sleep(delay)
                delay *= 2
                continue
            raise error from None
    raise SourceUnavailable("gave up after retries", account=account)  # pragma: no cover
