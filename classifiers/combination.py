"""Model probabilities + heuristic findings -> the published per-category scores.

The combined head already takes the findings as features, so for most rules its calibrated
output *is* the combination. A few rules rest on evidence the text model cannot see: what
the roster says about a handle, what OCR or image metadata found in an attachment, and a case
whose identifying details are spread over several posts of a thread. The corpus has no
rosters, images or threads of separate posts, so the head never learned them; for those rules the
finding's own score is a floor under the category's score (TAXONOMY: "replies to or mentions
of a rostered patient's handle belong here whatever the text says").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from classifiers.findings import CATEGORIES, Category, Finding

# Rules whose evidence lies outside the post text: the model's score cannot veto them.
OUT_OF_TEXT_RULES: frozenset[str] = frozenset(
    {
        "patient_interaction.rostered_patient",
        "phi.image_text",
        "phi.image_face",
        "phi.image_medical",
        "phi.image_location",
        "phi.thread_case",  # evidence spread over several posts: one post's text cannot show it
    }
)


def combine(model: Mapping[Category, float], findings: Sequence[Finding]) -> dict[Category, float]:
    """Per category: the model's calibrated score, raised to out-of-text findings' scores."""
    scores = {c: float(model[c]) for c in CATEGORIES}
    for finding in findings:
        category = finding.rule.category
        if finding.rule.id in OUT_OF_TEXT_RULES and category in scores:
            scores[category] = max(scores[category], finding.score)  # type: ignore[index]
    return scores


def raise_to_out_of_text(
    scores: np.ndarray, findings_per_post: Sequence[Sequence[Finding]]
) -> None:
    """``combine`` for a batch, in place: ``scores`` is (posts, categories) in ``CATEGORIES``
    order. Only posts with findings are looked at (a small minority), so a batch costs no
    per-post dictionaries here."""
    for row, findings in enumerate(findings_per_post):
        for finding in findings:
            column = _COLUMN.get(finding.rule.category)
            if finding.rule.id in OUT_OF_TEXT_RULES and column is not None:
                scores[row, column] = max(scores[row, column], finding.score)


_COLUMN: dict[str, int] = {c: i for i, c in enumerate(CATEGORIES)}
