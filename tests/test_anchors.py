"""classifiers.anchors: the anchor pre-check never rules out a text its expressions match."""

from __future__ import annotations

import os
import re

import pytest

from classifiers import anchors, corpus, cues, lexicons
from classifiers.recognizers import clinical_advice as advice
from classifiers.recognizers import patient_interaction as interaction
from classifiers.recognizers import unprofessional_conduct as conduct
from classifiers.recognizers import unprofessional_remarks as remarks

S, E = anchors.START, anchors.END  # "a word starts here" / "a word ends here"


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"(?i)\bfrequent\s+flyers?\b", {S + "frequent flyer" + E, S + "frequent flyers" + E}),
        (
            r"\b(?:gomer|bed\s+blocker)s?\b",
            {S + w + E for w in ("gomer", "gomers", "bed blocker", "bed blockers")},
        ),
        (r"n[i1*]gg(?:er|a)", {"nigger", "nigga", "n1gger", "n1gga", "n*gger", "n*gga"}),
        (r"n\*+r", {"n*"}),
        (r"\w+ing", {"ing"}),
        (r"\w+|cat", None),
        (r"(?:dog)?", None),
        (r"🙄|🤡", {"🙄", "🤡"}),
        (r"\bma'?am\b", {S + "ma'am" + E, S + "maam" + E}),  # an optional letter spanned
        (r"x-?rays?", {"x ray", "xray"}),  # a hyphen is a space in the gate text
        (r"(?<![\w@])gomer(?!\w)", {S + "gomer" + E}),  # the lexicons' word edges
        (r"\s+cat\s+", {S + "cat" + E}),  # a space at an edge is kept as a boundary
        (r"\bsee\s+you\b", {S + "see you" + E}),
        (r"(?:^|[.!?]\s+)genius", {S + "genius"}),  # every way in ends at a boundary
        (r"\b(?:the\s+)?cat\b", {S + "cat" + E}),  # skipped or ending in a space
        (r"\d+\s?kg\b", {"kg" + E}),  # a digit may come right before: no start mark
        (r"(?<![\w@])(?:heart[\s\-]*sink)(?!\w)", {S + w + E for w in ("heart sink", "heartsink")}),
    ],
)
def test_anchors_of_an_expression(regex: str, expected: set[str] | None) -> None:
    found = anchors.anchors(re.compile(regex))
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize(
    ("text", "may_match"),
    [
        ("what a FREQUENT FLYER", True),
        ("what a FREQUENT\n  FLYER!", True),  # any run of whitespace
        ("infrequent flyers", False),  # the boundary before "frequent" is kept
        ("nothing to see here", False),
        ("a ſtrange fold", True),  # a letter re.IGNORECASE folds onto ASCII: always kept
        ("", False),
    ],
)
def test_anchor_set_decides(text: str, may_match: bool) -> None:
    gate = anchors.AnchorSet([re.compile(r"\bfrequent\s+flyers?\b", re.I), re.compile("gomer")])
    assert gate.may_match(text) is may_match


def test_a_family_answers_for_all_its_members_in_one_search() -> None:
    family = anchors.AnchorFamily()
    cats = family.member([re.compile(r"\bcats?\b", re.I)])
    dogs = family.member([re.compile(r"\bdog", re.I)])
    answers = [(cats.may_match(t), dogs.may_match(t)) for t in ("Cats and DOGS", "a cat", "birds")]
    assert answers == [(True, True), (True, False), (False, False)]


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("Cats and DOGS", [0, 1, 2]),
        ("a dogged cat", [0, 1, 2]),  # "dog" has no closing boundary
        ("birds only", [2]),  # the expression without anchors is always a candidate
        ("a ſtrange cat", [0, 1, 2]),  # a case-folding hazard: every expression
    ],
)
def test_a_router_names_the_expressions_whose_anchors_occur(
    text: str, candidates: list[int]
) -> None:
    router = anchors.AnchorRouter(
        [re.compile(r"\bcats?\b", re.I), re.compile(r"\bdog", re.I), re.compile(r"\w+")]
    )
    assert list(router.candidates(text)) == candidates


def test_a_router_without_anchorless_expressions_names_none_for_an_unrelated_text() -> None:
    router = anchors.AnchorRouter([re.compile(r"\bcats?\b", re.I), re.compile(r"\bdog", re.I)])
    assert [list(router.candidates(t)) for t in ("birds only", "hot dogs")] == [[], [1]]


@pytest.mark.parametrize(
    ("text", "gate_text"),
    [
        ("What  a\nX-ray!", " what a x ray! "),
        ("", "  "),
    ],
)
def test_gate_text_is_lower_case_with_single_spaces(text: str, gate_text: str) -> None:
    assert anchors.gate_text(text) == gate_text


def test_an_expression_without_anchors_keeps_every_text() -> None:
    gate = anchors.AnchorSet([re.compile("cat"), re.compile(r"\d+")])
    assert gate.always and gate.may_match("no digits")


def test_a_set_made_after_a_text_was_searched_still_finds_its_anchors() -> None:
    # Gate texts are kept for the recent posts; an anchor registered later (a module imported
    # after scanning began) must not be missed in a text searched before it existed.
    text = "the okapi and the pangolin came in together"
    assert anchors.AnchorSet([re.compile(r"\bokapi\b")]).may_match(text)
    assert anchors.AnchorSet([re.compile(r"\bpangolin\b")]).may_match(text)


_TRIGGERS = [
    *(lexicons.pattern(n) for n in ("derogatory_slang", "mockery", "discriminatory", "sexual")),
    *(lexicons.pattern(n) for n in ("intoxication", "claims", "promotion")),
    remarks.SNEER,
    remarks.COLLEAGUE_INSULT,
    remarks.DISCRIMINATORY_PHRASE,
    remarks.GROUP,
    remarks.INNUENDO,
    remarks.HOSTILE,
    remarks.SARCASTIC_ADDRESS,
    remarks.WEIGHT_MOCK,
    remarks.SNEER_EMOJI,
    conduct.AUTHOR_STATE,
    cues.PATIENT_REF,
    cues.HEALTH,
    *(
        getattr(interaction, name)
        for name in (
            "CONFIRMS_CARE",
            "REVIEW_REPLY",
            "MOVE_TO_DM",
            "YOUR_CARE_FACTS",
            "FRIENDING",
            "FRIEND_SIGNAL",
            "PATIENT_NAMED_IN_PUBLIC",
            "THANKS_PATIENT",
            "THANKS_CARE",
            "CARE_TERM",
            "CARE_RELATION",
        )
    ),
    *(
        getattr(advice, name)
        for name in (
            "ADDRESSED",
            "ASKED",
            "DOSE_CHANGE",
            "DIAGNOSIS",
            "AVOID_CARE",
            "MEDICATION_VERB",
            "IMPERATIVE",
            "CLINICAL_OBJECT",
            "NAMED_IT",
        )
    ),
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    plain = [row.text for row in corpus.load()]
    return plain + [t.upper() for t in plain[::7]] + [t.title() for t in plain[::11]]


@pytest.mark.parametrize("trigger", _TRIGGERS, ids=lambda p: p.pattern[:30])
def test_no_corpus_text_a_trigger_matches_is_ruled_out(trigger: re.Pattern, texts) -> None:
    gate = anchors.AnchorSet([trigger])
    missed = [i for i, t in enumerate(texts) if trigger.search(t) and not gate.may_match(t)]
    assert missed == []


# -- the automaton finds exactly what the anchors' regular expressions find ----------------------


def _regex_of(anchor: str) -> str:
    """An anchor as the regular expression it stands for: its marks as ``\\b``."""
    return "".join(r"\b" if c in (S, E) else re.escape(c) for c in anchor)


@pytest.mark.parametrize(
    ("anchor", "text", "found"),
    [
        (S + "ma'am" + E, " yes ma'am ", True),
        (S + "ma'am" + E, " pharma'am ", False),  # no word starts at "m"
        (S + "do" + E, " the doctor ", False),
        ("harm", " pharmacy ", True),  # no marks: inside a word too
        ("'s" + E, " the patient's bed ", True),
        (S + "dr.", " dr. who ", True),  # ends on a non-word character: no mark needed there
        (S + "n*", " n*gga ", True),
        (S + "good luck" + E, " good  luck ", False),  # the gate text has one space; this has two
        ("🙄", " sure 🙄 ", True),
        (S + "kg" + E, " 70kg ", False),  # "70kg" is one word: no boundary before "k"
        ("kg" + E, " 70kg ", True),
    ],
)
def test_the_automaton_reads_boundaries_as_the_regex_does(
    anchor: str, text: str, found: bool
) -> None:
    assert (re.search(_regex_of(anchor), text) is not None) is found
    ids = anchors._INDEX.ids_for([anchor])
    assert (not ids.isdisjoint(anchors._INDEX.search(text))) is found


def _trie(words: list[str]) -> str:
    """The anchors as one regex factored by shared prefixes: how the gates searched them
    before the automaton, kept here as the reference it must agree with."""
    if not words or "" in words:
        return ""
    if len(words) == 1:
        return _regex_of(words[0])
    prefix = os.path.commonprefix(words)
    if prefix:
        return _regex_of(prefix) + "(?:" + _trie([w[len(prefix) :] for w in words]) + ")"
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return "|".join(_trie(members) for _, members in sorted(groups.items()))


def test_every_recognizer_gate_answers_as_its_anchor_regexes_on_the_corpus() -> None:
    """Each gate's answer from the automaton equals a regex search for its anchors, on a
    third of the corpus (the pre-checks' safety rests on the regex reading; module doc)."""
    import gc

    from classifiers.registry import default_recognizers

    for recognizer in default_recognizers():
        recognizer.load()
    gates = [g for g in gc.get_objects() if isinstance(g, anchors.AnchorSet) and g.words]
    assert len(gates) >= 20
    regexes = [re.compile(_trie(sorted(g.words))) for g in gates]
    for text in [row.text for row in corpus.load()][::3]:
        gate_text = anchors.gate_text(text)
        for gate, regex in zip(gates, regexes, strict=True):
            expected = anchors.has_fold_hazard(text) or regex.search(gate_text) is not None
            if gate.may_match(text) is not expected:
                raise AssertionError(f"a gate over {len(gate.words)} anchors disagrees")


class TestDerivedCache:
    """Derived anchors kept on disk between scans: the same answers, and a bad file ignored."""

    @pytest.fixture
    def cache_dir(self, tmp_path, monkeypatch):  # noqa: ANN001, ANN201 - pytest fixtures
        monkeypatch.setenv("SCRUBS_MODEL_DIR", str(tmp_path))
        return tmp_path

    @pytest.mark.parametrize(
        ("source", "flags"),
        [(r"\bfrequent\s+flyers?\b", re.IGNORECASE), (r"\w+|cat", 0), (r"n[i1*]gg(?:er|a)", 0)],
        ids=["anchored", "no-anchor", "class"],
    )
    def test_a_saved_answer_reads_back_equal(self, cache_dir, source: str, flags: int) -> None:  # noqa: ANN001
        fresh = anchors._minimal(
            anchors._sequence(list(anchors.sre_parse.parse(source, flags)))
        )
        first = anchors._DerivedCache()
        key = first.key(source, flags)
        assert first.get(key) is anchors._UNKNOWN
        first.put(key, fresh)
        first.save()
        assert (cache_dir / "anchors.json").exists()
        assert anchors._DerivedCache().get(key) == fresh

    def test_only_the_entries_used_are_kept(self, cache_dir) -> None:  # noqa: ANN001
        old = anchors._DerivedCache()
        old.put(old.key("old", 0), frozenset({"old"}))
        old.save()
        new = anchors._DerivedCache()
        new.put(new.key("new", 0), frozenset({"new"}))
        new.save()
        reread = anchors._DerivedCache()
        assert reread.get(reread.key("old", 0)) is anchors._UNKNOWN
        assert reread.get(reread.key("new", 0)) == frozenset({"new"})

    @pytest.mark.parametrize(
        "body",
        ["not json", "[1, 2]", '{"version": 99, "anchors": {}}', '{"version": 1, "anchors": 3}'],
        ids=["garbage", "list", "other-version", "wrong-shape"],
    )
    def test_a_bad_file_is_ignored_not_an_error(self, cache_dir, body: str) -> None:  # noqa: ANN001
        (cache_dir / "anchors.json").write_text(body)
        cache = anchors._DerivedCache()
        assert cache.get(cache.key("cat", 0)) is anchors._UNKNOWN


# -- a digit or the word alternatives' anchors (``DigitOrAnchors``) ------------------------------


@pytest.mark.parametrize(
    ("source", "needed"),
    [
        (r"\d", True),
        (r"at\s+[1-9]\s?pm", True),
        (r"(?:[01]?\d|2[0-3]):[0-5]\d", True),  # "[01]?" optional, "[0-5]" is not
        (r"(?<=\d,\s)[A-Z][a-z]+", True),  # a positive lookbehind: the text holds the digit
        (r"(?<!\d)[A-Z][a-z]+", False),  # a negative one holds none
        (r"\d?x", False),
        (r"[\d.]+", False),  # "." alone matches
        (r"[^0-9]", False),
        (r"(?:\d+|one)\s+years?", False),  # one branch needs no digit
        (r"(?:\d+|[0-9])\s+years?", True),
    ],
)
def test_an_expression_needs_a_digit(source: str, needed: bool) -> None:
    assert anchors.needs_digit(anchors.sre_parse.parse(source, re.IGNORECASE)) is needed


@pytest.mark.parametrize(
    ("text", "may_match"),
    [
        ("seen at 3pm", True),  # a digit
        ("seen tonight", True),  # a word alternative's anchor
        ("seen in the morning rush", False),
        ("seen at the weekend", True),
    ],
)
def test_a_digit_or_anchors_gate_decides(text: str, may_match: bool) -> None:
    regex = re.compile(
        r"(?:\btonight\b)|(?:\bat\s+(?:[1-9]|1[0-2])\s?(?:am|pm)\b)|(?:\bweekend\b)", re.I
    )
    assert anchors.DigitOrAnchors(regex).may_match(text) is may_match


def test_a_digit_or_anchors_gate_without_word_anchors_keeps_every_text() -> None:
    assert anchors.DigitOrAnchors(re.compile(r"\d+|\w+")).may_match("no numbers")


def test_the_quasi_digit_gates_rule_out_no_corpus_text_their_expression_matches(texts) -> None:  # noqa: ANN001
    from classifiers.recognizers import phi_quasi

    gates = {
        regex: gate
        for regex, gate in phi_quasi._GATES.items()
        if isinstance(gate, anchors.DigitOrAnchors)
    }
    assert len(gates) >= 3
    for regex, gate in gates.items():
        for t in texts:
            where = t.lower() if regex.flags & re.IGNORECASE == 0 else t
            if regex.search(where) and not gate.may_match(t):
                raise AssertionError(f"{regex.pattern[:30]} gate drops a matching text")
