"""The scorer's streaming: the encoder works ahead a bounded number of batches, and streaming
gives exactly the verdicts batch-by-batch scoring gives."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator

import pytest

from classifiers.engine import (
    ENCODER_LOOKAHEAD,
    STREAMING_BLAS_THREADS,
    STREAMING_GC_THRESHOLD,
    STREAMING_SWITCH_INTERVAL,
    Scorer,
)
from tests.recognizer_helpers import make_post

TEXTS = [
    "we admitted a 60-year-old fisherman from Killybegs after the trawler accident yesterday",
    "adults over 45 should get screened",
    "@jo_b glad the cast came off ok!",
    "another frequent flyer in majors tonight 🙄",
    "Nothing beats a quiet Sunday morning coffee after a run of nights.",
    "@worried_dad double her dose of calpol tonight and stop the ibuprofen",
    "Journal club tonight: steroids in community-acquired pneumonia.",
]


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    made = Scorer()
    made.load()
    return made


def _batches(count: int, pulled: list[int]) -> Iterator[list]:
    """``count`` batches of the texts, noting in ``pulled`` each batch as it is taken."""
    for b in range(count):
        pulled.append(b)
        yield [make_post(t, id=f"{b}-{i}") for i, t in enumerate(TEXTS)]


def test_streaming_gives_the_verdicts_of_scoring_each_batch(scorer: Scorer) -> None:
    pulled: list[int] = []
    streamed = list(scorer.score_stream(_batches(6, pulled)))
    assert [b[0].id for b, _ in streamed] == [f"{n}-0" for n in range(6)]
    for batch, verdicts in streamed:
        alone = scorer.score(batch)
        assert [v.action for v in verdicts] == [v.action for v in alone]
        for ours, theirs in zip(verdicts, alone, strict=True):
            assert ours.scores == pytest.approx(theirs.scores, abs=1e-6)
            assert [f.rule.id for f in ours.findings] == [f.rule.id for f in theirs.findings]


def test_the_encoder_works_ahead_by_a_bounded_number_of_batches(scorer: Scorer) -> None:
    pulled: list[int] = []
    stream = scorer.score_stream(_batches(10, pulled))
    next(stream)
    assert len(pulled) == ENCODER_LOOKAHEAD + 1  # the one scored, and the ones queued
    next(stream)
    assert len(pulled) == ENCODER_LOOKAHEAD + 2


def test_the_gil_switch_interval_is_short_while_streaming_and_restored_after(
    scorer: Scorer,
) -> None:
    before = sys.getswitchinterval()
    stream = scorer.score_stream(_batches(3, []))
    next(stream)
    assert sys.getswitchinterval() == min(before, STREAMING_SWITCH_INTERVAL)
    list(stream)
    assert sys.getswitchinterval() == before


def test_the_garbage_collector_runs_less_often_while_streaming_and_is_restored_after(
    scorer: Scorer,
) -> None:
    before = gc.get_threshold()
    stream = scorer.score_stream(_batches(3, []))
    next(stream)
    assert gc.get_threshold() == STREAMING_GC_THRESHOLD
    assert gc.get_freeze_count() > 0  # what was loaded before the stream is never re-walked
    list(stream)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def _blas_thread_counts() -> list[int]:
    from threadpoolctl import threadpool_info

    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_numpy_blas_keeps_to_one_thread_while_streaming_and_is_restored_after(
    scorer: Scorer,
) -> None:
    before = _blas_thread_counts()
    assert before  # numpy's OpenBLAS is loaded, so there is a pool to limit
    stream = scorer.score_stream(_batches(3, []))
    next(stream)
    assert _blas_thread_counts() == [STREAMING_BLAS_THREADS] * len(before)
    list(stream)
    assert _blas_thread_counts() == before


def test_recognizers_are_not_loaded_before_they_are_needed() -> None:
    lazy = Scorer(classifier=None)
    assert lazy._recognizers is None  # the registry's modules are imported on first use
    assert lazy.recognizers and lazy._recognizers is not None
