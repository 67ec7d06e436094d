"""How well scrubs generalises: the three systems on the independent field evaluation set.

The training corpus (``data/corpus/``) was written by one writer, so its test split shares
that writer's phrasing with the training split and its scores are an upper bound. The field
set (``data/field_eval/posts.jsonl``, see its README) was written separately, in other voices
and styles, under the same labelling guide, and is **never** used for training, model
selection, calibration or thresholds: nothing in ``classifiers`` but this module reads it.

The measuring is ``classifiers.evaluate``'s own (same heads, same combination, same risk
assessment, same metrics); this module only points it at the field set and keeps its figures
in a section of ``MODEL_CARD.md`` between the field-eval markers.

    python -m classifiers.field_eval           # print the table
    python -m classifiers.field_eval --write   # and rewrite the card's field section
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from classifiers import corpus, evaluate
from classifiers.findings import CATEGORIES

if TYPE_CHECKING:
    import pandas as pd

FIELD_DIR = Path(__file__).resolve().parent / "data" / "field_eval"
MODEL_CARD = Path(__file__).resolve().parent / "MODEL_CARD.md"
START, END = "<!-- field-eval:start -->", "<!-- field-eval:end -->"
SPLIT_NAME = "field"
SLICES = ("kind", "platform")  # where a style shift shows: replies and comments vs posts


def load(directory: Path = FIELD_DIR) -> list[corpus.CorpusPost]:
    """The field posts, parsed and checked by the corpus loader (same schema, same errors)."""
    return corpus.load(directory)


def composition(rows: Sequence[corpus.CorpusPost]) -> str:
    """One paragraph of counts: posts, each category, harmless and hard negatives."""
    per_category = Counter(c for r in rows for c in r.labels)
    harmless = sum(r.harmless for r in rows)
    hard = sum(r.hard_negative for r in rows)
    shares = ", ".join(
        f"{c} {per_category[c]} ({per_category[c] / len(rows):.1%})" for c in CATEGORIES
    )
    return (
        f"{len(rows)} posts: {shares}; harmless {harmless} ({harmless / len(rows):.1%}), "
        f"of which {hard} hard negatives; {len({r.country for r in rows})} countries, "
        f"{len({r.specialty for r in rows})} specialties or roles, "
        f"{len({r.platform for r in rows})} platforms."
    )


def gap_table(field: Sequence[evaluate.SystemResult], test: Sequence[evaluate.SystemResult]) -> str:
    """F2 per category and system: corpus test split vs field set, as Markdown."""
    lines = [
        "| system | category | F2 corpus test | F2 field | field - test |",
        "|---|---|---:|---:|---:|",
    ]
    by_system = {r.system: r for r in test}
    for result in field:
        other = by_system[result.system]
        for category in CATEGORIES:
            a, b = other.metric(category, "f2"), result.metric(category, "f2")
            lines.append(f"| {result.system} | {category} | {a:.3f} | {b:.3f} | {b - a:+.3f} |")
    return "\n".join(lines)


def _cell(value: object) -> str:
    """A table cell: floats to 3 places, NaN (no positives in the slice) as a dash."""
    if isinstance(value, float):
        return "–" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def blank_unmeasured(
    frame: pd.DataFrame, rows: Sequence[corpus.CorpusPost], by: str
) -> pd.DataFrame:
    """NaN where a slice has no positives of a category: an F1 of 0 there measures nothing."""
    frame = frame.copy()
    for value in frame.index:
        inside = [r for r in rows if str(getattr(r, by)) == value]
        for category in CATEGORIES:
            if not any(category in r.labels for r in inside):
                frame.loc[value, category] = math.nan
    return frame


def frame_markdown(frame: pd.DataFrame) -> str:
    """A small DataFrame as a Markdown table (index first; floats to 3 places)."""
    header = [str(frame.index.name or ""), *map(str, frame.columns)]
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * len(frame.columns) + "|"]
    for index, *values in frame.itertuples(name=None):  # keeps each column's dtype
        cells = [_cell(v) for v in values]
        lines.append("| " + " | ".join([str(index), *cells]) + " |")
    return "\n".join(lines)


def score(rows: Sequence[corpus.CorpusPost]) -> tuple[list[evaluate.SystemResult], dict]:
    """The three systems' figures on the field set, plus per-slice F1 of the combination.

    Scores once with ``evaluate.score_rows`` and reuses it for the slices.
    """
    scored = evaluate.score_rows(rows)
    results = [
        evaluate.system_result(name, SPLIT_NAME, scored.rows, scored.scores[name], scored.findings)
        for name in evaluate.SYSTEMS
    ]
    slices = {by: blank_unmeasured(evaluate.slice_table(scored, by), rows, by) for by in SLICES}
    return results, slices


def report(
    field: Sequence[evaluate.SystemResult],
    rows: Sequence[corpus.CorpusPost],
    test: Sequence[evaluate.SystemResult] = (),
    slices: dict | None = None,
) -> str:
    """The card's field section as Markdown."""
    combined = next(r for r in field if r.system == "combined")
    parts = [
        "## Field evaluation (independent set, never trained or tuned on)",
        "",
        "`classifiers/data/field_eval/posts.jsonl` was written apart from the training corpus, "
        "in other voices and styles (see its README), labelled by `LABELLING.md`, and is read "
        "by nothing but `classifiers/field_eval.py`. The corpus test split shares its writer "
        "with the training split, so its figures are an upper bound; these are the closer "
        "estimate of how scrubs does on posts it has not seen the like of.",
        "",
        f"Set: {composition(rows)} Reproduce: `.venv/bin/python -m classifiers.field_eval`.",
        "",
        evaluate.markdown_tables(field),
        "",
        "### Issue 4 bar, combined, on the field set",
        "",
        "| target | measured | met |",
        "|---|---:|---|",
    ]
    parts += [
        f"| {name} | {value:.3f} | {'yes' if met else '**no**'} |"
        for name, value, _, met in evaluate.targets_table(combined)
    ]
    if test:
        parts += [
            "",
            "### Generalisation gap (F2; corpus test split scored by the same code, same run)",
            "",
            gap_table(field, test),
        ]
    for by, frame in (slices or {}).items():
        parts += ["", f"### Combined F1 by {by} (field set)", "", frame_markdown(frame)]
    parts += [
        "",
        "Misses on this set are deliberately not listed here: looking at them to adjust "
        "lexicons, rules, features or thresholds would turn it into a tuning set.",
    ]
    return "\n".join(parts)


def write_section(text: str, path: Path = MODEL_CARD) -> None:
    """Replace the card's field section (between its markers), appending them if missing.

    Everything outside the markers belongs to the card's owner and is left byte for byte.
    """
    block = f"{START}\n{text.strip()}\n{END}"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Model card\n"
    if START in current and END in current:
        before, _, rest = current.partition(START)
        _, _, after = rest.partition(END)
        path.write_text(before + block + after, encoding="utf-8")
    else:
        path.write_text(current.rstrip("\n") + "\n\n" + block + "\n", encoding="utf-8")


def run(write: bool = False, compare: bool = True) -> str:
    """Evaluate the three systems on the field set; terminal text; optionally update the card."""
    rows = load()
    field, slices = score(rows)
    test = evaluate.evaluate(corpus.split(corpus.load(), "test")) if compare else []
    if write:
        write_section(report(field, rows, test, slices))
    lines = [f"field set: {composition(rows)}", "", evaluate.plain_table(field)]
    if test:
        lines += ["", "F2, corpus test vs field:", gap_table(field, test)]
    for by, frame in slices.items():
        lines += ["", f"combined F1 by {by} (field):", frame.round(3).to_string()]
    combined = next(r for r in field if r.system == "combined")
    lines += ["", "issue 4 bar (combined, field):"]
    lines += [
        f"  {'ok ' if met else 'MISS'} {name}: {value:.3f}"
        for name, value, _, met in evaluate.targets_table(combined)
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the figures, ``--write`` to update MODEL_CARD.md."""
    parser = argparse.ArgumentParser(prog="python -m classifiers.field_eval")
    parser.add_argument("--write", action="store_true", help="update the card's field section")
    parser.add_argument(
        "--no-compare", action="store_true", help="skip the corpus test split comparison"
    )
    args = parser.parse_args(argv)
    print(run(write=args.write, compare=not args.no_compare))
    return 0


if __name__ == "__main__":
    sys.exit(main())
