"""The full-scan benchmark: ``scrubs scan`` end to end, with per-stage times, start-up and RSS.

    python -m benchmarks.scan [--sizes 10000 100000] [--runs 5 3] [--json out.json]

For each size a synthetic current-era X archive (``tests.builders.build_bench_archive``,
seed 1: realistic post lengths, a risky post every ~200) is built once into ``bench-data/``
(gitignored) and reused. Each run is the real CLI, ``scrubs scan ARCHIVE --json FILE
--report FILE --db FILE`` (recognizers, spaCy where prefilters ask, the int8 encoder and
head, the thread and account passes, the results JSON and the HTML report), in a fresh
``nice``-able subprocess so its peak RSS is that run's alone (``ru_maxrss`` of the child,
read by the child itself at exit). The child also writes the pipeline's stage timings
(``scanner.timing``) and the moment its first batch was scored, so start-up to the first
scored post is measured from just before the process was spawned.

Figures are medians over the runs; every run is kept in the JSON for the record.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH_DATA = REPO / "bench-data"
SEED = 1

# The stages the table shows, in pipeline order, with the timing names that make them up.
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("read", ("read",)),
    ("recognizers", ("recognizers", "threads")),
    ("spaCy and the pre-checks asking for it", ("spacy",)),
    ("encoder (own threads)", ("encoder",)),
    ("waiting for encoder", ("encoder.wait",)),
    ("head + calibration + combination", ("head", "combination", "risk")),
    ("store", ("store",)),
    ("thread + account passes", ("thread_pass", "account_pass")),
    ("results JSON", ("output.json",)),
    ("HTML report", ("output.report",)),
)

# The child: note the stage timings and own peak RSS at exit, then run the real CLI.
_CHILD = """
import atexit, json, resource, sys
out = sys.argv[1]
def _dump():
    from scanner import timing
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(out, "w") as handle:
        json.dump({"peak_rss_kib": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime,
                   "timing": timing.snapshot()}, handle)
atexit.register(_dump)
sys.argv = ["scrubs", *sys.argv[2:]]
from scanner.cli import main
main()
"""


@dataclass(frozen=True, slots=True)
class ScanRun:
    """One timed ``scrubs scan`` subprocess."""

    posts: int
    seconds: float
    startup_seconds: float  # spawn -> first batch scored
    peak_rss_mib: float
    stages: dict[str, float] = field(default_factory=dict)
    stage_cpu: dict[str, float] = field(default_factory=dict)  # CPU of the thread that ran it
    load_before: float = 0.0  # 1-minute load average when the run started
    cpu_seconds: float = 0.0  # user + system CPU of the scan process (all its threads)
    encoder_start_seconds: float = 0.0  # spawn -> the encoder's first batch begins
    results_mib: float = 0.0
    report_mib: float = 0.0

    @property
    def posts_per_second(self) -> float:
        """End to end, start-up and outputs included."""
        return self.posts / self.seconds if self.seconds else 0.0


def archive_path(posts: int) -> Path:
    """Where the ``posts``-post archive lives (built on first use)."""
    return BENCH_DATA / f"x-{posts}.zip"


def ensure_archive(posts: int) -> Path:
    """The benchmark archive of ``posts`` posts, built once and then reused."""
    path = archive_path(posts)
    if not path.exists():
        from tests.builders import build_bench_archive

        BENCH_DATA.mkdir(exist_ok=True)
        print(f"building {path.name} ...", flush=True)
        build_bench_archive(path.with_suffix(".tmp.zip"), posts, seed=SEED).rename(path)
    return path


def archive_texts(path: Path) -> list[str]:
    """The post texts of an archive, read through the same connector ``scrubs scan`` uses."""
    from scanner.connectors import open_export

    connector = open_export(path)
    try:
        return [post.text for post in connector.iter_posts()]
    finally:
        connector.source.close()


def run_once(archive: Path, posts: int, workdir: Path, *, nice: int = 0) -> ScanRun:
    """One ``scrubs scan`` of ``archive`` in a fresh process; its figures."""
    out, report, db = workdir / "results.json", workdir / "report.html", workdir / "state.db"
    for stale in workdir.glob("state.db*"):
        stale.unlink()
    probe = workdir / "probe.json"
    env = {**os.environ, "SCRUBS_DATA_DIR": str(workdir / "data")}
    command = [sys.executable, "-c", _CHILD, str(probe), "scan", str(archive),
               "--json", str(out), "--report", str(report), "--db", str(db)]  # fmt: skip
    load_before = os.getloadavg()[0]
    spawned = time.time()
    started = time.perf_counter()
    done = subprocess.run(
        command, env=env, cwd=REPO, capture_output=True, text=True, check=False,
        preexec_fn=(lambda: os.nice(nice)) if nice else None,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"scan of {posts} posts failed ({done.returncode}): {done.stderr[-2000:]}")
    data = json.loads(probe.read_text())
    timing = data["timing"]
    first = timing["marks"].get("first_scored", spawned)
    encoder_first = timing["marks"].get("encoder_started", spawned)
    return ScanRun(
        posts=posts,
        seconds=seconds,
        startup_seconds=first - spawned,
        peak_rss_mib=data["peak_rss_kib"] / 1024,
        stages=dict(timing["seconds"]),
        stage_cpu=dict(timing.get("cpu_seconds", {})),
        load_before=load_before,
        cpu_seconds=float(data["cpu"]),
        encoder_start_seconds=encoder_first - spawned,
        results_mib=out.stat().st_size / 2**20,
        report_mib=report.stat().st_size / 2**20,
    )


@dataclass(frozen=True, slots=True)
class ScanMedians:
    """Medians over the runs of one archive size."""

    posts: int
    runs: tuple[ScanRun, ...]

    def median(self, attribute: str) -> float:
        """Median of a numeric attribute or property over the runs."""
        return statistics.median(getattr(r, attribute) for r in self.runs)

    def stage(self, names: Sequence[str]) -> float:
        """Median over the runs of the summed seconds of ``names``."""
        return statistics.median(sum(r.stages.get(n, 0.0) for n in names) for r in self.runs)

    def stage_cpu(self, names: Sequence[str]) -> float:
        """Median over the runs of the summed thread CPU seconds of ``names``."""
        return statistics.median(sum(r.stage_cpu.get(n, 0.0) for n in names) for r in self.runs)


def measure(posts: int, runs: int, *, nice: int = 0) -> ScanMedians:
    """``runs`` scans of the ``posts``-post archive."""
    archive = ensure_archive(posts)
    results = []
    with tempfile.TemporaryDirectory(prefix="scrubs-bench-") as tmp:
        for index in range(runs):
            run = run_once(archive, posts, Path(tmp), nice=nice)
            results.append(run)
            print(f"scan {posts:,} #{index + 1}: {line(run)}", flush=True)
    return ScanMedians(posts, tuple(results))


def line(run: ScanRun) -> str:
    """One printable line for a run."""
    return (
        f"{run.seconds:,.1f} s = {run.posts_per_second:,.0f} posts/s, encoder from "
        f"{run.encoder_start_seconds:.1f} s, first scored {run.startup_seconds:.1f} s, "
        f"peak RSS {run.peak_rss_mib:,.0f} MiB, "
        f"load {run.load_before:.1f}"
    )


def stage_rows(sizes: Sequence[ScanMedians]) -> str:
    """Markdown rows: median seconds per stage, per size, with the share of wall time, then
    the CPU seconds of the thread that ran the stage."""
    rows = []
    for label, names in STAGES:
        cells = []
        for size in sizes:
            seconds, cpu = size.stage(names), size.stage_cpu(names)
            wall = size.median("seconds")
            share = f"{seconds:,.1f} ({100 * seconds / wall:.0f}%)" if wall else "-"
            cells.append(f"{share} | {cpu:,.1f}")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, nargs="+", default=[5, 3])
    parser.add_argument("--nice", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write every run's figures here")
    args = parser.parse_args(argv)
    runs = (args.runs * len(args.sizes))[: len(args.sizes)] if len(args.runs) == 1 else args.runs
    measured = [measure(p, r, nice=args.nice) for p, r in zip(args.sizes, runs, strict=True)]
    print(stage_rows(measured))
    if args.json:
        args.json.write_text(json.dumps([[asdict(r) for r in m.runs] for m in measured], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())


# -- the whole comparison: scans, the encoder-alone ceiling, Presidio -----------------------------


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the ``scan`` section of BENCHMARKS.md reports."""

    sizes: tuple[ScanMedians, ...]
    ceiling: dict  # benchmarks.ceiling figures on the largest archive's texts
    presidio: dict  # benchmarks.presidio_baseline figures on the same texts
    loads: tuple[float, float]  # load average (1 min) at the start and the end


def _module_json(module: str, args: Sequence[str], nice: int) -> dict:
    """Run ``python -m benchmarks.MODULE ARGS --json F`` in its own process; its figures."""
    with tempfile.TemporaryDirectory(prefix="scrubs-bench-") as tmp:
        out = Path(tmp) / "figures.json"
        done = subprocess.run(
            [sys.executable, "-m", f"benchmarks.{module}", *args, "--json", str(out)],
            cwd=REPO, capture_output=True, text=True, check=False,
            preexec_fn=(lambda: os.nice(nice)) if nice else None,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"{module} failed ({done.returncode}): {done.stderr[-2000:]}")
        print(done.stdout.strip(), flush=True)
        return json.loads(out.read_text())


def compare(
    sizes: Sequence[int],
    runs: Sequence[int],
    *,
    ceiling_sample: int | None = None,
    presidio_sample: int | None = 10_000,
    nice: int = 0,
) -> Comparison:
    """Scans of every size; then, on the largest archive, the ceiling and Presidio."""
    load_start = os.getloadavg()[0]
    measured = tuple(measure(p, r, nice=nice) for p, r in zip(sizes, runs, strict=True))
    largest = str(ensure_archive(max(sizes)))
    sample = ["--sample", str(ceiling_sample)] if ceiling_sample else []
    passes = ["--runs", str(max(dict(zip(sizes, runs, strict=True))[max(sizes)], 1))]  # a median
    ceiling = _module_json("ceiling", [largest, *sample, *passes], nice)
    presidio_args = ["--sample", str(presidio_sample)] if presidio_sample else []
    presidio = _module_json("presidio_baseline", [largest, *presidio_args], nice)
    return Comparison(measured, ceiling, presidio, (load_start, os.getloadavg()[0]))


def machine() -> str:
    """CPU model and count, memory, OS, Python and the libraries that set the speed."""
    from importlib import metadata

    model = "unknown CPU"
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next(
            (line.split(":", 1)[1].strip() for line in lscpu.splitlines()
             if line.startswith("Model name")), model,
        )  # fmt: skip
    except OSError:
        pass
    memory = "?"
    with contextlib.suppress(OSError, StopIteration, ValueError):
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        kib = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
        memory = f"{kib / 2**20:.1f} GiB"
    versions = []
    for package in ("onnxruntime", "tokenizers", "spacy", "numpy", "presidio-analyzer"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{package} {metadata.version(package)}")
    return (
        f"{model}, {os.cpu_count()} CPUs, {memory} RAM; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; " + ", ".join(versions)
    )


def section(result: Comparison, command: str) -> str:
    """The Markdown for BENCHMARKS.md."""
    largest = max(result.sizes, key=lambda m: m.posts)
    smallest = min(result.sizes, key=lambda m: m.posts)
    scan_rate = largest.median("posts_per_second")
    ceiling_rate = float(result.ceiling["posts_per_second"])
    presidio_rate = float(result.presidio["posts_per_second"])
    of_ceiling = scan_rate / ceiling_rate if ceiling_rate else 0.0
    over_presidio = scan_rate / presidio_rate if presidio_rate else 0.0
    peak, small_peak = largest.median("peak_rss_mib"), smallest.median("peak_rss_mib")
    growth = (peak - small_peak) / small_peak if small_peak else 0.0
    rows = "\n".join(
        f"| {m.posts:,} | {len(m.runs)} | {m.median('seconds'):,.1f} | "
        f"{m.median('posts_per_second'):,.0f} | {m.median('startup_seconds'):,.1f} | "
        f"{m.median('peak_rss_mib'):,.0f} | {m.median('cpu_seconds'):,.0f} | "
        f"{m.posts / max(m.median('cpu_seconds'), 1e-9):,.0f} | "
        f"{min(r.load_before for r in m.runs):.1f}-{max(r.load_before for r in m.runs):.1f} |"
        for m in result.sizes
    )
    header = " | ".join(f"{m.posts:,} posts: wall s | CPU s" for m in result.sizes)
    rule = "|".join("---:|---:" for _ in result.sizes)
    verdict = "met" if of_ceiling >= 0.85 else "NOT met"
    verdict_presidio = "met" if over_presidio >= 2.5 else "NOT met"
    verdict_memory = "met" if peak <= 1536 and growth <= 0.10 else "NOT met"
    ceiling_posts = int(result.ceiling["posts"])
    ceiling_passes = len(result.ceiling.get("seconds", [])) or 1
    presidio_posts = int(result.presidio["posts"])
    return f"""## scrubs scan, end to end, against the encoder alone and Presidio

`{command}`, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.
Machine: {machine()}.
Load average (1 min) {result.loads[0]:.1f} at the start, {result.loads[1]:.1f} at the end: the
machine is shared, so wall-clock figures are lower than on an idle one (posts per CPU second
are not).

Each scan is the real `scrubs scan ARCHIVE --json FILE --report FILE --db FILE` in a fresh
process on a synthetic current-era X archive (`python -m tests.builders x-archive`, seed 1,
realistic lengths, a risky post every ~200): recognizers, spaCy NER where prefilters ask, the
int8 MiniLM encoder and head, thread and account passes, results JSON and HTML report.
Figures are medians over the runs.

| posts | runs | wall s | posts/s end to end | start-up to first scored post, s | peak RSS MiB | CPU s | posts per CPU s | load avg |
|---:|---:|---:|---:|---:|---:|---:|---:|---|
{rows}

Median seconds per stage (share of wall time), then the CPU seconds of the thread that ran
it. The encoder runs in its own threads (one ONNX call per core at a time), up to 6 batches
ahead of the recognizers, so stages overlap; "waiting for encoder" is the main thread idle. On
two cores every CPU second of the main thread is taken from the encoder's threads, so the CPU
column is what a stage costs.

| stage | {header} |
|---|{rule}|
{stage_rows(result.sizes)}

On the {largest.posts:,}-post archive's texts ({ceiling_posts:,} for the ceiling, the median of
{ceiling_passes} timed passes in one process after a warm-up,
{presidio_posts:,} for Presidio, every k-th post):

| | posts/s | scan relative to it | target | |
|---|---:|---:|---|---|
| scrubs scan, end to end | {scan_rate:,.0f} | | | |
| encoder alone (int8 ONNX, same batches and threads) | {ceiling_rate:,.0f} | {of_ceiling:.1%} | >= 85% | {verdict} |
| Presidio `BatchAnalyzerEngine`, `en_core_web_sm` | {presidio_rate:,.0f} | {over_presidio:.2f}x | >= 2.5x | {verdict_presidio} |

Peak RSS {peak:,.0f} MiB at {largest.posts:,} posts, {small_peak:,.0f} MiB at
{smallest.posts:,} ({growth:+.1%}); target <= 1,536 MiB and within 10%: {verdict_memory}.

Reproduce: `make bench`, or this section alone with `{command}`; the parts:
`python -m benchmarks.scan --sizes 10000 100000 --runs 5 3`,
`python -m benchmarks.ceiling bench-data/x-100000.zip`,
`python -m benchmarks.presidio_baseline bench-data/x-100000.zip --sample 10000`.
Archives are built once into `bench-data/` (gitignored).
"""
