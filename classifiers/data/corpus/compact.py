"""Write a shard from compact, one-line-per-post authoring notation.

Writing thousands of posts by hand is only practical if each post is one short line; the
JSONL record is then derived here, so field names and defaults cannot drift between shards.
This is an authoring aid: the shards under `shards/` are the corpus, not these notes.

One post per line, six fields split on the first five `|`:

    CODES | PLATFORM | SPECIALTY | COUNTRY | NOTE | TEXT

- CODES: letters `p` phi, `u` unprofessional, `i` patient_interaction, `a` clinical_advice;
  `h` harmless hard negative; `-` harmless plain post.
- PLATFORM: x, fb, ig, md, li, bs, optionally `:c` for a comment and `=handle` for the
  account answered (`fb:c=sue.k`). A text that opens with `@handle` is a reply to it.
- SPECIALTY: a key of SPECIALTY_CODES or a full name from check.SPECIALTIES.
- TEXT: `\\n` stands for a line break.
Lines starting with `#` and blank lines are skipped.

    .venv/bin/python -m classifiers.data.corpus.compact em1 < notes.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from classifiers.data.corpus.check import SHARDS_DIR, SPECIALTIES

CODE_LABELS = {"p": "phi", "u": "unprofessional", "i": "patient_interaction",
               "a": "clinical_advice"}
PLATFORM_CODES = {"x": "x", "fb": "facebook", "ig": "instagram", "md": "mastodon",
                  "li": "linkedin", "bs": "bluesky"}
SPECIALTY_CODES = {
    "em": "emergency medicine", "para": "paramedic", "surg": "surgery", "ortho": "orthopaedics",
    "anaes": "anaesthetics", "icu": "intensive care", "paeds": "paediatrics",
    "neo": "neonatology", "og": "obstetrics", "mid": "midwifery", "gp": "general practice",
    "psych": "psychiatry", "rad": "radiology", "derm": "dermatology", "onc": "oncology",
    "cardio": "cardiology", "neuro": "neurology", "med": "internal medicine",
    "geri": "geriatrics", "nurse": "nursing", "pharm": "pharmacy", "dent": "dentistry",
    "physio": "physiotherapy", "stu": "medical student", "nstu": "nursing student",
    "jd": "junior doctor", "ph": "public health", "id": "infectious diseases",
    "gastro": "gastroenterology", "resp": "respiratory", "uro": "urology",
    "ophth": "ophthalmology", "ent": "ent", "plastics": "plastic surgery",
    "pall": "palliative care", "endo": "endocrinology", "sh": "sexual health",
    "ot": "occupational therapy", "salt": "speech and language therapy",
    "rgr": "radiography", "hca": "healthcare assistant", "path": "pathology", "gen": "general",
}
HANDLE = re.compile(r"^@([A-Za-z0-9_.]+)")


def parse_line(line: str, key: str, source: str) -> dict:
    """One compact line to one corpus record (raises ValueError naming the bad field)."""
    parts = [p.strip() for p in line.split("|", 5)]
    if len(parts) != 6:
        raise ValueError("expected 6 fields")
    codes, platform, specialty, country, note, text = parts
    labels = sorted({CODE_LABELS[c] for c in codes if c in CODE_LABELS})
    if set(codes) - set(CODE_LABELS) - {"h", "-"} or (labels and ("h" in codes or "-" in codes)):
        raise ValueError(f"bad codes {codes!r}")
    platform, _, answered = platform.partition("=")
    platform, _, kind_code = platform.partition(":")
    text = text.replace("\\n", "\n")
    handle = HANDLE.match(text)
    reply_to = answered or (handle.group(1) if handle else None)
    kind = "comment" if kind_code == "c" else ("reply" if reply_to else "post")
    specialty = SPECIALTY_CODES.get(specialty, specialty)
    if specialty not in SPECIALTIES:
        raise ValueError(f"unknown specialty {specialty!r}")
    return {
        "id": key, "text": text, "labels": labels, "hard_negative": "h" in codes,
        "platform": PLATFORM_CODES[platform], "kind": kind, "reply_to": reply_to,
        "specialty": specialty, "country": country.upper(), "source": source, "note": note,
    }


def convert(lines: list[str], prefix: str, source: str = "handwritten") -> list[dict]:
    records, problems = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            records.append(parse_line(line, f"{prefix}-{len(records) + 1:04d}", source))
        except (ValueError, KeyError) as error:
            problems.append(f"line {number}: {error}")
    if problems:
        raise SystemExit("\n".join(problems))
    return records


def write_shard(records: list[dict], name: str) -> Path:
    path = SHARDS_DIR / f"{name}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str]) -> int:
    name = argv[0]
    prefix = name.replace("-", "")
    records = convert(sys.stdin.read().splitlines(), prefix)
    path = write_shard(records, name)
    labelled = sum(bool(r["labels"]) for r in records)
    print(f"{path.name}: {len(records)} posts, {labelled} labelled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
