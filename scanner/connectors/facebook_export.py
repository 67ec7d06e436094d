"""Facebook "Download Your Information" (JSON) reader, 2019 to 2024+ layouts.

Facebook moves files between folders every year or two, so files are matched by name pattern
and parent folder, never by full path:

=========  =====================================================================================
2019       ``posts/your_posts_1.json``, ``comments/comments.json`` (``comments``),
           ``friends/friends.json`` (``friends``), ``profile_information/profile_information.json``
2021       ``posts/your_posts_1.json``, ``comments_and_reactions/comments.json`` (``comments_v2``),
           ``friends_and_followers/friends.json`` (``friends_v2``)
2022-2023  ``your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json``,
           ``connections/friends/your_friends.json``, ``personal_information/profile_information/``
2024+      ``your_facebook_activity/posts/...``, ``your_facebook_activity/comments_and_reactions/``
=========  =====================================================================================

Posts and comments in groups (``your_posts_in_groups.json``, ``group_posts_and_comments.json``,
``your_comments_in_groups.json``) are read too: patient-support groups are where clinicians most
often meet patients online. Followers (``followers.json``, ``people_who_followed_you.json``)
become links like friends, with relation "follower".

Every string in the export is mojibake (UTF-8 bytes written as ``\\u00XX``); each record is
repaired with :func:`scanner.textfix.fix_facebook_strings` before it is read, media paths
included. DYI posts carry no id, so a post's id is a digest of its timestamp and content:
stable across re-scans of the same or a newer export.

An export requested as HTML has the same files as ``.html``; it is refused with a message that
says how to ask for JSON.
"""

from __future__ import annotations

import hashlib
import logging
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from scanner.connectors.base import ArchiveConnector
from scanner.errors import WrongExportFormat
from scanner.jsonstream import iter_array, read_json
from scanner.models import Account, Link, Media, MediaType, Person, Platform, Post, Relation
from scanner.sources import ExportSource
from scanner.textfix import fix_facebook_strings, fix_text

log = logging.getLogger(__name__)

POSTS_FILE = re.compile(
    r"^your_posts(?:_\d+|__check_ins__photos_and_videos(?:_\d+)?)?\.(json|html)$"
)
COMMENTS_DIRS = frozenset({"comments", "comments_and_reactions"})
FRIENDS_DIRS = frozenset({"friends", "friends_and_followers"})
FOLLOWERS_DIRS = frozenset({"followers", "friends_and_followers", "following_and_followers"})
PROFILE_FILE = "profile_information"
POSTS_KEYS = ("status_updates_v2", "status_updates", "posts_v2", "posts")
COMMENTS_KEYS = ("comments_v2", "comments")
GROUP_POSTS_FILES = frozenset({"your_posts_in_groups", "group_posts_and_comments"})
GROUP_POSTS_KEYS = ("group_posts_v2", "group_posts")
GROUP_COMMENTS_FILES = frozenset({"your_comments_in_groups"})
GROUP_COMMENTS_KEYS = ("group_comments_v2", "group_comments")
FRIENDS_KEYS = ("friends_v2", "friends")
FOLLOWERS_KEYS = ("followers_v3", "followers_v2", "followers")
_TITLE_TARGET = re.compile(
    r"(?:wrote on|posted (?:something |a \w+ )?(?:to|on)|commented on|replied to)\s+(.+?)'s?\s"
)
_IMAGE = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic")
_VIDEO = (".mp4", ".mov", ".m4v", ".webm")


@dataclass(frozen=True, slots=True)
class _Files:
    posts: list[str]
    comments: list[str]
    friends: list[str]
    followers: list[str]
    profile: list[str]
    html: list[str]  # the same roles as .html: the user requested the wrong format


def _classify(source: ExportSource) -> _Files:
    posts, comments, friends, followers, profile, html = [], [], [], [], [], []
    for name in source.names():
        folder, base = posixpath.split(name)
        parent = posixpath.basename(folder)
        stem, _, ext = base.rpartition(".")
        if ext not in ("json", "html"):
            continue
        role = None
        if POSTS_FILE.match(base) or stem in GROUP_POSTS_FILES:
            role = posts
        elif (stem == "comments" and parent in COMMENTS_DIRS) or stem in GROUP_COMMENTS_FILES:
            role = comments
        elif (stem == "friends" and parent in FRIENDS_DIRS) or stem == "your_friends":
            role = friends
        elif stem.startswith("people_who_followed_you") or (
            stem == "followers" and parent in FOLLOWERS_DIRS
        ):
            role = followers
        elif stem == PROFILE_FILE:
            role = profile
        if role is None:
            continue
        (html if ext == "html" else role).append(name)
    return _Files(
        *(sorted(x, key=_numbered) for x in (posts, comments, friends, followers, profile, html))
    )


def _numbered(name: str) -> tuple[str, int]:
    match = re.search(r"_(\d+)\.\w+$", name)
    return re.sub(r"_\d+(\.\w+)$", r"\1", name), int(match.group(1)) if match else 0


class FacebookExport(ArchiveConnector):
    """A Facebook DYI export: your posts and comments, your friends (and followers)."""

    name: ClassVar[str] = "facebook.export"
    platform: ClassVar[Platform] = "facebook"

    def __init__(self, source: ExportSource) -> None:
        super().__init__(source)
        self._files = _classify(source)
        if self._files.html and not (
            self._files.posts or self._files.comments or self._files.friends
        ):
            raise WrongExportFormat(
                "this Facebook export is in HTML format, which scrubs cannot read; in Facebook's "
                '"Download Your Information", request a new download with Format: JSON',
                path=source.label,
            )
        self._account: Account | None = None

    @classmethod
    def recognizes(cls, source: ExportSource) -> bool:
        files = _classify(source)
        return bool(files.posts or files.comments or files.friends or files.html)

    # -- account ---------------------------------------------------------------------------

    def account(self) -> Account:
        if self._account is None:
            self._account = self._read_account()
        return self._account

    def _read_account(self) -> Account:
        name = username = ""
        for member in self._files.profile[:1]:
            with self.source.open_member(member) as stream:
                document = fix_facebook_strings(read_json(stream, self.source.member_label(member)))
            profile = _first_dict(document, ("profile_v2", "profile"))
            full = profile.get("name")
            name = full.get("full_name", "") if isinstance(full, dict) else str(full or "")
            username = str(profile.get("username") or "")
            if not username and isinstance(profile.get("profile_uri"), str):
                username = profile["profile_uri"].rstrip("/").rsplit("/", 1)[-1]
        handle = (
            username
            or _handle_from_label(self.source.wrapper or self.source.label)
            or _slug(name)
            or "me"
        )
        return Account(
            platform="facebook",
            handle=handle,
            display_name=fix_text(name),
            url=f"https://www.facebook.com/{username}" if username else None,
        )

    # -- posts -----------------------------------------------------------------------------

    def iter_posts(self) -> Iterator[Post]:
        account = self.account()
        count = 0
        for member in self._files.posts:
            for item in self._iter(member, POSTS_KEYS + GROUP_POSTS_KEYS):
                post = self._parse_post(item, account, member)
                if post is not None:
                    count += 1
                    yield post
        for member in self._files.comments:
            for item in self._iter(member, COMMENTS_KEYS + GROUP_COMMENTS_KEYS):
                post = self._parse_comment(item, account, member)
                if post is not None:
                    count += 1
                    yield post
        log.info(
            "facebook export: %d posts and comments, %s skipped",
            count,
            self.stats.skipped or "none",
        )

    def _iter(self, member: str, keys: tuple[str, ...]) -> Iterator[Any]:
        with self.source.open_member(member) as stream:
            for item in iter_array(stream, self.source.member_label(member), keys=keys):
                yield fix_facebook_strings(item)

    def _parse_post(self, item: Any, account: Account, member: str) -> Post | None:
        if not isinstance(item, dict):
            self.stats.skip("facebook post: not an object")
            return None
        created = _timestamp(item.get("timestamp"))
        if created is None:
            self.stats.skip("facebook post: unparseable timestamp")
            return None
        texts = [d["post"] for d in _dicts(item.get("data")) if isinstance(d.get("post"), str)]
        text = "\n".join(t for t in texts if t.strip())
        media, place, links, captions = self._attachments(item)
        if not text and captions:
            text = "\n".join(captions)
        if links:
            text = "\n".join([text, *[u for u in links if u not in text]]).strip()
        if place:
            text = f"{text}\n— at {place}".strip()
        if not text and not media:
            self.stats.skip("facebook post: no text or media")
            return None
        tags = [t.get("name") for t in _dicts(item.get("tags"))]
        title = item.get("title") if isinstance(item.get("title"), str) else ""
        target = _TITLE_TARGET.search(title)
        post_id = _digest("p", created, text, *(_media_key(m) for m in media))
        return Post(
            platform="facebook",
            id=post_id,
            account=account.handle,
            kind="post",
            created_at=created,
            text=fix_text(text),
            media=tuple(media),
            reply_to=target.group(1) if target else None,
            mentions=tuple(dict.fromkeys(t for t in tags if isinstance(t, str) and t)),
            public=True,
            origin=f"{self.name}:{member}",
        )

    def _attachments(self, item: dict[str, Any]) -> tuple[list[Media], str, list[str], list[str]]:
        media: list[Media] = []
        place = ""
        links: list[str] = []
        captions: list[str] = []
        for attachment in _dicts(item.get("attachments")):
            for data in _dicts(attachment.get("data")):
                if isinstance(data.get("media"), dict):
                    media.append(self._media(data["media"]))
                    description = data["media"].get("description")
                    if isinstance(description, str) and description.strip():
                        captions.append(description)
                if isinstance(data.get("place"), dict):
                    place = str(data["place"].get("name") or place)
                context = data.get("external_context")
                if isinstance(context, dict) and isinstance(context.get("url"), str):
                    links.append(context["url"])
                note = data.get("note")
                if isinstance(note, dict):
                    for entry in _dicts(note.get("media")):
                        media.append(self._media(entry))
        return media, place, links, captions

    def _media(self, entry: dict[str, Any]) -> Media:
        """One attachment; its path is resolved against the export (the uri is relative)."""
        uri = entry.get("uri") if isinstance(entry.get("uri"), str) else ""
        path = None
        url = None
        if uri.startswith(("http://", "https://")):
            url = uri
        elif uri:
            member = self._member_for(uri)
            path = self.source.media_ref(member) if member else None
        description = entry.get("description")
        return Media(
            type=_media_type(uri),
            path=path,
            url=url,
            alt_text=fix_text(description) if isinstance(description, str) else "",
        )

    def _member_for(self, uri: str) -> str | None:
        """The export member a media uri names; uris are relative to the export root."""
        uri = uri.lstrip("/")
        if self.source.has(uri):
            return uri
        raw = uri.encode("utf-8", "ignore").decode("latin-1", "ignore")
        return raw if self.source.has(raw) else None

    def _parse_comment(self, item: Any, account: Account, member: str) -> Post | None:
        if not isinstance(item, dict):
            self.stats.skip("facebook comment: not an object")
            return None
        created = _timestamp(item.get("timestamp"))
        comment = next(
            (d["comment"] for d in _dicts(item.get("data")) if isinstance(d.get("comment"), dict)),
            None,
        )
        text = comment.get("comment") if comment else None
        if created is None:
            self.stats.skip("facebook comment: unparseable timestamp")
            return None
        media, _, links, _ = self._attachments(item)
        if not isinstance(text, str) or not (text.strip() or media):
            self.stats.skip("facebook comment: no text")
            return None
        if links:
            text = "\n".join([text, *[u for u in links if u not in text]]).strip()
        title = item.get("title") if isinstance(item.get("title"), str) else ""
        target = _TITLE_TARGET.search(title)
        return Post(
            platform="facebook",
            id=_digest("c", created, text, title),
            account=account.handle,
            kind="comment",
            created_at=created,
            text=fix_text(text),
            media=tuple(media),
            reply_to=target.group(1) if target else None,
            origin=f"{self.name}:{member}",
        )

    # -- links -----------------------------------------------------------------------------

    def iter_links(self) -> Iterator[Link]:
        account = self.account()
        roles: tuple[tuple[Relation, list[str], tuple[str, ...]], ...] = (
            ("friend", self._files.friends, FRIENDS_KEYS),
            ("follower", self._files.followers, FOLLOWERS_KEYS),
        )
        for relation, members, keys in roles:
            for member in members:
                for item in self._iter(member, keys):
                    name = item.get("name") if isinstance(item, dict) else None
                    if not isinstance(name, str) or not name.strip():
                        self.stats.skip(f"facebook {relation}: no name")
                        continue
                    yield Link(
                        platform="facebook",
                        account=account.handle,
                        relation=relation,
                        other=Person(name=fix_text(name)),
                        since=_timestamp(item.get("timestamp")),
                        origin=f"{self.name}:{member}",
                    )


# -- helpers ----------------------------------------------------------------------------------


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _first_dict(document: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    if isinstance(document, dict):
        for key in keys:
            if isinstance(document.get(key), dict):
                return document[key]
    return {}


def _timestamp(value: Any) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _digest(kind: str, created: datetime, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{kind}{int(created.timestamp())}-{digest}"


def _media_key(media: Media) -> str:
    """What identifies an attachment whatever the export's location: its file name."""
    return posixpath.basename(media.path or media.url or "")


def _media_type(uri: str) -> MediaType:
    lower = uri.lower().split("?", 1)[0]
    if lower.endswith(_VIDEO):
        return "video"
    if lower.endswith(_IMAGE):
        return "image"
    return "other"


def _handle_from_label(label: str) -> str:
    """``facebook-janedoe123-2024-05-01-x`` (Facebook's zip/folder name) -> ``janedoe123``.

    Only Facebook's own naming (with the date) counts: a folder the user named
    ``facebook-export`` says nothing about the account.
    """
    base = posixpath.basename(label.replace("\\", "/").rstrip("/"))
    match = re.match(r"facebook-([A-Za-z0-9.]+)-\d{4}-\d{2}-\d{2}", base)
    return match.group(1) if match else ""


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9.]", "", name.lower().replace(" ", "."))


__all__ = ["FacebookExport"]
