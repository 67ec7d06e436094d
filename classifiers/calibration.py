"""Raw head logits -> calibrated probabilities whose decision point is 0.5.

Method (fitted per category on the **dev** split only):

1. **Platt scaling**: ``p = sigmoid(a * z + b)`` fitted by logistic regression of the dev labels
   on the head's logit ``z``. This fixes the head's over- or under-confidence (a head trained
   with class weights is systematically shifted).
2. **Cost shift**: the operating threshold ``t`` is chosen on dev to maximise F-beta for the
   category (beta = 2 where a miss is worse than a false alarm: ``phi``, ``unprofessional``);
   the thresholds are then raised, sharing a budget, so that at most ``HARMLESS_BUDGET`` of
   the harmless dev posts would be acted on, with the largest total F-beta, each category's
   F-beta weighed by its beta (a category whose misses cost more has the stronger claim on the
   budget). The logit is shifted by
   ``-logit(t)``, so the published score is ``sigmoid(a * z + b - logit(t))`` and 0.5 is
   exactly the chosen threshold.

The shifted score is still a calibrated probability, under a re-weighted prior: moving the
logit by ``-logit(t)`` multiplies the odds by ``(1 - t) / t``, which is the posterior when a
positive counts ``(1 - t) / t`` times as much as a negative. That is the contract's "0.5 is
the decision point", stated honestly: the scores rank and threshold correctly, and are
probabilities under the stated cost, not raw frequencies.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from classifiers.findings import Category

# How much more a miss costs than a false alarm when choosing thresholds (F-beta's beta).
BETA: dict[str, float] = {
    "phi": 2.0,
    "unprofessional": 2.0,
    "patient_interaction": 1.0,
    "clinical_advice": 1.0,
}
MIN_THRESHOLD, MAX_THRESHOLD = 0.02, 0.98  # keep the shift finite and the score informative
# At most this share of harmless dev posts may be acted on (issue 4 allows 2% on test; the
# margin absorbs the dev/test difference). At real prevalence (TAXONOMY: ~3% unprofessional,
# < 1% privacy) false alarms would otherwise bury the true flags.
HARMLESS_BUDGET = 0.015


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Numerically stable logistic function."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def logit(p: float) -> float:
    """Inverse of the logistic function for a probability in (0, 1)."""
    return math.log(p / (1.0 - p))


@dataclass(frozen=True, slots=True)
class CategoryCalibration:
    """Platt parameters and the dev-chosen threshold of one category."""

    slope: float
    intercept: float
    threshold: float  # on the Platt probability; mapped to 0.5

    def apply(self, z: np.ndarray) -> np.ndarray:
        """Calibrated, shifted probability for raw logits ``z``."""
        return sigmoid(self.slope * z + self.intercept - logit(self.threshold))

    def platt(self, z: np.ndarray) -> np.ndarray:
        """The Platt probability before the cost shift (for reliability checks)."""
        return sigmoid(self.slope * z + self.intercept)


@dataclass(frozen=True, slots=True)
class Calibration:
    """Per-category calibration, in the head's category order."""

    categories: tuple[Category, ...]
    per_category: tuple[CategoryCalibration, ...]

    def apply(self, logits: np.ndarray) -> np.ndarray:
        """Calibrated probabilities for a (n, k) logit matrix."""
        out = np.empty_like(logits, dtype=np.float64)
        for j, cal in enumerate(self.per_category):
            out[:, j] = cal.apply(logits[:, j].astype(np.float64))
        return out

    def to_json(self) -> dict:
        """Plain data for the head's JSON file."""
        return {
            "method": "platt scaling + cost shift (threshold -> 0.5), fitted on dev",
            "order": list(self.categories),
            "categories": {
                c: {"slope": k.slope, "intercept": k.intercept, "threshold": k.threshold}
                for c, k in zip(self.categories, self.per_category, strict=True)
            },
        }

    @classmethod
    def from_json(cls, data: Mapping, order: Sequence[str] | None = None) -> Calibration:
        """Inverse of ``to_json``, in ``order`` (the head's column order).

        JSON objects have no reliable key order (the head files are written with sorted
        keys), so the order always comes from a list: ``order``, else the stored ``order``.
        """
        cats = tuple(order or data.get("order") or data["categories"])
        return cls(
            categories=cats,  # type: ignore[arg-type]
            per_category=tuple(CategoryCalibration(**data["categories"][c]) for c in cats),
        )


def fit_platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Slope and intercept of ``P(y=1 | z)``; Platt's target smoothing guards tiny dev sets."""
    from sklearn.linear_model import LogisticRegression

    positives, negatives = int(y.sum()), int(len(y) - y.sum())
    if positives == 0 or negatives == 0:
        return 1.0, 0.0
    # Platt (1999): targets (N+ + 1)/(N+ + 2) and 1/(N- + 2) instead of 1 and 0.
    hi, lo = (positives + 1) / (positives + 2), 1 / (negatives + 2)
    targets = np.where(y > 0, hi, lo)
    x = np.concatenate([z, z]).reshape(-1, 1)
    labels = np.concatenate([np.ones_like(targets), np.zeros_like(targets)])
    weights = np.concatenate([targets, 1 - targets])
    model = LogisticRegression(C=1e6, max_iter=1000)
    model.fit(x, labels, sample_weight=weights)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def f_beta(y: np.ndarray, predicted: np.ndarray, beta: float) -> float:
    """F-beta of binary predictions (0 when nothing is predicted or present)."""
    tp = float(np.sum(predicted & (y > 0)))
    fp = float(np.sum(predicted & (y == 0)))
    fn = float(np.sum(~predicted & (y > 0)))
    denominator = (1 + beta**2) * tp + beta**2 * fn + fp
    return (1 + beta**2) * tp / denominator if denominator else 0.0


def choose_threshold(p: np.ndarray, y: np.ndarray, beta: float) -> float:
    """The probability cut that maximises F-beta on dev; midway between neighbouring scores."""
    candidates = np.unique(np.clip(p, MIN_THRESHOLD, MAX_THRESHOLD))
    if len(candidates) == 0:
        return 0.5
    midpoints = np.concatenate([[MIN_THRESHOLD], (candidates[:-1] + candidates[1:]) / 2])
    best, best_score = 0.5, -1.0
    for t in midpoints:
        score = f_beta(y, p >= t, beta)
        if score > best_score + 1e-12:  # ties keep the lower threshold: fewer misses
            best, best_score = float(t), score
    return float(np.clip(best, MIN_THRESHOLD, MAX_THRESHOLD))


def _cut_allowing(p: np.ndarray, harmless: np.ndarray, floor: float, allowed: int) -> float:
    """The lowest threshold >= ``floor`` that flags at most ``allowed`` harmless posts."""
    alarms = np.sort(p[harmless])[::-1]
    if allowed >= len(alarms):
        return floor
    blocker = float(alarms[allowed])  # the harmless score that must fall below the cut
    above = p[p > blocker]
    cut = (blocker + float(above.min())) / 2 if len(above) else MAX_THRESHOLD
    return float(min(max(cut, floor), MAX_THRESHOLD))


def limit_false_alarms(
    p: np.ndarray,
    labels: np.ndarray,
    thresholds: Sequence[float],
    betas: Sequence[float],
    budget: float,
) -> list[float]:
    """Raise thresholds until at most ``budget`` of the harmless dev posts are flagged.

    A harmless post is acted on when *any* category flags it, so the budget is shared. Every
    split of it is tried: category ``j`` may keep its ``q_j`` highest-scoring harmless posts
    above its cut (its cut is the lowest that allows that, never below its F-beta cut), and
    the split whose flagged harmless share fits the budget with the largest sum of F-beta,
    each weighed by its beta, wins. Exhaustive over ``q_j`` in ``0..K`` (K = the budget in
    posts, + 2 for overlaps).

    Why weighed: with a plain sum, any category's small gain could take the budget from
    ``phi``, whose misses are the gravest (three refits in a row raised its cut 0.52 -> 0.68
    while its own fit barely moved). Weighing by beta gives the recall-first categories
    (``phi``, ``unprofessional``, beta 2) twice the claim of the others.
    """
    cuts = [float(t) for t in thresholds]
    harmless = labels.sum(axis=1) == 0
    if not harmless.any():
        return cuts
    n_harmless = int(harmless.sum())
    allowed = int(math.floor(budget * n_harmless + 1e-9))
    k = len(cuts)
    options = []
    for j in range(k):
        per_quota = {}
        for quota in range(allowed + 3):
            cut = _cut_allowing(p[:, j], harmless, cuts[j], quota)
            flags = p[:, j] >= cut
            score = betas[j] * f_beta(labels[:, j], flags, betas[j])
            per_quota[cut] = (score, flags[harmless])
        options.append(sorted(per_quota.items(), reverse=True))  # strictest first
    best: tuple[float, list[float]] | None = None
    for combo in itertools.product(*options):
        flagged = np.zeros(n_harmless, dtype=bool)
        for _, (_, harmless_flags) in combo:
            flagged |= harmless_flags
        if flagged.sum() > allowed:
            continue
        total = sum(score for _, (score, _) in combo)
        if best is None or total > best[0] + 1e-12:
            best = (total, [cut for cut, _ in combo])
    if best is None:  # even the strictest cuts flag too much: take the strictest
        return [opts[0][0] for opts in options]
    return best[1]


def fit(
    categories: Sequence[Category],
    logits: np.ndarray,
    labels: np.ndarray,
    beta: Mapping[str, float] = BETA,
    harmless_budget: float | None = HARMLESS_BUDGET,
) -> Calibration:
    """Per-category calibration from dev logits (n, k) and dev labels (n, k) in {0, 1}.

    Thresholds maximise F-beta per category, then are raised together until no more than
    ``harmless_budget`` of the harmless dev posts would be acted on (``None``: no limit).
    """
    platt = []
    probabilities = np.zeros_like(logits, dtype=np.float64)
    for j in range(len(categories)):
        z, y = logits[:, j].astype(np.float64), labels[:, j].astype(np.int64)
        slope, intercept = fit_platt(z, y)
        platt.append((slope, intercept))
        probabilities[:, j] = sigmoid(slope * z + intercept)
    betas = [beta.get(c, 1.0) for c in categories]
    cuts = [
        choose_threshold(probabilities[:, j], labels[:, j], betas[j])
        for j in range(len(categories))
    ]
    if harmless_budget is not None:
        cuts = limit_false_alarms(probabilities, labels, cuts, betas, harmless_budget)
    per_category = tuple(
        CategoryCalibration(slope, intercept, float(t))
        for (slope, intercept), t in zip(platt, cuts, strict=True)
    )
    return Calibration(tuple(categories), per_category)


def expected_calibration_error(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """ECE: the average gap between confidence and frequency over equal-width bins."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        chosen = index == b
        if chosen.any():
            total += chosen.mean() * abs(p[chosen].mean() - y[chosen].mean())
    return float(total)
