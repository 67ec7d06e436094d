"""What a connector is: the interface every archive reader and live API client implements.

Archive connectors read a downloaded export (zip or folder, behind ``scanner.sources.ExportSource``)
and are chosen by what the export contains, never by its file name. API connectors pull pages
from a live platform; the pipeline stores each page's posts together with the page's cursor in
one transaction, so a run that dies halfway leaves no gap.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from scanner.connectors.http import RequestCounter, RetryPolicy, with_retries
from scanner.models import Account, Link, Platform, Post, ScanStats

if TYPE_CHECKING:
    from scanner.sources import ExportSource


class ArchiveConnector(ABC):
    """Reads one platform's downloaded export."""

    name: ClassVar[str]  # "x.archive"
    platform: ClassVar[Platform]

    def __init__(self, source: ExportSource) -> None:
        self.source = source
        self.stats = ScanStats()

    @classmethod
    @abstractmethod
    def recognizes(cls, source: ExportSource) -> bool:
        """True when the export's contents are this connector's format (never by file name)."""

    @abstractmethod
    def account(self) -> Account:
        """The account the export belongs to."""

    @abstractmethod
    def iter_posts(self) -> Iterator[Post]:
        """Every post, streamed; odd items are skipped and counted in ``self.stats``."""

    @abstractmethod
    def iter_links(self) -> Iterator[Link]:
        """Every friend, follower and followed account the export holds."""


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where an incremental fetch resumes: opaque to everyone but its connector."""

    value: str


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a live fetch: stored with its cursor in one transaction."""

    posts: tuple[Post, ...] = ()
    links: tuple[Link, ...] = ()
    cursor: Cursor | None = None
    requests: int = 1  # API requests this page cost (pay-per-use reporting)
    notes: tuple[str, ...] = field(default=())  # plain warnings for the user (limits reached)


class ApiConnector(ABC):
    """Pulls an account's posts and links from a live platform API.

    Subclasses set ``label`` (how errors name the account), ``counter`` (a
    ``RequestCounter`` on their HTTP session), ``policy`` (a ``RetryPolicy``) and implement
    ``classify`` (SDK exception -> scrubs error); ``call`` then runs any SDK call with the
    shared retry, backoff and rate-limit handling.
    """

    name: ClassVar[str]  # "x.api"
    platform: ClassVar[Platform]
    label: str = ""
    counter: RequestCounter
    policy: RetryPolicy

    @property
    def requests_made(self) -> int:
        """HTTP requests this connector made (reads are billed per request on some plans)."""
        return self.counter.count

    def classify(self, error: Exception) -> Exception | None:
        """The scrubs error for an SDK exception, or None when it is not the SDK's."""
        return None

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)`` with retries for server errors and bounded rate-limit waits."""
        return with_retries(
            lambda: fn(*args, **kwargs),
            policy=self.policy,
            classify=self.classify,
            account=self.label,
        )

    @abstractmethod
    def account(self) -> Account:
        """The account being fetched (one lookup call)."""

    @abstractmethod
    def iter_pages(self, after: Cursor | None) -> Iterator[Page]:
        """Pages of posts newer than ``after`` (everything when None), each with its cursor."""

    def iter_links(self) -> Iterator[Link]:
        """Followers/following where the platform allows; empty by default."""
        return iter(())
