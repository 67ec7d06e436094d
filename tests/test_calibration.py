"""Calibration: Platt scaling plus the cost shift that puts each dev-chosen threshold at 0.5."""

from __future__ import annotations

import json

import numpy as np
import pytest

from classifiers import calibration
from classifiers.calibration import Calibration, CategoryCalibration, choose_threshold, f_beta
from classifiers.findings import CATEGORIES


# fmt: off
@pytest.mark.parametrize("y, predicted, beta, expected", [
    ([1, 1, 0, 0], [1, 1, 0, 0], 1.0, 1.0),
    ([1, 1, 0, 0], [1, 0, 0, 0], 1.0, 2 / 3),
    ([1, 1, 0, 0], [1, 1, 1, 1], 2.0, 5 * 0.5 / (4 * 0.5 + 1)),
    ([0, 0, 0, 0], [0, 0, 0, 0], 1.0, 0.0),     # nothing to find, nothing found
    ([1, 0], [0, 0], 2.0, 0.0),
])
# fmt: on
def test_f_beta(y: list[int], predicted: list[int], beta: float, expected: float) -> None:
    assert f_beta(np.array(y), np.array(predicted, dtype=bool), beta) == pytest.approx(expected)


# fmt: off
@pytest.mark.parametrize("p, y, beta, low, high", [
    ([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 1.0, 0.2, 0.8),     # a clean gap: cut inside it
    ([0.1, 0.3, 0.4, 0.9], [0, 1, 0, 1], 2.0, 0.02, 0.3),    # recall-heavy: cut low
    ([0.1, 0.3, 0.4, 0.9], [0, 1, 0, 1], 0.5, 0.4, 0.9),     # precision-heavy: cut high
])
# fmt: on
def test_choose_threshold(
    p: list[float], y: list[int], beta: float, low: float, high: float
) -> None:
    threshold = choose_threshold(np.array(p), np.array(y), beta)
    assert low <= threshold <= high


def test_platt_recovers_a_known_logistic_relation() -> None:
    rng = np.random.default_rng(0)
    z = rng.normal(size=20000) * 2
    y = (rng.random(20000) < calibration.sigmoid(1.5 * z - 0.5)).astype(int)
    slope, intercept = calibration.fit_platt(z, y)
    assert slope == pytest.approx(1.5, abs=0.1)
    assert intercept == pytest.approx(-0.5, abs=0.1)


def test_platt_on_one_class_is_the_identity() -> None:
    assert calibration.fit_platt(np.array([0.1, 2.0]), np.array([0, 0])) == (1.0, 0.0)


def test_fit_puts_each_chosen_threshold_at_one_half() -> None:
    rng = np.random.default_rng(1)
    logits = rng.normal(size=(400, 4)) * 3
    labels = (rng.random((400, 4)) < calibration.sigmoid(logits)).astype(int)
    fitted = calibration.fit(CATEGORIES, logits, labels)
    for j, cal in enumerate(fitted.per_category):
        platt = cal.platt(logits[:, j])
        shifted = cal.apply(logits[:, j])
        assert np.array_equal(platt >= cal.threshold, shifted >= 0.5 - 1e-12)
        assert np.all(np.diff(shifted[np.argsort(logits[:, j])]) >= 0)  # order kept


def test_calibration_round_trips_through_json() -> None:
    per_category = tuple(CategoryCalibration(1.0 + i, -0.5, 0.2 + 0.1 * i) for i in range(4))
    original = Calibration(CATEGORIES, per_category)
    again = Calibration.from_json(json.loads(json.dumps(original.to_json(), sort_keys=True)))
    assert again == original  # sorted keys must not reorder the categories


def test_expected_calibration_error_is_small_for_calibrated_scores() -> None:
    rng = np.random.default_rng(2)
    p = rng.random(50000)
    y = (rng.random(50000) < p).astype(int)
    assert calibration.expected_calibration_error(p, y) < 0.01
    overconfident = calibration.expected_calibration_error(np.full(1000, 0.9), np.zeros(1000))
    assert overconfident == pytest.approx(0.9)


def test_thresholds_stay_inside_their_bounds() -> None:
    cut = choose_threshold(np.array([0.0, 0.0, 1.0]), np.array([1, 1, 1]), 2.0)
    assert calibration.MIN_THRESHOLD <= cut <= calibration.MAX_THRESHOLD


def test_false_alarm_budget_raises_thresholds_until_it_holds() -> None:
    rng = np.random.default_rng(3)
    labels = (rng.random((600, 4)) < 0.15).astype(int)
    p = np.clip(labels * 0.35 + rng.random((600, 4)) * 0.65, 0, 1)
    loose = [choose_threshold(p[:, j], labels[:, j], 2.0) for j in range(4)]
    tight = calibration.limit_false_alarms(p, labels, loose, [2.0] * 4, budget=0.02)
    harmless = labels.sum(axis=1) == 0
    assert (p[harmless] >= np.array(tight)).any(axis=1).mean() <= 0.02
    assert all(t >= lo for t, lo in zip(tight, loose, strict=True))


def test_fit_without_a_budget_keeps_the_f_beta_thresholds() -> None:
    rng = np.random.default_rng(4)
    logits = rng.normal(size=(300, 4)) * 2
    labels = (rng.random((300, 4)) < calibration.sigmoid(logits)).astype(int)
    free = calibration.fit(CATEGORIES, logits, labels, harmless_budget=None)
    bound = calibration.fit(CATEGORIES, logits, labels, harmless_budget=0.01)
    assert all(
        b.threshold >= f.threshold
        for b, f in zip(bound.per_category, free.per_category, strict=True)
    )


def test_shared_budget_goes_to_the_category_whose_misses_cost_more() -> None:
    """One harmless alarm allowed: ``phi``-like (beta 2) gains 0.22 F2 by spending it, the
    beta-1 category 0.36 F1. A plain sum would give it to the latter; weighed by beta, the
    recall-first category keeps it (0.45 > 0.36)."""
    harmless_rows = np.full((50, 2), 0.1)
    harmless_rows[0, 0] = harmless_rows[1, 1] = 0.4  # each category's one tempting alarm
    recall_first = [[0.9, 0.1], [0.9, 0.1], [0.35, 0.1]]  # two caught, one below the alarm
    balanced = [[0.1, 0.9], [0.1, 0.35], [0.1, 0.35]]  # one caught, two below the alarm
    p = np.vstack([harmless_rows, recall_first, balanced])
    labels = np.vstack([np.zeros((50, 2)), [[1, 0]] * 3, [[0, 1]] * 3]).astype(int)
    loose = [choose_threshold(p[:, j], labels[:, j], beta) for j, beta in enumerate((2.0, 1.0))]
    cuts = calibration.limit_false_alarms(p, labels, loose, [2.0, 1.0], budget=0.02)
    assert cuts[0] < 0.35 and cuts[1] > 0.4
