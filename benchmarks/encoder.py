"""Encoder throughput: posts per second for the int8 and fp32 ONNX encoders.

    python -m benchmarks.encoder [--posts 2000] [--threads 2]

The posts are the corpus texts (real post lengths, emoji, handles), cycled to ``--posts``.
Each precision gets a fresh session running ``--threads`` ONNX calls at once, one warm-up
pass, then a timed pass of tokenization + length-sorted batching + ONNX runs, exactly the
path ``Scorer.score`` takes. This figure is the "encoder-alone ceiling" the end-to-end
pipeline is compared with (issue 11: the pipeline must reach 85% of it).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass

from classifiers import corpus
from classifiers.model import Encoder, Precision


@dataclass(frozen=True, slots=True)
class EncoderThroughput:
    """One timed pass."""

    precision: str
    threads: int
    posts: int
    seconds: float
    mean_tokens: float

    @property
    def posts_per_second(self) -> float:
        """Throughput of the pass."""
        return self.posts / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        """One printable line."""
        return (
            f"encoder {self.precision:<5} {self.threads} threads: "
            f"{self.posts_per_second:8.1f} posts/s ({self.posts} posts, "
            f"{self.mean_tokens:.1f} tokens/post, {self.seconds:.2f} s)"
        )


def benchmark_texts(n: int) -> list[str]:
    """``n`` post texts from the corpus, cycled; the same list for every precision."""
    texts = [row.text for row in corpus.load()]
    return [texts[i % len(texts)] for i in range(n)]


def measure(texts: list[str], precision: Precision, threads: int) -> EncoderThroughput:
    """Warm up, then time one embedding pass over ``texts``."""
    encoder = Encoder(precision=precision, threads=threads)
    encoder.load()
    encoder.embed(texts[:256])
    tokens = sum(len(ids) for ids in encoder.token_ids(texts))
    start = time.perf_counter()
    encoder.embed(texts)
    seconds = time.perf_counter() - start
    return EncoderThroughput(precision, threads, len(texts), seconds, tokens / len(texts))


def run(posts: int = 2000, threads: int = 2) -> list[EncoderThroughput]:
    """int8 then fp32 on the same posts; what ``make bench`` prints."""
    texts = benchmark_texts(posts)
    return [measure(texts, precision, threads) for precision in ("int8", "fp32")]


def report(posts: int = 2000, threads: int = 2) -> str:
    """The figures as text, with the int8 speed-up."""
    int8, fp32 = run(posts, threads)
    speedup = int8.posts_per_second / fp32.posts_per_second if fp32.posts_per_second else 0.0
    return "\n".join([int8.line(), fp32.line(), f"int8 speed-up over fp32: {speedup:.2f}x"])


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    print(report(args.posts, args.threads))


if __name__ == "__main__":
    main()
