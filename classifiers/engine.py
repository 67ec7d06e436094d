"""The scorer: recognizers and the transformer classifier together, one batch at a time.

The pipeline hands over batches of posts; for each post the engine runs the recognizers whose
cheap pre-checks match, asks the classifier for all texts of the batch in one pass, combines
both into calibrated category scores, and turns them into risk and action.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Literal

from classifiers import nlp, threads
from classifiers.base import PatientDirectory, PostContext, Recognizer
from classifiers.combination import combine
from classifiers.features import feature_matrix
from classifiers.findings import CATEGORIES, Category, Finding, Verdict
from classifiers.model import TextClassifier, head_available
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
        classifier: TextClassifier | None | Literal["default"] = "default",
    ) -> None:
        """``classifier``: ``"default"`` uses the shipped combined head when it is installed;
        ``None`` scores with the heuristics alone (noisy-or of finding scores)."""
        self.recognizers = list(recognizers) if recognizers is not None else default_recognizers()
        self.patients = patients
        self._classifier_choice = classifier
        self.classifier: TextClassifier | None = None
        self._loaded = False

    def load(self) -> None:
        """Load every heavy asset once."""
        if self._loaded:
            return
        for recognizer in self.recognizers:
            recognizer.load()
        self.classifier = self._load_classifier()
        self._loaded = True

    def _load_classifier(self) -> TextClassifier | None:
        """The text classifier, or None (heuristics only) when none is wanted or installed."""
        choice = self._classifier_choice
        if choice is None:
            return None
        if choice == "default":
            if not head_available("combined"):
                log.warning("no trained classifier head installed: scoring with heuristics only")
                return None
            choice = TextClassifier("combined")
        choice.load()
        return choice

    def findings_batch(
        self, posts: Sequence[Post], account: Account | None = None
    ) -> list[list[Finding]]:
        """The recognizers' findings for each post of a batch, in order."""
        docs = self.docs_for(posts)
        return [
            self.findings_for(post, PostContext(account=account, patients=self.patients, doc=doc))
            for post, doc in zip(posts, docs, strict=True)
        ]

    def with_thread_findings(
        self, posts: Sequence[Post], findings_per_post: Sequence[Sequence[Finding]]
    ) -> list[list[Finding]]:
        """The findings plus ``phi.thread_case`` findings for cases spread over several posts
        of this batch (``classifiers.threads``; the pipeline keeps threads in one batch)."""
        by_key = {p.key: f for p, f in zip(posts, findings_per_post, strict=True)}
        extra = threads.analyze_case(posts, by_key)
        return [list(f) + extra.get(p.key, []) for p, f in zip(posts, findings_per_post, strict=True)]

    def docs_for(self, posts: Sequence[Post]) -> list[object | None]:
        """spaCy docs in one batched pass, only for the posts a doc-reading recognizer's
        cheap prefilter accepts (a minority); None for the rest."""
        readers = [r for r in self.recognizers if r.needs_doc]
        wanted = [i for i, p in enumerate(posts) if any(r.prefilter(p) for r in readers)]
        docs: list[object | None] = [None] * len(posts)
        for i, doc in zip(wanted, nlp.docs_for([posts[i].text for i in wanted]), strict=True):
            docs[i] = doc
        return docs

    def category_scores(
        self, posts: Sequence[Post], findings: Sequence[Sequence[Finding]]
    ) -> list[dict[Category, float]]:
        """Calibrated scores per post: one encoder call for the whole batch, then the head
        (which takes the findings as features) and the out-of-text floors of
        ``classifiers.combination``; heuristics alone when there is no classifier."""
        if self.classifier is None or not posts:
            return [heuristic_scores(f) for f in findings]
        head = self.classifier.head
        heuristics = feature_matrix(findings, head.features) if head.uses_heuristics else None
        model = self.classifier.predict([p.text for p in posts], heuristics)
        return [combine(m, f) for m, f in zip(model, findings, strict=True)]

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
        findings_per_post = self.with_thread_findings(posts, self.findings_batch(posts, account))
        verdicts = []
        for post, findings, scores in zip(
            posts, findings_per_post, self.category_scores(posts, findings_per_post), strict=True
        ):
            risk, action = assess(post, scores, findings)
            verdicts.append(Verdict(post, scores, risk, action, tuple(findings)))
        return verdicts
