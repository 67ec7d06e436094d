"""CPU cost of each recognizer (pre-check and analysis) and of spaCy, per post of an archive.

    .venv/bin/python -m benchmarks.recognizer_cost bench-data/x-10000.zip [--posts N]

The scan's budget for everything but the encoder is small (the encoder costs about 1.3 CPU ms
per post here, and the scan must reach 85% of its speed), so this names where the rest goes:
per recognizer, the share of posts its cheap pre-check lets through and the CPU milliseconds
per post (averaged over every post) of the pre-check and of the analysis, then how many posts
the engine sends to spaCy and what spaCy costs. ``time.process_time``, so a busy machine
changes the figures little. Findings are computed as the engine computes them (no docs given
to the recognizers here: spaCy is timed on its own).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from classifiers import nlp
from classifiers.base import PostContext
from classifiers.engine import Scorer
from scanner.connectors import open_export
from scanner.models import Post


def archive_posts(path: Path, limit: int | None) -> list[Post]:
    """The archive's posts, read through the connector ``scrubs scan`` uses."""
    connector = open_export(path)
    try:
        posts = [p for p in connector.iter_posts() if isinstance(p, Post)]
    finally:
        connector.source.close()
    return posts[:limit] if limit else posts


def profile(posts: Sequence[Post]) -> None:
    """Print the per-recognizer and spaCy table."""
    scorer = Scorer(classifier=None)
    scorer.load()
    pre, analysis, passed = Counter[str](), Counter[str](), Counter[str]()
    ctx = PostContext(account=None, patients=None, doc=None)
    for post in posts:
        for recognizer in scorer.recognizers:
            started = time.process_time()
            wanted = recognizer.prefilter(post)
            pre[recognizer.name] += time.process_time() - started
            if wanted:
                passed[recognizer.name] += 1
                started = time.process_time()
                list(recognizer.analyze(post, ctx))
                analysis[recognizer.name] += time.process_time() - started
    n = len(posts)
    print(f"{n:,} posts; CPU ms per post (averaged over all posts)")
    print(f"{'recognizer':28s} {'passes':>7s} {'pre ms':>7s} {'analyze ms':>10s}")
    for r in scorer.recognizers:
        print(f"{r.name:28s} {passed[r.name] / n:7.1%} {pre[r.name] * 1e3 / n:7.3f} "
              f"{analysis[r.name] * 1e3 / n:10.3f}")  # fmt: skip
    total = (sum(pre.values()) + sum(analysis.values())) * 1e3 / n
    print(f"{'recognizers, total':28s} {'':7s} {total:18.3f}")
    nlp.load()
    started = time.process_time()
    docs = scorer.docs_for(posts)
    chosen = time.process_time() - started
    sent = sum(d is not None for d in docs)
    print(f"spaCy: {sent / n:.1%} of posts, {chosen * 1e3 / n:.3f} ms per post "
          "(choosing included)")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--posts", type=int, default=None)
    args = parser.parse_args(argv)
    profile(archive_posts(args.archive, args.posts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
