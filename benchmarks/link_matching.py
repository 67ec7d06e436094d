"""Roster link matching throughput: how fast connections are checked against a big roster.

    python -m benchmarks.link_matching [--patients 20000] [--links 20000] [--seed 1]

Writes a roster CSV of ``--patients`` invented people (names built from syllables, so they are
many and distinct, like a hospital's), loads it with ``classifiers.roster.load_roster`` and
matches ``--links`` connections (a tenth of them patients under a variant spelling, the rest
strangers, some sharing a patient's surname) with ``classifiers.links.LinkMatcher``. Prints
the load time, links per second and peak resident memory. The target: a hospital roster
(tens of thousands) and a large account's connections (tens of thousands) in well under a
minute on one core, so link matching never dominates ``scrubs scan``.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import tempfile
import time
from pathlib import Path

SYLLABLES = (
    "ka ri mo de la su ne vo ti ba ro chi ma le no sa ku fe di go ha ji ke lu mi na "
    "o pa qui ra se ta u ve wa xi ya ze an el in on un ar er ir or ur"
).split()


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high))).capitalize()


def run(patients: int, links: int, seed: int) -> dict[str, float]:
    """Build the roster and links, then time loading and matching."""
    from classifiers.links import LinkMatcher
    from classifiers.roster import load_roster
    from scanner.models import Link, Person

    rng = random.Random(seed)
    people = [(_word(rng, 2, 3), _word(rng, 2, 4)) for _ in range(patients)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roster.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["patient_ref", "name", "dob"])
            for i, (first, last) in enumerate(people):
                writer.writerow([f"P{i}", f"{first} {last}", "1970-01-01"])
        started = time.perf_counter()
        roster = load_roster(path)
        loaded = time.perf_counter() - started
    connections = []
    for _ in range(links):
        if rng.random() < 0.1:
            first, last = rng.choice(people)
            shown = f"{last.upper()}, {first}"
        elif rng.random() < 0.2:
            shown = f"{_word(rng, 2, 3)} {rng.choice(people)[1]}"  # a patient's surname
        else:
            shown = f"{_word(rng, 2, 3)} {_word(rng, 2, 4)}"
        connections.append(Link("facebook", "me", "friend", Person(name=shown)))
    started = time.perf_counter()
    matcher = LinkMatcher(roster)
    matched = sum(1 for link in connections if matcher.match(link) is not None)
    elapsed = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"load_seconds": loaded, "match_seconds": elapsed, "matched": matched,
            "peak_kib": peak_kib}


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=20_000)
    parser.add_argument("--links", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    f = run(args.patients, args.links, args.seed)
    print(
        f"link matching: roster of {args.patients:,} loaded in {f['load_seconds']:.1f} s; "
        f"{args.links:,} connections matched in {f['match_seconds']:.1f} s = "
        f"{args.links / f['match_seconds']:,.0f} links/s ({f['matched']:,} matched); "
        f"peak RSS {f['peak_kib'] / 1024:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
