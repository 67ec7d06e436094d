"""What the classifiers say about a post: rules, findings with evidence, verdicts.

A ``Finding`` always explains itself (rule, recognizer, evidence spans into the post text, a
trail of why) and checks its evidence at construction: an evidence span that does not index
the post text exactly is a bug, and raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from scanner.models import Post

Category = Literal["phi", "unprofessional", "patient_interaction", "clinical_advice"]
Severity = Literal["low", "medium", "high"]
Action = Literal["delete", "review", "keep"]

CATEGORIES: tuple[Category, ...] = (
    "phi", "unprofessional", "patient_interaction", "clinical_advice"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the post text: ``text == post.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Rule:
    """A row of the rule catalogue (``classifiers.rules``)."""

    id: str  # "phi.quasi_identifiers": stable; used in JSON, docs and the report
    category: Category | Literal["link", "account"]
    severity: Severity
    weight: float  # starting weight for ranking; its source is cited where it is set
    guidance: str  # the professional guidance it runs against, paraphrased, naming the body
    title: str = ""  # short human label for the report legend


@dataclass(frozen=True, slots=True)
class Region:
    """A box in an attached image (pixels of the original image) that holds the evidence."""

    media_index: int
    x: int
    y: int
    width: int
    height: int
    text: str = ""  # what OCR read there, if anything


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason a post is risky, with the evidence that shows it."""

    rule: Rule
    score: float  # recognizer confidence in [0, 1], before calibration
    explanation: str  # one plain sentence
    evidence: tuple[Span, ...]
    recognizer: str
    trail: tuple[tuple[str, str], ...] = ()  # ("pattern", "mrn.labelled"), ("context", "bed") ...
    regions: tuple[Region, ...] = ()  # image evidence
    related_posts: tuple[str, ...] = ()  # post keys of a thread or case seen together

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"finding score out of range for rule {self.rule.id}")

    @classmethod
    def on(
        cls,
        post: Post,
        rule: Rule,
        spans: Iterable[tuple[int, int]],
        *,
        score: float,
        explanation: str,
        recognizer: str,
        trail: Iterable[tuple[str, str]] = (),
        regions: Iterable[Region] = (),
        related_posts: Iterable[str] = (),
    ) -> Finding:
        """Build a finding whose evidence slices ``post.text``; raises on a bad span."""
        evidence = []
        for start, end in sorted(set(spans)):
            if not 0 <= start < end <= len(post.text):
                raise ValueError(
                    f"evidence span ({start}, {end}) outside post {post.key} "
                    f"(length {len(post.text)}) for rule {rule.id}"
                )
            evidence.append(Span(start, end, post.text[start:end]))
        return cls(
            rule=rule,
            score=score,
            explanation=explanation,
            evidence=tuple(evidence),
            recognizer=recognizer,
            trail=tuple(trail),
            regions=tuple(regions),
            related_posts=tuple(related_posts),
        )


@dataclass(frozen=True, slots=True)
class PatientMatch:
    """A connection that looks like a rostered patient, and why."""

    patient_ref: str
    score: float  # calibrated probability that this is the patient
    matched_on: tuple[str, ...]  # e.g. ("x_handle",) or ("name:nickname", "name:surname")


@dataclass(frozen=True, slots=True)
class Verdict:
    """Everything scrubs concluded about one post; ``scanner.results`` serialises it."""

    post: Post
    scores: Mapping[Category, float]  # calibrated probabilities; 0.5 is the decision point
    risk: float
    action: Action
    findings: tuple[Finding, ...] = field(default=())
