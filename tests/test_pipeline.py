"""The pipeline end to end through the library: real exports in, store and outputs out."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from classifiers.engine import Scorer
from scanner.errors import (
    BadInput,
    CorruptArchive,
    MalformedRecord,
    MissingPath,
    UnrecognizedExport,
    WrongExportFormat,
)
from scanner.pipeline import ScanRequest, fingerprint, scan
from scanner.results import read_results
from scanner.store import Store
from tests import builders
from tests.builders import (
    UTC,
    FbFriend,
    FbPost,
    Tweet,
    build_facebook_export,
    build_x_archive,
)

T0 = datetime(2023, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def heuristics() -> Scorer:
    """The real recognizers without the transformer: fast enough for every pipeline test."""
    scorer = Scorer(classifier=None)
    scorer.load()
    return scorer


def x_archive(target: Path, count: int = 12, **kw: object) -> Path:
    tweets = [
        Tweet(f"synthetic shift note number {i}", T0 + timedelta(hours=i)) for i in range(count)
    ]
    return build_x_archive(target, tweets=tweets, followers=["900", "901"], **kw)  # type: ignore[arg-type]


def fb_export(target: Path) -> Path:
    posts = [FbPost(f"synthetic facebook post {i}", T0 + timedelta(days=i)) for i in range(5)]
    friends = [FbFriend("Alex Example", T0), FbFriend("Sam Sample", T0)]
    return build_facebook_export(target, posts=posts, friends=friends)


def request(tmp_path: Path, scorer: Scorer, *sources: Path, **kw: object) -> ScanRequest:
    fields: dict[str, object] = {
        "sources": sources,
        "db_path": tmp_path / "state.db",
        "json_path": tmp_path / "out" / "results.json",
        "scorer": scorer,
    }
    fields.update(kw)
    return ScanRequest(**fields)  # type: ignore[arg-type]


def table_count(db: Path, table: str) -> int:
    with Store(db) as store:
        return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_x_and_facebook_exports_are_scanned_into_store_and_json(
    tmp_path: Path, heuristics: Scorer
) -> None:
    x = x_archive(tmp_path / "x.zip")
    fb = fb_export(tmp_path / "fb")
    summary = scan(request(tmp_path, heuristics, x, fb))
    assert (summary.posts, summary.new_posts, summary.links) == (17, 17, 4)
    assert sorted((a.platform, a.posts, a.links) for a in summary.accounts) == [
        ("facebook", 5, 2),
        ("x", 12, 2),
    ]
    document = read_results(tmp_path / "out" / "results.json")
    assert len(document["posts"]) == 17 and len(document["links"]) == 4
    assert summary.outputs == (tmp_path / "out" / "results.json",)
    with Store(tmp_path / "state.db") as store:
        run = store.run(summary.run_id)
    assert run["status"] == "done" and run["counts"]["posts"] == 17
    assert [s["kind"] for s in run["sources"]] == ["x.archive", "facebook.export"]
    assert run["sources"][0]["fingerprint"] == fingerprint(x)


def test_results_report_and_csv_are_written_together_with_the_runs_totals(
    tmp_path: Path, heuristics: Scorer
) -> None:
    """The results file is written in its own thread while the report and CSV are made here:
    all three land, in the order asked, and the summary's counts are the store's."""
    tweets = [
        Tweet("Mrs D in bed 4 told me her whole life story last night lol", T0),
        *(Tweet(f"synthetic shift note number {i}", T0 + timedelta(hours=i)) for i in range(1, 9)),
    ]
    x = build_x_archive(tmp_path / "x.zip", tweets=tweets)
    out = tmp_path / "out"
    summary = scan(
        request(
            tmp_path, heuristics, x, report_path=out / "report.html", csv_path=out / "posts.csv"
        )
    )
    assert summary.outputs == (out / "results.json", out / "report.html", out / "posts.csv")
    document = read_results(out / "results.json")
    assert len(document["posts"]) == 9
    assert [p["risk"] for p in document["posts"]] == sorted(
        (p["risk"] for p in document["posts"]), reverse=True
    )
    assert "<html" in (out / "report.html").read_text(encoding="utf-8").lower()
    with Store(tmp_path / "state.db") as store:
        totals = store.run_totals(summary.run_id)
    assert summary.posts == totals["posts"] == 9
    assert dict(summary.by_action) == totals["by_action"]
    assert sum(totals["by_action"].values()) == 9


def test_rescanning_the_same_export_adds_nothing_twice(tmp_path: Path, heuristics: Scorer) -> None:
    x = x_archive(tmp_path / "x.zip")
    first = scan(request(tmp_path, heuristics, x))
    again = scan(request(tmp_path, heuristics, x))
    assert (first.new_posts, again.new_posts, again.posts) == (12, 0, 12)
    db = tmp_path / "state.db"
    assert (table_count(db, "posts"), table_count(db, "links"), table_count(db, "accounts")) == (
        12,
        2,
        1,
    )
    assert len(read_results(tmp_path / "out" / "results.json")["posts"]) == 12


def test_the_same_account_from_two_eras_merges(tmp_path: Path, heuristics: Scorer) -> None:
    tweets = [Tweet(f"synthetic post {i}", T0 + timedelta(hours=i)) for i in range(6)]
    old = build_x_archive(tmp_path / "2019.zip", era="2019", tweets=tweets[:4])
    new = build_x_archive(tmp_path / "2023.zip", era="2023", tweets=tweets)
    summary = scan(request(tmp_path, heuristics, old, new))
    assert (summary.posts, summary.new_posts) == (6, 6)
    assert table_count(tmp_path / "state.db", "accounts") == 1


def test_odd_items_are_skipped_counted_and_reported_once(
    tmp_path: Path, heuristics: Scorer, caplog: pytest.LogCaptureFixture
) -> None:
    folder = x_archive(tmp_path / "x", count=5)
    tweets_js = folder / "data" / "tweets.js"
    prefix, _, body = tweets_js.read_text(encoding="utf-8").partition("=")
    items = json.loads(body)
    odd = json.loads(json.dumps(items[0]))
    del odd["tweet"]["full_text"]
    bad_date = json.loads(json.dumps(items[1]))
    bad_date["tweet"]["id_str"] = bad_date["tweet"]["id"] = "99"
    bad_date["tweet"]["created_at"] = "not a date"
    tweets_js.write_text(f"{prefix}= {json.dumps([*items, odd, bad_date])}", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        summary = scan(request(tmp_path, heuristics, folder))
    assert summary.posts == 5
    warnings = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(warnings) == 1 and re.search(r"skipped 2 odd items", warnings[0])
    assert summary.notes == tuple(warnings)


# Each bad input ends before anything is written: no store, no outputs.
BAD_INPUTS = [
    ("missing", lambda d: d / "no-such-export.zip", MissingPath),
    ("not a zip", lambda d: builders.write_not_a_zip(d / "archive.zip"), CorruptArchive),
    ("truncated", lambda d: builders.truncate_file(x_archive(d / "full.zip", 200), d / "cut.zip"),
     CorruptArchive),
    ("zip slip", lambda d: builders.write_zip_slip(d / "slip.zip"), CorruptArchive),
    ("zip bomb", lambda d: builders.write_zip_bomb(d / "bomb.zip", 64 * 2**20), CorruptArchive),
    ("no export", lambda d: (d / "empty").mkdir() or d / "empty", UnrecognizedExport),
    ("facebook html", lambda d: build_facebook_export(
        d / "fb-html", posts=[FbPost("x", T0)], fmt="html"), WrongExportFormat),
]  # fmt: skip


@pytest.mark.parametrize("name, make, error", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_refused_before_anything_is_written(
    tmp_path: Path, heuristics: Scorer, name: str, make, error: type[BadInput]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    bad = make(inputs)
    good = x_archive(inputs / "good.zip")
    with pytest.raises(error) as raised:
        scan(request(tmp_path, heuristics, good, bad, report_path=tmp_path / "out" / "r.html"))
    assert bad.name in raised.value.line()
    assert not (tmp_path / "state.db").exists()
    assert not (tmp_path / "out").exists()


def test_invalid_tweets_js_fails_the_run_keeps_nothing_half_written(
    tmp_path: Path, heuristics: Scorer
) -> None:
    broken = builders.write_invalid_tweets_js(tmp_path / "broken")
    with pytest.raises(MalformedRecord, match="tweets.js"):
        scan(request(tmp_path, heuristics, broken))
    assert not (tmp_path / "out").exists()
    with Store(tmp_path / "state.db") as store:
        status, errors = store.conn.execute("SELECT status, errors FROM runs").fetchone()
    assert status == "failed" and "tweets.js" in errors


def test_roster_matches_reach_the_outputs_but_not_the_store(
    tmp_path: Path, heuristics: Scorer
) -> None:
    demo = builders.demo(tmp_path / "demo")
    summary = scan(
        request(tmp_path, heuristics, demo["x"], demo["facebook"], roster=demo["roster"],
                report_path=tmp_path / "out" / "report.html")
    )  # fmt: skip
    assert summary.roster_used and summary.matched_links > 0
    matched = [
        link
        for link in read_results(tmp_path / "out" / "results.json")["links"]
        if link["patient_match"]
    ]
    assert len(matched) == summary.matched_links
    assert all(re.fullmatch(r"P\d{4}", link["patient_match"]["patient_ref"]) for link in matched)
    roster_names = [row.split(",")[1] for row in demo["roster"].read_text().splitlines()[1:]]
    refs = {link["patient_match"]["patient_ref"] for link in matched}
    with Store(tmp_path / "state.db") as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = (tmp_path / "state.db").read_bytes()
    assert not [ref for ref in refs if ref.encode() in stored]
    dobs = [row.split(",")[2] for row in demo["roster"].read_text().splitlines()[1:]]
    assert not [d for d in dobs if d.encode() in stored]
    assert roster_names  # names may appear as the user's own friends' names, which is their data
    assert (tmp_path / "out" / "report.html").stat().st_size > 0


CASE = (
    "1/ Long night in resus last Tuesday.",
    "2/ the 60yo fisherman we admitted",
    "3/ from Killybegs, after the trawler accident. Tough man.",
)


@pytest.mark.parametrize("batch_size", [256, 2])
def test_a_case_spread_over_a_thread_is_found_however_the_batches_fall(
    tmp_path: Path, heuristics: Scorer, batch_size: int
) -> None:
    chain = builders.reply_chain(builders.XAccount(), CASE, T0)
    filler = [Tweet(f"synthetic filler {i}", T0 + timedelta(days=1, minutes=i)) for i in range(10)]
    tweets = [chain[0], *filler[:5], chain[1], *filler[5:], chain[2]]  # apart in file order
    archive = build_x_archive(tmp_path / "x.zip", tweets=tweets, shuffle_seed=None)
    scan(request(tmp_path, heuristics, archive, batch_size=batch_size))
    posts = read_results(tmp_path / "out" / "results.json")["posts"]
    case = [p for p in posts if p["thread_id"]]
    assert len(case) == 3
    assert all("phi.thread_case" in [f["rule"] for f in p["findings"]] for p in case)
    assert posts[:3] == sorted(case, key=lambda p: -p["risk"])  # the case ranks first


def test_account_findings_reach_the_results(tmp_path: Path, heuristics: Scorer) -> None:
    account = builders.XAccount(bio="Emergency physician in Donegal. Runner.")
    archive = build_x_archive(tmp_path / "x.zip", account=account, tweets=[Tweet("hello", T0)])
    scan(request(tmp_path, heuristics, archive))
    [scanned] = read_results(tmp_path / "out" / "results.json")["accounts"]
    assert [f["rule"] for f in scanned["findings"]] == ["account.no_disclaimer"]


def test_a_live_source_resumes_from_its_stored_cursor(tmp_path: Path, heuristics: Scorer) -> None:
    from scanner.connectors.http import RetryPolicy
    from scanner.connectors.x_api import XApi
    from tests.fake_platforms import serve_x
    from tests.test_x_api import make_world

    world = make_world(25)
    server = serve_x(world)
    try:

        def live() -> XApi:
            policy = RetryPolicy(attempts=2, backoff=0.01, max_wait=1.0)
            return XApi("drsynth", bearer_token="test-token", base_url=server.url, policy=policy,
                        page_size=10)  # fmt: skip

        first = scan(request(tmp_path, heuristics, live=(live(),)))
        world.add_tweet(2000, "a newer synthetic post", 1_700_000_000.0 + 10_000)
        second = scan(request(tmp_path, heuristics, live=(live(),)))
    finally:
        server.stop()
    assert (first.posts, first.new_posts) == (25, 25)
    assert (second.posts, second.new_posts) == (1, 1)
    assert table_count(tmp_path / "state.db", "posts") == 26


def test_nothing_to_scan_is_bad_input(tmp_path: Path, heuristics: Scorer) -> None:
    with pytest.raises(BadInput, match="nothing to scan"):
        scan(request(tmp_path, heuristics))


def test_an_output_that_would_overwrite_an_input_is_refused(
    tmp_path: Path, heuristics: Scorer
) -> None:
    x = x_archive(tmp_path / "x.zip")
    with pytest.raises(BadInput, match="overwrite"):
        scan(request(tmp_path, heuristics, x, json_path=x))


def test_runs_record_the_exact_model_version() -> None:
    from classifiers.engine import Scorer
    from scanner.pipeline import _model_version

    assert _model_version(Scorer()).startswith("minilm-l6-int8+combined-")
    assert _model_version(Scorer(classifier=None)) == "heuristics"


def test_half_an_emoji_in_a_tweet_does_not_stop_the_scan(tmp_path: Path) -> None:
    """X cuts long tweets in UTF-16 units and can leave half an emoji, kept in the archive's
    JSON as a lone ``\\ud83d`` escape: UTF-8 cannot hold it (the tokenizer, SQLite and the
    results file refused it), so it is read as U+FFFD and the scan goes on."""
    folder = x_archive(tmp_path / "x", count=3)
    tweets_js = folder / "data" / "tweets.js"
    raw = tweets_js.read_text(encoding="utf-8")
    raw = raw.replace("synthetic shift note number 1", "synthetic shift note number 1 \\ud83d", 1)
    tweets_js.write_text(raw, encoding="utf-8")
    summary = scan(request(tmp_path, Scorer(), folder))  # the encoder's tokenizer included
    assert summary.posts == 3
    texts = [p["text"] for p in read_results(tmp_path / "out" / "results.json")["posts"]]
    assert "synthetic shift note number 1 \ufffd" in texts
