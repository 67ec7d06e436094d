"""The state store: idempotent re-scans, merging, atomicity, cursors with their posts."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from scanner.errors import BadConfig
from scanner.models import Account, Link, Media, Person, Post
from scanner.store import (
    LinkMatch,
    RunVersions,
    ScoredPost,
    SourceRecord,
    Store,
    iter_batches,
    link_identity,
)

VERSIONS = RunVersions(tool="test", model=None)
ACCOUNT = Account(platform="x", handle="DrSynthetic", user_id="42", display_name="Dr Synthetic")
T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def post(post_id: str, text: str = "a synthetic post", **kw: object) -> Post:
    fields: dict[str, object] = {
        "platform": "x",
        "id": post_id,
        "account": ACCOUNT.handle,
        "kind": "post",
        "created_at": T0 + timedelta(minutes=int(post_id) if post_id.isdigit() else 0),
        "text": text,
    }
    fields.update(kw)
    return Post(**fields)  # type: ignore[arg-type]


def scored(p: Post, risk: float = 0.1, action: str = "keep", **scores: float) -> ScoredPost:
    return ScoredPost(p, {"phi": 0.0, **scores}, risk, action, ())


def start(store: Store) -> tuple[int, int]:
    run = store.start_run([SourceRecord("export.zip", "x.archive", "abc")], VERSIONS)
    return run, store.upsert_account(ACCOUNT, run)


def count(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_rescanning_the_same_posts_adds_nothing_twice(store: Store) -> None:
    posts = [scored(post(str(i))) for i in range(10)]
    for _ in range(2):
        run, account = start(store)
        store.save_scored(account, run, posts, versions=VERSIONS)
    assert (count(store, "posts"), count(store, "verdicts"), count(store, "accounts")) == (
        10,
        10,
        1,
    )
    assert store.new_posts(run) == 0
    assert store.new_posts(run - 1) == 10


def test_archive_and_api_copies_merge_into_one_post(store: Store) -> None:
    run, account = start(store)
    archive = post(
        "7", "a long synthetic post written in full", media=(Media("image", path="z::m.jpg"),)
    )
    api = post(
        "7", "a long synthetic…", reach=40, media=(Media("image", url="https://x.test/m.jpg"),)
    )
    store.save_scored(account, run, [scored(archive)], versions=VERSIONS)
    store.save_page(account, run, "x.api", [scored(api)], None, versions=VERSIONS)
    row = store.conn.execute("SELECT text, reach, seen_in FROM posts").fetchone()
    media = store.conn.execute("SELECT path, url FROM media").fetchone()
    assert tuple(row) == ("a long synthetic post written in full", 40, "archive,api")
    assert tuple(media) == ("z::m.jpg", "https://x.test/m.jpg")


def test_a_failing_batch_leaves_nothing_behind(store: Store) -> None:
    run, account = start(store)
    with pytest.raises(RuntimeError), store.atomic():
        store.save_scored(account, run, [scored(post("1"))], versions=VERSIONS)
        raise RuntimeError("crash between posts and verdicts")
    assert count(store, "posts") == count(store, "verdicts") == 0


def test_a_nested_failure_rolls_back_only_its_savepoint(store: Store) -> None:
    run, account = start(store)
    with store.atomic():
        store.save_scored(account, run, [scored(post("1"))], versions=VERSIONS)
        with pytest.raises(RuntimeError), store.atomic():
            store.save_scored(account, run, [scored(post("2"))], versions=VERSIONS)
            raise RuntimeError("inner failure")
    assert [r[0] for r in store.conn.execute("SELECT post_id FROM posts")] == ["1"]


def test_cursor_is_written_with_the_posts_it_covers(store: Store) -> None:
    run, account = start(store)
    store.save_page(account, run, "x.api", [scored(post("1"))], "cursor-1", versions=VERSIONS)
    bad_page = [scored(post("2")), scored(post("3", kind="not-a-kind-but-stored"))]
    with pytest.raises(sqlite3.IntegrityError):
        # a verdict row missing its account breaks the transaction: nothing of the page stays
        store.save_page(account + 99, run, "x.api", bad_page, "cursor-2", versions=VERSIONS)
    assert store.cursor(account, "x.api") == "cursor-1"
    assert count(store, "posts") == 1


def test_results_stream_riskiest_first_with_media(store: Store) -> None:
    run, account = start(store)
    items = [
        scored(post("1"), risk=0.2),
        scored(
            post("2", media=(Media("image", path="a.jpg"), Media("video", path="b.mp4"))),
            risk=0.9,
            action="delete",
            phi=0.95,
        ),
        scored(post("3"), risk=0.5, action="review", phi=0.6),
    ]
    store.save_scored(account, run, items, versions=VERSIONS)
    rows = list(store.iter_run_posts(run))
    assert [r["post_id"] for r in rows] == ["2", "3", "1"]
    assert '"path":"a.jpg"' in rows[0]["media_json"] and rows[0]["media_json"].index(
        "a.jpg"
    ) < rows[0]["media_json"].index("b.mp4")
    flagged = [r["post_id"] for r in store.iter_run_posts(run, actions=("delete", "review"))]
    assert flagged == ["2", "3"]


def test_totals_are_computed_over_every_post_of_the_run(store: Store) -> None:
    run, account = start(store)
    store.save_scored(
        account,
        run,
        [
            scored(post("1"), risk=0.9, action="delete", phi=0.9),
            scored(post("2"), risk=0.6, action="review", unprofessional=0.7),
            scored(post("3")),
        ],
        versions=VERSIONS,
    )
    totals = store.run_totals(run)
    assert totals["posts"] == 3
    assert totals["by_action"] == {"delete": 1, "review": 1, "keep": 1}
    assert totals["by_category"]["phi"] == {"delete": 1, "review": 0}
    assert totals["by_category"]["unprofessional"] == {"delete": 0, "review": 1}
    assert totals["by_month"] == {"2024-03": {"phi": 1, "unprofessional": 1}}
    assert totals["date_range"] == ["2024-03-01T12:01:00Z", "2024-03-01T12:03:00Z"]
    assert totals["platforms"] == ["x"]


def test_links_are_unique_per_person_and_keep_no_roster_data(store: Store) -> None:
    run, account = start(store)
    follower = Link("x", ACCOUNT.handle, "follower", Person(id="900"))
    match = LinkMatch(fingerprint="hmac-hex", score=1.0, matched_on=("x_user_id",))
    for _ in range(2):
        store.save_links(account, run, [(follower, match)], roster_used=True)
    store.save_links(account, run, [(follower, None)], roster_used=False)  # no roster: kept
    row = store.conn.execute("SELECT other_key, match_fingerprint, match_on FROM links").fetchone()
    assert count(store, "links") == 1
    assert tuple(row) == ("id:900", "hmac-hex", '["x_user_id"]')
    store.save_links(account, run, [(follower, None)], roster_used=True)  # roster, no match now
    assert store.conn.execute("SELECT match_fingerprint FROM links").fetchone()[0] is None


@pytest.mark.parametrize(
    "person, key",
    [
        (Person(id="1", handle="Someone"), "id:1"),
        (Person(handle="@SomeOne"), "handle:someone"),
        (Person(name="  Alex   Example "), "name:alex example"),
        (Person(), None),
    ],
)
def test_link_identity(person: Person, key: str | None) -> None:
    assert link_identity(person) == key


def test_threads_come_back_one_at_a_time(store: Store) -> None:
    run, account = start(store)
    thread = [
        post(str(i), thread_id="1", reply_to_post_id=str(i - 1) if i > 1 else None)
        for i in (1, 2, 3)
    ]
    store.save_scored(account, run, [scored(p) for p in [*thread, post("9")]], versions=VERSIONS)
    threads = list(store.iter_threads(account, run))
    assert [[p.id for p in t] for t in threads] == [["1", "2", "3"]]
    assert threads[0][1] == thread[1]


def test_runs_record_sources_counts_and_errors(store: Store) -> None:
    run, _ = start(store)
    store.finish_run(run, status="done", counts={"posts": 3}, errors=["x: 2 items skipped"])
    record = store.run(run)
    assert record["status"] == "done" and record["finished_at"]
    assert record["sources"] == [{"label": "export.zip", "kind": "x.archive", "fingerprint": "abc"}]
    assert (record["counts"], record["errors"], record["tool_version"]) == (
        {"posts": 3},
        ["x: 2 items skipped"],
        "test",
    )


def test_store_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "state.db"
    with Store(path) as opened:
        assert opened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_file_that_is_not_a_store_is_bad_config(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not sqlite at all, just some bytes" * 10)
    with pytest.raises(BadConfig, match="not.db"):
        Store(path)


@pytest.mark.parametrize("size, lengths", [(3, [3, 3, 1]), (10, [7]), (1, [1] * 7)])
def test_iter_batches(size: int, lengths: list[int]) -> None:
    assert [len(b) for b in iter_batches(range(7), size)] == lengths


def test_a_batch_returns_row_ids_in_order_across_chunks_and_repeats(store: Store) -> None:
    run, account = start(store)
    first = store.save_scored(account, run, [scored(post(str(i))) for i in range(5)],
                              versions=VERSIONS)  # fmt: skip
    ids = [str(i) for i in range(2000)] + ["3", "1999"]  # more than one look-up chunk, repeats
    rowids = store.save_scored(account, run, [scored(post(i)) for i in ids], versions=VERSIONS)
    stored = dict(store.conn.execute("SELECT post_id, id FROM posts"))
    assert rowids == [stored[i] for i in ids]
    assert rowids[:5] == first and rowids[-2:] == [rowids[3], rowids[1999]]
    assert count(store, "posts") == 2000


_POST_FIELDS = {
    "platform": "x",
    "id": "9",
    "account": "me",
    "kind": "reply",
    "text": "t",
    "url": "u",
    "media": (Media(type="image", path="p"),),
    "reply_to": "r",
    "reply_to_user_id": "1",
    "reply_to_post_id": "2",
    "mentions": ("m",),
    "mention_ids": ("3",),
    "thread_id": "4",
    "reach": 5,
    "public": False,
    "origin": "o",
}


def test_a_post_in_utc_skips_the_check_and_equals_one_converted_to_utc() -> None:
    """``Post.__post_init__`` returns at once for ``datetime.UTC`` (what the readers and the
    store make); any other zone is still checked and converted."""
    moment = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    fast = Post(created_at=moment, **_POST_FIELDS)  # type: ignore[arg-type]
    zero = moment.replace(tzinfo=timezone(timedelta(0)))  # UTC's offset, not UTC itself
    assert fast == Post(created_at=zero, **_POST_FIELDS)  # type: ignore[arg-type]
    assert type(fast) is Post and hash(fast) == hash(Post(created_at=zero, **_POST_FIELDS))  # type: ignore[arg-type]
    plus_two = datetime(2024, 5, 6, 9, 8, 9, tzinfo=timezone(timedelta(hours=2)))
    converted = Post(created_at=plus_two, **_POST_FIELDS)  # type: ignore[arg-type]
    assert converted.created_at == moment and converted.created_at.utcoffset() == timedelta(0)
    with pytest.raises(ValueError, match="timezone-aware"):
        Post(created_at=datetime(2024, 5, 6), **_POST_FIELDS)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        fast.text = "changed"  # type: ignore[misc]
