"""Guard for speed work on the heuristic layer: the findings must not change, only the cost.

Runs ``Scorer(classifier=None).findings_batch`` over every corpus post (all splits: this is an
equivalence check, not tuning) and over synthetic X-archive posts from ``tests.builders``, and
writes a canonical digest of every finding (rule id, evidence spans, score rounded to 6 places)
per post, plus the CPU time (``time.process_time``) of the heuristic layer (prefilters and
recognizers) and of spaCy (``nlp.docs_for``) separately.

    .venv/bin/python -m benchmarks.heuristics_equivalence --out /tmp/eq-base.json
    .venv/bin/python -m benchmarks.heuristics_equivalence --out /tmp/eq-new.json \
        --compare /tmp/eq-base.json

Exit status 1 when ``--compare`` finds any post whose findings differ (ids only are printed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from classifiers import corpus, engine, nlp
from classifiers.engine import Scorer
from classifiers.findings import Finding
from scanner.connectors import open_export
from scanner.models import Account, Post

BATCH = 64


class _SpacyClock:
    """Wraps ``nlp.docs_for`` as the engine calls it, adding up its CPU seconds and docs."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.docs = 0
        self.kept: list[list] = []  # every call's docs, replayed by the repeat passes
        self._inner = nlp.docs_for

    def __call__(self, texts: Sequence[str], batch_size: int = 64) -> list:
        started = time.process_time()
        docs = self._inner(texts, batch_size=batch_size)
        self.seconds += time.process_time() - started
        self.docs += len(docs)
        self.kept.append(docs)
        return docs


def canonical(findings: Sequence[Finding]) -> list:
    """What must not change: rule, evidence spans and score (6 places), in emitted order."""
    return [
        [f.rule.id, [[s.start, s.end] for s in f.evidence], round(f.score, 6)] for f in findings
    ]


def synthetic_posts(count: int, seed: int) -> tuple[list[Post], Account]:
    """Posts of a generated X archive (``tests.builders``), read as the scanner reads them."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "eq.zip"
        from tests.builders import build_bench_archive

        build_bench_archive(archive, count, seed)
        connector = open_export(archive)
        return list(connector.iter_posts()), connector.account()


def _heuristics_only(
    scorer: Scorer, groups: list[tuple[str, list[Post], Account | None]], kept: list[list]
) -> float:
    """CPU seconds of one more pass of the heuristic layer alone: spaCy's docs of the first
    pass are handed back in order instead of being computed again (machine load makes a single
    pass noisy, so the report takes the fastest of several)."""
    replay = iter(kept)
    engine.nlp.docs_for = lambda texts, batch_size=64: next(replay)  # type: ignore[attr-defined]
    began = time.process_time()
    for _group, posts, account in groups:
        for start in range(0, len(posts), BATCH):
            scorer.findings_batch(posts[start : start + BATCH], account)
    return time.process_time() - began


def run(groups: list[tuple[str, list[Post], Account | None]], repeat: int = 1) -> dict:
    """Digest per post and the CPU split between heuristics and spaCy."""
    clock = _SpacyClock()
    engine.nlp.docs_for = clock  # type: ignore[attr-defined]
    scorer = Scorer(classifier=None)
    scorer.load()
    nlp.load()
    clock._inner(["warm up the pipeline once"])  # not timed, not replayed
    per_post: dict[str, str] = {}
    total_cpu = 0.0
    posts_seen = 0
    try:
        for group, posts, account in groups:
            for start in range(0, len(posts), BATCH):
                batch = posts[start : start + BATCH]
                began = time.process_time()
                found = scorer.findings_batch(batch, account)
                total_cpu += time.process_time() - began
                for post, findings in zip(batch, found, strict=True):
                    key = f"{group}:{post.key}"
                    blob = json.dumps(canonical(findings), separators=(",", ":"))
                    per_post[key] = blob
                posts_seen += len(batch)
        heuristic_passes = [total_cpu - clock.seconds]
        for _ in range(repeat - 1):
            heuristic_passes.append(_heuristics_only(scorer, groups, clock.kept))
    finally:
        engine.nlp.docs_for = clock._inner  # type: ignore[attr-defined]
    overall = hashlib.sha256()
    for key in sorted(per_post):
        overall.update(f"{key}\x1f{per_post[key]}\x1e".encode())
    heuristic_cpu = min(heuristic_passes)
    return {
        "digest": overall.hexdigest(),
        "posts": posts_seen,
        "posts_with_findings": sum(1 for v in per_post.values() if v != "[]"),
        "spacy_docs": clock.docs,
        "heuristics_cpu_ms_per_post": round(1000 * heuristic_cpu / posts_seen, 4),
        "spacy_cpu_ms_per_post": round(1000 * clock.seconds / posts_seen, 4),
        "per_post": per_post,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where the digest JSON goes")
    parser.add_argument("--compare", type=Path, help="a previous --out to compare with")
    parser.add_argument("--synthetic", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--repeat", type=int, default=3, help="heuristic passes; the fastest is reported"
    )
    args = parser.parse_args(argv)
    rows = corpus.load()
    groups: list[tuple[str, list[Post], Account | None]] = [
        ("corpus", [corpus.to_post(r) for r in rows], None)
    ]
    if args.synthetic:
        posts, account = synthetic_posts(args.synthetic, args.seed)
        groups.append(("synthetic", posts, account))
    result = run(groups, max(1, args.repeat))
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
    summary = {k: v for k, v in result.items() if k != "per_post"}
    print(json.dumps(summary, indent=1))
    if args.compare is None:
        return 0
    base = json.loads(args.compare.read_text(encoding="utf-8"))
    changed = sorted(
        k
        for k in set(base["per_post"]) | set(result["per_post"])
        if base["per_post"].get(k) != result["per_post"].get(k)
    )
    print(
        f"baseline heuristics {base['heuristics_cpu_ms_per_post']} ms/post, "
        f"spaCy {base['spacy_cpu_ms_per_post']} ms/post ({base['spacy_docs']} docs)"
    )
    if changed:
        print(f"DIFFERENT: {len(changed)} posts, e.g. {changed[:10]}")
        return 1
    print("IDENTICAL" if base["digest"] == result["digest"] else "DIGEST MISMATCH")
    return 0 if base["digest"] == result["digest"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
