"""Heuristic findings as features for the classifier head.

The combined head sees the MiniLM embedding and, beside it, what the recognizers found:
per rule, the highest finding score; per category, the noisy-or of its findings (the
heuristics-alone score). The column list comes from the rule catalogue, so a recognizer
added later changes the values, not the shape; a rule added to the catalogue changes the
shape, and the head then has to be retrained (``scrubs model train``): ``Head.features``
records the columns it was trained on and ``feature_matrix`` fills exactly those.
"""

from __future__ import annotations

import functools
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
    row = np.zeros(len(names), dtype=np.float32)
    _fill(row, findings, _columns(tuple(names)))
    return row


def feature_matrix(
    findings_per_post: Sequence[Sequence[Finding]], names: Sequence[str]
) -> np.ndarray:
    """Features for a batch of posts, shape (n, len(names)).

    Most posts have no findings and their row is all zeros, so only the rows of posts with
    findings are filled: the scan's budget for everything but the encoder is a fraction of a
    millisecond per post (BENCHMARKS.md)."""
    matrix = np.zeros((len(findings_per_post), len(names)), dtype=np.float32)
    columns = _columns(tuple(names))
    for row, findings in zip(matrix, findings_per_post, strict=True):
        if findings:
            _fill(row, findings, columns)
    return matrix


@functools.lru_cache(maxsize=8)
def _columns(names: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Column index per rule id and per category, parsed once per feature list."""
    rules: dict[str, int] = {}
    categories: dict[str, int] = {}
    for i, name in enumerate(names):
        kind, _, key = name.partition(":")
        if kind == "rule":
            rules.setdefault(key, i)
        elif kind == "category" and key in CATEGORIES:
            categories.setdefault(key, i)
    return rules, categories


def _fill(
    row: np.ndarray, findings: Sequence[Finding], columns: tuple[dict[str, int], dict[str, int]]
) -> None:
    """Per rule the highest finding score; per category the noisy-or of its findings."""
    rules, categories = columns
    miss: dict[str, float] = {}
    for finding in findings:
        rule = finding.rule
        column = rules.get(rule.id)
        if column is not None:
            row[column] = max(row[column], finding.score)
        if rule.category in categories:
            miss[rule.category] = miss.get(rule.category, 1.0) * (1.0 - finding.score)
    for category, column in categories.items():
        row[column] = 1.0 - miss.get(category, 1.0)
