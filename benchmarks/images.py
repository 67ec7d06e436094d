"""Picture analysis: accuracy on a drawn image set, time per picture, memory over a big export.

    python -m benchmarks.images accuracy [--per-kind 10] [--seed 7] [--hard]
    python -m benchmarks.images export [--images 500] [--big-every 10]

``accuracy`` draws ``--per-kind`` pictures of each kind with ``tests.image_builders`` (6
patient kinds: ward whiteboards, handover lists, wristbands, monitors, scans, selfies with the
board behind; 8 harmless ones: food, chalkboard menus, landscapes, pets, conference slides,
selfies, staff/conference badges, boarding passes), attaches each to a post
with an ordinary caption, and runs the two image recognizers. A picture counts as flagged when
an image finding reaches 0.5, the score that by itself lifts the post's ``phi`` score to the
decision point (``classifiers.combination`` floors ``phi`` at image findings). Targets: recall
on patient pictures >= 0.90, harmless pictures flagged <= 5%. The default seed is not one
the heuristics were tuned on (0). ``--hard`` draws the same scenes as worse photos (taken from
further away, dim light, glare, JPEG quality 35-60) to show where reading starts to fail.

``export`` writes a zip of ``--images`` pictures (every ``--big-every``-th one a 12-megapixel
phone-sized JPEG), refers to them as ``<zip>::<member>`` exactly as the export readers do, and
scores them through ``Scorer`` in batches of 50 in a fresh subprocess, printing resident
memory after loading and at every 100 pictures, and the peak. The target: memory flat as the
count grows (pictures are decoded one at a time and dropped).
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from tests.image_builders import DRAWERS, PATIENT_KINDS, SyntheticImage, image_set, make_image

ORDINARY_CAPTIONS = ("", "Today", "Thoughts?", "Long week.", "Look at this", "Weekend", "Morning!")
FLAG_AT = 0.5


@dataclass(frozen=True, slots=True)
class PictureResult:
    """One picture's outcome."""

    name: str
    kind: str
    patient: bool
    flagged: bool
    best: float
    rules: tuple[str, ...]
    seconds: float
    cpu_seconds: float  # both OCR threads together: steadier than wall time on a busy machine


def run_accuracy(per_kind: int, seed: int, hard: bool = False) -> list[PictureResult]:
    """Analyse the drawn set; one result per picture."""
    from classifiers.base import PostContext
    from classifiers.images.analysis import MediaAnalyzer
    from classifiers.recognizers.image_scene import ImageScene
    from classifiers.recognizers.image_text import ImageText
    from scanner.models import Media, Post

    analyzer = MediaAnalyzer()
    analyzer.load()
    recognizers = (ImageText(analyzer), ImageScene(analyzer))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, item in enumerate(image_set(per_kind, seed, hard=hard)):
            path = Path(tmp) / f"{item.name}.img"
            path.write_bytes(item.data)
            caption = ORDINARY_CAPTIONS[n % len(ORDINARY_CAPTIONS)]
            post = Post("x", str(n), "clinician", "post", datetime(2025, 3, 1, tzinfo=UTC), caption,
                        media=(Media("image", str(path)),))  # fmt: skip
            started, cpu = time.perf_counter(), time.process_time()
            findings = [f for r in recognizers for f in r.analyze(post, PostContext())]
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            best = max((f.score for f in findings), default=0.0)
            rules = tuple(sorted({f.rule.id for f in findings if f.score >= FLAG_AT}))
            results.append(
                PictureResult(
                    item.name, item.kind, item.patient, best >= FLAG_AT, best, rules, seconds, cpu
                )
            )
            path.unlink()
    return results


def report_accuracy(results: list[PictureResult]) -> str:
    """The figures, per kind and overall."""
    lines = []
    for kind in DRAWERS:
        rows = [r for r in results if r.kind == kind]
        flagged = sum(r.flagged for r in rows)
        lines.append(
            f"  {kind:<13} {'patient ' if kind in PATIENT_KINDS else 'harmless'} "
            f"flagged {flagged:>3}/{len(rows)}"
        )
    patient = [r for r in results if r.patient]
    harmless = [r for r in results if not r.patient]
    recall = sum(r.flagged for r in patient) / len(patient)
    false_rate = sum(r.flagged for r in harmless) / len(harmless)
    times = sorted(r.seconds for r in results)
    cpu = sorted(r.cpu_seconds for r in results)
    rules = Counter(rule for r in patient if r.flagged for rule in r.rules)
    lines += [
        f"pictures: {len(results)} ({len(patient)} patient, {len(harmless)} harmless)",
        f"recall on patient pictures: {recall:.3f} (target >= 0.90)",
        f"harmless pictures flagged:  {false_rate:.3f} (target <= 0.05)",
        f"seconds per picture: mean {statistics.mean(times):.2f}, "
        f"median {statistics.median(times):.2f}, "
        f"p95 {times[int(0.95 * (len(times) - 1))]:.2f}, max {times[-1]:.2f}",
        f"CPU seconds per picture: mean {statistics.mean(cpu):.2f}, "
        f"median {statistics.median(cpu):.2f}, "
        f"p95 {cpu[int(0.95 * (len(cpu) - 1))]:.2f}",
        f"rules reaching {FLAG_AT} on patient pictures: {dict(rules)}",
    ]
    missed = [r.name for r in patient if not r.flagged] + [r.name for r in harmless if r.flagged]
    if missed:
        lines.append(f"wrong: {', '.join(missed)}")
    return "\n".join(lines)


# -- export memory ------------------------------------------------------------------------------

_SCORE = r"""
import json, resource, sys, time, zipfile
from datetime import datetime, timezone
import psutil
from classifiers.engine import Scorer
from classifiers.recognizers.image_scene import ImageScene
from classifiers.recognizers.image_text import ImageText
from scanner.models import Media, Post

zip_path = sys.argv[1]
proc = psutil.Process()
mb = lambda: proc.memory_info().rss / 2**20
start_rss = mb()
scorer = Scorer([ImageText(), ImageScene()], classifier=None)
scorer.load()
loaded_rss = mb()
with zipfile.ZipFile(zip_path) as zf:
    members = [n for n in zf.namelist() if n.endswith(".jpg")]
posts = [
    Post("x", str(i), "clinician", "post", datetime(2025, 3, 1, tzinfo=timezone.utc), "",
         media=(Media("image", f"{zip_path}::{name}"),))
    for i, name in enumerate(members)
]
marks, flagged, started = [], 0, time.perf_counter()
for at in range(0, len(posts), 50):
    for verdict in scorer.score(posts[at : at + 50]):
        flagged += verdict.scores["phi"] >= 0.5
    if (at + 50) % 100 == 0:
        marks.append((at + 50, round(mb(), 1)))
seconds = time.perf_counter() - started
analyzer = scorer.recognizers[0].analyzer
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({
    "pictures": len(posts), "seconds": round(seconds, 1),
    "per_picture": round(seconds / len(posts), 3),
    "rss_start_mb": round(start_rss, 1), "rss_after_load_mb": round(loaded_rss, 1),
    "rss_by_count_mb": marks, "peak_rss_mb": round(peak, 1),
    "flagged": int(flagged), "skipped": dict(analyzer.skips.reasons),
}))
"""


def write_export(path: Path, images: int, big_every: int) -> int:
    """A zip of ``images`` pictures under ``data/tweets_media/``; returns its size in bytes."""
    kinds = list(DRAWERS)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(images):
            item: SyntheticImage = make_image(kinds[i % len(kinds)], 500 + i // len(kinds))
            data = item.data
            if big_every and i % big_every == 0:  # a full-size phone photo
                img = (
                    Image.open(io.BytesIO(data)).convert("RGB").resize((4032, 3024), Image.BICUBIC)
                )
                buf = io.BytesIO()
                img.save(buf, "JPEG", quality=88)
                data = buf.getvalue()
            elif data[:4] == b"\x89PNG":
                buf = io.BytesIO()
                Image.open(io.BytesIO(data)).convert("RGB").save(buf, "JPEG", quality=85)
                data = buf.getvalue()
            zf.writestr(f"data/tweets_media/{1000 + i}-{item.name}.jpg", data)
    return path.stat().st_size


def main(argv: list[str] | None = None) -> None:
    """Command line; with no job, both (what ``make bench`` runs)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="job")
    acc = sub.add_parser("accuracy")
    acc.add_argument("--per-kind", type=int, default=10)
    acc.add_argument("--seed", type=int, default=7)
    acc.add_argument(
        "--hard", action="store_true", help="worse photos: distance, dim light, glare, JPEG 35-60"
    )
    exp = sub.add_parser("export")
    exp.add_argument("--images", type=int, default=500)
    exp.add_argument("--big-every", type=int, default=10)
    args = parser.parse_args(argv)
    if args.job in ("accuracy", None):
        started = time.perf_counter()
        results = run_accuracy(
            getattr(args, "per_kind", 10), getattr(args, "seed", 7), getattr(args, "hard", False)
        )
        print(report_accuracy(results))
        print(f"total {time.perf_counter() - started:.0f} s")
    if args.job in ("export", None):
        images, big_every = getattr(args, "images", 500), getattr(args, "big_every", 10)
        run_export(images, big_every)


def run_export(images: int, big_every: int) -> None:
    """Write the export, score it in a fresh interpreter, print its figures."""
    with tempfile.TemporaryDirectory() as tmp:
        zip_path = Path(tmp) / "export.zip"
        size = write_export(zip_path, images, big_every)
        print(f"export: {images} pictures, {size / 2**20:.0f} MB zip")
        out = subprocess.run(
            [sys.executable, "-c", _SCORE, str(zip_path)],
            capture_output=True,
            text=True,
            check=False,
        )
        print(out.stdout.strip() or out.stderr[-3000:])


if __name__ == "__main__":
    main()
