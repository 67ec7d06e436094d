"""scanner.timing: stage accumulators the pipeline and scorer record into (names, wall and CPU
seconds)."""

from __future__ import annotations

import threading
import time

import pytest

from scanner import timing


@pytest.fixture(autouse=True)
def _fresh() -> None:
    timing.reset()


@pytest.mark.parametrize(
    ("stages", "expected_calls"),
    [
        ([("store", 0.0)], {"store": 1}),
        ([("store", 0.0), ("store", 0.0), ("encoder", 0.0)], {"store": 2, "encoder": 1}),
    ],
)
def test_stage_counts_calls_per_name(stages, expected_calls) -> None:
    for name, pause in stages:
        with timing.stage(name):
            time.sleep(pause)
    assert timing.snapshot()["calls"] == expected_calls


def test_stage_measures_the_block_even_when_it_raises() -> None:
    with pytest.raises(ValueError), timing.stage("read"):
        time.sleep(0.02)
        raise ValueError("boom")
    assert timing.snapshot()["seconds"]["read"] >= 0.015


@pytest.mark.parametrize("items", [0, 1, 999, 1000, 2501])
def test_timed_iter_yields_everything_and_times_only_next(items: int) -> None:
    seen = list(timing.timed_iter(iter(range(items)), "read", flush_every=1000))
    assert seen == list(range(items))
    assert "read" in timing.snapshot()["seconds"]


def test_consumer_time_is_not_counted_as_reading() -> None:
    for _ in timing.timed_iter(range(3), "read"):
        time.sleep(0.02)  # the consumer's work
    assert timing.snapshot()["seconds"]["read"] < 0.03


def test_marks_keep_the_first_moment() -> None:
    timing.mark("first_scored")
    first = timing.snapshot()["marks"]["first_scored"]
    time.sleep(0.01)
    timing.mark("first_scored")
    assert timing.snapshot()["marks"]["first_scored"] == first


def test_threads_add_up() -> None:
    def work() -> None:
        for _ in range(500):
            timing.add("encoder", 0.001)

    workers = [threading.Thread(target=work) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    snap = timing.snapshot()
    assert snap["calls"]["encoder"] == 2000
    assert snap["seconds"]["encoder"] == pytest.approx(2.0, abs=1e-6)


def test_reset_and_summary_line() -> None:
    timing.add("store", 1.5)
    assert timing.summary_line() == "store 1.50s"
    timing.reset()
    assert timing.snapshot() == {"seconds": {}, "cpu_seconds": {}, "calls": {}, "marks": {}}


def _spin(seconds: float) -> None:
    deadline = time.thread_time() + seconds
    while time.thread_time() < deadline:
        pass


@pytest.mark.parametrize(("busy", "idle"), [(0.05, 0.0), (0.0, 0.05), (0.03, 0.03)])
def test_stage_cpu_counts_work_not_waiting(busy: float, idle: float) -> None:
    with timing.stage("store"):
        _spin(busy)
        time.sleep(idle)
    snap = timing.snapshot()
    assert snap["cpu_seconds"]["store"] == pytest.approx(busy, abs=0.02)
    assert snap["seconds"]["store"] >= busy + idle - 0.005


def test_timed_iter_counts_the_cpu_of_reading() -> None:
    def slow_reader():
        for item in range(3):
            _spin(0.02)
            yield item

    for _ in timing.timed_iter(slow_reader(), "read"):
        time.sleep(0.02)  # the consumer waits: neither wall nor CPU of reading
    snap = timing.snapshot()
    assert snap["cpu_seconds"]["read"] == pytest.approx(0.06, abs=0.02)


def test_busy_counts_overlapping_blocks_once() -> None:
    """Two encoder batches in flight at once are one stretch of encoder time, not two."""
    import threading

    def work() -> None:
        with timing.busy("encoder"):
            time.sleep(0.1)

    threads = [threading.Thread(target=work) for _ in range(2)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    snap = timing.snapshot()
    assert 0.1 <= snap["seconds"]["encoder"] <= elapsed + 0.005
    assert snap["calls"]["encoder"] == 2


def test_busy_adds_up_stretches_apart() -> None:
    for _ in range(2):
        with timing.busy("encoder"):
            time.sleep(0.03)
        time.sleep(0.03)
    assert timing.snapshot()["seconds"]["encoder"] == pytest.approx(0.06, abs=0.02)
