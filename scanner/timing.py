"""Per-stage wall-clock and CPU accumulators for a scan: where the time goes, never what was read.

The pipeline and the scorer wrap each stage (reading the export, recognizers, spaCy, the
encoder, the head and combination, the store, the outputs) in ``stage(name)``; the totals end
up in the run's counts in the store (``counts["timings"]``), in the debug log, and in
``make bench``'s per-stage table. A stage costs two ``perf_counter`` calls and a dict update,
so it stays on in every run.

Stages can overlap: the encoder runs in its own threads while the main thread runs the
recognizers of the same batch (``classifiers.engine``), so the stage seconds may add up to
more than the wall time (the encoder's own batches overlap too, so its stage is ``busy``:
the wall time during which at least one batch was being embedded); ``encoder.wait`` is
the time the main thread actually waited for it.
Each stage also keeps the CPU time of the thread that ran it (``time.thread_time``): on a
two-core machine the encoder's threads and the main thread share the cores, so what a stage
costs the encoder is its CPU, not its wall time (``make bench`` shows both).
Only names, seconds and counts are kept: no text, no ids.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_seconds: dict[str, float] = {}
_cpu: dict[str, float] = {}
_calls: dict[str, int] = {}
_marks: dict[str, float] = {}


def add(name: str, seconds: float, cpu_seconds: float = 0.0) -> None:
    """Add ``seconds`` of wall time and ``cpu_seconds`` of thread CPU to stage ``name``
    (thread-safe)."""
    with _lock:
        _seconds[name] = _seconds.get(name, 0.0) + seconds
        _cpu[name] = _cpu.get(name, 0.0) + cpu_seconds
        _calls[name] = _calls.get(name, 0) + 1


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Time the enclosed block into stage ``name``: wall time and this thread's CPU."""
    started, started_cpu = time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        add(name, time.perf_counter() - started, time.thread_time() - started_cpu)


_busy_depth: dict[str, int] = {}
_busy_since: dict[str, float] = {}


@contextmanager
def busy(name: str) -> Iterator[None]:
    """Time into stage ``name`` the wall time during which at least one enclosed block runs.

    For work that runs in several threads at once (the encoder embeds more than one batch at a
    time): summing each block's own time would count the overlap twice. CPU is not kept: the
    work's CPU is spent in threads this one only waits for.
    """
    with _lock:
        depth = _busy_depth.get(name, 0)
        if depth == 0:
            _busy_since[name] = time.perf_counter()
        _busy_depth[name] = depth + 1
    try:
        yield
    finally:
        with _lock:
            _busy_depth[name] -= 1
            if _busy_depth[name] == 0:
                elapsed = time.perf_counter() - _busy_since.pop(name)
                _seconds[name] = _seconds.get(name, 0.0) + elapsed
                _cpu.setdefault(name, 0.0)
            _calls[name] = _calls.get(name, 0) + 1


def timed_iter(items: Iterator, name: str, flush_every: int = 1000) -> Iterator:
    """Yield from ``items``, timing each ``next`` into stage ``name`` (reading an export).

    Time spent by the consumer between items is not counted; totals are flushed every
    ``flush_every`` items so a long read shows up while it runs.
    """
    iterator = iter(items)
    pending = pending_cpu = 0.0
    count = 0
    try:
        while True:
            started, started_cpu = time.perf_counter(), time.thread_time()
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                pending += time.perf_counter() - started
                pending_cpu += time.thread_time() - started_cpu
            count += 1
            if count % flush_every == 0:
                add(name, pending, pending_cpu)
                pending = pending_cpu = 0.0
            yield item
    finally:
        add(name, pending, pending_cpu)


def mark(name: str) -> None:
    """Remember the first moment (epoch seconds) something happened, e.g. ``first_scored``."""
    with _lock:
        _marks.setdefault(name, time.time())


def snapshot() -> dict[str, dict[str, float]]:
    """``{"seconds": {stage: s}, "cpu_seconds": {stage: s}, "calls": {stage: n},
    "marks": {name: epoch}}``, rounded."""
    with _lock:
        return {
            "seconds": {k: round(v, 4) for k, v in sorted(_seconds.items())},
            "cpu_seconds": {k: round(v, 4) for k, v in sorted(_cpu.items())},
            "calls": dict(sorted(_calls.items())),
            "marks": dict(_marks),
        }


def reset() -> None:
    """Forget everything (a new run in the same process)."""
    with _lock:
        _seconds.clear()
        _cpu.clear()
        _calls.clear()
        _marks.clear()
        _busy_depth.clear()
        _busy_since.clear()


def summary_line() -> str:
    """Stages and seconds on one line, for the debug log."""
    with _lock:
        return ", ".join(f"{k} {v:.2f}s" for k, v in sorted(_seconds.items()))
