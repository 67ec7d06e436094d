"""Real-format exports written from synthetic people, for the tests, the demo and the benchmarks.

Every file is shaped like the platform's own (key names, string-typed numbers, the
``window.YTD.<name>.partN = `` prefix, part files, Facebook's ``\\u00XX`` mojibake), so the readers
are tested on what users really download, with no real person's data.

    python -m tests.builders demo DIR       # x-archive.zip, facebook-export/, roster.csv
    python -m tests.builders x-archive PATH --posts N --seed S   # a big archive for benchmarks
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import re
import shutil
import struct
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any, Literal

XEra = Literal["2023", "2021", "2019"]
FacebookLayout = Literal["2019", "2021", "2023", "2024"]

TWITTER_EPOCH_MS = 1288834974657
UTC = UTC

# A tiny valid JPEG-ish payload: media tests need bytes, not pictures.
FAKE_JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    + b"\x00" * 64
    + b"\xff\xd9"
)
FAKE_MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


# =============================================================================================
# synthetic people
# =============================================================================================

FIRST_NAMES = (
    ("Robert", "Bob"),
    ("William", "Bill"),
    ("Elizabeth", "Liz"),
    ("Margaret", "Peggy"),
    ("Katherine", "Kate"),
    ("James", "Jim"),
    ("Patrick", "Paddy"),
    ("Michael", "Mike"),
    ("Thomas", "Tom"),
    ("Joseph", "Joe"),
    ("Zoë", "Zoe"),
    ("Seán", "Sean"),
    ("Siobhán", "Siobhan"),
    ("José", "Pepe"),
    ("Renée", "Renee"),
    ("Chloé", "Chloe"),
    ("Björn", "Bjorn"),
    ("Ángela", "Angie"),
    ("Deborah", "Debbie"),
    ("Christopher", "Chris"),
    ("Aoife", "Aoife"),
    ("Niamh", "Niamh"),
    ("Daniel", "Dan"),
    ("Susan", "Sue"),
    ("Anthony", "Tony"),
    ("Rebecca", "Becky"),
    ("Edward", "Ted"),
    ("Jennifer", "Jen"),
    ("Matthew", "Matt"),
    ("Alexandra", "Sasha"),
    ("Oluwaseun", "Seun"),
    ("Priya", "Priya"),
    ("Mei", "Mei"),
    ("Tomasz", "Tomek"),
    ("Fiona", "Fi"),
    ("Declan", "Dec"),
)
LAST_NAMES = (
    "Gallagher",
    "O'Brien",
    "Nguyen",
    "Müller",
    "Ní Bhriain",
    "McLaughlin",
    "Kowalski",
    "Patel",
    "Okafor",
    "Hernández",
    "Byrne",
    "Doherty",
    "Walsh",
    "Brennan",
    "Lindqvist",
    "Fernández",
    "O'Sullivan",
    "Kelly",
    "Chen",
    "Abernethy",
    "Quinn",
    "Moreau",
    "Dubois",
    "Nowak",
    "Ó Dónaill",
    "Ramírez",
    "Sweeney",
    "Adeyemi",
    "Boyle",
    "Connolly",
)
TOWNS = ("Killybegs", "Letterkenny", "Donegal Town", "Ballyshannon", "Bundoran", "Dungloe")


@dataclass(frozen=True, slots=True)
class Person:
    """A synthetic person: enough identity for every platform and the roster."""

    first: str
    last: str
    nickname: str
    handle: str
    user_id: str
    dob: date
    email: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def casual_name(self) -> str:
        """The name as a friend list shows it: nickname, accents dropped."""
        return f"{self.nickname} {_ascii(self.last)}"


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def make_people(count: int, seed: int = 7) -> list[Person]:
    """``count`` distinct synthetic people, the same for the same seed."""
    rng = random.Random(seed)
    seen: set[str] = set()
    people: list[Person] = []
    while len(people) < count:
        first, nick = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        if f"{first} {last}" in seen:
            if len(seen) >= len(FIRST_NAMES) * len(LAST_NAMES):
                raise ValueError("asked for more distinct people than the name lists allow")
            continue
        seen.add(f"{first} {last}")
        stem = re.sub(r"[^a-z]", "", _ascii(nick + last).lower())[:12]
        handle = f"{stem}{rng.randint(1, 99)}"
        people.append(
            Person(
                first=first,
                last=last,
                nickname=nick,
                handle=handle,
                user_id=str(rng.randint(10**8, 10**18)),
                dob=date(rng.randint(1935, 2004), rng.randint(1, 12), rng.randint(1, 28)),
                email=f"{stem}@example.org",
                phone=f"+353 87 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            )
        )
    return people


def snowflake(moment: datetime, sequence: int = 0) -> str:
    """An X id for a moment, the way X mints them (so ids sort by time and exceed 2**53)."""
    ms = int(moment.timestamp() * 1000) - TWITTER_EPOCH_MS
    return str((ms << 22) | (sequence & 0x3FFFFF))


def x_date(moment: datetime) -> str:
    """``Wed Oct 10 20:19:24 +0000 2018``, independent of locale."""
    moment = moment.astimezone(UTC)
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return (
        f"{days[moment.weekday()]} {months[moment.month - 1]} {moment.day:02d} "
        f"{moment:%H:%M:%S} +0000 {moment.year}"
    )


# =============================================================================================
# writing into a folder or a zip
# =============================================================================================


class Sink:
    """Where an export is written: a folder, or a zip written member by member (streamed)."""

    def __init__(self, target: Path, wrapper: str = "") -> None:
        self.target = Path(target)
        self.wrapper = wrapper.strip("/") + "/" if wrapper else ""
        self._zip: zipfile.ZipFile | None = None
        if self.target.suffix == ".zip":
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self._zip = zipfile.ZipFile(self.target, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        else:
            self.target.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def text(self, name: str) -> Iterator[IO[str]]:
        """A text stream for one member (UTF-8)."""
        with self.binary(name) as raw:
            wrapper = io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)
            try:
                yield wrapper
            finally:
                wrapper.flush()
                wrapper.detach()

    @contextmanager
    def binary(self, name: str) -> Iterator[IO[bytes]]:
        full = self.wrapper + name
        if self._zip is not None:
            with self._zip.open(_deflated(full), "w", force_zip64=True) as raw:
                yield raw  # type: ignore[misc]
        else:
            path = self.target / full
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as raw:
                yield raw

    def write(self, name: str, data: bytes | str) -> None:
        with self.binary(name) as raw:
            raw.write(data.encode("utf-8") if isinstance(data, str) else data)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


_ZIP_TIME = (2024, 5, 1, 12, 0, 0)


def _deflated(name: str) -> zipfile.ZipInfo:
    """ZipInfo(name) defaults to STORED; exports are deflated like the platforms' zips."""
    info = zipfile.ZipInfo(name, _ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_ytd_array(
    out: IO[str], ytd_name: str, part: int, items: Iterable[Any], *, pretty: bool = True
) -> None:
    """``window.YTD.<name>.part<N> = [ ... ]`` written item by item (never built whole)."""
    out.write(f"window.YTD.{ytd_name}.part{part} = [")
    first = True
    for item in items:
        out.write(" " if first else ", ")
        first = False
        if pretty:
            out.write(json.dumps(item, indent=2, ensure_ascii=False, separators=(",", " : ")))
        else:
            out.write(json.dumps(item, ensure_ascii=False, separators=(",", " : ")))
    out.write(" ]" if not first else "]")


def zip_folder(folder: Path, zip_path: Path, *, wrapper: str = "") -> Path:
    """Zip an unpacked export (optionally under one wrapper folder), the way users re-zip."""
    prefix = wrapper.strip("/") + "/" if wrapper else ""
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return zip_path


# =============================================================================================
# X archive
# =============================================================================================


@dataclass(frozen=True, slots=True)
class XAccount:
    handle: str = "drmaeve_c"
    user_id: str = "1184422617"
    display_name: str = "Dr Maeve Callaghan"
    bio: str = "ED doc in Donegal. Runner. Views my own & not my employer's. #MedTwitter"
    email: str = "maeve@example.org"


@dataclass(frozen=True, slots=True)
class XMedia:
    """An attachment: the file written to ``tweets_media/<tweet id>-<basename>``."""

    basename: str
    type: Literal["photo", "video", "animated_gif"] = "photo"
    data: bytes = FAKE_JPEG
    alt_text: str | None = None
    write_file: bool = True  # False: the archive lost the file (reader must cope)


@dataclass(frozen=True, slots=True)
class Tweet:
    """One tweet as the user wrote it; the builder escapes, shortens links and fills entities."""

    text: str
    created_at: datetime
    id: str = ""
    reply_to_id: str | None = None
    reply_to_handle: str | None = None
    reply_to_user_id: str | None = None
    media: tuple[XMedia, ...] = ()
    likes: int = 0
    retweets: int = 0
    note: bool = False  # a long post: truncated full_text + note-tweet.js entry

    def with_id(self, sequence: int = 0) -> Tweet:
        return self if self.id else replace(self, id=snowflake(self.created_at, sequence))


def reply_chain(
    account: XAccount,
    texts: Sequence[str],
    start: datetime,
    *,
    gap: timedelta = timedelta(minutes=2),
) -> list[Tweet]:
    """A self-thread: each tweet a reply to the one before, by the account itself."""
    chain: list[Tweet] = []
    for i, text in enumerate(texts):
        tweet = Tweet(text=text, created_at=start + gap * i).with_id(i)
        if chain:
            tweet = replace(
                tweet,
                reply_to_id=chain[-1].id,
                reply_to_handle=account.handle,
                reply_to_user_id=account.user_id,
            )
        chain.append(tweet)
    return chain


IPHONE_SOURCE = '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>'
_URL_IN_TEXT = re.compile(r"https?://[^\s]+")
_MENTION_IN_TEXT = re.compile(r"(?<![\w@])@(\w{1,15})")


def _escape_x(text: str) -> str:
    """X escapes exactly these three in ``full_text``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tco(seed: str) -> str:
    digest = hashlib.sha1(seed.encode()).hexdigest()
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    number = int(digest, 16)
    code = "".join(alphabet[(number >> (6 * i)) % 62] for i in range(10))
    return f"https://t.co/{code}"


def _user_id_for(handle: str, known: dict[str, str]) -> str:
    if handle.lower() in known:
        return known[handle.lower()]
    return str(int(hashlib.sha1(handle.lower().encode()).hexdigest()[:14], 16))


def tweet_json(
    tweet: Tweet, account: XAccount, known_ids: dict[str, str], *, era: XEra = "2023"
) -> dict[str, Any]:
    """The archive's JSON object for one tweet (without the era's wrapper)."""
    shown = _shown_text(tweet)
    entities_urls, full_text = [], shown
    for url in dict.fromkeys(_URL_IN_TEXT.findall(shown)):
        short = _tco(tweet.id + url)
        full_text = full_text.replace(url, short)
        start = full_text.index(short)
        entities_urls.append(
            {
                "url": short,
                "expanded_url": url,
                "display_url": re.sub(r"^https?://(www\.)?", "", url)[:26]
                + ("…" if len(url) > 30 else ""),
                "indices": [str(start), str(start + len(short))],
            }
        )
    mentions = []
    for match in _MENTION_IN_TEXT.finditer(full_text):
        handle = match.group(1)
        mentions.append(
            {
                "name": handle,
                "screen_name": handle,
                "indices": [str(match.start()), str(match.end())],
                "id_str": _user_id_for(handle, known_ids),
                "id": _user_id_for(handle, known_ids),
            }
        )
    media_entities = []
    if tweet.media:
        short = _tco(tweet.id + "media")
        full_text = f"{full_text} {short}"
        for i, media in enumerate(tweet.media):
            media_id = str(int(tweet.id) + i + 1)
            stem = media.basename.rsplit(".", 1)[0]
            entity: dict[str, Any] = {
                "expanded_url": f"https://twitter.com/{account.handle}/status/{tweet.id}/photo/1",
                "indices": [str(len(full_text) - len(short)), str(len(full_text))],
                "url": short,
                "media_url": f"http://pbs.twimg.com/media/{media.basename}",
                "id_str": media_id,
                "id": media_id,
                "media_url_https": f"https://pbs.twimg.com/media/{media.basename}",
                "sizes": {"large": {"w": "1536", "h": "2048", "resize": "fit"}},
                "type": media.type,
                "display_url": "pic.twitter.com/" + stem[:10],
            }
            if media.type != "photo":
                entity["media_url_https"] = (
                    f"https://pbs.twimg.com/ext_tw_video_thumb/{media_id}/pu/img/{stem}.jpg"
                )
                entity["video_info"] = {
                    "aspect_ratio": ["9", "16"],
                    "variants": [
                        {
                            "bitrate": "832000",
                            "content_type": "video/mp4",
                            "url": f"https://video.twimg.com/ext_tw_video/{media_id}/pu/vid/"
                            f"480x852/{media.basename}?tag=12",
                        }
                    ],
                }
            if media.alt_text:
                entity["ext_alt_text"] = media.alt_text
            media_entities.append(entity)
    obj: dict[str, Any] = {
        "edit_info": {
            "initial": {
                "editTweetIds": [tweet.id],
                "editableUntil": (tweet.created_at + timedelta(hours=1)).strftime(
                    "%Y-%m-%dT%H:%M:%S.000Z"
                ),
                "editsRemaining": "5",
                "isEditEligible": not tweet.reply_to_id,
            }
        },
        "retweeted": False,
        "source": IPHONE_SOURCE,
        "entities": {
            "hashtags": [
                {"text": tag, "indices": ["0", "0"]} for tag in re.findall(r"#(\w+)", shown)
            ],
            "symbols": [],
            "user_mentions": mentions,
            "urls": entities_urls,
        },
        "display_text_range": ["0", str(len(full_text))],
        "favorite_count": str(tweet.likes),
        "id_str": tweet.id,
        "truncated": False,
        "retweet_count": str(tweet.retweets),
        "id": tweet.id,
        "created_at": x_date(tweet.created_at),
        "favorited": False,
        "full_text": _escape_x(full_text),
        "lang": "en",
    }
    if era == "2019":
        del obj["edit_info"]
    if tweet.reply_to_id or tweet.reply_to_handle:
        uid = tweet.reply_to_user_id or _user_id_for(tweet.reply_to_handle or "", known_ids)
        obj.update(
            {
                "in_reply_to_status_id_str": tweet.reply_to_id,
                "in_reply_to_status_id": tweet.reply_to_id,
                "in_reply_to_user_id": uid,
                "in_reply_to_user_id_str": uid,
                "in_reply_to_screen_name": tweet.reply_to_handle,
            }
        )
        obj = {k: v for k, v in obj.items() if v is not None}
    if media_entities:
        obj["entities"]["media"] = media_entities
        obj["extended_entities"] = {"media": media_entities}
        obj["possibly_sensitive"] = False
    return obj


def _shown_text(tweet: Tweet) -> str:
    """What ``full_text`` holds: the whole text, or X's 270-odd character stub for a long post."""
    if not tweet.note:
        return tweet.text
    lead = (
        f"@{tweet.reply_to_handle} "
        if tweet.reply_to_handle and not tweet.text.startswith("@")
        else ""
    )
    return lead + tweet.text[:270].rstrip() + "…"


def note_json(tweet: Tweet, note_id: str) -> dict[str, Any]:
    """The ``note-tweet.js`` item for a long post: no tweet id, joined by time and text."""
    urls = []
    text = tweet.text
    for url in dict.fromkeys(_URL_IN_TEXT.findall(text)):
        short = _tco(note_id + url)
        text = text.replace(url, short)
        urls.append({"shortUrl": short, "expandedUrl": url, "displayUrl": url[8:34]})
    stamp = tweet.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return {
        "noteTweet": {
            "noteTweetId": note_id,
            "updatedAt": stamp,
            "lifecycle": {"value": "false", "name": "false", "originalName": "false"},
            "createdAt": stamp,
            "core": {
                "styletags": [],
                "urls": urls,
                "text": text,
                "mentions": [],
                "cashtags": [],
                "hashtags": [],
            },
        }
    }


def build_x_archive(
    target: str | Path,
    *,
    era: XEra = "2023",
    account: XAccount = XAccount(),
    tweets: Iterable[Tweet] = (),
    followers: Iterable[str] = (),
    following: Iterable[str] = (),
    known_ids: dict[str, str] | None = None,
    parts: int = 1,
    wrapper: str = "",
    pretty: bool = True,
    shuffle_seed: int | None = 3,
) -> Path:
    """Write an X archive of ``era`` to ``target`` (a ``.zip`` path or a folder).

    ``parts`` > 1 splits the tweets over ``tweets.js`` + ``tweets-partN.js`` (current era) or
    ``tweet.js`` + ``tweet-partN.js``; items are shuffled across parts, as X's parts are not in
    date order. ``known_ids`` maps lower-case handles to user ids for mentions and replies.
    """
    target = Path(target)
    known = {k.lower(): v for k, v in (known_ids or {}).items()}
    known.setdefault(account.handle.lower(), account.user_id)
    sink = Sink(target, wrapper)
    root = "" if era == "2019" else "data/"
    tweet_name = "tweets" if era == "2023" else "tweet"
    media_folder = {"2023": "tweets_media", "2021": "tweet_media", "2019": "tweet_media"}[era]
    try:
        all_tweets = [t.with_id(i) for i, t in enumerate(tweets)]
        if shuffle_seed is not None and parts > 1:
            random.Random(shuffle_seed).shuffle(all_tweets)
        buckets = [all_tweets[i::parts] for i in range(parts)] if parts > 1 else [all_tweets]
        for part, bucket in enumerate(buckets):
            name = f"{root}{tweet_name}.js" if part == 0 else f"{root}{tweet_name}-part{part}.js"
            with sink.text(name) as out:
                write_ytd_array(
                    out,
                    tweet_name,
                    part,
                    (_era_item(tweet_json(t, account, known, era=era), era) for t in bucket),
                    pretty=pretty,
                )
        notes = [t for t in all_tweets if t.note]
        if notes and era != "2019":
            with sink.text(f"{root}note-tweet.js") as out:
                write_ytd_array(
                    out,
                    "note_tweet",
                    0,
                    (note_json(t, str(int(t.id) + 7)) for t in notes),
                )
        for tweet in all_tweets:
            for media in tweet.media:
                if media.write_file:
                    sink.write(f"{root}{media_folder}/{tweet.id}-{media.basename}", media.data)
        _write_x_account(sink, root, account, era, len(all_tweets))
        with sink.text(f"{root}follower.js") as out:
            write_ytd_array(out, "follower", 0, (_link_item("follower", i) for i in followers))
        with sink.text(f"{root}following.js") as out:
            write_ytd_array(out, "following", 0, (_link_item("following", i) for i in following))
        if era != "2019":
            sink.write("Your archive.html", "<!DOCTYPE html><html><body>Your archive</body></html>")
    finally:
        sink.close()
    return target


def _era_item(obj: dict[str, Any], era: XEra) -> dict[str, Any]:
    return obj if era == "2019" else {"tweet": obj}


def _link_item(key: str, account_id: str) -> dict[str, Any]:
    return {
        key: {
            "accountId": account_id,
            "userLink": f"https://twitter.com/intent/user?user_id={account_id}",
        }
    }


def _write_x_account(sink: Sink, root: str, account: XAccount, era: XEra, count: int) -> None:
    record = {
        "account": {
            "email": account.email,
            "createdVia": "web",
            "username": account.handle,
            "accountId": account.user_id,
            "createdAt": "2012-03-14T09:12:45.000Z",
            "accountDisplayName": account.display_name,
        }
    }
    with sink.text(f"{root}account.js") as out:
        write_ytd_array(out, "account", 0, [record])
    profile = {
        "profile": {
            "description": {"bio": account.bio, "website": "", "location": "Donegal, Ireland"},
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/avatar.jpg",
        }
    }
    with sink.text(f"{root}profile.js") as out:
        write_ytd_array(out, "profile", 0, [profile])
    if era == "2023":
        manifest = {
            "userInfo": {
                "accountId": account.user_id,
                "userName": account.handle,
                "displayName": account.display_name,
            },
            "archiveInfo": {
                "sizeBytes": "1048576",
                "generationDate": "2024-05-01T12:00:00.000Z",
                "isPartialArchive": False,
                "maxPartSizeBytes": "53687091200",
            },
            "readmeInfo": {
                "fileName": "data/README.txt",
                "directory": "data/",
                "name": "README.txt",
            },
            "dataTypes": {
                "tweets": {
                    "mediaDirectory": "data/tweets_media",
                    "files": [
                        {
                            "fileName": "data/tweets.js",
                            "globalName": "YTD.tweets.part0",
                            "count": str(count),
                        }
                    ],
                },
                "follower": {
                    "files": [{"fileName": "data/follower.js", "globalName": "YTD.follower.part0"}]
                },
            },
        }
        sink.write(
            "data/manifest.js",
            "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2, separators=(",", " : ")),
        )


# =============================================================================================
# Facebook "Download Your Information" (JSON)
# =============================================================================================


@dataclass(frozen=True, slots=True)
class FbMedia:
    basename: str
    description: str = ""
    data: bytes = FAKE_JPEG


@dataclass(frozen=True, slots=True)
class FbPost:
    text: str
    created_at: datetime
    media: tuple[FbMedia, ...] = ()
    place: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    timeline_of: str | None = None  # written on someone else's timeline


@dataclass(frozen=True, slots=True)
class FbComment:
    text: str
    created_at: datetime
    on: str  # whose post or comment
    reply: bool = False  # a reply to a comment rather than a comment on a post


@dataclass(frozen=True, slots=True)
class FbFriend:
    name: str
    since: datetime


def mojibake(text: str) -> str:
    """What Facebook's exporter does: each UTF-8 byte becomes its own ``\\u00XX`` code point."""
    return text.encode("utf-8").decode("latin-1")


def _fb_dump(obj: Any) -> str:
    """JSON as Facebook writes it: 2-space indent, every non-ASCII byte escaped as ``\\u00XX``."""
    return json.dumps(_mojibake_all(obj), indent=2, ensure_ascii=True)


def _mojibake_all(obj: Any) -> Any:
    if isinstance(obj, str):
        return mojibake(obj)
    if isinstance(obj, list):
        return [_mojibake_all(v) for v in obj]
    if isinstance(obj, dict):
        return {k: _mojibake_all(v) for k, v in obj.items()}
    return obj


FB_PATHS: dict[str, dict[str, str]] = {
    "2019": {
        "posts": "posts/your_posts_1.json",
        "comments": "comments/comments.json",
        "friends": "friends/friends.json",
        "followers": "following_and_followers/followers.json",
        "profile": "profile_information/profile_information.json",
        "group_posts": "groups/your_posts_in_groups.json",
        "group_comments": "groups/your_comments_in_groups.json",
        "media": "photos_and_videos/MobileUploads_3f9a2c/",
    },
    "2021": {
        "posts": "posts/your_posts_1.json",
        "comments": "comments_and_reactions/comments.json",
        "friends": "friends_and_followers/friends.json",
        "followers": "friends_and_followers/followers.json",
        "profile": "profile_information/profile_information.json",
        "group_posts": "groups/your_posts_in_groups.json",
        "group_comments": "groups/your_comments_in_groups.json",
        "media": "posts/media/Mobileuploads_4b2e91/",
    },
    "2023": {
        "posts": "your_activity_across_facebook/posts/"
        "your_posts__check_ins__photos_and_videos_1.json",
        "comments": "your_activity_across_facebook/comments_and_reactions/comments.json",
        "friends": "connections/friends/your_friends.json",
        "followers": "connections/followers/people_who_followed_you.json",
        "profile": "personal_information/profile_information/profile_information.json",
        "group_posts": "your_activity_across_facebook/groups/your_posts_in_groups.json",
        "group_comments": "your_activity_across_facebook/groups/your_comments_in_groups.json",
        "media": "your_activity_across_facebook/posts/media/Mobileuploads_5c7d12/",
    },
    "2024": {
        "posts": "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        "comments": "your_facebook_activity/comments_and_reactions/comments.json",
        "friends": "connections/friends/your_friends.json",
        "followers": "connections/followers/people_who_followed_you.json",
        "profile": "personal_information/profile_information/profile_information.json",
        "group_posts": "your_facebook_activity/groups/group_posts_and_comments.json",
        "group_comments": "your_facebook_activity/groups/your_comments_in_groups.json",
        "media": "your_facebook_activity/posts/media/Mobileuploads_6e8f34/",
    },
}


@dataclass(frozen=True, slots=True)
class FbOwner:
    name: str = "Maeve Callaghan"
    username: str = "maeve.callaghan.ed"


def build_facebook_export(
    target: str | Path,
    *,
    layout: FacebookLayout = "2024",
    owner: FbOwner = FbOwner(),
    posts: Iterable[FbPost] = (),
    comments: Iterable[FbComment] = (),
    friends: Iterable[FbFriend] = (),
    group_posts: Iterable[FbPost] = (),
    group_comments: Iterable[FbComment] = (),
    followers: Iterable[FbFriend] = (),
    wrapper: str = "",
    fmt: Literal["json", "html"] = "json",
) -> Path:
    """Write a Facebook DYI export of ``layout`` to ``target`` (``.zip`` path or folder).

    ``fmt="html"`` writes the same files as ``.html`` pages, as when the user picked HTML.
    Group posts and comments are written only when given (most exports have none).
    """
    posts, group_posts = list(posts), list(group_posts)
    paths = FB_PATHS[layout]
    v2 = layout != "2019"
    sink = Sink(Path(target), wrapper)
    try:
        post_items = [_fb_post(p, owner, paths["media"]) for p in posts]
        for post in posts + group_posts:
            for media in post.media:
                sink.write(paths["media"] + media.basename, media.data)
        comment_items = [_fb_comment(c, owner) for c in comments]
        friend_items = [{"name": f.name, "timestamp": int(f.since.timestamp())} for f in friends]
        profile = {
            "name": {
                "full_name": owner.name,
                "first_name": owner.name.split()[0],
                "middle_name": "",
                "last_name": owner.name.split()[-1],
            },
            "username": owner.username,
            "profile_uri": f"https://www.facebook.com/{owner.username}",
            "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
            "registration_timestamp": 1262304000,
        }
        documents: dict[str, Any] = {
            "posts": post_items,
            "comments": {"comments_v2" if v2 else "comments": comment_items},
            "friends": {"friends_v2" if v2 else "friends": friend_items},
            "profile": {"profile_v2" if v2 else "profile": profile},
        }
        if group_posts:
            documents["group_posts"] = {
                "group_posts_v2" if v2 else "group_posts": [
                    _fb_post(p, owner, paths["media"]) for p in group_posts
                ]
            }
        follower_items = [
            {"name": f.name, "timestamp": int(f.since.timestamp())} for f in followers
        ]
        if follower_items:
            documents["followers"] = {"followers_v2" if v2 else "followers": follower_items}
        group_comment_items = [_fb_comment(c, owner) for c in group_comments]
        if group_comment_items:
            documents["group_comments"] = {
                "group_comments_v2" if v2 else "group_comments": group_comment_items
            }
        for role, document in documents.items():
            name = paths[role]
            if fmt == "html":
                sink.write(
                    name[: -len(".json")] + ".html",
                    f"<html><head><title>{role}</title></head><body><div>{len(str(document))}"
                    "</div></body></html>",
                )
            else:
                sink.write(name, _fb_dump(document))
    finally:
        sink.close()
    return Path(target)


def _fb_post(post: FbPost, owner: FbOwner, media_dir: str) -> dict[str, Any]:
    stamp = int(post.created_at.timestamp())
    item: dict[str, Any] = {"timestamp": stamp}
    attachments: list[dict[str, Any]] = []
    for media in post.media:
        attachments.append(
            {
                "data": [
                    {
                        "media": {
                            "uri": media_dir + media.basename,
                            "creation_timestamp": stamp + 3,
                            "media_metadata": {
                                "photo_metadata": {"exif_data": [{"upload_ip": "192.0.2.44"}]}
                            },
                            "title": "Mobile uploads",
                            "description": media.description,
                        }
                    }
                ]
            }
        )
    if post.place:
        attachments.append(
            {
                "data": [
                    {
                        "place": {
                            "name": post.place,
                            "coordinate": {"latitude": 54.6355, "longitude": -8.4425},
                            "address": "",
                            "url": "https://www.facebook.com/pages/x/1",
                        }
                    }
                ]
            }
        )
    if post.url:
        attachments.append({"data": [{"external_context": {"url": post.url}}]})
    if attachments:
        item["attachments"] = attachments
    data: list[dict[str, Any]] = []
    if post.text:
        data.append({"post": post.text})
    data.append({"update_timestamp": stamp})
    item["data"] = data
    if post.tags:
        item["tags"] = [{"name": name} for name in post.tags]
    if post.timeline_of:
        item["title"] = f"{owner.name} wrote on {post.timeline_of}'s timeline."
    elif post.media:
        item["title"] = f"{owner.name} added a new photo."
    elif post.place:
        item["title"] = f"{owner.name} was at {post.place}."
    else:
        item["title"] = f"{owner.name} updated her status."
    return item


def _fb_comment(comment: FbComment, owner: FbOwner) -> dict[str, Any]:
    stamp = int(comment.created_at.timestamp())
    title = (
        f"{owner.name} replied to {comment.on}'s comment."
        if comment.reply
        else f"{owner.name} commented on {comment.on}'s post."
    )
    return {
        "timestamp": stamp,
        "data": [{"comment": {"timestamp": stamp, "comment": comment.text, "author": owner.name}}],
        "title": title,
    }


# =============================================================================================
# broken inputs, for the bad-input tests
# =============================================================================================


def write_not_a_zip(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n% this is a PDF someone renamed\n" + b"\x00" * 200)
    return path


def truncate_file(source: Path, target: Path, keep: float = 0.5) -> Path:
    """A download cut short: the first ``keep`` fraction of the bytes."""
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    return target


def write_zip_slip(path: Path) -> Path:
    """A zip whose member climbs out of the extraction folder."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
        archive.writestr("../../../../tmp/evil.sh", "#!/bin/sh\necho owned\n")
    return path


def write_zip_bomb(path: Path, size: int = 256 * 2**20) -> Path:
    """A member of ``size`` zeros: compresses about 1000:1, like a zip bomb."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/account.js", "window.YTD.account.part0 = []")
        with archive.open(_deflated("data/tweets.js"), "w", force_zip64=True) as raw:
            chunk = b"\x00" * 2**20
            for _ in range(size // len(chunk)):
                raw.write(chunk)
    return path


def write_lying_zip(path: Path, content: bytes, declared: int) -> Path:
    """A stored zip whose headers declare ``declared`` bytes while the member holds ``content``.

    A reader that trusts the header would either over-read or miss data; ours must stop.
    """
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("data/tweets.js", content)
    data = bytearray(path.read_bytes())
    actual = len(content)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        (size,) = struct.unpack_from("<I", data, at + offset)
        if size == actual:
            struct.pack_into("<I", data, at + offset, declared)
    path.write_bytes(bytes(data))
    return path


def write_invalid_tweets_js(folder: Path) -> Path:
    """A current-era archive whose tweets.js is cut mid-item (not valid JSON)."""
    build_x_archive(folder, tweets=[Tweet("hello ward", datetime(2023, 1, 2, tzinfo=UTC))])
    tweets = folder / "data" / "tweets.js"
    text = tweets.read_text(encoding="utf-8")
    tweets.write_text(text[: len(text) // 2], encoding="utf-8")
    return folder


# =============================================================================================
# the demo: a clinician's year on X and Facebook, with a roster
# =============================================================================================

HARMLESS = (
    "Great session on sepsis bundles at #IAEM{yy} today. Slides: https://iaem.ie/conference",
    "Reminder: flu vaccine clinics are open at pharmacies across the county. Book early.",
    "Sunday long run done, {km} km along the Wild Atlantic Way. Legs are complaining.",
    "The EHR logged me out mid-note for the fourth time this shift. Send help (and coffee).",
    "Proud of our nursing team today. Nobody sees the half of what they do.",
    "Daughter's first camogie match. Lost 3-2 but she scored a point, so we're celebrating.",
    "New paper on HEART score vs troponin pathways worth a read: https://doi.org/10.1001/jama.{n}",
    "Wear a helmet on the bike. That's it, that's the tweet.",
    "Heatwave tips: water, shade, check on older neighbours. Simple things save lives.",
    "Anyone else's hospital printer only work on alternate Tuesdays?",
    "Teaching the interns chest drains this week. Their enthusiasm is infectious.",
    "Night shift survival kit: flask, playlist, flapjacks. What's in yours?",
    "Parkrun PB! {mm}:{ss} in the rain. Thank you to the volunteers as always.",
    "Great to see ED wait times finally on the national agenda. Long way to go.",
    "Reading 'Being Mortal' again. Should be on every medical school reading list.",
    "If you have chest pain, don't drive yourself in. Call 112/999.",
    "Journal club tonight: steroids in community-acquired pneumonia. Lively debate expected.",
    "Grateful for a quiet weekend off. Garden, books, no pager.",
    "Our department is hiring registrars! DM for details or see https://hse.ie/jobs",
    "Sunscreen in Donegal? Yes. Even in April. Especially in April.",
    "Congratulations to all the new consultants starting this week. You earned it.",
    "Reminder that ED staff are human too. Please be kind to the people at triage.",
    "Hot take: the best clinical decision support tool is a well-rested registrar.",
    "Big thanks to @HSELive for the new CPR awareness campaign.",
    "Coffee number three. It's only 10am. #nightshiftlife",
    "Just finished the ALS recert. Still love a good mega-code.",
    "Brilliant talk by @drsarahk on burnout in emergency medicine. Recording: https://youtu.be/abc{n}",
    "Rain, rain and more rain. Perfect weather for paperwork.",
    "Five years as a consultant today. Thank you to everyone who taught me.",
    "Interesting thread on triage tools in rural EDs, worth following.",
    "Registrar teaching day: ultrasound-guided nerve blocks. Hands-on sessions are the best.",
    "Someone left a single sad biscuit in the staff room. Respect the biscuit.",
    "Resus drill went well this morning. Practice makes it boring, which is the point.",
    "Keep kids' medicines locked up and out of reach. Every. Single. Time.",
    "Anyone recommend a decent podcast for the drive home after nights?",
    "Finally got the new triage software working. Only took three IT tickets and a prayer.",
    "Beautiful evening for a swim at Fintra. Freezing, but beautiful.",
    "Reminder to colleagues: the mandatory training deadline is Friday. Ask me how I know.",
    "Our ED volunteers are legends. Tea, chats and directions for lost visitors, all day.",
    "Great piece on moral injury in healthcare workers: https://www.bmj.com/content/{n}",
    "Halfway through the marathon training plan. Knees filing a formal complaint.",
    "If your smoke alarm is beeping, change the battery today. Please.",
    "Debrief after a tough shift matters. Look after each other out there.",
    "Grand rounds today on frailty in the ED. Packed room, great questions.",
    "First swim of the year at Rossnowlagh. {km} degrees of pure regret.",
    "Medical students on placement this month asked better questions than I did at their age.",
    "Cycling to work this week. The hill on the way in is a personal insult.",
    "Winter plan meeting number four. The plan is: more meetings.",
    "Delighted to be giving a talk at the GP update day in Sligo next month.",
    "Water safety matters this summer: swim at lifeguarded beaches and never swim alone.",
    "Happy International Nurses Day to the best team in the north-west.",
    "The pager went off in the shower. Of course it did.",
    "Reading list for the holidays: two novels, one textbook I will not open.",
    "Loved the #FOAMed session on airway management. Free resources: https://litfl.com",
    "Nothing beats a quiet Sunday morning coffee after a run of nights.",
    "Heading to Dublin for the ED leads meeting. Train wifi permitting, I'll live-tweet.",
    "Stroke signs: face, arms, speech, time to call 112. Share it, it saves brains.",
    "The new rota is out. I have questions. Many questions.",
    "Dog walk on Muckross Head. He caught nothing, as usual, but had a great time.",
)

RISKY = {
    "phi": (
        "The 60-year-old fisherman from Killybegs we admitted after the trawler accident yesterday "
        "is finally off the ventilator. Tough man.",
        "Bed 4 tonight: 34yo, third overdose this month, same story every time. MRN 4471923 if "
        "anyone from psych reads this.",
        "Delivered twins to a 15 year old in Letterkenny this morning. Mum and babies well. "
        "What a shift.",
    ),
    "unprofessional": (
        "Our favourite frequent flyer is back for the third time this week. Must love the food 🙄",
        "Drunk on call lol, don't tell the boss #nightshift",
        "Whiteboard selfie at 3am, look at that list! 😂 (board in the background, oops)",
        "Some of these patients are just idiots. Took a Lego out of a nose again. Adults.",
    ),
    "patient_interaction": (
        "@{patient} glad the cast came off ok! Look after that wrist 💪",
        "@{patient} lovely to see you doing so well at follow-up today!",
    ),
    "clinical_advice": (
        "@{asker} double your metformin and you should be grand, no need to see your GP",
        "@{asker} sounds like a UTI, just take the leftover antibiotics you have at home",
    ),
}

CASE_THREAD = (
    "Thread on a case that stays with me. Last Tuesday a man in his 70s came in from Dungloe "
    "after collapsing at the mart.",
    "His wife said he'd had chest pain for three days but didn't want to bother anyone. "
    "ECG showed a massive anterior STEMI.",
    "Cath lab in Galway, stented, home on Friday. He rang the department to say thanks. "
    "Listen to your body, folks.",
)

LONG_NOTE = (
    "Long post, because 280 characters isn't enough for this. Emergency departments across the "
    "north-west are running over capacity every single day, and the people paying for it are the "
    "older patients on trolleys overnight. We need more community beds, more home-care packages "
    "and more GPs out of hours. None of this is new. What is new is how tired everyone is. I love "
    "this job and I love this team, but we cannot keep running on goodwill alone. If you are a "
    "policymaker reading this: come and do a night shift with us. You will not need a briefing "
    "document afterwards. https://www.hse.ie/eng/services/ed-performance"
)


def demo(directory: str | Path, *, seed: int = 2024) -> dict[str, Path]:
    """Write ``x-archive.zip``, ``facebook-export/`` and ``roster.csv`` into ``directory``."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    people = make_people(60, seed)
    patients, others = people[:30], people[30:]
    account = XAccount()
    known = {p.handle.lower(): p.user_id for p in people}
    tweets = _demo_tweets(rng, account, patients, others)
    x_patients = patients[:10]
    followers = [p.user_id for p in x_patients[:6] + others[:15]]
    following = [p.user_id for p in x_patients[4:10] + others[10:25]]
    x_zip = out / "x-archive.zip"
    if x_zip.exists():
        x_zip.unlink()
    build_x_archive(
        x_zip,
        account=account,
        tweets=tweets,
        followers=followers,
        following=following,
        known_ids=known,
        parts=2,
    )
    fb_dir = out / "facebook-export"
    if fb_dir.exists():
        shutil.rmtree(fb_dir)
    fb_patients = patients[10:22]
    build_facebook_export(
        fb_dir,
        layout="2024",
        posts=_demo_fb_posts(rng, fb_patients),
        comments=_demo_fb_comments(rng, fb_patients, others),
        friends=_demo_fb_friends(rng, fb_patients, others),
        wrapper="facebook-maevecallaghan-2024-05-01-Ab3dE9",
    )
    roster = out / "roster.csv"
    write_roster(roster, patients, x_patients=x_patients, fb_patients=fb_patients)
    return {"x": x_zip, "facebook": fb_dir, "roster": roster}


def write_roster(
    path: Path,
    patients: Sequence[Person],
    *,
    x_patients: Sequence[Person] = (),
    fb_patients: Sequence[Person] = (),
) -> Path:
    """The contract's roster CSV for ``patients``; platform columns filled where we know them."""
    on_x = {p.user_id for p in x_patients}
    on_fb = {p.user_id for p in fb_patients}
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "patient_ref",
                "name",
                "dob",
                "email",
                "phone",
                "x_handle",
                "x_user_id",
                "facebook_name",
                "instagram_handle",
                "mastodon_handle",
                "bluesky_handle",
            ]
        )
        for i, p in enumerate(patients, 1):
            writer.writerow(
                [
                    f"P{i:04d}",
                    p.name,
                    p.dob.isoformat(),
                    p.email,
                    p.phone,
                    p.handle if p.user_id in on_x else "",
                    p.user_id if p.user_id in on_x else "",
                    p.name if p.user_id in on_fb else "",
                    "",
                    "",
                    "",
                ]
            )
    return path


_OPENERS = ("", "", "", "", "Honestly, ", "PSA: ", "Again: ", "Today's thought: ")
_CLOSERS = ("", "", "", "", " #MedTwitter", " 🙂", " ☕", " #EMtwitter", " Right?", " 🙌")


def _fill(template: str, rng: random.Random, *, vary: bool = False) -> str:
    """A template with its blanks filled; ``vary`` adds the small touches real feeds have."""
    text = template.format(
        yy=rng.choice(("23", "24")),
        km=rng.randint(12, 32),
        n=rng.randint(1000, 9999),
        mm=rng.randint(19, 27),
        ss=f"{rng.randint(0, 59):02d}",
    )
    if vary:
        opener = rng.choice(_OPENERS)
        text = opener + (text[0].lower() + text[1:] if opener and text[1:2].islower() else text)
        text += rng.choice(_CLOSERS)
    return text


def _demo_tweets(
    rng: random.Random, account: XAccount, patients: Sequence[Person], others: Sequence[Person]
) -> list[Tweet]:
    start = datetime(2023, 5, 1, 8, 0, tzinfo=UTC)
    tweets: list[Tweet] = []

    def moment() -> datetime:
        return start + timedelta(minutes=rng.randint(0, 365 * 24 * 60))

    for i in range(240):  # every template before any repeats, like a real (varied) feed
        template = HARMLESS[i % len(HARMLESS)] if i < len(HARMLESS) else rng.choice(HARMLESS)
        tweets.append(
            Tweet(
                _fill(template, rng, vary=i >= len(HARMLESS)),
                moment(),
                likes=rng.randint(0, 80),
                retweets=rng.randint(0, 15),
            )
        )
    for _ in range(25):  # harmless replies to colleagues
        other = rng.choice(others)
        tweets.append(
            Tweet(
                f"@{other.handle} "
                + rng.choice(
                    (
                        "congrats, well deserved!",
                        "totally agree, great thread",
                        "see you at the conference!",
                        "ha, same here every night shift",
                        "thanks for sharing this",
                    )
                ),
                moment(),
                reply_to_handle=other.handle,
                reply_to_user_id=other.user_id,
                reply_to_id=snowflake(start - timedelta(days=rng.randint(1, 30)), 9),
            )
        )
    for _ in range(25):  # retweets
        other = rng.choice(others)
        tweets.append(
            Tweet(f"RT @{other.handle}: " + _fill(rng.choice(HARMLESS), rng)[:110], moment())
        )
    for _ in range(6):  # quotes: the quoted post's URL sits in the text
        quoted = snowflake(start + timedelta(days=rng.randint(0, 300)), 5)
        other = rng.choice(others)
        tweets.append(
            Tweet(
                rng.choice(("This. 👇", "Couldn't agree more.", "Worth a read."))
                + f" https://twitter.com/{other.handle}/status/{quoted}",
                moment(),
            )
        )
    for category, texts in RISKY.items():
        for text in texts:
            patient = rng.choice(patients[:6])
            asker = rng.choice(others)
            body = text.format(patient=patient.handle, asker=asker.handle)
            tweet = Tweet(body, moment(), likes=rng.randint(5, 200), retweets=rng.randint(0, 40))
            if category == "patient_interaction":
                tweet = replace(
                    tweet,
                    reply_to_handle=patient.handle,
                    reply_to_user_id=patient.user_id,
                    reply_to_id=snowflake(tweet.created_at - timedelta(hours=2), 3),
                )
            elif category == "clinical_advice":
                tweet = replace(
                    tweet,
                    reply_to_handle=asker.handle,
                    reply_to_user_id=asker.user_id,
                    reply_to_id=snowflake(tweet.created_at - timedelta(hours=1), 4),
                )
            if "selfie" in text:
                tweet = replace(
                    tweet,
                    media=(
                        XMedia(
                            "FwB0ard3amXy.jpg",
                            alt_text="Me in scrubs by the ward whiteboard",
                            data=_demo_picture("selfie_board", 1),
                        ),
                    ),
                )
            tweets.append(tweet)
    tweets.extend(reply_chain(account, CASE_THREAD, start + timedelta(days=160, hours=21)))
    tweets.append(
        Tweet(LONG_NOTE, start + timedelta(days=200, hours=9), note=True, likes=140, retweets=52)
    )
    tweets.append(
        Tweet(
            "New running shoes day. Don't judge the colour.",
            start + timedelta(days=90),
            media=(XMedia("Fx9shoesQ.jpg", data=_demo_picture("food", 2)),),
        )
    )
    tweets.append(
        Tweet(
            "Sunrise after a long night. Worth it.",
            start + timedelta(days=95),
            media=(XMedia("sunrise_clip.mp4", type="video", data=FAKE_MP4),),
        )
    )
    return tweets


def _demo_picture(kind: str, seed: int) -> bytes:
    """A real drawn picture for the demo (a ward board behind a selfie, food, a landscape), so
    the demo report shows image analysis; other builders keep tiny placeholder files."""
    from tests.image_builders import make_image

    return make_image(kind, seed).data


def _demo_fb_posts(rng: random.Random, patients: Sequence[Person]) -> list[FbPost]:
    start = datetime(2022, 1, 10, 9, 0, tzinfo=UTC)

    def moment() -> datetime:
        return start + timedelta(minutes=rng.randint(0, 700 * 24 * 60))

    posts = [FbPost(_fill(rng.choice(HARMLESS), rng), moment()) for _ in range(40)]
    posts += [
        FbPost(
            "Family day at Rossnowlagh. Café stop was the highlight for the kids ☕",
            moment(),
            media=(
                FbMedia(
                    "beach_día_1.jpg", "Rossnowlagh with the gang", _demo_picture("landscape", 3)
                ),
            ),
            place="Rossnowlagh Beach",
        ),
        FbPost(
            "Lovely to bump into an old patient of mine, Seán, at the Killybegs seafood "
            "festival. You'd never know he was so sick last winter!",
            moment(),
            place="Killybegs Harbour",
        ),
        FbPost(
            "Worst shift ever. The drunk in cubicle 3 threw up on my shoes. Some people "
            "don't deserve an ambulance.",
            moment(),
        ),
        FbPost(
            "Good read on physician wellbeing",
            moment(),
            url="https://www.bmj.com/content/wellbeing",
        ),
        FbPost(
            f"Happy birthday {patients[0].nickname}! Delighted you're back on your feet 🎉",
            moment(),
            timeline_of=patients[0].casual_name,
        ),
        FbPost(
            "Night off. Pizza and a film with Zoë and the kids 🍕",
            moment(),
            tags=("Zoë Callaghan",),
        ),
    ]
    return posts


def _demo_fb_comments(
    rng: random.Random, patients: Sequence[Person], others: Sequence[Person]
) -> list[FbComment]:
    start = datetime(2022, 3, 1, 20, 0, tzinfo=UTC)
    comments = [
        FbComment(
            rng.choice(
                (
                    "Congratulations!",
                    "Gorgeous photo 😍",
                    "Ha! Brilliant.",
                    "Safe travels!",
                    "See you Saturday",
                )
            ),
            start + timedelta(days=rng.randint(0, 600)),
            on=rng.choice(others).name,
        )
        for _ in range(20)
    ]
    comments += [
        FbComment(
            "Keep taking the new tablets twice a day and you'll be grand, no need to come back in",
            start + timedelta(days=33),
            on=patients[1].casual_name,
            reply=True,
        ),
        FbComment(
            "So glad the op went well, mind that hip!",
            start + timedelta(days=64),
            on=patients[2].name,
        ),
    ]
    return comments


def _demo_fb_friends(
    rng: random.Random, patients: Sequence[Person], others: Sequence[Person]
) -> list[FbFriend]:
    start = datetime(2012, 1, 1, tzinfo=UTC)
    friends = [FbFriend(p.name, start + timedelta(days=rng.randint(0, 4000))) for p in others]
    for i, p in enumerate(patients[:8]):  # name variants: nicknames and dropped accents
        shown = p.casual_name if i % 2 else p.name
        friends.append(FbFriend(shown, start + timedelta(days=rng.randint(3000, 4200))))
    rng.shuffle(friends)
    return friends


# =============================================================================================
# benchmark archives: many posts, written as a stream
# =============================================================================================

_BENCH_WORDS = (
    "shift ward team patient clinic coffee run conference paper rota night weekend family "
    "rain triage sepsis fracture audit teaching registrar intern consultant pager bleep "
    "discharge handover journal club guideline evidence vaccine flu heart lung kidney "
    "radiology results bloods theatre recovery community GP pharmacy nurse colleague"
).split()


def iter_bench_tweets(posts: int, seed: int, account: XAccount) -> Iterator[Tweet]:
    """Realistic-length, mostly harmless posts (a risky one every ~200), lazily."""
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    span = 9 * 365 * 24 * 3600
    risky = [t for texts in RISKY.values() for t in texts]
    for i in range(posts):
        moment = start + timedelta(seconds=rng.randint(0, span))
        roll = rng.random()
        if roll < 0.005:
            text = rng.choice(risky).format(patient="jdoe", asker="someone")
        elif roll < 0.6:
            text = _fill(rng.choice(HARMLESS), rng)
        else:
            length = min(int(rng.lognormvariate(2.6, 0.6)), 50)
            text = " ".join(rng.choice(_BENCH_WORDS) for _ in range(max(length, 3))).capitalize()
        yield Tweet(
            text,
            moment,
            id=snowflake(moment, i),
            likes=rng.randint(0, 30),
            retweets=rng.randint(0, 5),
        )


def build_bench_archive(path: str | Path, posts: int, seed: int = 1) -> Path:
    """A ``posts``-tweet current-era archive, written without holding the tweets."""
    account = XAccount()
    target = Path(path)
    if target.exists():
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    sink = Sink(target)
    try:
        with sink.text("data/tweets.js") as out:
            write_ytd_array(
                out,
                "tweets",
                0,
                (
                    {"tweet": tweet_json(t, account, {})}
                    for t in iter_bench_tweets(posts, seed, account)
                ),
                pretty=False,
            )
        _write_x_account(sink, "data/", account, "2023", posts)
        for name in ("follower", "following"):
            with sink.text(f"data/{name}.js") as out:
                write_ytd_array(
                    out, name, 0, (_link_item(name, str(10**9 + i)) for i in range(500))
                )
    finally:
        sink.close()
    return target


# =============================================================================================
# command line
# =============================================================================================


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.builders",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    demo_cmd = commands.add_parser("demo", help="write the bundled sample exports and roster")
    demo_cmd.add_argument("directory", type=Path)
    demo_cmd.add_argument("--seed", type=int, default=2024)
    bench = commands.add_parser("x-archive", help="write a big synthetic X archive")
    bench.add_argument("path", type=Path, help="a .zip path or a folder")
    bench.add_argument("--posts", type=int, default=100_000)
    bench.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "demo":
        written = demo(args.directory, seed=args.seed)
        for kind, path in written.items():
            print(f"{kind}: {path}")
    else:
        path = build_bench_archive(args.path, args.posts, args.seed)
        print(f"x archive with {args.posts} posts: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = [
    "FbComment",
    "FbFriend",
    "FbMedia",
    "FbOwner",
    "FbPost",
    "Person",
    "Sink",
    "Tweet",
    "XAccount",
    "XMedia",
    "build_bench_archive",
    "build_facebook_export",
    "build_x_archive",
    "demo",
    "make_people",
    "mojibake",
    "reply_chain",
    "snowflake",
    "truncate_file",
    "write_invalid_tweets_js",
    "write_lying_zip",
    "write_not_a_zip",
    "write_roster",
    "write_zip_bomb",
    "write_zip_slip",
    "x_date",
    "zip_folder",
]
