"""``make bench``: the end-to-end scan benchmark, then every other benchmark; writes BENCHMARKS.md.

    python -m benchmarks.run [--posts 100000] [--small 10000] [--runs 3] [--runs-small 5]
        [--ceiling-sample N] [--presidio-sample 10000] [--nice 10] [--only scan] [--no-write]

**Scan** (``benchmarks.scan``). Builds synthetic X archives of ``--small`` and ``--posts``
posts once into ``bench-data/``, runs the real ``scrubs scan`` on each (``--runs-small`` and
``--runs`` times, each a fresh process: wall time, start-up to the first scored post, peak RSS,
CPU seconds, per-stage times), then on the large archive's texts the encoder-alone ceiling
(``benchmarks.ceiling``) and Microsoft Presidio's batch analyzer (``benchmarks.presidio_baseline``),
and writes the comparison with the issue's targets and the machine description.

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
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS_MD = REPO / "BENCHMARKS.md"
# Other benchmark modules, run with their defaults; each prints its own figures.
OTHERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("export_readers", ("--zip",)),
    ("report_render", ()),
    ("encoder", ()),
    ("link_matching", ()),
    ("images", ()),
    ("audit", ()),
)


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


_SCAN_OPTIONS = ("posts", "small", "runs", "runs_small", "ceiling_sample", "presidio_sample",
                 "nice")  # fmt: skip


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
    parser.add_argument("--runs", type=int, default=3, help="scans of the large archive")
    parser.add_argument("--runs-small", type=int, default=5, help="scans of the small archive")
    parser.add_argument("--ceiling-sample", type=int, default=None,
                        help="encoder-alone ceiling on about N of the large archive's posts")
    parser.add_argument("--presidio-sample", type=int, default=10_000,
                        help="Presidio on about N of the large archive's posts")
    parser.add_argument("--nice", type=int, default=0, help="niceness of the measured processes")
    parser.add_argument("--only", choices=["scan", *[m for m, _ in OTHERS]], action="append",
                        help="run only these benchmarks (repeatable)")  # fmt: skip
    parser.add_argument("--no-write", action="store_true", help="print, do not touch BENCHMARKS.md")
    args = parser.parse_args(argv)
    chosen = set(args.only or ["scan", *[m for m, _ in OTHERS]])
    if "scan" in chosen:
        from benchmarks import scan

        result = scan.compare(
            [args.small, args.posts],
            [args.runs_small, args.runs],
            ceiling_sample=args.ceiling_sample,
            presidio_sample=args.presidio_sample,
            nice=args.nice,
        )
        command = "python -m benchmarks.run --only scan" + "".join(
            f" --{name.replace('_', '-')} {value}"
            for name, value in vars(args).items()
            if name in _SCAN_OPTIONS and value != parser.get_default(name)
        )
        section = scan.section(result, command)
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
