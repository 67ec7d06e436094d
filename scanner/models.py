"""The data scrubs moves between its parts: accounts, posts, media, people and links.

Every connector produces these and every later stage consumes them, so they are frozen,
slotted and free of I/O. Serialisation lives in ``scanner.results`` only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

Platform = Literal["x", "facebook", "instagram", "mastodon", "linkedin", "bluesky"]
PostKind = Literal["post", "reply", "repost", "comment"]
Relation = Literal["follower", "following", "friend"]
MediaType = Literal["image", "video", "gif", "other"]

PLATFORMS: tuple[Platform, ...] = ("x", "facebook", "instagram", "mastodon", "linkedin", "bluesky")

@dataclass(frozen=True, slots=True)
class Media:
    """An attachment. Archives give a local ``path``; live APIs give a ``url``."""

    type: MediaType
    path: str | None = None
    url: str | None = None
    alt_text: str = ""


@dataclass(frozen=True, slots=True)
class Account:
    """The audited account: whose posts these are."""

    platform: Platform
    handle: str
    user_id: str = ""
    display_name: str = ""
    bio: str = ""
    url: str | None = None

    @property
    def key(self) -> str:
        """Stable identity across runs and sources: ``platform:handle`` (lower case)."""
        return f"{self.platform}:{self.handle.lower()}"


@dataclass(frozen=True, slots=True)
class Post:
    """One thing the account published: a post, reply, repost or comment.

    ``id`` is text because X ids exceed 2**53 and would lose digits as JSON numbers.
    ``text`` is as the user wrote it, after ``scanner.textfix`` repaired entities and mojibake.
    """

    platform: Platform
    id: str
    account: str
    kind: PostKind
    created_at: datetime
    text: str
    url: str | None = None
    media: tuple[Media, ...] = ()
    reply_to: str | None = None  # handle answered, without "@"
    reply_to_user_id: str | None = None
    reply_to_post_id: str | None = None
    mentions: tuple[str, ...] = ()  # handles, without "@"
    mention_ids: tuple[str, ...] = ()  # platform user ids aligned with nothing: a set of ids
    # root of a self-reply thread, so a case spread over it is seen whole
    thread_id: str | None = None
    reach: int = 0  # likes + reposts + replies: exposure
    public: bool = True
    origin: str = ""  # provenance such as "x.archive:data/tweets-part1.js", never content

    def __post_init__(self) -> None:
        if self.created_at.tzinfo is UTC:  # the readers' usual case: nothing to check
            return
        if self.created_at.tzinfo is None:
            raise ValueError("Post.created_at must be timezone-aware (UTC)")
        if self.created_at.utcoffset() != UTC.utcoffset(None):
            object.__setattr__(self, "created_at", self.created_at.astimezone(UTC))

    @property
    def key(self) -> str:
        """Stable identity of the post across sources: ``platform:id``."""
        return f"{self.platform}:{self.id}"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on the other end of a link. Archives often give only one of the three fields."""

    id: str | None = None
    name: str | None = None
    handle: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A relationship between the audited account and another person."""

    platform: Platform
    account: str  # the audited account's handle
    relation: Relation
    other: Person
    since: datetime | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class ScanStats:
    """What a connector skipped, counted, so the user hears about it once, not per item."""

    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        """Count one skipped item under ``reason`` (no content: reasons are fixed strings)."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1
