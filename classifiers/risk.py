"""From calibrated scores, findings and exposure to one risk number and an action.

``risk`` orders the deletion list. A category counts when its calibrated probability reaches
0.5 (the contract's decision point); its contribution is weighted by the heaviest rule that
fired in it (weights from Greysen et al. 2013, see ``classifiers.rules``), and exposure
(reach, public) nudges the order among posts that are already risky, never across the line.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from classifiers.findings import CATEGORIES, Action, Category, Finding
from scanner.models import Post

DECISION = 0.5
# Category weights when no rule fired (model-only evidence): the weight of the category's
# main rule (Greysen 2013: confidentiality 65%, contacting patients 77%; derogatory 46%;
# advice by analogy 50%).
CATEGORY_WEIGHT: dict[Category, float] = {
    "phi": 0.65,
    "unprofessional": 0.46,
    "patient_interaction": 0.77,
    "clinical_advice": 0.50,
}


def exposure(post: Post) -> float:
    """A factor in [1, 1.25]: public posts with reach are worse than unseen ones."""
    if not post.public:
        return 1.0
    return 1.0 + 0.25 * min(1.0, math.log1p(max(post.reach, 0)) / math.log1p(1000))


def category_weight(category: Category, findings: Sequence[Finding]) -> float:
    """The heaviest fired rule's weight in the category, else the category default."""
    weights = [f.rule.weight for f in findings if f.rule.category == category]
    return max(weights, default=CATEGORY_WEIGHT[category])


def assess(
    post: Post, scores: Mapping[Category, float], findings: Sequence[Finding]
) -> tuple[float, Action]:
    """Risk in [0, 1] and the action for one post."""
    weighted = [scores[c] * category_weight(c, findings) for c in CATEGORIES]
    base = max(weighted, default=0.0)
    risk = min(1.0, base * exposure(post) / 1.25 + 0.2 * sum(weighted) / len(weighted))
    flagged = [c for c in CATEGORIES if scores[c] >= DECISION]
    if not flagged:
        return risk, "keep"
    severe = any(
        f.rule.severity == "high" and f.rule.category in flagged for f in findings
    )
    confident = max(scores[c] for c in flagged) >= 0.8
    return risk, "delete" if severe and confident else "review"
