"""Export reader throughput and memory: how fast posts come out of a big X archive.

    python -m benchmarks.export_readers [--posts 100000] [--zip] [--seed 1]

Builds a ``--posts`` current-era X archive with ``tests.builders`` (streamed, realistic post
lengths), then reads every post and link through ``scanner.connectors.open_export`` in a fresh
subprocess and prints posts/second and the reader process's peak resident memory. Reading is
both passes (index + posts). The target: memory flat as the archive grows (peak RSS within a few
MB whether 10,000 or 1,000,000 posts), and the readers far faster than scoring, so they are
never the bottleneck of ``scrubs scan``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_READ = r"""
import json, resource, sys, time
from scanner.connectors import open_export
start = time.perf_counter()
connector = open_export(sys.argv[1])
posts = sum(1 for _ in connector.iter_posts())
links = sum(1 for _ in connector.iter_links())
elapsed = time.perf_counter() - start
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"posts": posts, "links": links, "seconds": elapsed, "peak_kib": peak_kib}))
"""


def run(posts: int, *, zipped: bool, seed: int) -> dict[str, float]:
    """Build the archive, read it in a subprocess, return the figures."""
    from tests.builders import build_bench_archive

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / ("x.zip" if zipped else "x")
        started = time.perf_counter()
        build_bench_archive(target, posts, seed)
        built = time.perf_counter() - started
        tweets_js = _tweets_js_size(target)
        result = subprocess.run(
            [sys.executable, "-c", _READ, str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        figures = json.loads(result.stdout)
    figures.update(build_seconds=built, tweets_js_bytes=tweets_js)
    return figures


def _tweets_js_size(target: Path) -> int:
    if target.is_dir():
        return (target / "data" / "tweets.js").stat().st_size
    import zipfile

    with zipfile.ZipFile(target) as archive:
        return archive.getinfo("data/tweets.js").file_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--zip", action="store_true", help="read from a .zip instead of a folder")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    f = run(args.posts, zipped=args.zip, seed=args.seed)
    print(
        f"x archive, {f['posts']:,} posts ({f['tweets_js_bytes'] / 2**20:.0f} MiB tweets.js, "
        f"{'zip' if args.zip else 'folder'}): read in {f['seconds']:.1f} s = "
        f"{f['posts'] / f['seconds']:,.0f} posts/s, peak RSS {f['peak_kib'] / 1024:.0f} MiB "
        f"(built in {f['build_seconds']:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
