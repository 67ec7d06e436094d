"""The scorer: recognizers and the transformer classifier together, one batch at a time.

The pipeline hands over batches of posts; for each post the engine runs the recognizers whose
cheap pre-checks match, asks the classifier for all texts of the batch in one pass, combines
both into calibrated category scores, and turns them into risk and action.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from classifiers.base import PatientDirectory, PostContext, Recognizer
from classifiers.findings import CATEGORIES, Category, Finding, Verdict
from classifiers.registry import default_recognizers
from classifiers.risk import assess
from scanner.models import Account, Post

log = logging.getLogger(__name__)


def heuristic_scores(findings: Sequence[Finding]) -> dict[Category, float]:
    """Per category, the noisy-or of the finding scores: independent reasons add up."""
    scores: dict[Category, float] = {}
    for category in CATEGORIES:
        miss = 1.0
        for finding in findings:
            if finding.rule.category == category:
                miss *= 1.0 - finding.score
        scores[category] = 1.0 - miss
    return scores


class Scorer:
    """Scores posts. Build once per process; ``load()`` before the first batch."""

    def __init__(
        self,
        recognizers: Sequence[Recognizer] | None = None,
        patients: PatientDirectory | None = None,
    ) -> None:
        self.recognizers = list(recognizers) if recognizers is not None else default_recognizers()
        self.patients = patients
        self._loaded = False

    def load(self) -> None:
        """Load every heavy asset once."""
        if self._loaded:
            return
        for recognizer in self.recognizers:
            recognizer.load()
        self._loaded = True

    def findings_for(self, post: Post, ctx: PostContext) -> list[Finding]:
        """Every finding the recognizers make on one post."""
        found: list[Finding] = []
        for recognizer in self.recognizers:
            if recognizer.prefilter(post):
                found.extend(recognizer.analyze(post, ctx))
        return found

    def score(self, posts: Sequence[Post], account: Account | None = None) -> list[Verdict]:
        """Verdicts for a batch of posts, in the same order."""
        self.load()
        verdicts = []
        for post in posts:
            ctx = PostContext(account=account, patients=self.patients)
            findings = self.findings_for(post, ctx)
            scores = heuristic_scores(findings)
            risk, action = assess(post, scores, findings)
            verdicts.append(Verdict(post, scores, risk, action, tuple(findings)))
        return verdicts
