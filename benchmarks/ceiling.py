"""The encoder-alone ceiling: the int8 MiniLM encoder on the archive's own texts, nothing else.

    python -m benchmarks.ceiling ARCHIVE [--batch-size 1024] [--runs 3] [--sample N] [--json F]

What ``scrubs scan`` could reach if reading, recognizers, spaCy, the head, the store and the
outputs cost nothing: the same texts (read through the same connector), the same encoder
(``classifiers.model.Encoder``: the int8 ONNX graph, one ONNX call per CPU this process may
use at a time, the same session options, batches submitted ahead as the scan submits them),
the same batching (the pipeline's batches of ``--batch-size`` posts, each tokenized,
length-sorted and cut under the token budget by ``Encoder.embed``). The session is loaded
and warmed up before the clock starts, so the figure is the steady-state rate; the scan's own
start-up is counted against the scan.

Runs in its own process (``benchmarks.run`` spawns it) so nothing else shares its threads.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import deque
from collections.abc import Sequence
from pathlib import Path

from benchmarks.presidio_baseline import sample
from benchmarks.scan import archive_texts
from scanner.pipeline import DEFAULT_BATCH_SIZE


def encode_all(encoder: object, texts: Sequence[str], batch_size: int) -> float:
    """Seconds to embed ``texts`` in pipeline-sized batches, submitted the way the scan does:
    ``Encoder.submit``, up to ``ENCODER_LOOKAHEAD`` batches queued ahead of the one awaited."""
    from classifiers.engine import ENCODER_LOOKAHEAD

    started = time.perf_counter()
    pending: deque = deque()
    for start in range(0, len(texts), batch_size):
        pending.append(encoder.submit(texts[start : start + batch_size]))  # type: ignore[attr-defined]
        if len(pending) > ENCODER_LOOKAHEAD:
            pending.popleft().result()
    for future in pending:
        future.result()
    return time.perf_counter() - started


def measure(texts: Sequence[str], batch_size: int, runs: int) -> dict[str, object]:
    """Median posts/second over ``runs`` timed passes of the whole text list."""
    from classifiers.model import Encoder

    encoder = Encoder(precision="int8")
    encoder.load()
    encoder.embed(list(texts[:batch_size]))  # warm-up: first-run allocations, caches
    seconds = [encode_all(encoder, texts, batch_size) for _ in range(runs)]
    rates = [len(texts) / s for s in seconds]
    return {
        "posts": len(texts),
        "batch_size": batch_size,
        "threads": encoder.threads,
        "seconds": seconds,
        "posts_per_second": statistics.median(rates),
        "load_average": os.getloadavg()[0],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--sample", type=int, default=None, help="every k-th post, about N")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    texts = sample(archive_texts(args.archive), args.sample)
    figures = measure(texts, args.batch_size, args.runs)
    print(f"encoder alone: {figures['posts_per_second']:,.0f} posts/s over {len(texts):,} posts "
          f"({figures['threads']} threads, batches of {args.batch_size})")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
