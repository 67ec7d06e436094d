"""Report rendering speed and size for a large ranked list.

    python -m benchmarks.report_render [--posts 5000]

Builds ``--posts`` listed posts (contract dicts, three findings each, a thread every tenth post),
renders the report and the CSV, and prints the time and the page size. The target: 5,000 listed
posts (far more than any real account should have to review) render in under 10 s into a page
under 25 MB.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from reports import ReportData, render_report, write_csv


def synthetic(n: int) -> ReportData:
    """``n`` listed posts riskiest first, with evidence, and matching totals."""
    posts = []
    for i in range(n):
        text = f"Post {i}: the lady in bed {i % 40} tonight, DOB 0{i % 9 + 1}/03/1961, what a shift"
        bed = text.index("bed")
        dob = text.index("DOB")
        findings = [
            {"category": "phi", "rule": rule, "severity": "high", "explanation": "Because.",
             "guidance": "HIPAA Privacy Rule.", "title": rule,
             "evidence": [{"start": s, "end": s + 6, "text": text[s:s + 6]}]}
            for rule, s in (("phi.bed_or_room", bed), ("phi.date_of_birth", dob),
                            ("phi.quasi_identifiers", bed))
        ]
        month = f"{2012 + i % 12}-{i % 12 + 1:02d}"
        posts.append({
            "id": str(10**17 + i), "platform": "x", "account": "drbench", "kind": "post",
            "created_at": f"{month}-05T10:00:00Z", "url": f"https://x.com/drbench/status/{i}",
            "text": text, "media": [], "risk": 1 - i / (n + 1),
            "action": "delete" if i % 3 else "review",
            "scores": {"phi": 0.9, "unprofessional": 0.1, "patient_interaction": 0.1,
                       "clinical_advice": 0.1},
            "findings": findings, **({"thread_id": str(i // 10)} if i % 10 < 2 else {}),
        })
    by_month: dict[str, dict[str, int]] = {}
    for p in posts:
        by_month.setdefault(p["created_at"][:7], {}).setdefault("phi", 0)
        by_month[p["created_at"][:7]]["phi"] += 1
    totals = {"posts": n * 20, "links": 0, "platforms": ["x"],
              "date_range": ["2012-01-01T00:00:00Z", "2023-12-31T00:00:00Z"],
              "by_action": {"delete": n - n // 3, "review": n // 3, "keep": n * 19},
              "by_category": {"phi": {"delete": n - n // 3, "review": n // 3}},
              "by_month": by_month}
    return ReportData(generated_at="2026-11-23T00:00:00Z",
                      accounts=[{"platform": "x", "handle": "drbench", "posts": n * 20,
                                 "findings": []}],
                      posts=posts, links=[], totals=totals, roster_used=False)


def main() -> None:
    """Time one render of a synthetic report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    args = parser.parse_args()
    data = synthetic(args.posts)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        start = time.perf_counter()
        render_report(data, out)
        html_s = time.perf_counter() - start
        start = time.perf_counter()
        write_csv(data, Path(tmp) / "report.csv")
        csv_s = time.perf_counter() - start
        size = out.stat().st_size
    print(f"report: {args.posts} listed posts rendered in {html_s:.2f} s, "
          f"{size / 1e6:.1f} MB ({size / args.posts / 1e3:.1f} kB/post); CSV in {csv_s:.2f} s")


if __name__ == "__main__":
    main()
