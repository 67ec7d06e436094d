"""X (Twitter) archive reader, every era since 2019, from a zip or an unpacked folder.

Eras, told apart by what the archive holds (never by its file name):

* current (2022+): ``data/manifest.js``, ``data/tweets.js`` plus ``data/tweets-partN.js`` (parts
  are split by size, not by date), items ``{"tweet": {...}}``, media in ``data/tweets_media/``;
* 2020-2022: ``data/tweet.js`` / ``data/tweet-partN.js``, same ``{"tweet": {...}}`` wrapper;
* 2019: ``tweet.js`` at the root with bare tweet objects, media in ``tweet_media/``.

Every data file is JavaScript: ``window.YTD.<name>.partN = [...]``. Numbers are strings,
``full_text`` is HTML-escaped, links are t.co (the real URL is in ``entities.urls``). Long posts
("note tweets", 2023+) keep only a truncated ``full_text``; their whole text sits in
``note-tweet.js`` without the tweet's id, so it is joined by creation time and text prefix, the
way the archive's own viewer does.

The tweets file can be gigabytes, so it is streamed (:mod:`scanner.jsonstream`) twice: a first
pass keeps only what needs the whole archive (the id -> parent map of *self*-replies, for thread
roots; handles of followers/followings seen in replies and mentions), the second yields posts.
"""

from __future__ import annotations

import gc
import logging
import posixpath
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlparse

from scanner.connectors.base import ArchiveConnector
from scanner.jsonstream import iter_array, read_json
from scanner.models import (
    Account,
    Link,
    Media,
    MediaType,
    Person,
    Platform,
    Post,
    PostKind,
    Relation,
)
from scanner.sources import ExportSource
from scanner.textfix import fix_text

log = logging.getLogger(__name__)

TWEET_FILE = re.compile(r"^tweets?(?:-part\d+)?\.js$")
FOLLOWER_FILE = re.compile(r"^follower(?:-part\d+)?\.js$")
FOLLOWING_FILE = re.compile(r"^following(?:-part\d+)?\.js$")
NOTE_FILE = re.compile(r"^note-tweet(?:-part\d+)?\.js$")
MEDIA_FOLDERS = frozenset({"tweets_media", "tweet_media"})
_TCO = re.compile(r"https?://t\.co/([A-Za-z0-9]+)")
_LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
_URL = re.compile(r"https?://\S+")
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_X_DATE_UTC = re.compile(r"\S{3} (\S{3}) (\d\d) (\d\d):(\d\d):(\d\d) \+0000 (\d{4})", re.ASCII)
_MEDIA_TYPES: dict[str, MediaType] = {"photo": "image", "video": "video", "animated_gif": "gif"}
_NOTE_WINDOW = 3  # seconds between a truncated tweet and its note's createdAt
_MAX_THREAD_DEPTH = 10_000


class Skip(Exception):  # noqa: N818 - control flow for one item, not an error
    """One odd tweet: skipped and counted under ``reason`` (a fixed string, never content)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# -- pure parsing -----------------------------------------------------------------------------


def parse_x_date(value: Any) -> datetime:
    """``"Wed Oct 10 20:19:24 +0000 2018"`` (or ISO 8601) as an aware UTC datetime.

    Parsed by hand: ``strptime``'s ``%a``/``%b`` follow the process locale. The form every
    archive tweet has (two-digit fields, ``+0000``) is read from one expression's groups, the
    same datetime as the general path below in a third of its time (1.1 against 3.1 us: 0.2
    CPU s per 100,000 posts, read once per post).
    """
    if not isinstance(value, str):
        raise ValueError("date is not text")
    usual = _X_DATE_UTC.fullmatch(value)
    if usual is not None:
        month, day, hour, minute, second, year = usual.groups()
        return datetime(
            int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second), tzinfo=UTC
        )
    parts = value.split()
    if len(parts) == 6:
        _, month, day, clock, offset, year = parts
        hour, minute, second = (int(p) for p in clock.split(":"))
        sign = -1 if offset.startswith("-") else 1
        delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
        local = datetime(int(year), _MONTHS[month], int(day), hour, minute, second)
        return (local - delta).replace(tzinfo=UTC)
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def unwrap_tweet(item: Any) -> dict[str, Any]:
    """The tweet object of one array item, whatever the era (``{"tweet": {...}}`` or bare)."""
    if not isinstance(item, dict):
        raise Skip("tweet: not an object")
    inner = item.get("tweet")
    return inner if isinstance(inner, dict) else item


def tweet_id(tweet: dict[str, Any]) -> str:
    """The tweet's id as text (``id_str``, else ``id``); Skip when there is none."""
    value = tweet.get("id_str", tweet.get("id"))
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.isdigit():
        raise Skip("tweet: no id")
    return value


def _count(value: Any) -> int:
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


def _entities(tweet: dict[str, Any], key: str) -> list[dict[str, Any]]:
    entities = tweet.get("entities")
    items = entities.get(key) if isinstance(entities, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _media_entities(tweet: dict[str, Any]) -> list[dict[str, Any]]:
    extended = tweet.get("extended_entities")
    if isinstance(extended, dict) and isinstance(extended.get("media"), list):
        return [m for m in extended["media"] if isinstance(m, dict)]
    return _entities(tweet, "media")


def expand_links(text: str, tweet: dict[str, Any]) -> str:
    """t.co links replaced by the URL the user posted; media links (pic.x.com) removed.

    Done on the raw text, before unescaping: t.co paths hold no entities.
    """
    targets: dict[str, str] = {}
    for url in _entities(tweet, "urls"):
        short, expanded = url.get("url"), url.get("expanded_url")
        if isinstance(short, str) and isinstance(expanded, str) and (m := _TCO.match(short)):
            targets[m.group(1)] = expanded
    for media in _media_entities(tweet):
        short = media.get("url")
        if isinstance(short, str) and (m := _TCO.match(short)):
            targets.setdefault(m.group(1), "")
    if not targets:
        return text
    expanded_text = _TCO.sub(lambda m: targets.get(m.group(1), m.group(0)), text)
    return expanded_text.rstrip() if expanded_text != text else expanded_text


def _mentioned(tweet: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The handles and the user ids a tweet mentions, each once, in order. Most tweets
    mention nobody: they return at once (0.07 CPU s per 100,000 posts)."""
    entities = _entities(tweet, "user_mentions")
    if not entities:
        return (), ()
    pairs = [(m.get("screen_name"), m.get("id_str", m.get("id"))) for m in entities]
    handles = dict.fromkeys(n for n, _ in pairs if isinstance(n, str) and n)
    ids = dict.fromkeys(str(i) for _, i in pairs if i is not None)
    return tuple(handles), tuple(ids)


def _is_self_reply(tweet: dict[str, Any], account: Account) -> bool:
    parent = tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")
    if not parent:
        return False
    uid = str(tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id") or "")
    if uid and account.user_id:
        return uid == account.user_id
    name = tweet.get("in_reply_to_screen_name")
    return isinstance(name, str) and name.lower() == account.handle.lower()


def _people_seen(tweet: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """``(user id, handle)`` pairs the tweet reveals: mentions and the account replied to."""
    for mention in _entities(tweet, "user_mentions"):
        uid, name = mention.get("id_str", mention.get("id")), mention.get("screen_name")
        if uid is not None and isinstance(name, str) and name:
            yield str(uid), name
    uid = tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id")
    name = tweet.get("in_reply_to_screen_name")
    if uid and isinstance(name, str) and name:
        yield str(uid), name


# -- the archive-wide facts the first pass gathers ---------------------------------------------


@dataclass(frozen=True, slots=True)
class NoteTweet:
    """A long post's whole text from ``note-tweet.js``, waiting for its truncated tweet."""

    note_id: str
    created: int  # epoch seconds
    text: str  # repaired and with links expanded


@dataclass(slots=True)
class ArchiveIndex:
    """What the first pass keeps: small maps, never the tweets themselves."""

    self_parent: dict[str, str] = field(default_factory=dict)  # self-reply id -> parent id
    thread_roots: set[str] = field(default_factory=set)  # ids that have self-replies
    handles: dict[str, str] = field(default_factory=dict)  # linked account id -> handle
    notes: dict[int, list[NoteTweet]] = field(default_factory=dict)  # by created epoch second

    def thread_of(self, post_id: str) -> str | None:
        """The root of the self-reply chain ``post_id`` belongs to, or None when it is alone."""
        if post_id not in self.self_parent:
            return post_id if post_id in self.thread_roots else None
        current = post_id
        for _ in range(_MAX_THREAD_DEPTH):
            parent = self.self_parent.get(current)
            if parent is None:
                return current
            current = parent
        return current  # a cycle in broken data: any stable member will do

    def note_for(self, created: datetime, stub: str, taken: set[str]) -> NoteTweet | None:
        """The note whose time is within a few seconds and whose text starts like ``stub``.

        ``taken`` holds the ids of notes already joined in this pass, so two long posts made in
        the same second do not both get the first one.
        """
        second = int(created.timestamp())
        candidates = [
            note
            for s in range(second - _NOTE_WINDOW, second + _NOTE_WINDOW + 1)
            for note in self.notes.get(s, ())
            if note.note_id not in taken
        ]
        if not candidates:
            return None
        key = _prefix_key(stub)
        for note in candidates:
            if key and _prefix_key(note.text).startswith(key):
                return note
        if len(candidates) == 1 and _looks_truncated(stub):
            return candidates[0]
        return None


def _prefix_key(text: str) -> str:
    """A comparable opening of a text: no leading @mentions, no links, no ellipsis, squashed."""
    text = _URL.sub(" ", _LEADING_MENTIONS.sub("", text)).replace("…", " ")
    return " ".join(text.split())[:40].rstrip()


def _looks_truncated(text: str) -> bool:
    return _URL.sub("", text).rstrip().endswith(("…", "..."))


def parse_note(item: Any) -> NoteTweet | None:
    """One ``note-tweet.js`` item, or None when it is not the expected shape."""
    note = item.get("noteTweet") if isinstance(item, dict) else None
    if not isinstance(note, dict):
        return None
    core = note.get("core") if isinstance(note.get("core"), dict) else {}
    text = core.get("text") if isinstance(core, dict) else None
    if not isinstance(text, str):
        text = (
            (note.get("noteTweetContents") or {}).get("text")
            if isinstance(note.get("noteTweetContents"), dict)
            else None
        )
    if not isinstance(text, str):
        return None
    try:
        created = parse_x_date(note.get("createdAt"))
    except (ValueError, KeyError, TypeError):
        return None
    for url in core.get("urls", []) if isinstance(core, dict) else []:
        if isinstance(url, dict) and isinstance(url.get("shortUrl"), str):
            expanded = url.get("expandedUrl")
            if isinstance(expanded, str):
                text = text.replace(url["shortUrl"], expanded)
    note_id = str(note.get("noteTweetId") or f"{created.timestamp():.0f}:{len(text)}")
    return NoteTweet(note_id, int(created.timestamp()), fix_text(text))


# -- the connector ----------------------------------------------------------------------------


class XArchive(ArchiveConnector):
    """An X/Twitter archive: posts from the tweets files, links from follower/following."""

    name: ClassVar[str] = "x.archive"
    platform: ClassVar[Platform] = "x"

    def __init__(self, source: ExportSource) -> None:
        super().__init__(source)
        self._files = _classify(source)
        self._account: Account | None = None
        self._index: ArchiveIndex | None = None
        self._media: dict[str, list[str]] | None = None
        self._media_dirs: dict[str, str] = {}

    @classmethod
    def recognizes(cls, source: ExportSource) -> bool:
        """An archive holds a tweets file or a manifest whose content is an X data file."""
        files = _classify(source)
        candidates = files.tweets[:1] + files.manifest[:1] + files.account[:1]
        return any(_sniff_ytd(source, name) for name in candidates)

    # -- account ---------------------------------------------------------------------------

    def account(self) -> Account:
        if self._account is None:
            self._account = self._read_account()
        return self._account

    def _read_account(self) -> Account:
        handle = user_id = display = bio = ""
        for name in self._files.account[:1]:
            record = _first_record(self._read_small(name), "account")
            handle = str(record.get("username") or "")
            user_id = str(record.get("accountId") or "")
            display = str(record.get("accountDisplayName") or "")
        if not handle:
            for name in self._files.manifest[:1]:
                manifest = self._read_small(name)
                info = manifest.get("userInfo", {}) if isinstance(manifest, dict) else {}
                if isinstance(info, dict):
                    handle = str(info.get("userName") or "")
                    user_id = user_id or str(info.get("accountId") or "")
                    display = display or str(info.get("displayName") or "")
        for name in self._files.profile[:1]:
            description = _first_record(self._read_small(name), "profile").get("description")
            if isinstance(description, dict) and isinstance(description.get("bio"), str):
                bio = fix_text(description["bio"])
        if not handle:
            log.warning("x archive without account.js or manifest: handle unknown")
            handle = user_id or "unknown"
        return Account(
            platform="x",
            handle=handle,
            user_id=user_id,
            display_name=fix_text(display),
            bio=bio,
            url=f"https://x.com/{handle}",
        )

    def _read_small(self, name: str) -> Any:
        with self.source.open_member(name) as stream:
            return read_json(stream, self.source.member_label(name))

    # -- posts -----------------------------------------------------------------------------

    def iter_posts(self) -> Iterator[Post]:
        account = self.account()
        index = self.index()
        emitted = 0
        notes_taken: set[str] = set()
        for name in self._files.tweets:
            origin = f"{self.name}:{name}"
            for item in self._iter_file(name):
                try:
                    post = self.parse_tweet(item, account, index, origin, notes_taken)
                except Skip as skip:
                    self.stats.skip(skip.reason)
                    continue
                emitted += 1
                yield post
        log.info("x archive: %d posts read, %s skipped", emitted, self.stats.skipped or "none")

    def parse_tweet(
        self,
        item: Any,
        account: Account,
        index: ArchiveIndex,
        origin: str,
        notes_taken: set[str] | None = None,
    ) -> Post:
        """One archive item as a Post; raises :class:`Skip` for odd items."""
        tweet = unwrap_tweet(item)
        post_id = tweet_id(tweet)
        raw_text = tweet.get("full_text")
        if not isinstance(raw_text, str):
            raw_text = tweet.get("text") if isinstance(tweet.get("text"), str) else None
        if raw_text is None:
            raise Skip("tweet: no full_text")
        try:
            created = parse_x_date(tweet.get("created_at"))
        except (ValueError, KeyError, TypeError, IndexError):
            raise Skip("tweet: unparseable date") from None
        text = fix_text(expand_links(raw_text, tweet))
        kind: PostKind = "post"
        parent = tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")
        if text.startswith("RT @"):
            kind = "repost"
        elif parent or tweet.get("in_reply_to_user_id_str"):
            kind = "reply"
        if kind != "repost" and index.notes:
            taken = notes_taken if notes_taken is not None else set()
            note = index.note_for(created, text, taken)
            if note is not None:
                taken.add(note.note_id)
                text = _with_leading_mentions(text, note.text)
        mentions, mention_ids = _mentioned(tweet)
        reply_to = tweet.get("in_reply_to_screen_name")
        reply_uid = tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id")
        return Post(
            platform="x",
            id=post_id,
            account=account.handle,
            kind=kind,
            created_at=created,
            text=text,
            url=f"https://x.com/{account.handle}/status/{post_id}",
            media=self._media_of(post_id, tweet),
            reply_to=reply_to if isinstance(reply_to, str) and reply_to else None,
            reply_to_user_id=str(reply_uid) if reply_uid else None,
            reply_to_post_id=str(parent) if parent else None,
            mentions=mentions,
            mention_ids=mention_ids,
            thread_id=index.thread_of(post_id),
            reach=_count(tweet.get("favorite_count")) + _count(tweet.get("retweet_count")),
            origin=origin,
        )

    def _iter_file(self, name: str) -> Iterator[Any]:
        with self.source.open_member(name) as stream:
            yield from iter_array(stream, self.source.member_label(name))

    # -- media -----------------------------------------------------------------------------

    def _media_of(self, post_id: str, tweet: dict[str, Any]) -> tuple[Media, ...]:
        entities = _media_entities(tweet)
        if not entities:
            return ()
        files = self.media_files().get(post_id, [])
        found: list[Media] = []
        used: set[str] = set()
        for media in entities:
            kind = _MEDIA_TYPES.get(str(media.get("type")), "other")
            url = media.get("media_url_https") or media.get("media_url")
            wanted = {_basename(url)} | {_basename(v.get("url")) for v in _variants(media)}
            member = next(
                (f for f in files if f not in used and f.split("-", 1)[-1] in wanted), None
            )
            if member is None and kind in ("video", "gif"):
                member = next((f for f in files if f not in used and f.endswith(".mp4")), None)
            path = None
            if member is not None:
                used.add(member)
                path = self.source.media_ref(self._media_member(member))
            alt = media.get("ext_alt_text")
            found.append(
                Media(
                    type=kind,
                    path=path,
                    url=url if isinstance(url, str) else None,
                    alt_text=fix_text(alt) if isinstance(alt, str) else "",
                )
            )
        return tuple(found)

    def media_files(self) -> dict[str, list[str]]:
        """Media file names (``<tweet id>-<basename>``) by tweet id, listed once."""
        if self._media is None:
            self._media = {}
            for name in self.source.names():
                folder, base = posixpath.split(name)
                if posixpath.basename(folder) in MEDIA_FOLDERS and "-" in base:
                    owner = base.split("-", 1)[0]
                    self._media.setdefault(owner, []).append(base)
                    self._media_dirs[base] = name
        return self._media

    def _media_member(self, base: str) -> str:
        return self._media_dirs[base]

    # -- links -----------------------------------------------------------------------------

    def iter_links(self) -> Iterator[Link]:
        account = self.account()
        index = self.index()
        roles: tuple[tuple[Relation, list[str], str], ...] = (
            ("follower", self._files.followers, "follower"),
            ("following", self._files.following, "following"),
        )
        for relation, names, key in roles:
            for name in names:
                for other_id in self._iter_link_ids(name, key):
                    yield Link(
                        platform="x",
                        account=account.handle,
                        relation=relation,
                        other=Person(id=other_id, handle=index.handles.get(other_id)),
                        origin=f"{self.name}:{name}",
                    )

    def _iter_link_ids(self, name: str, key: str) -> Iterator[str]:
        for item in self._iter_file(name):
            record = item.get(key) if isinstance(item, dict) else None
            other = record.get("accountId") if isinstance(record, dict) else None
            if isinstance(other, int | str) and str(other).isdigit():
                yield str(other)
            else:
                self.stats.skip(f"{key}: no account id")

    # -- the first pass --------------------------------------------------------------------

    def index(self) -> ArchiveIndex:
        """Gather the archive-wide facts (threads, handles of links, notes) in one light pass."""
        if self._index is None:
            with _few_collections():
                self._index = self._build_index()
        return self._index

    def _build_index(self) -> ArchiveIndex:
        account = self.account()
        index = ArchiveIndex()
        linked = self._linked_ids()
        for name in self._files.notes:
            for item in self._iter_file(name):
                note = parse_note(item)
                if note is None:
                    self.stats.skip("note tweet: unreadable")
                    continue
                index.notes.setdefault(note.created, []).append(note)
        for name in self._files.tweets:
            for item in self._iter_file(name):
                if not isinstance(item, dict):
                    continue
                tweet = item.get("tweet") if isinstance(item.get("tweet"), dict) else item
                try:
                    post_id = tweet_id(tweet)
                except Skip:
                    continue
                if _is_self_reply(tweet, account):
                    parent = str(
                        tweet.get("in_reply_to_status_id_str") or tweet["in_reply_to_status_id"]
                    )
                    index.self_parent[post_id] = parent
                    index.thread_roots.add(parent)
                if linked:
                    for uid, handle in _people_seen(tweet):
                        if uid in linked:
                            index.handles[uid] = handle
        return index

    def _linked_ids(self) -> set[str]:
        ids: set[str] = set()
        files = self._files
        for names, key in ((files.followers, "follower"), (files.following, "following")):
            for name in names:
                for item in self._iter_file(name):
                    record = item.get(key) if isinstance(item, dict) else None
                    if isinstance(record, dict) and record.get("accountId") is not None:
                        ids.add(str(record["accountId"]))
        return ids


# -- helpers ----------------------------------------------------------------------------------


FIRST_PASS_GC_THRESHOLD = 20_000  # allocations between young collections in the first pass


@contextmanager
def _few_collections() -> Iterator[None]:
    """Python's young collections every ``FIRST_PASS_GC_THRESHOLD`` allocations instead of
    700 inside, restored after. The first pass decodes every tweet (a dozen containers each,
    none kept, no cycles), so the collections it set off found nothing to free and cost 0.1
    of its 0.64 CPU s per 100,000 tweets. It runs before the scorer's own streaming setting
    (``classifiers.engine.STREAMING_GC_THRESHOLD``) starts, in the scan's only busy thread."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], FIRST_PASS_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@dataclass(frozen=True, slots=True)
class _Files:
    tweets: list[str]
    account: list[str]
    profile: list[str]
    manifest: list[str]
    followers: list[str]
    following: list[str]
    notes: list[str]


def _classify(source: ExportSource) -> _Files:
    """The archive's data files by role, matched on base names (eras move folders around)."""
    roles = ("tweets", "account", "profile", "manifest", "followers", "following", "notes")
    by_role: dict[str, list[str]] = {role: [] for role in roles}
    for name in source.names():
        if not name.endswith(".js") or name.startswith("assets/"):
            continue
        base = posixpath.basename(name)
        if TWEET_FILE.match(base):
            by_role["tweets"].append(name)
        elif base == "account.js":
            by_role["account"].append(name)
        elif base == "profile.js":
            by_role["profile"].append(name)
        elif base == "manifest.js":
            by_role["manifest"].append(name)
        elif FOLLOWER_FILE.match(base):
            by_role["followers"].append(name)
        elif FOLLOWING_FILE.match(base):
            by_role["following"].append(name)
        elif NOTE_FILE.match(base):
            by_role["notes"].append(name)
    for names in by_role.values():
        names.sort(key=_part_order)
    return _Files(**by_role)


def _part_order(name: str) -> tuple[str, int]:
    """``tweets.js`` before ``tweets-part1.js`` before ``tweets-part10.js``."""
    match = re.search(r"-part(\d+)\.js$", name)
    stem = re.sub(r"-part\d+\.js$", ".js", name)
    return stem, int(match.group(1)) + 1 if match else 0


def _sniff_ytd(source: ExportSource, name: str) -> bool:
    """True when the member opens like an X data file (``window.YTD.`` or the manifest)."""
    try:
        with source.open_member(name) as stream:
            head = stream.read(256).decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    except Exception:  # noqa: BLE001 - a member we cannot even read is not a sign of X
        return False
    return head.startswith(("window.YTD.", "window.__THAR_CONFIG"))


def _first_record(document: Any, key: str) -> dict[str, Any]:
    """``document[0][key]`` for the small ``[{"account": {...}}]`` files, or {}."""
    if isinstance(document, list) and document and isinstance(document[0], dict):
        record = document[0].get(key)
        return record if isinstance(record, dict) else {}
    return {}


def _basename(url: Any) -> str:
    if not isinstance(url, str):
        return ""
    return posixpath.basename(urlparse(url).path)


def _variants(media: dict[str, Any]) -> list[dict[str, Any]]:
    info = media.get("video_info")
    variants = info.get("variants") if isinstance(info, dict) else None
    return [v for v in variants if isinstance(v, dict)] if isinstance(variants, list) else []


def _with_leading_mentions(stub: str, full: str) -> str:
    """The note's whole text, keeping the ``@handle`` prefix X put on the reply's stub."""
    lead = _LEADING_MENTIONS.match(stub)
    if lead and not full.startswith(lead.group(0).strip()):
        return lead.group(0) + full
    return full


__all__ = ["ArchiveIndex", "NoteTweet", "Skip", "XArchive", "parse_note", "parse_x_date"]
