"""The heuristic layer alone, measured on the labelled corpus: precision, recall and F2 per
category, and the share of harmless posts it flags.

A category is flagged when the noisy-or of its finding scores reaches 0.5 (the contract's
decision point), exactly as ``Scorer`` scores without a classifier. ``classifiers.evaluate``
calls ``evaluate(split="test")`` for the held-apart figures; tuning uses ``train``/``dev``
only (``python -m classifiers.heuristic_eval dev``), never the test split.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from classifiers import corpus, nlp
from classifiers.engine import Scorer, heuristic_scores
from classifiers.findings import CATEGORIES, Category

DECISION = 0.5


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    """Counts and rates for one category."""

    category: str
    support: int
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        """Share of flagged posts that carry the label."""
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 0.0

    @property
    def recall(self) -> float:
        """Share of labelled posts that are flagged."""
        return self.true_positives / self.support if self.support else 0.0

    @property
    def f2(self) -> float:
        """F-beta with beta 2: recall counts four times as much as precision."""
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class HeuristicReport:
    """What ``evaluate`` measured on one split."""

    split: str
    posts: int
    harmless: int
    hard_negatives: int
    harmless_flagged: int
    hard_negatives_flagged: int
    categories: tuple[CategoryFigures, ...]
    seconds_per_post: float

    @property
    def harmless_flag_rate(self) -> float:
        """Share of harmless posts flagged in any category."""
        return self.harmless_flagged / self.harmless if self.harmless else 0.0

    def table(self) -> str:
        """A Markdown table of the figures."""
        lines = [
            f"Split `{self.split}`: {self.posts} posts, {self.harmless} harmless "
            f"({self.hard_negatives} hard negatives).",
            "",
            "| category | support | precision | recall | F2 |",
            "|---|---:|---:|---:|---:|",
        ]
        for c in self.categories:
            lines.append(
                f"| `{c.category}` | {c.support} | {c.precision:.2f} | {c.recall:.2f} "
                f"| {c.f2:.2f} |"
            )
        lines += [
            "",
            f"Harmless posts flagged in any category: {self.harmless_flagged}/{self.harmless} "
            f"({self.harmless_flag_rate:.1%}); hard negatives flagged: "
            f"{self.hard_negatives_flagged}/{self.hard_negatives}.",
            f"Heuristic cost: {self.seconds_per_post * 1000:.2f} ms per post (spaCy included).",
        ]
        return "\n".join(lines)


def flags(rows: Sequence[corpus.CorpusPost], scorer: Scorer | None = None) -> list[set[Category]]:
    """The categories the heuristics flag, per corpus row."""
    scorer = scorer or Scorer(classifier=None)
    scorer.load()
    findings = scorer.findings_batch([corpus.to_post(r) for r in rows])
    return [{c for c, s in heuristic_scores(f).items() if s >= DECISION} for f in findings]


def evaluate(
    split: corpus.Split = "dev", rows: Sequence[corpus.CorpusPost] | None = None
) -> HeuristicReport:
    """Figures for one split of the corpus (or for ``rows`` when given)."""
    import time

    rows = list(rows) if rows is not None else corpus.split(corpus.load(), split)
    scorer = Scorer(classifier=None)
    scorer.load()
    nlp.load()  # model loading is a one-off; the figure is the per-post cost
    started = time.perf_counter()
    flagged = flags(rows, scorer)
    elapsed = time.perf_counter() - started
    figures = []
    for category in CATEGORIES:
        tp = sum(
            1 for r, f in zip(rows, flagged, strict=True) if category in r.labels and category in f
        )
        fp = sum(
            1
            for r, f in zip(rows, flagged, strict=True)
            if category not in r.labels and category in f
        )
        fn = sum(
            1
            for r, f in zip(rows, flagged, strict=True)
            if category in r.labels and category not in f
        )
        figures.append(CategoryFigures(category, tp + fn, tp, fp, fn))
    harmless = [f for r, f in zip(rows, flagged, strict=True) if r.harmless]
    hard = [f for r, f in zip(rows, flagged, strict=True) if r.harmless and r.hard_negative]
    return HeuristicReport(
        split=split,
        posts=len(rows),
        harmless=len(harmless),
        hard_negatives=len(hard),
        harmless_flagged=sum(1 for f in harmless if f),
        hard_negatives_flagged=sum(1 for f in hard if f),
        categories=tuple(figures),
        seconds_per_post=elapsed / max(1, len(rows)),
    )


EVALUATION_MD = Path(__file__).resolve().parent / "EVALUATION.md"
START, END = "<!-- heuristic-eval:start -->", "<!-- heuristic-eval:end -->"


def write_markdown(report: HeuristicReport, path: Path = EVALUATION_MD) -> None:
    """Replace the text between the heuristic markers of ``EVALUATION.md`` with ``report``."""
    text = path.read_text("utf-8") if path.exists() else f"{START}\n{END}\n"
    if START not in text or END not in text:
        text += f"\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{report.table()}\n{END}{tail}", "utf-8")


def main(argv: Sequence[str]) -> int:
    """``python -m classifiers.heuristic_eval [train|dev|test] [--write]``: print the table;
    ``--write`` also rewrites the heuristic section of ``EVALUATION.md`` (test split only)."""
    args = [a for a in argv if a != "--write"]
    which = args[0] if args else "dev"
    if which not in corpus.SPLITS:
        print(f"unknown split {which!r}: choose train, dev or test", file=sys.stderr)
        return 2
    report = evaluate(which)  # type: ignore[arg-type]
    print(report.table())
    if "--write" in argv and which == "test":
        write_markdown(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
