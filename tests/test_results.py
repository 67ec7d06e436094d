"""The results JSON: the contract's schema, every post riskiest first; the report's input."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from classifiers.engine import Scorer
from classifiers.findings import Finding
from classifiers.rules import PHI_RECORD_NUMBER
from scanner.errors import BadInput, MalformedRecord
from scanner.models import Post
from scanner.pipeline import ScanRequest, ScanSummary, scan
from scanner.results import SCHEMA, finding_dict, read_results, report_data
from scanner.store import Store
from tests import builders

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
POST_KEYS = {"id", "platform", "account", "kind", "created_at", "url", "text", "media", "scores",
             "risk", "action", "findings"}  # fmt: skip
FINDING_KEYS = {"category", "rule", "severity", "explanation", "evidence", "guidance"}
LINK_KEYS = {"platform", "account", "relation", "other", "patient_match"}
CATEGORIES = {"phi", "unprofessional", "patient_interaction", "clinical_advice"}


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ScanSummary, dict[str, Any]]:
    """The demo exports scanned once with the recognizers (no transformer: fast)."""
    root = tmp_path_factory.mktemp("results")
    demo = builders.demo(root / "demo")
    scorer = Scorer(classifier=None)
    summary = scan(
        ScanRequest(
            sources=(demo["x"], demo["facebook"]),
            roster=demo["roster"],
            json_path=root / "results.json",
            db_path=root / "state.db",
            scorer=scorer,
        )
    )
    return root, summary, read_results(root / "results.json")


def test_top_level_is_the_contract(scanned: tuple[Path, ScanSummary, dict[str, Any]]) -> None:
    _, summary, document = scanned
    assert list(document) == ["schema", "generated_at", "accounts", "posts", "links"]
    assert document["schema"] == SCHEMA == "scrubs.results/1"
    assert ISO_UTC.match(document["generated_at"])
    assert len(document["posts"]) == summary.posts
    assert sum(a["posts"] for a in document["accounts"]) == summary.posts
    for account in document["accounts"]:
        assert {"platform", "handle", "display_name", "posts", "findings"} <= set(account)


def test_every_post_riskiest_first(scanned: tuple[Path, ScanSummary, dict[str, Any]]) -> None:
    posts = scanned[2]["posts"]
    risks = [p["risk"] for p in posts]
    assert risks == sorted(risks, reverse=True)
    assert posts[0]["action"] in {"delete", "review"}
    assert len({(p["platform"], p["id"]) for p in posts}) == len(posts)


def test_each_post_has_the_contract_shape(
    scanned: tuple[Path, ScanSummary, dict[str, Any]],
) -> None:
    for post in scanned[2]["posts"]:
        assert POST_KEYS <= set(post)
        assert isinstance(post["id"], str) and post["id"]
        assert post["kind"] in {"post", "reply", "repost", "comment"}
        assert ISO_UTC.match(post["created_at"])
        assert set(post["scores"]) == CATEGORIES
        assert all(0.0 <= s <= 1.0 for s in [*post["scores"].values(), post["risk"]])
        assert post["action"] in {"delete", "review", "keep"}
        for media in post["media"]:
            assert media["type"] and ("path" in media or "url" in media)
        for finding in post["findings"]:
            assert FINDING_KEYS <= set(finding)
            assert finding["severity"] in {"low", "medium", "high"}
            for span in finding["evidence"]:
                assert post["text"][span["start"] : span["end"]] == span["text"]


def test_text_is_as_the_user_wrote_it(scanned: tuple[Path, ScanSummary, dict[str, Any]]) -> None:
    texts = [p["text"] for p in scanned[2]["posts"]]
    assert not [t for t in texts if "&amp;" in t or "Ã" in t or "t.co/" in t]


def test_links_have_the_contract_shape(scanned: tuple[Path, ScanSummary, dict[str, Any]]) -> None:
    links = scanned[2]["links"]
    assert links and all(LINK_KEYS <= set(link) for link in links)
    assert {link["relation"] for link in links} <= {"follower", "following", "friend"}
    matched = [link["patient_match"] for link in links if link["patient_match"]]
    assert matched and all(set(m) == {"patient_ref", "score", "matched_on"} for m in matched)


def test_report_data_holds_posts_to_act_on_and_totals_over_all(
    scanned: tuple[Path, ScanSummary, dict[str, Any]],
) -> None:
    root, summary, document = scanned
    with Store(root / "state.db") as store:
        data = report_data(store, summary.run_id, matches={}, roster_used=False)
    flagged = [p for p in document["posts"] if p["action"] != "keep"]
    assert [p["id"] for p in data.posts] == [p["id"] for p in flagged]
    assert data.totals["posts"] == len(document["posts"])
    assert sum(data.totals["by_action"].values()) == len(document["posts"])
    assert data.links == []  # matches live in the run's memory only
    assert not data.roster_used


def test_no_partial_file_is_left_beside_the_results(
    scanned: tuple[Path, ScanSummary, dict[str, Any]],
) -> None:
    assert not list(scanned[0].glob(".results.json.*"))


@pytest.mark.parametrize(
    "content, error",
    [
        ("not json at all", MalformedRecord),
        ('{"schema": "something.else/2"}', MalformedRecord),
        ("[1, 2]", MalformedRecord),
    ],
)
def test_read_results_refuses_what_is_not_ours(tmp_path: Path, content: str, error: type) -> None:
    path = tmp_path / "results.json"
    path.write_text(content)
    with pytest.raises(error, match="results.json"):
        read_results(path)


def test_read_results_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="not found"):
        read_results(tmp_path / "nope.json")


def test_finding_dict_flattens_the_rule() -> None:
    post = Post(
        "x", "1", "dr", "post", datetime.fromisoformat("2024-01-01T00:00:00+00:00"), "MRN 1234567"
    )
    finding = Finding.on(
        post,
        PHI_RECORD_NUMBER,
        [(4, 11)],
        score=0.9,
        explanation="A record number.",
        recognizer="phi_identifiers",
        trail=[("pattern", "mrn.labelled")],
    )
    rendered = finding_dict(finding)
    assert json.loads(json.dumps(rendered)) == rendered
    assert {k: rendered[k] for k in FINDING_KEYS} == {
        "category": "phi",
        "rule": "phi.record_number",
        "severity": "high",
        "explanation": "A record number.",
        "evidence": [{"start": 4, "end": 11, "text": "1234567"}],
        "guidance": PHI_RECORD_NUMBER.guidance,
    }
    assert rendered["trail"] == [["pattern", "mrn.labelled"]]


def test_spliced_findings_equal_the_decoded_ones(
    scanned: tuple[Path, ScanSummary, dict[str, Any]],
) -> None:
    """The writer splices each post's stored findings JSON in as text; the file must say
    exactly what decoding them would (``report_data`` decodes them)."""
    from scanner.results import post_dict

    root, summary, document = scanned
    store = Store(root / "state.db")
    expected = [post_dict(row) for row in store.iter_run_posts(summary.run_id)]
    assert document["posts"] == expected
    assert any(p["findings"] for p in expected)


@pytest.mark.parametrize(
    "text",
    ["plain", "\x00findings\x00 in the text", 'quotes " and \\ and \n', "Café 🙄 ΟΔΟΣ"],
    ids=["plain", "marker-in-text", "escapes", "non-ascii"],
)
def test_a_post_text_never_confuses_the_splice(tmp_path: Path, text: str) -> None:
    import io

    from scanner.results import _write_posts

    stored = json.dumps([{"rule": "x", "evidence": [{"text": text}]}], ensure_ascii=False,
                        separators=(", ", ": "))  # fmt: skip
    row = {"post_id": "1", "platform": "x", "account_handle": "me", "kind": "post",
           "created_at": "2024-01-01T00:00:00Z", "url": None, "text": text, "media_json": "[]",
           "risk": 0.5, "action": "review", "findings": stored, "thread_id": None,
           "reply_to": None, "reach": 0, "phi": 0.5, "unprofessional": 0.0,
           "patient_interaction": 0.0, "clinical_advice": 0.0}  # fmt: skip
    out = io.BytesIO()
    _write_posts(out, iter([row]))
    [post] = json.loads("{" + out.getvalue().decode() + "}")["posts"]
    assert post["text"] == text
    assert post["findings"] == json.loads(stored)
