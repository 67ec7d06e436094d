"""The scorer: recognizers and the transformer classifier together, one batch at a time.

The pipeline hands over batches of posts; for each post the engine runs the recognizers whose
cheap pre-checks match, asks the classifier for all texts of the batch in one pass, combines
both into calibrated category scores, and turns them into risk and action.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from typing import Literal

import numpy as np

from classifiers import anchors, nlp
from classifiers.base import PatientDirectory, PostContext, Recognizer
from classifiers.combination import raise_to_out_of_text
from classifiers.features import feature_matrix
from classifiers.findings import CATEGORIES, Category, Finding, Verdict
from classifiers.model import TextClassifier, head_available
from classifiers.risk import assess_batch
from scanner import timing
from scanner.models import Account, Post

log = logging.getLogger(__name__)

# Batches handed to the encoder ahead of the one being scored here. The encoder is the cost
# that matters, so it must never wait for Python: a batch heavier than usual on the recognizer
# side (spaCy, long threads) and the recognizers' loading at start-up are absorbed by the
# batches already queued. Bounded, so memory holds at most this many batches more.
ENCODER_LOOKAHEAD = 6
# How long the main thread may hold the GIL while an encoder thread waits for it, while the
# encoder works batches ahead (``score_stream``). Between two ONNX calls an encoder thread
# needs the GIL briefly (to store a result, start the next call); at Python's default 5 ms
# its core idled that long whenever the recognizers held the GIL. Measured on the
# 100,000-post bench, two runs each, alternating: 74.2-74.6 s at 5 ms, 70.8-72.1 s at 0.5 ms.
STREAMING_SWITCH_INTERVAL = 0.0005
# Python's cyclic garbage collector while the scan streams: the first generation collected
# every 20,000 net allocations instead of 700, and everything loaded before the stream (the
# recognizers' tables, the tokenizer, spaCy's vocabulary) frozen out of every collection.
# Each scored post allocates a few hundred short-lived objects that reference counting frees;
# at the defaults the collector ran 2,700 times in a 100,000-post scan and re-walked the loaded
# tables in each full collection: 2.2 s of the main thread's CPU (gc.callbacks), 0.2 s with
# these settings; the wall-clock gain is within the bench's run-to-run noise (BENCHMARKS.md).
# Restored when the stream ends.
STREAMING_GC_THRESHOLD = (20_000, 10, 10)
# numpy's BLAS (OpenBLAS) held to one thread while the encoder streams. With its default of one
# thread per core, every matrix product of the head woke an OpenBLAS worker that then spun for
# a while waiting for more work, on a core the encoder needed: 4.5 CPU s per 100,000 posts
# (per-thread CPU from /proc: OpenBLAS's worker 4.5 s, then 0.0) and 74.2 -> 72.1 s of wall
# time on the 2-core bench (BENCHMARKS.md). The head's products are about a thousand rows by
# 384 columns; one thread does them as fast.
STREAMING_BLAS_THREADS = 1


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
        self._recognizers = list(recognizers) if recognizers is not None else None
        self.patients = patients
        self._classifier_choice = classifier
        self.classifier: TextClassifier | None = None
        self._classifier_loaded = False
        self._recognizers_loaded = False

    @property
    def recognizers(self) -> list[Recognizer]:
        """The recognizers; the registry's defaults are imported on first use, not with this
        module, so a scan can start its encoder before their expressions are compiled."""
        if self._recognizers is None:
            from classifiers.registry import default_recognizers

            self._recognizers = default_recognizers()
        return self._recognizers

    def load(self) -> None:
        """Load every heavy asset once."""
        self.load_classifier()
        self.load_recognizers()

    def load_classifier(self) -> None:
        """The encoder and head (once): first, so the encoder can start on the first batches
        while the recognizers load (``score_stream``)."""
        if not self._classifier_loaded:
            self.classifier = self._load_classifier()
            self._classifier_loaded = True

    def load_recognizers(self) -> None:
        """Every recognizer's models and tables (once)."""
        if not self._recognizers_loaded:
            for recognizer in self.recognizers:
                recognizer.load()
            anchors.save_derived()  # every pre-check's anchors exist now: keep them
            self._recognizers_loaded = True

    @property
    def model_version(self) -> str:
        """Which model scores, known before loading: the head's digest, or "heuristics"."""
        choice = self._classifier_choice
        if isinstance(choice, TextClassifier):
            return choice.version
        if choice == "default" and head_available("combined"):
            return TextClassifier("combined").version
        return "heuristics"

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
        with timing.stage("spacy"):
            docs = self.docs_for(posts)
        with timing.stage("recognizers"):
            return [
                self.findings_for(
                    post, PostContext(account=account, patients=self.patients, doc=doc)
                )
                for post, doc in zip(posts, docs, strict=True)
            ]

    def with_thread_findings(
        self, posts: Sequence[Post], findings_per_post: Sequence[Sequence[Finding]]
    ) -> list[list[Finding]]:
        """The findings plus ``phi.thread_case`` findings for cases spread over several posts
        of this batch (``classifiers.threads``; the pipeline keeps threads in one batch)."""
        from classifiers import threads

        by_key = {p.key: f for p, f in zip(posts, findings_per_post, strict=True)}
        extra = threads.analyze_case(posts, by_key)
        pairs = zip(posts, findings_per_post, strict=True)
        return [list(f) + extra.get(p.key, []) for p, f in pairs]

    def docs_for(self, posts: Sequence[Post]) -> list[object | None]:
        """spaCy docs in one batched pass, only for the posts where a doc-reading recognizer
        says a doc could change its findings (``Recognizer.wants_doc``: a minority); None for
        the rest."""
        readers = [r for r in self.recognizers if r.needs_doc]
        wanted = [i for i, p in enumerate(posts) if any(r.wants_doc(p) for r in readers)]
        docs: list[object | None] = [None] * len(posts)
        for i, doc in zip(wanted, nlp.docs_for([posts[i].text for i in wanted]), strict=True):
            docs[i] = doc
        return docs

    def category_scores(
        self,
        posts: Sequence[Post],
        findings: Sequence[Sequence[Finding]],
        embeddings: Future | None = None,
    ) -> list[dict[Category, float]]:
        """Calibrated scores per post: one encoder call for the whole batch, then the head
        (which takes the findings as features) and the out-of-text floors of
        ``classifiers.combination``; heuristics alone when there is no classifier.

        ``embeddings``: the batch's encoder output already under way (``_embed_async``)."""
        return _score_dicts(self.score_matrix(posts, findings, embeddings))

    def score_matrix(
        self,
        posts: Sequence[Post],
        findings: Sequence[Sequence[Finding]],
        embeddings: Future | None = None,
    ) -> np.ndarray:
        """``category_scores`` as an array (posts, categories) in ``CATEGORIES`` order: the
        batch stays in numpy until the verdicts are made (``_verdicts``)."""
        if self.classifier is None or not posts:
            return _matrix([heuristic_scores(f) for f in findings])
        head = self.classifier.head
        heuristics = feature_matrix(findings, head.features) if head.uses_heuristics else None
        texts = [p.text for p in posts]
        if embeddings is None:
            embeddings = self._embed_async(posts)
        with timing.stage("encoder.wait"):
            vectors = embeddings.result() if embeddings is not None else None
        with timing.stage("head"):
            if vectors is None:  # a classifier without a separate encoder
                scores = _matrix(self.classifier.predict(texts, heuristics))
            else:
                probabilities = head.probabilities(vectors, heuristics, texts)
                order = [head.categories.index(c) for c in CATEGORIES]
                scores = probabilities[:, order]
        with timing.stage("combination"):
            raise_to_out_of_text(scores, findings)
        return scores

    def _embed_async(self, posts: Sequence[Post]) -> Future | None:
        """Start the encoder on a batch's texts in its own threads and return at once.

        ONNX Runtime releases the GIL, so the recognizers, spaCy and the head of the batch
        run here while the encoder works there: the encoder (the cost that matters) never
        waits for Python. None when the classifier has no separate encoder (heuristics, a
        custom classifier).
        """
        classifier = self.classifier
        encoder = getattr(classifier, "encoder", None)
        if not isinstance(classifier, TextClassifier) or encoder is None or not posts:
            return None
        return encoder.submit([p.text for p in posts])

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
        return self._verdicts(posts, account, self._embed_async(posts))

    def score_stream(
        self, batches: Iterable[Sequence[Post]], account: Account | None = None
    ) -> Iterator[tuple[Sequence[Post], list[Verdict]]]:
        """``(batch, verdicts)`` for each batch, the same verdicts ``score`` gives.

        The encoder works ahead: up to ``ENCODER_LOOKAHEAD`` batches are read and handed to
        the encoder (``Encoder.submit``) before batch N's recognizers, head and storage run
        here, so the encoder is never idle while Python works. At start-up the encoder is
        loaded and given the first batches before the recognizers load, so their loading
        overlaps its work.
        At most ``ENCODER_LOOKAHEAD + 1`` batches are in memory at once.
        """
        self.load_classifier()
        iterator = iter(batches)
        pending: deque[tuple[Sequence[Post], Future | None]] = deque()

        def refill() -> None:
            while len(pending) < ENCODER_LOOKAHEAD:
                batch = next(iterator, None)
                if batch is None:
                    return
                pending.append((batch, self._embed_async(batch)))

        with (
            _gil_switch_interval(STREAMING_SWITCH_INTERVAL),
            _blas_threads(STREAMING_BLAS_THREADS),
            # From the first read on: the first refill reads ENCODER_LOOKAHEAD batches of posts.
            _fewer_collections(STREAMING_GC_THRESHOLD),
        ):
            refill()
            self.load_recognizers()
            gc.freeze()  # the recognizers' tables, loaded just now, are never scanned either
            while pending:
                current, embeddings = pending.popleft()
                refill()
                yield current, self._verdicts(current, account, embeddings)

    def _verdicts(
        self, posts: Sequence[Post], account: Account | None, embeddings: Future | None
    ) -> list[Verdict]:
        findings_per_post = self.findings_batch(posts, account)
        with timing.stage("threads"):
            findings_per_post = self.with_thread_findings(posts, findings_per_post)
        scores = self.score_matrix(posts, findings_per_post, embeddings)
        with timing.stage("risk"):
            risks, actions = assess_batch(posts, scores, findings_per_post)
            return [
                Verdict(post, post_scores, risk, action, tuple(findings))
                for post, post_scores, risk, action, findings in zip(
                    posts, _score_dicts(scores), risks, actions, findings_per_post, strict=True
                )
            ]


def _matrix(rows: Sequence[Mapping[Category, float]]) -> np.ndarray:
    """Per-post scores keyed by category as an array (posts, categories), float64."""
    return np.array([[row[c] for c in CATEGORIES] for row in rows], dtype=np.float64).reshape(
        len(rows), len(CATEGORIES)
    )


def _score_dicts(scores: np.ndarray) -> list[dict[Category, float]]:
    """An array (posts, categories) as one ``{category: score}`` per post, Python floats."""
    return [dict(zip(CATEGORIES, row, strict=True)) for row in scores.tolist()]


@contextlib.contextmanager
def _gil_switch_interval(seconds: float) -> Iterator[None]:
    """Python's thread switch interval set to ``seconds`` inside, restored after (it is
    process-wide: other code keeps the interval it had)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, seconds))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@contextlib.contextmanager
def _blas_threads(limit: int) -> Iterator[None]:
    """numpy's BLAS held to ``limit`` threads inside, restored after: the limit is for the
    stream alone (``STREAMING_BLAS_THREADS``)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=limit, user_api="blas"):
        yield


@contextlib.contextmanager
def _fewer_collections(threshold: tuple[int, int, int]) -> Iterator[None]:
    """The garbage collector's thresholds set to ``threshold`` inside, with every object alive
    on entry frozen (never scanned again); both undone after (``STREAMING_GC_THRESHOLD``)."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*threshold)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
