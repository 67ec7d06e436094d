"""Heuristic findings as head features: per rule the highest score, per category the noisy-or."""

from __future__ import annotations

import numpy as np
import pytest

from classifiers.features import default_feature_names, feature_matrix, feature_row
from classifiers.findings import Finding
from classifiers.rules import RULES_BY_ID

NAMES = default_feature_names()


def finding(rule_id: str, score: float) -> Finding:
    """A finding of ``rule_id`` with ``score`` and no evidence (features ignore evidence)."""
    return Finding(RULES_BY_ID[rule_id], score, "test finding", (), "test")


def column(name: str) -> int:
    return NAMES.index(name)


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([], {}),
        ([finding("phi.record_number", 0.8)], {"rule:phi.record_number": 0.8, "category:phi": 0.8}),
        (
            [finding("phi.record_number", 0.8), finding("phi.record_number", 0.5)],
            {"rule:phi.record_number": 0.8, "category:phi": 1 - 0.2 * 0.5},
        ),
        (
            [finding("phi.record_number", 0.5), finding("phi.bed_or_room", 0.5)],
            {"rule:phi.record_number": 0.5, "rule:phi.bed_or_room": 0.5, "category:phi": 0.75},
        ),
    ],
    ids=["nothing", "one", "same rule twice", "two rules one category"],
)
def test_rows_hold_rule_maxima_and_category_noisy_or(
    findings: list[Finding], expected: dict[str, float]
) -> None:
    row = feature_row(findings, NAMES)
    for name in NAMES:
        assert row[column(name)] == pytest.approx(expected.get(name, 0.0), abs=1e-6), name


def test_matrix_rows_equal_single_rows_and_skip_posts_without_findings() -> None:
    batch = [[], [finding("phi.record_number", 0.9)], [], [finding("phi.bed_or_room", 0.4)]]
    matrix = feature_matrix(batch, NAMES)
    assert matrix.shape == (4, len(NAMES))
    for row, findings in zip(matrix, batch, strict=True):
        np.testing.assert_array_equal(row, feature_row(findings, NAMES))
    assert not matrix[0].any() and not matrix[2].any()


def test_unknown_names_stay_zero_and_empty_batches_have_no_rows() -> None:
    names = ("rule:no.such_rule", "category:phi", "other:thing")
    assert feature_row([finding("phi.record_number", 0.7)], names).tolist() == pytest.approx(
        [0, 0.7, 0]
    )
    assert feature_matrix([], NAMES).shape == (0, len(NAMES))
