"""Validate the labelled corpus and print its counts.

The corpus is the one asset every accuracy figure rests on, so a broken line, a duplicated
post (which would leak between train and test) or a drifting label mix must fail loudly
before a commit, not show up later as a strange score. Run:

    .venv/bin/python -m classifiers.data.corpus.check            # checks + summary
    .venv/bin/python -m classifiers.data.corpus.check --markdown # counts for PROVENANCE.md
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent
SHARDS_DIR = CORPUS_DIR / "shards"

CATEGORIES = ("phi", "unprofessional", "patient_interaction", "clinical_advice")
PLATFORMS = ("x", "facebook", "instagram", "mastodon", "linkedin", "bluesky")
KINDS = ("post", "reply", "comment")
SOURCES = ("handwritten", "template")
FIELDS = {
    "id": str, "text": str, "labels": list, "hard_negative": bool, "platform": str,
    "kind": str, "reply_to": (str, type(None)), "specialty": str, "country": str,
    "source": str, "note": str,
}
SPECIALTIES = (
    "emergency medicine", "paramedic", "surgery", "orthopaedics", "anaesthetics",
    "intensive care", "paediatrics", "neonatology", "obstetrics", "midwifery",
    "general practice", "psychiatry", "radiology", "dermatology", "oncology",
    "cardiology", "neurology", "internal medicine", "geriatrics", "nursing",
    "pharmacy", "dentistry", "physiotherapy", "medical student", "nursing student",
    "junior doctor", "public health", "infectious diseases", "gastroenterology",
    "respiratory", "urology", "ophthalmology", "ent", "plastic surgery", "palliative care",
    "endocrinology", "sexual health", "occupational therapy", "speech and language therapy",
    "radiography", "healthcare assistant", "pathology", "general",
)
COUNTRY = re.compile(r"^[A-Z]{2}$")
ID = re.compile(r"^[a-z]+[0-9]*-[0-9]{4}$")

# Floors from the brief: the checks fail below them.
MIN_POSTS = 3200
MIN_HARMLESS_SHARE = 0.45
MIN_HARD_SHARE_OF_HARMLESS = 0.5
MAX_TEMPLATE_SHARE = 0.25


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one line: where it is and what is wrong (never the post text)."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass
class Corpus:
    """Every record of every shard, with the shard and line it came from."""

    records: list[dict] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)


def load(shards_dir: Path = SHARDS_DIR) -> tuple[Corpus, list[Problem]]:
    """Read every `*.jsonl` shard; a line that is not a JSON object is a problem, not a crash."""
    corpus, problems = Corpus(), []
    for shard in sorted(shards_dir.glob("*.jsonl")):
        for number, line in enumerate(shard.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{shard.name}:{number}"
            if not line.strip():
                problems.append(Problem(where, "blank line"))
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(Problem(where, f"not JSON ({error.msg})"))
                continue
            if not isinstance(record, dict):
                problems.append(Problem(where, "not a JSON object"))
                continue
            corpus.records.append(record)
            corpus.origins.append(where)
    return corpus, problems


def schema_problems(record: dict, where: str) -> list[Problem]:
    """Field names, types and allowed values of one record."""
    problems = []
    missing = FIELDS.keys() - record.keys()
    extra = record.keys() - FIELDS.keys()
    if missing:
        problems.append(Problem(where, f"missing fields {sorted(missing)}"))
    if extra:
        problems.append(Problem(where, f"unknown fields {sorted(extra)}"))
    for name, kind in FIELDS.items():
        if name in record and not isinstance(record[name], kind):
            problems.append(Problem(where, f"{name} has the wrong type"))
    if problems:
        return problems
    labels = record["labels"]
    checks = [
        (bool(ID.match(record["id"])), f"id {record['id']!r} is not like 'em1-0001'"),
        (bool(record["text"].strip()), "empty text"),
        (all(label in CATEGORIES for label in labels), f"unknown label in {labels}"),
        (labels == sorted(set(labels)), "labels not sorted and unique"),
        (not (record["hard_negative"] and labels), "hard_negative set on a labelled post"),
        (record["platform"] in PLATFORMS, f"platform {record['platform']!r}"),
        (record["kind"] in KINDS, f"kind {record['kind']!r}"),
        (record["kind"] != "reply" or bool(record["reply_to"]), "reply without reply_to"),
        (record["specialty"] in SPECIALTIES, f"specialty {record['specialty']!r}"),
        (bool(COUNTRY.match(record["country"])), f"country {record['country']!r}"),
        (record["source"] in SOURCES, f"source {record['source']!r}"),
        (bool(record["note"].strip()), "empty note"),
    ]
    return [Problem(where, what) for ok, what in checks if not ok]


def normalise(text: str) -> str:
    """Text folded for duplicate detection: case, accents, punctuation and spacing removed."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def duplicate_problems(corpus: Corpus) -> list[Problem]:
    """Ids must be unique; texts too (after folding), or a post could sit in train and test."""
    problems = []
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    for record, where in zip(corpus.records, corpus.origins, strict=True):
        key = record.get("id")
        if key in seen_ids:
            problems.append(Problem(where, f"duplicate id {key} (first at {seen_ids[key]})"))
        seen_ids.setdefault(key, where)
        text = normalise(str(record.get("text", "")))
        if text in seen_texts:
            problems.append(Problem(where, f"duplicate text (first at {seen_texts[text]})"))
        seen_texts.setdefault(text, where)
    return problems


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def mix_problems(records: list[dict]) -> list[Problem]:
    """The corpus-wide floors: size, harmless share, hard-negative share, template share."""
    total = len(records)
    harmless = [r for r in records if not r["labels"]]
    hard = sum(r["hard_negative"] for r in harmless)
    templated = sum(r["source"] == "template" for r in records)
    checks = [
        (total >= MIN_POSTS, f"{total} posts, fewer than {MIN_POSTS}"),
        (share(len(harmless), total) >= MIN_HARMLESS_SHARE,
         f"harmless share {share(len(harmless), total):.1%} below {MIN_HARMLESS_SHARE:.0%}"),
        (share(hard, len(harmless)) > MIN_HARD_SHARE_OF_HARMLESS,
         f"hard negatives {share(hard, len(harmless)):.1%} of harmless, not a majority"),
        (share(templated, total) < MAX_TEMPLATE_SHARE,
         f"template share {share(templated, total):.1%} not under {MAX_TEMPLATE_SHARE:.0%}"),
    ]
    return [Problem("corpus", what) for ok, what in checks if not ok]


EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def style_profile(records: Iterable[dict]) -> dict[str, float]:
    """Surface features that must not give a label away: length, emoji, hashtags, replies."""
    rows = list(records)
    n = len(rows) or 1
    return {
        "posts": len(rows),
        "mean_chars": sum(len(r["text"]) for r in rows) / n,
        "emoji": sum(bool(EMOJI.search(r["text"])) for r in rows) / n,
        "hashtag": sum("#" in r["text"] for r in rows) / n,
        "reply": sum(r["kind"] == "reply" for r in rows) / n,
        "lowercase_start": sum(r["text"][:1].islower() for r in rows) / n,
    }


def counts(records: list[dict]) -> dict[str, Counter]:
    """Tallies by label, label set, platform, kind, country, specialty, source."""
    tallies: dict[str, Counter] = {
        name: Counter() for name in
        ("label", "label set", "platform", "kind", "country", "specialty", "source")
    }
    for r in records:
        tallies["label"].update(r["labels"] or ["(harmless)"])
        if not r["labels"]:
            tallies["label"]["(harmless, hard negative)" if r["hard_negative"]
                             else "(harmless, plain)"] += 1
        tallies["label set"]["+".join(r["labels"]) or "(harmless)"] += 1
        for name in ("platform", "kind", "country", "specialty", "source"):
            tallies[name][r[name]] += 1
    return tallies


def check(shards_dir: Path = SHARDS_DIR, enforce_mix: bool = True) -> tuple[Corpus, list[Problem]]:
    """All problems in `shards_dir`: parse, schema, duplicates and (optionally) the mix."""
    corpus, problems = load(shards_dir)
    for record, where in zip(corpus.records, corpus.origins, strict=True):
        problems.extend(schema_problems(record, where))
    problems.extend(duplicate_problems(corpus))
    if enforce_mix and not problems:
        problems.extend(mix_problems(corpus.records))
    return corpus, problems


def render_text(records: list[dict]) -> str:
    total = len(records)
    lines = [f"{total} posts in {len({r['id'].split('-')[0] for r in records})} shards"]
    for name, tally in counts(records).items():
        lines.append(f"\n{name}:")
        lines += [f"  {key:<40} {n:>5}  {share(n, total):6.1%}" for key, n in tally.most_common()]
    lines.append("\nstyle (positives vs harmless):")
    positive = style_profile(r for r in records if r["labels"])
    harmless = style_profile(r for r in records if not r["labels"])
    for key in positive:
        lines.append(f"  {key:<16} {positive[key]:>9.3f} {harmless[key]:>9.3f}")
    return "\n".join(lines)


def render_markdown(records: list[dict]) -> str:
    total = len(records)
    parts = [f"Total: **{total}** posts.\n"]
    for name, tally in counts(records).items():
        parts.append(f"\n### By {name}\n\n| {name} | posts | share |\n|---|---:|---:|")
        parts += [f"| {key} | {n} | {share(n, total):.1%} |" for key, n in tally.most_common()]
    positive = style_profile(r for r in records if r["labels"])
    harmless = style_profile(r for r in records if not r["labels"])
    parts.append("\n### Surface style, labelled vs harmless\n\n| feature | labelled | harmless |"
                 "\n|---|---:|---:|")
    parts += [f"| {key} | {positive[key]:.3g} | {harmless[key]:.3g} |" if key != "posts"
              else f"| posts | {positive[key]:.0f} | {harmless[key]:.0f} |" for key in positive]
    return "\n".join(parts) + "\n"


PROVENANCE = CORPUS_DIR / "PROVENANCE.md"
COUNTS_MARKER = (
    "<!-- counts below are generated: python -m classifiers.data.corpus.check --provenance -->"
)


def provenance_with_counts(records: list[dict], provenance: str) -> str:
    """PROVENANCE.md with everything after the marker replaced by the current counts."""
    head, marker, _ = provenance.partition(COUNTS_MARKER)
    if not marker:
        raise ValueError(f"{PROVENANCE.name} has no counts marker")
    return f"{head}{COUNTS_MARKER}\n\n{render_markdown(records)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print counts as Markdown tables")
    parser.add_argument("--partial", action="store_true",
                        help="skip the corpus-wide mix floors (while shards are still landing)")
    parser.add_argument("--provenance", action="store_true",
                        help="rewrite the counts section of PROVENANCE.md")
    parser.add_argument("--shards", type=Path, default=SHARDS_DIR)
    args = parser.parse_args(argv)
    corpus, problems = check(args.shards, enforce_mix=not args.partial)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.provenance and not problems:
        text = provenance_with_counts(corpus.records, PROVENANCE.read_text(encoding="utf-8"))
        PROVENANCE.write_text(text, encoding="utf-8")
    print(render_markdown(corpus.records) if args.markdown else render_text(corpus.records))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
