"""``make bench``: the end-to-end scan benchmark, then every other benchmark; writes BENCHMARKS.md.

    python -m benchmarks.run [--posts 100000] [--small 10000] [--only scan] [--no-write]

**Scan.** Builds synthetic current-era X archives (``tests.builders``, streamed) of ``--small``
and ``--posts`` posts, then runs the real ``scrubs scan ARCHIVE --json ... --db ...`` on each
in a fresh subprocess, as a user would, and measures wall time and the scan process's own peak
resident memory (``os.wait4`` rusage, so the builder's memory never counts). A 200-post scan
measures the fixed start-up cost (imports, spaCy, the ONNX encoder), so the report gives both
the end-to-end rate and the steady-state rate. Memory must stay flat: the large scan's peak
RSS should be within a few tens of MB of the small one's, whatever the export's size.

**The others** (export readers, report rendering, encoder, link matching) are each engineer's
own module, run as they are and their output recorded under their own heading.

BENCHMARKS.md keeps one section per benchmark between ``<!-- bench:NAME -->`` markers, so a
partial run (``--only scan``) rewrites only its own section.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS_MD = REPO / "BENCHMARKS.md"
STARTUP_POSTS = 200
# Other benchmark modules, run with their defaults; each prints its own figures.
OTHERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("export_readers", ("--zip",)),
    ("report_render", ()),
    ("encoder", ()),
    ("link_matching", ()),
    ("images", ()),
    ("audit", ()),
)


@dataclass(frozen=True, slots=True)
class ScanFigures:
    """One timed ``scrubs scan`` subprocess."""

    posts: int
    seconds: float
    peak_rss_mib: float
    cpu_seconds: float
    results_mib: float
    db_mib: float
    summary: str

    @property
    def posts_per_second(self) -> float:
        """End to end, start-up included."""
        return self.posts / self.seconds


def build_archive(path: Path, posts: int) -> Path:
    """A current-era X archive of ``posts`` tweets (zip), built without holding them."""
    from tests.builders import build_bench_archive

    return build_bench_archive(path, posts, seed=1)


# Runs the real CLI in a fresh interpreter and, at exit, records that process's own peak RSS.
_MEASURED_SCRUBS = (
    "import atexit, resource, sys\n"
    "out = sys.argv[1]\n"
    "def record():\n"
    "    usage = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    open(out, 'w').write(f'{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}')\n"
    "atexit.register(record)\n"
    "sys.argv = ['scrubs', *sys.argv[2:]]\n"
    "from scanner.cli import main\n"
    "main()\n"
)


def time_scan(archive: Path, posts: int, workdir: Path) -> ScanFigures:
    """Run ``scrubs scan`` on ``archive`` in a subprocess; wall time and its own peak RSS."""
    out, db = workdir / f"results-{posts}.json", workdir / f"state-{posts}.db"
    rss_file = workdir / f"rss-{posts}.txt"
    env = {**os.environ, "SCRUBS_DATA_DIR": str(workdir / "data")}
    command = [sys.executable, "-c", _MEASURED_SCRUBS, str(rss_file), "scan", str(archive),
               "--json", str(out), "--db", str(db)]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(
        command, env=env, cwd=workdir, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"scan of {posts} posts failed ({done.returncode}): {done.stderr.strip()}")
    peak_kib, cpu = rss_file.read_text().split()
    return ScanFigures(
        posts=posts,
        seconds=seconds,
        peak_rss_mib=int(peak_kib) / 1024,  # Linux reports KiB
        cpu_seconds=float(cpu),
        results_mib=out.stat().st_size / 2**20,
        db_mib=sum(p.stat().st_size for p in workdir.glob(f"state-{posts}.db*")) / 2**20,
        summary=done.stdout.strip().splitlines()[0] if done.stdout.strip() else "",
    )


def run_scan(posts: int, small: int) -> list[ScanFigures]:
    """Start-up, small and large scans, in that order (each a fresh process)."""
    figures = []
    with tempfile.TemporaryDirectory(prefix="scrubs-bench-") as tmp:
        work = Path(tmp)
        for size in (STARTUP_POSTS, small, posts):
            archive = build_archive(work / f"x-{size}.zip", size)
            print(f"scan: {size:,} posts ...", flush=True)
            figures.append(time_scan(archive, size, work))
            print(f"  {_line(figures[-1])}", flush=True)
            archive.unlink()
    return figures


def _line(f: ScanFigures) -> str:
    return (f"{f.posts:,} posts in {f.seconds:,.1f} s = {f.posts_per_second:,.0f} posts/s end to "
            f"end ({f.cpu_seconds:,.0f} CPU s); peak RSS {f.peak_rss_mib:,.0f} MiB; "
            f"results {f.results_mib:,.1f} MiB, store {f.db_mib:,.1f} MiB")  # fmt: skip


def scan_section(figures: list[ScanFigures]) -> str:
    """The Markdown section for the scan benchmark."""
    startup, small, large = figures
    steady = (large.posts - startup.posts) / max(large.seconds - startup.seconds, 1e-9)
    growth = large.peak_rss_mib - small.peak_rss_mib
    rows = "\n".join(
        f"| {f.posts:,} | {f.seconds:,.1f} | {f.posts_per_second:,.0f} | {f.cpu_seconds:,.0f} | "
        f"{f.posts / max(f.cpu_seconds, 1e-9):,.0f} | {f.peak_rss_mib:,.0f} | "
        f"{f.results_mib:,.1f} | {f.db_mib:,.1f} |"
        for f in figures
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"""## scrubs scan, end to end

`python -m benchmarks.run --only scan` ({_machine()}). Synthetic current-era X archive
(`python -m tests.builders x-archive`), zipped; the real `scrubs scan ARCHIVE --json FILE --db FILE`
in a fresh process, default scorer (recognizers, spaCy where prefilters match, int8 MiniLM
encoder and heads).

| posts | wall s | posts/s | CPU s | posts/CPU s | peak RSS MiB | results MiB | store MiB |
|---:|---:|---:|---:|---:|---:|---:|---:|
{rows}

- Start-up (imports, spaCy, encoder) is about {startup.seconds:,.0f} s; steady state
  {steady:,.0f} posts/s on this machine, whose load average at the end was {load}
  (wall-clock rates fall when the machine is shared; posts per CPU second do not).
- Memory: peak RSS grows by {growth:+,.0f} MiB from {small.posts:,} to {large.posts:,} posts
  (flat: posts stream in batches of 256 and outputs are streamed from the store).
- Last large run: {large.summary}
"""


def run_other(module: str, args: tuple[str, ...]) -> str:
    """Run ``python -m benchmarks.MODULE`` and return its Markdown section."""
    print(f"{module} ...", flush=True)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", f"benchmarks.{module}", *args], cwd=REPO,
                          capture_output=True, text=True, check=False)  # fmt: skip
    output = (done.stdout.strip() or done.stderr.strip()[-2000:]) or "(no output)"
    print(f"  {output.splitlines()[-1] if output else ''}", flush=True)
    state = "" if done.returncode == 0 else f" (exit {done.returncode})"
    command = " ".join(["python -m", f"benchmarks.{module}", *args])
    took = time.perf_counter() - started
    return (
        f"## {module}{state}\n\n`{command}` ({_machine()}, {took:,.0f} s)\n\n```\n{output}\n```\n"
    )


def _machine() -> str:
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    return f"{today}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def write_section(name: str, body: str, path: Path = BENCHMARKS_MD) -> None:
    """Replace (or append) one marked section of BENCHMARKS.md, keeping the rest."""
    text = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    block = f"<!-- bench:{name} -->\n{body.rstrip()}\n<!-- /bench:{name} -->"
    pattern = re.compile(
        rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->", re.S
    )
    text = (
        pattern.sub(lambda _: block, text)
        if pattern.search(text)
        else text.rstrip() + f"\n\n{block}\n"
    )
    path.write_text(text, encoding="utf-8")


_HEADER = """# Benchmarks

Written by `make bench` (`python -m benchmarks.run`); each section is rewritten by its own run.
Figures depend on the machine and on what else it is doing: compare runs on one machine.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000, help="posts in the large archive")
    parser.add_argument("--small", type=int, default=10_000, help="posts in the small archive")
    parser.add_argument("--only", choices=["scan", *[m for m, _ in OTHERS]], action="append",
                        help="run only these benchmarks (repeatable)")  # fmt: skip
    parser.add_argument("--no-write", action="store_true", help="print, do not touch BENCHMARKS.md")
    args = parser.parse_args(argv)
    chosen = set(args.only or ["scan", *[m for m, _ in OTHERS]])
    if "scan" in chosen:
        figures = run_scan(args.posts, args.small)
        section = scan_section(figures)
        print(section)
        if not args.no_write:
            write_section("scan", section)
    for module, extra in OTHERS:
        if module in chosen and (REPO / "benchmarks" / f"{module}.py").exists():
            section = run_other(module, extra)
            if not args.no_write:
                write_section(module, section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
