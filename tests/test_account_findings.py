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
    for i, text in enumerate(["we admitted a 70yo tonight", "in resus again", "journal club today"]):
        observer.observe(make_post(text, id=str(i)))
    assert observer.findings(Account("x", "someone", bio="views my own")) == []
