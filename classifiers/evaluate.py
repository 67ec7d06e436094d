"""How well scrubs scores posts, measured on the corpus's held-out **test** split.

Three systems, each giving a calibrated score per category with 0.5 as the decision point:

- ``heuristics``: the recognizers alone (noisy-or of finding scores, ``engine.heuristic_scores``);
- ``model``: the ``embedding`` head alone (MiniLM int8 + head, no findings);
- ``combined``: the ``combined`` head (embedding + heuristic features) with the out-of-text
  floors of ``classifiers.combination``: what ``Scorer.score`` publishes.

Per category: precision, recall, F1, F2 at 0.5 and average precision of the scores. Per
system: the share of harmless posts that would get an action other than ``keep``. And the
int8-vs-fp32 comparison: the shipped heads (fitted on fp32 embeddings) served by the fp32
encoder against the same heads served by the int8 encoder, which is what ``Scorer`` runs.

``scrubs model eval`` / ``make eval`` print the table and rewrite the model section of
``classifiers/EVALUATION.md`` (between its markers; other sections are left alone).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from classifiers import corpus
from classifiers.combination import combine
from classifiers.engine import heuristic_scores
from classifiers.findings import CATEGORIES, Category, Finding
from classifiers.model import Head, Precision, encoder
from classifiers.risk import assess

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

EVALUATION_MD = Path(__file__).resolve().parent / "EVALUATION.md"
START, END = "<!-- model-eval:start -->", "<!-- model-eval:end -->"
SYSTEMS = ("heuristics", "model", "combined")
# Issue 4's bar, on the test split, for the combined system.
TARGETS: tuple[tuple[Category | None, str, float], ...] = (
    ("phi", "recall", 0.95),
    ("phi", "precision", 0.85),
    ("unprofessional", "recall", 0.90),
    ("unprofessional", "precision", 0.85),
    ("patient_interaction", "f1", 0.80),
    ("clinical_advice", "f1", 0.80),
    (None, "harmless_action_rate", 0.02),  # at most
)


@dataclass(frozen=True, slots=True)
class CategoryMetrics:
    """One category's figures for one system at the 0.5 decision point."""

    category: Category
    support: int
    predicted: int
    precision: float
    recall: float
    f1: float
    f2: float
    average_precision: float


@dataclass(frozen=True, slots=True)
class SystemResult:
    """One system's figures on one split."""

    system: str
    split: str
    posts: int
    per_category: tuple[CategoryMetrics, ...]
    harmless: int
    harmless_acted: int  # harmless posts whose action is not "keep"

    @property
    def harmless_action_rate(self) -> float:
        """Share of harmless posts sent to review or delete."""
        return self.harmless_acted / self.harmless if self.harmless else 0.0

    def metric(self, category: Category, name: str) -> float:
        """One figure by category and field name."""
        for m in self.per_category:
            if m.category == category:
                return float(getattr(m, name))
        raise KeyError(category)


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def category_metrics(
    category: Category, labels: np.ndarray, scores: np.ndarray, threshold: float = 0.5
) -> CategoryMetrics:
    """Precision, recall, F1, F2 at ``threshold`` and AP for one category."""
    from sklearn.metrics import average_precision_score

    y = labels.astype(bool)
    predicted = scores >= threshold
    tp = int(np.sum(predicted & y))
    precision = _ratio(tp, int(predicted.sum()))
    recall = _ratio(tp, int(y.sum()))
    f1 = _ratio(2 * precision * recall, precision + recall)
    f2 = _ratio(5 * precision * recall, 4 * precision + recall)
    ap = float(average_precision_score(y, scores)) if 0 < y.sum() < len(y) else 0.0
    return CategoryMetrics(
        category, int(y.sum()), int(predicted.sum()), precision, recall, f1, f2, ap
    )


def system_result(
    system: str,
    split: str,
    rows: Sequence[corpus.CorpusPost],
    scores: np.ndarray,
    findings: Sequence[Sequence[Finding]],
) -> SystemResult:
    """Figures for one system from its (n, 4) score matrix."""
    labels = corpus.label_matrix(rows)
    per_category = tuple(
        category_metrics(c, labels[:, j], scores[:, j]) for j, c in enumerate(CATEGORIES)
    )
    harmless = [i for i, r in enumerate(rows) if r.harmless]
    acted = 0
    for i in harmless:
        post = corpus.to_post(rows[i])
        _, action = assess(post, dict(zip(CATEGORIES, scores[i], strict=True)), findings[i])
        acted += action != "keep"
    return SystemResult(system, split, len(rows), per_category, len(harmless), acted)


# ---------------------------------------------------------------- scoring the split


@dataclass
class Scored:
    """Scores of every system on some rows, plus what they were computed from."""

    rows: list[corpus.CorpusPost]
    findings: list[list[Finding]]
    scores: dict[str, np.ndarray]  # system -> (n, 4) in CATEGORIES order


def _ordered(head: Head, probabilities: np.ndarray) -> np.ndarray:
    return probabilities[:, [head.categories.index(c) for c in CATEGORIES]]


def score_rows(
    rows: Sequence[corpus.CorpusPost],
    heads: dict[str, Head] | None = None,
    precision: Precision = "int8",
) -> Scored:
    """Run the three systems on ``rows`` (default heads: the ones shipped in the package)."""
    from classifiers.train import prepare

    heads = heads or {name: Head.load(name) for name in ("embedding", "combined")}
    combined_head = heads["combined"]
    for head in heads.values():
        head.check_encoder(encoder(precision).build)
    inputs = prepare(rows, precision, combined_head.features or None)
    heuristic = np.array(
        [[heuristic_scores(f)[c] for c in CATEGORIES] for f in inputs.findings]
    ).reshape(len(rows), len(CATEGORIES))
    texts = [r.text for r in rows]
    alone = heads["embedding"]
    model = _ordered(alone, alone.probabilities(inputs.embeddings, None, texts))
    raw = _ordered(
        combined_head, combined_head.probabilities(inputs.embeddings, inputs.heuristics, texts)
    )
    combined = np.array(
        [
            [combine(dict(zip(CATEGORIES, row, strict=True)), f)[c] for c in CATEGORIES]
            for row, f in zip(raw, inputs.findings, strict=True)
        ]
    ).reshape(len(rows), len(CATEGORIES))
    return Scored(
        list(rows),
        inputs.findings,
        {"heuristics": heuristic, "model": model, "combined": combined},
    )


def evaluate(
    rows: Sequence[corpus.CorpusPost],
    split: str = "test",
    heads: dict[str, Head] | None = None,
    precision: Precision = "int8",
) -> list[SystemResult]:
    """The three systems' figures on ``rows``."""
    scored = score_rows(rows, heads, precision)
    return [
        system_result(name, split, scored.rows, scored.scores[name], scored.findings)
        for name in SYSTEMS
    ]


def fp32_comparison(rows: Sequence[corpus.CorpusPost]) -> SystemResult:
    """The combined system with the same (shipped) heads on the fp32 encoder."""
    results = evaluate(rows, "test", precision="fp32")
    return next(r for r in results if r.system == "combined")


def truncation_share(rows: Sequence[corpus.CorpusPost]) -> float:
    """Share of posts longer than the encoder's token limit (they are cut)."""
    enc = encoder("int8")
    before_seen, before_cut = enc.seen, enc.truncated
    enc.token_ids([r.text for r in rows])
    return _ratio(enc.truncated - before_cut, enc.seen - before_seen)


# ---------------------------------------------------------------- rendering


def targets_table(result: SystemResult) -> list[tuple[str, float, float, bool]]:
    """(target, measured, bar, met) for issue 4's bar."""
    out = []
    for category, name, bar in TARGETS:
        if category is None:
            value = result.harmless_action_rate
            out.append((f"harmless posts acted on <= {bar:.0%}", value, bar, value <= bar))
        else:
            value = result.metric(category, name)
            out.append((f"{category} {name} >= {bar:.2f}", value, bar, value >= bar))
    return out


def markdown_tables(results: Sequence[SystemResult]) -> str:
    """The per-category table of every system, as Markdown."""
    lines = [
        "| system | category | support | P | R | F1 | F2 | AP |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        for m in result.per_category:
            lines.append(
                f"| {result.system} | {m.category} | {m.support} | {m.precision:.3f} | "
                f"{m.recall:.3f} | {m.f1:.3f} | {m.f2:.3f} | {m.average_precision:.3f} |"
            )
    lines += [
        "",
        "| system | harmless posts | acted on (review/delete) | rate |",
        "|---|---:|---:|---:|",
    ]
    for result in results:
        lines.append(
            f"| {result.system} | {result.harmless} | {result.harmless_acted} | "
            f"{result.harmless_action_rate:.2%} |"
        )
    return "\n".join(lines)


def plain_table(results: Sequence[SystemResult]) -> str:
    """The same figures as a fixed-width table for the terminal."""
    head = f"{'system':<11}{'category':<21}{'n':>5}{'P':>7}{'R':>7}{'F1':>7}{'F2':>7}{'AP':>7}"
    lines = [head, "-" * len(head)]
    for result in results:
        for m in result.per_category:
            lines.append(
                f"{result.system:<11}{m.category:<21}{m.support:>5}{m.precision:>7.3f}"
                f"{m.recall:>7.3f}{m.f1:>7.3f}{m.f2:>7.3f}{m.average_precision:>7.3f}"
            )
        lines.append(
            f"{result.system:<11}{'harmless acted on':<21}{result.harmless:>5}"
            f"{result.harmless_action_rate:>7.2%}"
        )
    return "\n".join(lines)


def precision_table(int8: SystemResult, fp32: SystemResult) -> str:
    """F2 per category, int8 vs fp32, as Markdown."""
    lines = ["| category | F2 fp32 | F2 int8 | int8 - fp32 |", "|---|---:|---:|---:|"]
    for category in CATEGORIES:
        a, b = fp32.metric(category, "f2"), int8.metric(category, "f2")
        lines.append(f"| {category} | {a:.3f} | {b:.3f} | {b - a:+.3f} |")
    return "\n".join(lines)


def write_section(text: str, path: Path = EVALUATION_MD) -> None:
    """Replace the model section of EVALUATION.md (between markers), keeping the rest."""
    block = f"{START}\n{text.strip()}\n{END}"
    if path.exists():
        current = path.read_text(encoding="utf-8")
        if START in current and END in current:
            before, _, rest = current.partition(START)
            _, _, after = rest.partition(END)
            path.write_text(before + block + after, encoding="utf-8")
            return
        path.write_text(current.rstrip() + "\n\n" + block + "\n", encoding="utf-8")
        return
    path.write_text("# Evaluation\n\n" + block + "\n", encoding="utf-8")


def run(write: bool = True, compare_fp32: bool = True) -> str:
    """Evaluate on the test split; print-ready text; optionally rewrite EVALUATION.md."""
    rows = corpus.load()
    test = corpus.split(rows, "test")
    results = evaluate(test)
    combined = next(r for r in results if r.system == "combined")
    handwritten = [r for r in test if r.source == "handwritten"]
    hand_results = evaluate(handwritten, "test (handwritten)") if handwritten else []
    summary = corpus.summary(rows)
    cut = truncation_share(rows)
    parts = [
        "## Classifier evaluation (test split)",
        "",
        f"Corpus: {summary['posts']} posts; test split {len(test)} posts "
        f"({sum(r.harmless for r in test)} harmless). Encoder: MiniLM int8. "
        f"Posts over the 128-token limit: {cut:.2%}. Reproduce: `make eval` "
        "(or `scrubs model eval`).",
        "",
        markdown_tables(results),
        "",
        "### Issue 4 targets (combined, test split)",
        "",
        "| target | measured | met |",
        "|---|---:|---|",
    ]
    parts += [
        f"| {name} | {value:.3f} | {'yes' if met else '**no**'} |"
        for name, value, _, met in targets_table(combined)
    ]
    if hand_results:
        parts += [
            "",
            f"### Handwritten test posts only ({len(handwritten)} posts; no template variations)",
            "",
            markdown_tables(hand_results),
        ]
    terminal = [plain_table(results)]
    if compare_fp32:
        fp32 = fp32_comparison(test)
        parts += [
            "",
            "### int8 vs fp32 encoder (combined, test split; the same heads on both encoders)",
            "",
            precision_table(combined, fp32),
        ]
        terminal += ["", "int8 vs fp32 (combined F2):", precision_table(combined, fp32)]
    text = "\n".join(parts)
    if write:
        write_section(text)
    terminal += ["", "targets (combined):"]
    terminal += [
        f"  {'ok ' if met else 'MISS'} {name}: {value:.3f}"
        for name, value, _, met in targets_table(combined)
    ]
    return "\n".join(terminal)


# ---------------------------------------------------------------- error analysis (the notebook)


def confusion_counts(scored: Scored, system: str = "combined") -> pd.DataFrame:
    """Per category: true/false positives and negatives at 0.5, as a DataFrame."""
    import pandas as pd

    labels = corpus.label_matrix(scored.rows).astype(bool)
    predicted = scored.scores[system] >= 0.5
    rows = []
    for j, category in enumerate(CATEGORIES):
        y, p = labels[:, j], predicted[:, j]
        rows.append(
            {
                "category": category,
                "TP": int(np.sum(p & y)),
                "FP": int(np.sum(p & ~y)),
                "FN": int(np.sum(~p & y)),
                "TN": int(np.sum(~p & ~y)),
            }
        )
    return pd.DataFrame(rows).set_index("category")


def cross_confusion(scored: Scored, system: str = "combined") -> pd.DataFrame:
    """Rows: the true label ("harmless" for none); columns: categories predicted at 0.5.

    Shows which categories are mistaken for which (a post counts once per true label).
    """
    import pandas as pd

    predicted = scored.scores[system] >= 0.5
    table = pd.DataFrame(0, index=[*CATEGORIES, "harmless"], columns=[*CATEGORIES, "nothing"])
    for row, flags in zip(scored.rows, predicted, strict=True):
        truths = row.labels or ("harmless",)
        hits = [c for c, f in zip(CATEGORIES, flags, strict=True) if f] or ["nothing"]
        for truth in truths:
            for hit in hits:
                table.loc[truth, hit] += 1
    return table


def worst_errors(
    scored: Scored, category: Category, system: str = "combined", kind: str = "miss", n: int = 8
) -> pd.DataFrame:
    """The ``n`` worst misses (positives scored lowest) or false alarms (negatives highest)."""
    import pandas as pd

    j = CATEGORIES.index(category)
    scores = scored.scores[system][:, j]
    labels = corpus.label_matrix(scored.rows)[:, j].astype(bool)
    wanted = labels & (scores < 0.5) if kind == "miss" else ~labels & (scores >= 0.5)
    order = np.argsort(scores if kind == "miss" else -scores)
    picked = [i for i in order if wanted[i]][:n]
    columns = ["id", "score", "labels", "rules", "hard_negative", "text"]
    return pd.DataFrame(
        [
            {
                "id": scored.rows[i].id,
                "score": round(float(scores[i]), 3),
                "labels": ",".join(scored.rows[i].labels) or "-",
                "rules": ",".join(sorted({f.rule.id for f in scored.findings[i]})) or "-",
                "hard_negative": scored.rows[i].hard_negative,
                "text": scored.rows[i].text,
            }
            for i in picked
        ],
        columns=columns,
    )


def slice_table(scored: Scored, by: str, system: str = "combined") -> pd.DataFrame:
    """F1 per category within each value of a corpus field (source, platform, kind, ...)."""
    import pandas as pd

    out = []
    values = sorted({str(getattr(r, by)) for r in scored.rows})
    for value in values:
        index = [i for i, r in enumerate(scored.rows) if str(getattr(r, by)) == value]
        rows = [scored.rows[i] for i in index]
        result = system_result(
            system, value, rows, scored.scores[system][index], [scored.findings[i] for i in index]
        )
        entry = {by: value, "posts": len(rows), "harmless acted on": result.harmless_action_rate}
        entry.update({m.category: round(m.f1, 3) for m in result.per_category})
        out.append(entry)
    return pd.DataFrame(out).set_index(by)
