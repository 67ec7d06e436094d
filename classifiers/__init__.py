"""Scoring posts and connections: recognizers, the transformer classifier, calibration, risk."""

from classifiers.findings import (
    CATEGORIES,
    Action,
    Category,
    Finding,
    PatientMatch,
    Region,
    Rule,
    Severity,
    Span,
    Verdict,
)

__all__ = [
    "CATEGORIES",
    "Action",
    "Category",
    "Finding",
    "PatientMatch",
    "Region",
    "Rule",
    "Severity",
    "Span",
    "Verdict",
]
