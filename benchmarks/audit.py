"""Institutional audit throughput: ``scrubs audit`` over many synthetic staff accounts.

    python -m benchmarks.audit [--staff 100] [--posts 1000] [--workers N]

Builds ``--staff`` consenting staff with one ``--posts``-post X archive each
(``tests.audit_builders.build_bench_staff``), then runs the real ``scrubs audit STAFF.csv --out
DIR --db FILE`` in a subprocess, as the compliance office would, and samples the resident
memory of the whole process tree (the parent and its worker processes) every 0.2 s. Prints
wall time, posts per second, the peak RSS of the tree (sum), of the parent and of the largest
worker, and the tree's CPU time, as a Markdown section (``benchmarks.run`` records it).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]


def sample_tree(process: psutil.Process) -> tuple[float, float, float, float]:
    """(total RSS MiB, parent RSS MiB, largest child RSS MiB, tree CPU s) right now."""
    try:
        parent = process.memory_info().rss
        cpu = sum(process.cpu_times()[:2])
        children = process.children(recursive=True)
    except psutil.Error:
        return 0.0, 0.0, 0.0, 0.0
    child_rss = []
    for child in children:
        try:
            child_rss.append(child.memory_info().rss)
            cpu += sum(child.cpu_times()[:2])
        except psutil.Error:
            continue
    mib = 2**20
    return (parent + sum(child_rss)) / mib, parent / mib, max(child_rss, default=0) / mib, cpu


def run(staff: int, posts: int, workers: int | None) -> str:
    """Build, audit, measure; returns the Markdown section."""
    from tests.audit_builders import build_bench_staff

    with tempfile.TemporaryDirectory(prefix="scrubs-audit-bench-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        staff_csv = build_bench_staff(work / "in", staff, posts)
        built = time.perf_counter() - started
        print(f"built {staff} archives x {posts} posts in {built:,.0f} s", flush=True)
        command = [sys.executable, "-m", "scanner", "audit", str(staff_csv),
                   "--out", str(work / "out"), "--db", str(work / "audit.db")]  # fmt: skip
        if workers:
            command += ["--workers", str(workers)]
        env = {**os.environ, "SCRUBS_DATA_DIR": str(work / "data")}
        peak_total = peak_parent = peak_child = cpu = 0.0
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)  # fmt: skip
        watched = psutil.Process(child.pid)
        while child.poll() is None:
            total, parent, largest, used = sample_tree(watched)
            peak_total, peak_parent = max(peak_total, total), max(peak_parent, parent)
            peak_child, cpu = max(peak_child, largest), max(cpu, used)
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        output = child.stdout.read() if child.stdout else ""
        if child.returncode != 0:
            raise SystemExit(f"audit failed ({child.returncode})")
        first_line = output.strip().splitlines()[0] if output.strip() else ""
        total_posts = staff * posts
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        today = datetime.now(UTC).strftime("%Y-%m-%d")
        used_workers = workers or os.cpu_count()
        return f"""## scrubs audit, {staff} staff x {posts:,} posts

`python -m benchmarks.audit --staff {staff} --posts {posts}` ({today}, {os.cpu_count()} CPUs,
{used_workers} workers, Python {platform.python_version()}; load average at the end {load}).

| staff | posts | wall s | posts/s | tree CPU s | peak RSS tree MiB | parent MiB | largest worker MiB |
|---:|---:|---:|---:|---:|---:|---:|---:|
| {staff} | {total_posts:,} | {seconds:,.1f} | {total_posts / seconds:,.0f} | {cpu:,.0f} | {peak_total:,.0f} | {peak_parent:,.0f} | {peak_child:,.0f} |

- {total_posts / max(cpu, 1e-9):,.0f} posts per CPU second (wall-clock rates fall when the
  machine is shared; this one does not). Includes spawning the workers and loading the
  models once per worker, writing {staff} reports and results files, the overview and the CSV.
- Memory is per worker, not per post: each worker holds the models plus one batch.
- Last run: {first_line}
"""  # noqa: E501


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its section."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=100)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args(argv)
    print(run(args.staff, args.posts, args.workers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
