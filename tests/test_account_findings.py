"""account_findings: no disclaimer on a professional profile; personal and clinical mixed."""

from __future__ import annotations

import pytest

from classifiers.account_findings import AccountObserver
from scanner.models import Account
from tests.recognizer_helpers import make_post


@pytest.mark.parametrize(
    "bio, display, expected",
    [
        ("Consultant in emergency medicine, Dublin", "Aoife", True),
        ("RN | ICU | coffee", "", True),
        ("", "Dr Sam Lee", True),
        ("MBBS MRCP. Views my own, not medical advice", "", False),
        ("GP. Tweets are personal opinions only. RT ≠ endorsement", "", False),
        ("Dad, runner, Liverpool fan", "Sam", False),
    ],
)
def test_no_disclaimer(bio: str, display: str, expected: bool) -> None:
    found = AccountObserver().findings(Account("x", "someone", display_name=display, bio=bio))
    assert any(f.rule.id == "account.no_disclaimer" for f in found) is expected
    assert all(f.evidence == () for f in found)


def test_mixed_use_needs_both_kinds_repeatedly() -> None:
    observer = AccountObserver()
    clinical = ["we admitted a 70yo tonight", "in resus again", "my patient went home today"]
    personal = ["date night with my wife", "parkrun PB!", "my kids' birthday party"]
    for i, text in enumerate(clinical + personal):
        observer.observe(make_post(text, id=str(i)))
    (finding,) = observer.findings(Account("x", "someone", bio="views my own"))
    assert finding.rule.id == "account.mixed_use"
    assert len(finding.related_posts) == 3


def test_a_purely_professional_account_is_not_mixed() -> None:
    observer = AccountObserver()
    texts = ["we admitted a 70yo tonight", "in resus again", "journal club today"]
    for i, text in enumerate(texts):
        observer.observe(make_post(text, id=str(i)))
    assert observer.findings(Account("x", "someone", bio="views my own")) == []


@pytest.mark.parametrize(
    "text",
    [
        "BIBA after a fall, 82F, hx of AF", "In Resus again", "We Admitted a lady from ICU",
        "pt's daughter rang", "PTS score 4", "Lovely walk, 10, then coffee", "70M with CP",
        "Dad, runner, Liverpool fan", "ROSC after 20 min!", "nothing clinical here at all",
        "İstanbul trip with my wife", "Ward 7 handover 🙄", "s/p lap chole", "",
    ],
)
def test_the_encounter_check_by_parts_agrees_with_the_whole_expression(text: str) -> None:
    """``_has_encounter`` searches, over lower-cased text, only the alternatives whose anchors
    occur; it answers as the whole case-insensitive expression does."""
    from classifiers import cues
    from classifiers.account_findings import _has_encounter

    assert _has_encounter(text) is (cues.ENCOUNTER.search(text) is not None)


def test_only_the_first_clinical_posts_are_kept_however_many_there_are() -> None:
    observer = AccountObserver()
    for i in range(500):
        observer.observe(make_post("in resus again", id=f"c{i}"))
        observer.observe(make_post("parkrun PB!", id=f"p{i}"))
    (finding,) = observer.findings(Account("x", "someone", bio="views my own"))
    assert len(finding.related_posts) == 10 and observer.clinical == 500
    assert ("clinical_posts", "500") in finding.trail


def test_the_anchor_gates_never_change_a_count() -> None:
    """The observer's anchor pre-checks skip only posts the full expressions cannot match:
    the same counts as the expressions alone over every corpus post."""
    from classifiers import corpus, cues
    from classifiers.account_findings import PERSONAL

    texts = [row.text for row in corpus.load()]
    observer = AccountObserver()
    for i, text in enumerate(texts):
        observer.observe(make_post(text, id=str(i)))
    assert observer.clinical == sum(cues.ENCOUNTER.search(t) is not None for t in texts) > 100
    assert observer.personal == sum(PERSONAL.search(t) is not None for t in texts) > 20
