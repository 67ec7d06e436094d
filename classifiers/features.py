"""Heuristic findings as features for the classifier head.

The combined head sees the MiniLM embedding and, beside it, what the recognizers found:
per rule, the highest finding score; per category, the noisy-or of its findings (the
heuristics-alone score). The column list comes from the rule catalogue, so a recognizer
added later changes the values, not the shape; a rule added to the catalogue changes the
shape, and the head then has to be retrained (``scrubs model train``): ``Head.features``
records the columns it was trained on and ``feature_matrix`` fills exactly those.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from classifiers.findings import CATEGORIES, Finding
from classifiers.rules import ALL_RULES


def default_feature_names() -> tuple[str, ...]:
    """``rule:<id>`` for every post-level rule, then ``category:<name>`` for each category."""
    rules = tuple(f"rule:{r.id}" for r in ALL_RULES if r.category in CATEGORIES)
    return rules + tuple(f"category:{c}" for c in CATEGORIES)


def feature_row(findings: Sequence[Finding], names: Sequence[str]) -> np.ndarray:
    """One post's features in the order of ``names`` (unknown names stay 0)."""
    by_rule: dict[str, float] = {}
    miss: dict[str, float] = {c: 1.0 for c in CATEGORIES}
    for finding in findings:
        rule = finding.rule
        by_rule[rule.id] = max(by_rule.get(rule.id, 0.0), finding.score)
        if rule.category in miss:
            miss[rule.category] *= 1.0 - finding.score
    row = np.zeros(len(names), dtype=np.float32)
    for i, name in enumerate(names):
        kind, _, key = name.partition(":")
        if kind == "rule":
            row[i] = by_rule.get(key, 0.0)
        elif kind == "category" and key in miss:
            row[i] = 1.0 - miss[key]
    return row


def feature_matrix(
    findings_per_post: Sequence[Sequence[Finding]], names: Sequence[str]
) -> np.ndarray:
    """Features for a batch of posts, shape (n, len(names))."""
    if not findings_per_post:
        return np.zeros((0, len(names)), dtype=np.float32)
    return np.vstack([feature_row(f, names) for f in findings_per_post])
