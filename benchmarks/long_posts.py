"""Long and repetitive posts: no recognizer may take time that grows faster than the text.

    python -m benchmarks.long_posts [--repeat 1000]

A Facebook post can run to tens of thousands of characters, and a search repeated once per
match over the whole text turns such a post into seconds of CPU (found in the third session:
``phi.identifiers`` took 14 s on "the lady in bed 12 " x 1000, now 0.15 s). Each shape below is
one phrase repeated ``--repeat`` times; the heuristic scorer's CPU time for the one post is
printed, slowest first, with the repeat count halved beside it so quadratic growth shows as a
ratio near 4 instead of 2.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

PHRASES = (
    "the lady in bed 12 ",
    "Mr D in bed 4 yesterday from Killybegs ",
    "pt 45M BIBA #NOF bay 3 ",
    "another frequent flyer lol ",
    "fucking Epic crashed again ",
    "stop taking the 20mg and double the ibuprofen ",
    "@jo_b glad the cast came off ok ",
    "still drunk starting my shift ",
    "selfie in theatre with the patient ",
    "born on 12/03/1961 MRN 1234567 ",
    "a ",
    "1 ",
)


def seconds_for(scorer: object, text: str) -> float:
    """CPU seconds to score one post holding ``text`` with the recognizers alone."""
    from datetime import UTC, datetime

    from scanner.models import Post

    post = Post(platform="x", id="long", account="me", kind="post",
                created_at=datetime(2024, 1, 1, tzinfo=UTC), text=text)  # fmt: skip
    started = time.process_time()
    scorer.score([post])  # type: ignore[attr-defined]
    return time.process_time() - started


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1000)
    args = parser.parse_args(argv)
    from classifiers.engine import Scorer

    scorer = Scorer(classifier=None)
    scorer.load_recognizers()
    for phrase in PHRASES:  # warm-up: spaCy and other lazy loads must not count as growth
        seconds_for(scorer, phrase * 10)
    rows = []
    for phrase in PHRASES:
        full = seconds_for(scorer, phrase * args.repeat)
        half = seconds_for(scorer, phrase * (args.repeat // 2))
        rows.append((full, half, phrase))
    for full, half, phrase in sorted(rows, reverse=True):
        ratio = full / half if half > 1e-3 else float("nan")
        print(f"{full:7.3f} s  (x{ratio:4.1f} from half)  {phrase.strip()!r} x {args.repeat}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
