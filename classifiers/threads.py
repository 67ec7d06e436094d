"""The case-level pass: identifying detail spread over several posts, scored as one disclosure.

"1/ Long night in resus" + "2/ the 60yo fisherman" + "3/ from Killybegs, trawler accident"
holds nothing identifying per post, and everything together. TAXONOMY.md: detail spread over
a thread or several posts about the same case is as bad as one post that holds it all. So:

- posts are grouped into cases: the same ``thread_id`` (a self-reply thread), or posts by the
  same account within ``WINDOW`` of each other that are each about a patient
  (``cues.patient_frame``);
- each group's quasi-identifier profiles (``phi_quasi.case_profile``) are merged and scored
  with the same combination rule as a single post;
- when the group scores higher than any of its posts did alone, every post that contributed a
  cue gets a ``phi.thread_case`` finding whose ``related_posts`` lists every post of the case.

Call it on a batch that holds whole threads (the pipeline groups by account and time):
``analyze_case(posts, findings_by_post)`` returns only the new findings, by post key.
``Scorer.score`` runs it on every batch it scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta

from classifiers import cues
from classifiers.findings import Finding
from classifiers.recognizers.phi_quasi import (
    CaseProfile,
    case_profile,
    combination_score,
    evidence_spans,
)
from classifiers.rules import PHI_THREAD
from scanner.models import Post

WINDOW = timedelta(hours=6)
RECOGNIZER = "phi.thread_case"
THRESHOLD = 0.5
EXPLANATION = (
    "Details spread over several posts about the same case add up to enough to identify the patien"
    "t."
)


def group_cases(posts: Sequence[Post]) -> list[list[Post]]:
    """Groups of two or more posts that look like one case: a thread, or a burst about patients."""
    groups: list[list[Post]] = []
    by_thread: dict[tuple[str, str], list[Post]] = defaultdict(list)
    loose: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        if post.thread_id:
            by_thread[(post.account.lower(), post.thread_id)].append(post)
        elif cues.patient_frame(post.text):
            loose[post.account.lower()].append(post)
    groups.extend(g for g in by_thread.values() if len(g) > 1)
    for account_posts in loose.values():
        account_posts.sort(key=lambda p: p.created_at)
        burst: list[Post] = []
        for post in account_posts:
            if burst and post.created_at - burst[-1].created_at > WINDOW:
                if len(burst) > 1:
                    groups.append(burst)
                burst = []
            burst.append(post)
        if len(burst) > 1:
            groups.append(burst)
    return groups


def _best_alone(findings: Sequence[Finding]) -> float:
    return max((f.score for f in findings if f.rule.category == "phi"), default=0.0)


def analyze_case(
    posts: Sequence[Post],
    findings_by_post: Mapping[str, Sequence[Finding]],
    docs: Mapping[str, object] | None = None,
) -> dict[str, list[Finding]]:
    """New ``phi.thread_case`` findings, by post key, for cases that identify only together."""
    docs = docs or {}
    out: dict[str, list[Finding]] = {}
    for group in group_cases(posts):
        profiles = {
            p.key: case_profile(p.text, docs.get(p.key), require_encounter=False) for p in group
        }
        merged = CaseProfile()
        for profile in profiles.values():
            merged = merged.merged(profile)
        score, trail = combination_score(merged)
        alone = max(_best_alone(findings_by_post.get(p.key, ())) for p in group)
        if score < THRESHOLD or score <= alone:
            continue
        keys = tuple(p.key for p in sorted(group, key=lambda p: p.created_at))
        for post in group:
            spans = evidence_spans(profiles[post.key])
            if not spans:
                continue
            out.setdefault(post.key, []).append(
                Finding.on(
                    post,
                    PHI_THREAD,
                    spans,
                    score=score,
                    explanation=EXPLANATION,
                    recognizer=RECOGNIZER,
                    trail=[*trail, ("posts", str(len(keys)))],
                    related_posts=keys,
                )
            )
    return out
