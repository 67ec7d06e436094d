"""threads: a case spread over several posts is scored as one disclosure."""

from __future__ import annotations

from datetime import timedelta

from classifiers.engine import Scorer
from classifiers.threads import analyze_case, group_cases
from tests.recognizer_helpers import WHEN, make_post

THREAD = [
    "1/ Long night in resus, we admitted a man after an accident",
    "2/ he's a 60-year-old fisherman, lovely fella",
    "3/ from Killybegs, the trawler went over yesterday. Hope he pulls through",
]


def _posts(texts, *, thread: str | None = "t1", gap: timedelta = timedelta(minutes=2)):  # noqa: ANN001, ANN202
    return [make_post(t, id=str(i), created_at=WHEN + i * gap, thread_id=thread)
            for i, t in enumerate(texts)]


def test_a_self_reply_thread_is_one_case_pointing_at_every_post() -> None:
    posts = _posts(THREAD)
    found = analyze_case(posts, {})
    assert set(found) == {p.key for p in posts}
    for findings in found.values():
        (finding,) = findings
        assert finding.rule.id == "phi.thread_case" and finding.score >= 0.5
        assert finding.related_posts == tuple(p.key for p in posts)


def test_posts_close_in_time_about_patients_group_without_a_thread_id() -> None:
    posts = _posts(["we admitted a 60-year-old fisherman tonight",
                    "he's from Killybegs, trawler accident"], thread=None)
    posts[1] = make_post("the 60yo from Killybegs had a trawler accident", id="1",
                         created_at=WHEN + timedelta(hours=1))
    assert len(group_cases(posts)) == 1


def test_posts_far_apart_are_separate_cases() -> None:
    posts = _posts(["we admitted a 60-year-old tonight", "saw a 60yo from Killybegs today"],
                   thread=None, gap=timedelta(days=3))
    assert group_cases(posts) == []


def test_harmless_threads_add_nothing() -> None:
    posts = _posts(["1/ thread on sepsis recognition", "2/ check lactate early",
                    "3/ give antibiotics within the hour"])
    assert analyze_case(posts, {}) == {}


def test_scorer_adds_thread_findings_within_a_batch() -> None:
    verdicts = Scorer(classifier=None).score(_posts(THREAD))
    assert all(any(f.rule.id == "phi.thread_case" for f in v.findings) for v in verdicts)
    assert all(v.scores["phi"] >= 0.5 for v in verdicts)
