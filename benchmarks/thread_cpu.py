"""Where a scan's CPU goes, thread by thread: the encoder's threads against everything else.

    .venv/bin/python -m benchmarks.thread_cpu bench-data/x-100000.zip [--workdir DIR]

On two cores the scan's speed relative to the encoder alone is, nearly, the encoder's CPU
over the whole scan's CPU: every CPU second of the main thread (reading, recognizers, head,
store, outputs) is taken from the encoder. ``benchmarks.scan`` reports the main thread's
stages; this runs one real ``scrubs scan`` in this process and reads every thread's CPU from
``/proc`` at the end (Linux only), so the encoder's own threads, the tokenizer's and the
main thread's can be compared with the encoder alone (``benchmarks.ceiling``). "Idle" is two
cores times the wall time minus all CPU used: cores left waiting (start-up, the single-core
tail after the last batch, threads waiting for the GIL).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path


def thread_cpu_seconds() -> list[tuple[float, str]]:
    """(user + system CPU seconds, thread name) for every thread of this process, largest
    first; threads Python did not start (ONNX Runtime's, the tokenizer's) by their OS name."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    ticks = os.sysconf("SC_CLK_TCK")
    rows = []
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
            comm = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
        except OSError:  # the thread ended meanwhile
            continue
        seconds = (int(stat[11]) + int(stat[12])) / ticks
        rows.append((seconds, names.get(int(tid), f"{comm} (native)")))
    return sorted(rows, reverse=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--workdir", type=Path, help="where the results, report and store go")
    args = parser.parse_args(argv)
    from scanner.cli import main as scrubs

    with tempfile.TemporaryDirectory(prefix="scrubs-threads-") as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        sys.argv = [
            "scrubs", "scan", str(args.archive), "--json", str(work / "results.json"),
            "--report", str(work / "report.html"), "--db", str(work / "state.db"),
        ]  # fmt: skip
        try:
            scrubs()
        except SystemExit as done:
            if done.code not in (0, None):
                return int(done.code) if isinstance(done.code, int) else 1
        wall = time.perf_counter() - started
        rows = thread_cpu_seconds()
    total = sum(seconds for seconds, _ in rows)
    for seconds, name in rows:
        if seconds >= 0.05:
            print(f"{seconds:7.1f} CPU s  {name}")
    cores = len(os.sched_getaffinity(0))
    print(f"all threads {total:.1f} CPU s in {wall:.1f} s wall; "
          f"idle {cores * wall - total:.1f} core-seconds of {cores} cores")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
