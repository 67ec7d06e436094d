"""scanner.connectors.x_archive: every era, zipped or not, read back from real-format archives."""

from __future__ import annotations

import json
import tracemalloc
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scanner.connectors import FacebookExport, XArchive, connector_for, open_export
from scanner.connectors.x_archive import parse_x_date
from scanner.errors import MalformedRecord
from scanner.models import Post
from scanner.sources import ExportSource, open_media
from tests.builders import (
    FAKE_JPEG,
    FAKE_MP4,
    Tweet,
    XAccount,
    XMedia,
    build_bench_archive,
    build_facebook_export,
    build_x_archive,
    demo,
    make_people,
    reply_chain,
    snowflake,
    write_invalid_tweets_js,
    zip_folder,
)

UTC = UTC
T0 = datetime(2023, 3, 14, 9, 30, tzinfo=UTC)
ACCOUNT = XAccount()
PEOPLE = make_people(6, seed=11)
PATIENT, COLLEAGUE, STRANGER = PEOPLE[0], PEOPLE[1], PEOPLE[2]
KNOWN = {p.handle: p.user_id for p in PEOPLE}
LONG = (
    "Long post about rural emergency care. " * 12
    + "Read more at https://www.hse.ie/eng/services/ed-performance and tell me what you think."
)
THREAD = (
    "Thread on a case 1/3: man in his 70s",
    "2/3: anterior STEMI on the ECG",
    "3/3: home Friday",
)


def sample_tweets(era: str) -> list[Tweet]:
    """One of everything the reader must understand."""
    tweets = [
        Tweet("A&E was packed <again> & the coffee ran out", T0, likes=12, retweets=3),
        Tweet(
            "Slides from today: https://iaem.ie/conference/2023 #IAEM23", T0 + timedelta(hours=1)
        ),
        Tweet(
            f"@{PATIENT.handle} glad the cast came off ok!",
            T0 + timedelta(hours=2),
            reply_to_id=snowflake(T0, 77),
            reply_to_handle=PATIENT.handle,
            reply_to_user_id=PATIENT.user_id,
            likes=1,
        ),
        Tweet(f"RT @{COLLEAGUE.handle}: Great thread on sepsis bundles", T0 + timedelta(hours=3)),
        Tweet(
            f"This. https://twitter.com/{COLLEAGUE.handle}/status/1600000000000000000",
            T0 + timedelta(hours=4),
        ),
        Tweet(
            "Whiteboard selfie at 3am",
            T0 + timedelta(hours=5),
            media=(
                XMedia("FwB0ard.jpg", alt_text="ward board"),
                XMedia("clip.mp4", type="video", data=FAKE_MP4),
            ),
        ),
        Tweet(
            "Lost my photo", T0 + timedelta(hours=6), media=(XMedia("gone.jpg", write_file=False),)
        ),
        Tweet(f"Thanks @{STRANGER.handle} for the invite", T0 + timedelta(hours=7)),
        Tweet("Zoë and Seán ran the 10k 🎉", T0 + timedelta(hours=8)),
    ]
    tweets += reply_chain(ACCOUNT, THREAD, T0 + timedelta(days=1))
    if era != "2019":
        tweets.append(Tweet(LONG, T0 + timedelta(days=2), note=True, likes=40))
    return tweets


def read_all(path: Path) -> tuple[XArchive, list[Post]]:
    connector = open_export(path)
    assert isinstance(connector, XArchive)
    return connector, list(connector.iter_posts())


ERAS = ["2023", "2021", "2019"]
SHAPES = ["folder", "zip", "zip with wrapper"]


@pytest.fixture(
    scope="module",
    params=[(e, s) for e in ERAS for s in SHAPES],
    ids=lambda p: f"{p[0]}-{p[1].replace(' ', '-')}",
)
def archive(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    era, shape = request.param
    tmp = tmp_path_factory.mktemp(f"x{era}")
    folder = build_x_archive(
        tmp / "archive",
        era=era,
        tweets=sample_tweets(era),
        known_ids=KNOWN,
        parts=3,
        followers=[PATIENT.user_id, STRANGER.user_id, PEOPLE[4].user_id],
        following=[COLLEAGUE.user_id],
    )
    path = {
        "folder": folder,
        "zip": zip_folder(folder, tmp / "a.zip"),
        "zip with wrapper": zip_folder(folder, tmp / "w.zip", wrapper="twitter-2024-x"),
    }[shape]
    connector, posts = read_all(path)
    return era, connector, posts


def by_text(posts: list[Post], start: str) -> Post:
    (post,) = [p for p in posts if p.text.startswith(start)]
    return post


def test_every_tweet_is_read_across_parts(archive) -> None:
    era, connector, posts = archive
    assert len(posts) == len(sample_tweets(era))
    assert connector.stats.skipped == {}
    assert len({p.id for p in posts}) == len(posts)
    assert all(p.platform == "x" and p.account == ACCOUNT.handle for p in posts)


def test_account_and_bio(archive) -> None:
    _, connector, _ = archive
    account = connector.account()
    assert (account.handle, account.user_id) == (ACCOUNT.handle, ACCOUNT.user_id)
    assert account.display_name == ACCOUNT.display_name
    assert account.bio == ACCOUNT.bio


def test_text_is_unescaped_and_links_expanded(archive) -> None:
    _, _, posts = archive
    assert by_text(posts, "A&E").text == "A&E was packed <again> & the coffee ran out"
    slides = by_text(posts, "Slides")
    assert slides.text == "Slides from today: https://iaem.ie/conference/2023 #IAEM23"
    assert not any("t.co/" in p.text for p in posts)
    assert by_text(posts, "Zoë").text == "Zoë and Seán ran the 10k 🎉"


def test_kinds_replies_mentions_and_reach(archive) -> None:
    _, _, posts = archive
    kinds = Counter(p.kind for p in posts)
    assert kinds["repost"] == 1
    reply = by_text(posts, f"@{PATIENT.handle}")
    assert reply.kind == "reply"
    assert (reply.reply_to, reply.reply_to_user_id) == (PATIENT.handle, PATIENT.user_id)
    assert reply.reply_to_post_id == snowflake(T0, 77)
    assert reply.mentions == (PATIENT.handle,) and reply.mention_ids == (PATIENT.user_id,)
    assert by_text(posts, "A&E").reach == 15
    quote = by_text(posts, "This.")
    assert quote.kind == "post" and "/status/1600000000000000000" in quote.text
    assert by_text(posts, "RT @").mentions == (COLLEAGUE.handle,)


def test_post_urls_dates_and_origin(archive) -> None:
    era, _, posts = archive
    first = by_text(posts, "A&E")
    assert first.url == f"https://x.com/{ACCOUNT.handle}/status/{first.id}"
    assert first.created_at == T0
    prefix = "" if era == "2019" else "data/"
    assert first.origin.startswith(f"x.archive:{prefix}tweet")


def test_self_thread_shares_its_root(archive) -> None:
    _, _, posts = archive
    thread = [by_text(posts, text[:10]) for text in THREAD]
    root = thread[0].id
    assert [p.thread_id for p in thread] == [root, root, root]
    assert thread[1].kind == "reply" and thread[1].reply_to == ACCOUNT.handle
    assert by_text(posts, "A&E").thread_id is None
    assert by_text(posts, f"@{PATIENT.handle}").thread_id is None  # a reply to someone else


def test_media_are_matched_to_their_files(archive) -> None:
    _, _, posts = archive
    photo, video = by_text(posts, "Whiteboard").media
    assert (photo.type, photo.alt_text) == ("image", "ward board")
    assert open_media(photo.path, max_bytes=1_000_000) == FAKE_JPEG
    assert video.type == "video"
    assert open_media(video.path, max_bytes=1_000_000) == FAKE_MP4
    (lost,) = by_text(posts, "Lost my photo").media
    assert lost.path is None and lost.url and lost.url.endswith("gone.jpg")
    assert "Whiteboard selfie at 3am" == by_text(posts, "Whiteboard").text  # media t.co dropped


def test_note_tweets_are_joined_to_their_stub(archive) -> None:
    era, _, posts = archive
    if era == "2019":
        pytest.skip("note tweets began in 2023")
    long_post = by_text(posts, "Long post")
    assert long_post.text == LONG
    assert long_post.reach == 40


def test_links_carry_handles_the_archive_reveals(archive) -> None:
    _, connector, _ = archive
    links = list(connector.iter_links())
    seen = {(link.relation, link.other.id): link.other.handle for link in links}
    assert seen == {
        ("follower", PATIENT.user_id): PATIENT.handle,  # replied to
        ("follower", STRANGER.user_id): STRANGER.handle,  # mentioned
        ("follower", PEOPLE[4].user_id): None,  # never appears: id only
        ("following", COLLEAGUE.user_id): COLLEAGUE.handle,  # retweeted
    }


# -- shapes the reader must survive -----------------------------------------------------------


def test_thread_spanning_parts_and_missing_root(tmp_path: Path) -> None:
    chain = reply_chain(ACCOUNT, [f"part {i} of the story" for i in range(8)], T0)
    orphan = replace(
        chain[0],
        id="",
        reply_to_id="999",
        reply_to_handle=ACCOUNT.handle,
        reply_to_user_id=ACCOUNT.user_id,
        text="continuing a deleted tweet",
        created_at=T0 + timedelta(days=3),
    )
    build_x_archive(tmp_path, tweets=[*chain, orphan], parts=4, shuffle_seed=5)
    _, posts = read_all(tmp_path)
    assert {p.thread_id for p in posts if p.text.startswith("part")} == {chain[0].id}
    assert by_text(posts, "continuing").thread_id == "999"


def test_note_tweet_on_a_reply_keeps_its_mention(tmp_path: Path) -> None:
    tweet = Tweet(
        LONG,
        T0,
        note=True,
        reply_to_id="123",
        reply_to_handle=COLLEAGUE.handle,
        reply_to_user_id=COLLEAGUE.user_id,
    )
    build_x_archive(tmp_path, tweets=[tweet, Tweet("short one", T0 + timedelta(seconds=1))])
    _, posts = read_all(tmp_path)
    assert by_text(posts, "@").text == f"@{COLLEAGUE.handle} {LONG}"
    assert by_text(posts, "short one").text == "short one"


def _rewrite_tweets(folder: Path, edit) -> None:
    path = folder / "data" / "tweets.js"
    prefix, _, body = path.read_text(encoding="utf-8").partition("= ")
    path.write_text(prefix + "= " + json.dumps(edit(json.loads(body))), encoding="utf-8")


def test_odd_items_are_skipped_and_counted(tmp_path: Path) -> None:
    build_x_archive(
        tmp_path, tweets=[Tweet(f"fine {i}", T0 + timedelta(minutes=i)) for i in range(3)]
    )

    def spoil(items: list) -> list:
        no_text = json.loads(json.dumps(items[0]))
        del no_text["tweet"]["full_text"]
        bad_date = json.loads(json.dumps(items[1]))
        bad_date["tweet"]["created_at"] = "yesterday-ish"
        no_id = json.loads(json.dumps(items[2]))
        del no_id["tweet"]["id_str"], no_id["tweet"]["id"]
        return [*items, no_text, bad_date, no_id, "a string", 42, None]

    _rewrite_tweets(tmp_path, spoil)
    connector, posts = read_all(tmp_path)
    assert sorted(p.text for p in posts) == ["fine 0", "fine 1", "fine 2"]
    assert connector.stats.skipped == {
        "tweet: no full_text": 1,
        "tweet: unparseable date": 1,
        "tweet: no id": 1,
        "tweet: not an object": 3,
    }


def test_invalid_tweets_js_names_the_member_and_no_text(tmp_path: Path) -> None:
    write_invalid_tweets_js(tmp_path / "broken")
    connector = open_export(tmp_path / "broken")
    with pytest.raises(MalformedRecord) as caught:
        list(connector.iter_posts())
    message = str(caught.value)
    assert "data/tweets.js" in message and "not valid JSON" in message
    assert "hello ward" not in message


def test_connector_for_tells_x_from_facebook(tmp_path: Path) -> None:
    build_x_archive(tmp_path / "x", era="2019")
    build_facebook_export(tmp_path / "fb")
    with ExportSource.open(tmp_path / "x") as source:
        assert type(connector_for(source)) is XArchive
        assert not FacebookExport.recognizes(source)
    with ExportSource.open(tmp_path / "fb") as source:
        assert not XArchive.recognizes(source)


# fmt: off
@pytest.mark.parametrize("raw, expected", [
    ("Wed Oct 10 20:19:24 +0000 2018", datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)),
    ("Sun Jan 01 00:30:00 +0100 2023", datetime(2022, 12, 31, 23, 30, tzinfo=UTC)),
    ("2023-06-01T12:00:00.000Z", datetime(2023, 6, 1, 12, tzinfo=UTC)),
])
def test_parse_x_date(raw: str, expected: datetime) -> None:
    assert parse_x_date(raw) == expected


@pytest.mark.parametrize("raw", ["", "yesterday", "Wed Foo 10 20:19:24 +0000 2018", None, 12])
def test_parse_x_date_refuses_nonsense(raw) -> None:
    with pytest.raises((ValueError, KeyError, TypeError)):
        parse_x_date(raw)
# fmt: on


def test_a_big_tweets_js_is_streamed_not_loaded(tmp_path: Path) -> None:
    """Peak Python allocation stays a small fraction of the file: memory flat as exports grow."""
    build_bench_archive(tmp_path / "big", posts=20_000)
    size = (tmp_path / "big" / "data" / "tweets.js").stat().st_size
    connector = open_export(tmp_path / "big")
    tracemalloc.start()
    try:
        count = sum(1 for _ in connector.iter_posts())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert size > 10 * 2**20
    assert peak < size / 10, f"peak {peak} bytes for a {size}-byte file"


def test_reading_twice_gives_the_same_posts(tmp_path: Path) -> None:
    build_x_archive(tmp_path, tweets=sample_tweets("2023"), parts=2)
    connector = open_export(tmp_path)
    first = list(connector.iter_posts())
    assert list(connector.iter_posts()) == first
    assert by_text(first, "Long post").text == LONG


def test_the_demo_archive_reads_back(tmp_path: Path) -> None:
    written = demo(tmp_path)
    connector, posts = read_all(written["x"])
    kinds = Counter(p.kind for p in posts)
    assert len(posts) >= 300 and kinds["reply"] > 20 and kinds["repost"] > 20
    assert connector.stats.skipped == {}
    assert len({p.thread_id for p in posts if p.thread_id}) == 1
    assert any(len(p.text) > 500 for p in posts)  # the note tweet, joined
    assert sum(1 for p in posts for m in p.media if m.path) == 3
    links = list(connector.iter_links())
    roster = written["roster"].read_text(encoding="utf-8")
    rostered = [link for link in links if link.other.id and link.other.id in roster]
    assert rostered and any(link.other.handle for link in rostered)
