"""The rule catalogue, and two contracts every recognizer keeps: it emits only the rules it
declares, and every evidence span indexes the post text exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers.base import PostContext
from classifiers.registry import DEFAULT_RECOGNIZERS, default_recognizers
from classifiers.rules import ALL_RULES, RULES_BY_ID
from tests.recognizer_helpers import make_post, run

# posts that between them make every recognizer fire
TRIGGERS = [
    "MRN 00482913, DOB 12/03/1954, Mr D in bed 12 pulled his line out tonight",
    "the 60-year-old fisherman from Killybegs we admitted after the trawler accident yesterday",
    "pic of today's board 😂 look at the names",
    "@lisa your biopsy results are back, it's benign!! see you in clinic in 6 weeks",
    "this fucking frequent flyer again, the useless reg won't come down",
    "3 pints before nights 🍺 and our IV drip cures long covid, book now",
    "@jo double your metformin and DM me your bloods",
]


@pytest.fixture(scope="module")
def recognizers():  # noqa: ANN201
    found = default_recognizers()
    for r in found:
        r.load()
    return found


def test_rule_ids_are_unique_and_weights_in_range() -> None:
    assert len(RULES_BY_ID) == len(ALL_RULES)
    for rule in ALL_RULES:
        assert 0 < rule.weight <= 1 and rule.guidance and rule.title


def test_registry_names_are_unique() -> None:
    names = [cls.name for cls in DEFAULT_RECOGNIZERS]
    assert len(names) == len(set(names))


def test_recognizers_declare_catalogue_rules(recognizers) -> None:  # noqa: ANN001
    for r in recognizers:
        for rule in r.rules:
            assert RULES_BY_ID[rule.id] is rule


@pytest.mark.parametrize("text", TRIGGERS)
def test_each_recognizer_emits_only_its_declared_rules(recognizers, text: str) -> None:  # noqa: ANN001
    for r in recognizers:
        for finding in run(r, make_post(text), PostContext()):
            assert finding.rule in r.rules, (r.name, finding.rule.id)
            assert finding.recognizer == r.name


def test_every_recognizer_fires_on_some_trigger(recognizers) -> None:  # noqa: ANN001
    # images have their own tests
    text_recognizers = [r for r in recognizers if not r.name.startswith("phi.image")]
    silent = [r.name for r in text_recognizers if not any(run(r, make_post(t)) for t in TRIGGERS)]
    assert silent == []


_FRAGMENTS = st.sampled_from(
    [" ", "\n", "😂", "MRN ", "0048291", "bed ", "12", " tonight", "@jdoe ", "Mr D ", "52F ",
     "fuck", "frequent flyer", "your biopsy", " was benign", "from Killybegs", "trawler",
     "DOB 12/03/1954", "é", "\u200b", "double your metformin", "pic of the board", "#GOMER"]
)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=14).map("".join))
def test_evidence_offsets_always_index_the_post_text(recognizers, text: str) -> None:  # noqa: ANN001
    post = make_post(text or "x")
    for r in recognizers:
        for finding in run(r, post, PostContext()):
            for span in finding.evidence:
                assert post.text[span.start : span.end] == span.text
                assert 0 <= span.start < span.end <= len(post.text)
