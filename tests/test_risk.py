"""Risk and action: calibrated scores, rule severity and exposure."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from classifiers.findings import Finding
from classifiers.risk import action_for, assess, exposure, risk_score
from classifiers.rules import PHI_QUASI, UNPRO_PROFANITY
from scanner.models import Post

ZERO = {"phi": 0.0, "unprofessional": 0.0, "patient_interaction": 0.0, "clinical_advice": 0.0}


def _post(reach: int = 0, public: bool = True) -> Post:
    return Post(
        "x",
        "1",
        "dr",
        "post",
        datetime(2024, 1, 1, tzinfo=UTC),
        "text here",
        reach=reach,
        public=public,
    )


def _finding(rule, score: float = 0.9) -> Finding:  # type: ignore[no-untyped-def]
    return Finding(rule, score, "why", (), "test")


def _scores(**kw: float) -> dict[str, float]:
    return {**ZERO, **kw}


# fmt: off
@pytest.mark.parametrize("scores, findings, action", [
    (_scores(),                 [],                           "keep"),
    (_scores(phi=0.49),         [_finding(PHI_QUASI)],        "keep"),
    (_scores(phi=0.95),         [_finding(PHI_QUASI)],        "delete"),  # severe, confident
    (_scores(phi=0.6),          [_finding(PHI_QUASI)],        "review"),  # not confident
    (_scores(phi=0.95),         [],                           "review"),  # model alone
    (_scores(unprofessional=1), [_finding(UNPRO_PROFANITY)],  "review"),  # low severity
    (_scores(phi=0.85, patient_interaction=0.7), [_finding(PHI_QUASI, 0.3)], "delete"),
])
# fmt: on
def test_action(scores: dict[str, float], findings: list[Finding], action: str) -> None:
    assert action_for(scores, findings) == action  # type: ignore[arg-type]


def test_every_flagged_post_outranks_every_unflagged_one() -> None:
    flagged = risk_score(_post(), _scores(unprofessional=0.5), [_finding(UNPRO_PROFANITY)])
    near_misses = _scores(phi=0.49, patient_interaction=0.49)
    unflagged = risk_score(_post(reach=10**6), near_misses, [_finding(PHI_QUASI)])
    assert unflagged < 0.5 <= flagged


def test_exposure_raises_risk_within_the_band() -> None:
    scores, findings = _scores(phi=0.7), [_finding(PHI_QUASI)]
    quiet = risk_score(_post(public=False), scores, findings)
    viral = risk_score(_post(reach=5000), scores, findings)
    assert 0.5 <= quiet < viral <= 1.0


def test_several_flagged_categories_rank_above_one() -> None:
    one = risk_score(_post(), _scores(phi=0.7), [])
    two = risk_score(_post(), _scores(phi=0.7, unprofessional=0.7), [])
    assert two > one


# fmt: off
@pytest.mark.parametrize("reach, public, expected", [
    (0, True, 1.0), (1000, True, 1.25), (10**7, True, 1.25), (10**7, False, 1.0),
])
# fmt: on
def test_exposure(reach: int, public: bool, expected: float) -> None:
    assert exposure(_post(reach, public)) == pytest.approx(expected)


def test_assess_returns_risk_and_action() -> None:
    risk, action = assess(_post(), _scores(phi=0.95), [_finding(PHI_QUASI)])
    assert action == "delete" and 0.5 <= risk <= 1.0


def test_batch_assessment_equals_one_post_at_a_time() -> None:
    """``assess_batch`` and ``raise_to_out_of_text`` (the scan's numpy path) give exactly what
    ``combine`` then ``assess`` give post by post, scores on the 0.5 and 0.8 cuts included."""
    import random

    import numpy as np

    from classifiers.combination import combine, raise_to_out_of_text
    from classifiers.findings import CATEGORIES
    from classifiers.risk import assess_batch
    from classifiers.rules import ALL_RULES

    rng = random.Random(5)
    rules = list(ALL_RULES)
    edges = [0.0, 0.5, 0.8, 1.0, 0.4999999999999999, 0.7999999999999999, 0.5000000000000001]

    def score() -> float:
        return rng.choice(edges) if rng.random() < 0.3 else rng.random()

    for _ in range(300):
        n = rng.randint(0, 30)
        posts = [
            Post("x", str(i), "a", "post", datetime(2020, 1, 1, tzinfo=UTC), "t",
                 reach=rng.choice([0, 1, 5, 999, 1000, 5000, -3, rng.randint(0, 10**6)]),
                 public=rng.random() < 0.8)
            for i in range(n)
        ]
        findings = [
            [
                Finding(rng.choice(rules), score(), "e", (), "r")
                for _ in range(rng.choice([0, 0, 1, 2, 4]))
            ]
            for _ in range(n)
        ]
        width = len(CATEGORIES)
        model = np.array([[score() for _ in CATEGORIES] for _ in range(n)]).reshape(n, width)
        expected_scores = [
            combine(dict(zip(CATEGORIES, row, strict=True)), f)
            for row, f in zip(model.tolist(), findings, strict=True)
        ]
        raise_to_out_of_text(model, findings)
        raised = [dict(zip(CATEGORIES, row, strict=True)) for row in model.tolist()]
        assert raised == expected_scores
        triples = zip(posts, expected_scores, findings, strict=True)
        expected = [assess(p, s, f) for p, s, f in triples]
        risks, actions = assess_batch(posts, model, findings)
        assert list(zip(risks, actions, strict=True)) == expected
