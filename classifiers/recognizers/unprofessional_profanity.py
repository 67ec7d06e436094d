"""Profanity and crude language, judged by strength and target.

Swearing alone rarely brings a board letter; swearing about patients or colleagues does, and
strong profanity about work reads badly whoever the target (LABELLING.md: "what a shit night"
aimed at oneself is harmless; "f***ing" about a patient is not). So the lexicon decides whether
there is a swear word, its strength and target decide the score, and ``alt-profanity-check``
(a linear model over the whole text) is one more signal that nudges the score, never the
verdict on its own: it calls "you are an idiot" profane and misses "f***ing Epic" half the time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from classifiers import anchors, cues, lexicons
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import UNPRO_PROFANITY
from scanner.models import Post

_QUOTED = re.compile(
    r"\b(?:called\s+me|said|shouted|screamed|told\s+me\s+to)\s*[\"“']?[^\"”']{0,40}$", re.I
)

# Strong words shortened to letters ("ffs"): as strong as the words when aimed at a person,
# no more than a sigh at the printer or the rota.
_ABBREVIATED = re.compile(r"(?i)ffs")

# A strong word spent on the commute or the weather ("three fucking roadworks between my house and
# the hospital", "this fucking rain"): the road, not work, patients or colleagues, is sworn at.
_COMMUTE_AFTER = re.compile(
    r"(?i)\s+(?:\w+\s+)?(?:roadworks|traffic|rain|weather|snow|hail|wind|bus(?:es)?|trains?|trams?|commute|"
    r"motorway|roundabouts?|diversions?|potholes?|tyres?|alarm\s+clock|hay\s?fever|wasps?|seagulls?|"
    r"pigeons?)\b"
)

_SWEARING = anchors.RECOGNIZER_ENTRY.member(
    (lexicons.pattern("profanity_strong"), lexicons.pattern("profanity_mild"))
)


_TARGET_NEAR = re.compile(
    rf"(?:{cues.PATIENT_REF.pattern})|(?:{cues.COLLEAGUE_REF.pattern})", re.IGNORECASE
)


def _near_target(text: str, words: Sequence[re.Match[str]]) -> bool:
    """A mild word counts only with its target close by ("bawbag of a consultant"), not a ward
    named two clauses later ("kak weather for the run, raised R4000 for the paeds ward")."""
    return any(
        _TARGET_NEAR.search(text[max(0, m.start() - 60) : m.end() + 60]) is not None for m in words
    )


class ProfanityModel:
    """``alt-profanity-check``'s probability, loaded once, in batches."""

    def __init__(self) -> None:
        self._predict: Any = None

    def load(self) -> None:
        """Read the model's weights once (``classifiers.profanity_model``: the package's own
        loader would import scikit-learn, about 1.5 s of CPU in every scan)."""
        if self._predict is None:
            from classifiers import profanity_model

            self._predict = profanity_model.load().predict_prob

    def probabilities(self, texts: Sequence[str]) -> list[float]:
        """Probability that each text is offensive."""
        self.load()
        return [float(p) for p in self._predict(list(texts))]


class UnprofessionalProfanity(Recognizer):
    """Strong profanity, or milder swearing aimed at patients or colleagues."""

    name = "unprofessional.profanity"
    rules = (UNPRO_PROFANITY,)

    def __init__(self) -> None:
        self.model = ProfanityModel()

    def load(self) -> None:
        """Load the profanity model once, and build the shared entry pre-check."""
        self.model.load()
        anchors.RECOGNIZER_ENTRY.prepare()

    def prefilter(self, post: Post) -> bool:
        """A swear word from either lexicon might be there: one search for their anchors
        (``classifiers.anchors``); the lexicons themselves run in ``analyze``."""
        return _SWEARING.may_match(post.text)

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """One finding with every swear word as evidence, scored by strength and target."""
        text = post.text
        strong = [
            m
            for m in lexicons.pattern("profanity_strong").finditer(text)
            if not self._quoted(text, m) and not _COMMUTE_AFTER.match(text, m.end())
        ]
        mild = [
            m
            for m in lexicons.pattern("profanity_mild").finditer(text)
            if not self._quoted(text, m)
        ]
        if not strong and not mild:
            return
        patient = cues.PATIENT_REF.search(text)
        colleague = cues.COLLEAGUE_REF.search(text)
        work = cues.WORK_REF.search(text)
        aimed = bool(patient or colleague)
        if strong and not aimed and all(_ABBREVIATED.fullmatch(m.group()) for m in strong):
            strong = []  # "ffs, the printer again": the abbreviation counts only at someone
        if strong:
            score = 0.75 if aimed else 0.62 if work else 0.5
        elif (
            aimed
            and _near_target(text, mild)
            and (
                colleague
                or re.search(
                    r"\b(?:patients?|pts?|relatives|family|(?:bed|cubicle|room|bay|cube)\s*\d+)\b",
                    text,
                    re.I,
                )
            )
        ):
            score = 0.55
        else:
            return
        prob = self.model.probabilities([text])[0]
        score = min(0.95, score + 0.08) if prob >= 0.9 else score - 0.05 if prob < 0.3 else score
        trail = [
            ("strength", "strong" if strong else "mild"),
            (
                "target",
                "colleague" if colleague else "patient" if patient else "work" if work else "none",
            ),
            ("alt-profanity-check", f"{prob:.2f}"),
        ]
        yield Finding.on(
            post,
            UNPRO_PROFANITY,
            [(m.start(), m.end()) for m in strong + mild],
            score=round(score, 3),
            explanation=(
                "Crude language in a post about work, patients or colleagues reflects on the "
                "profession."
            ),
            recognizer=self.name,
            trail=trail,
        )

    @staticmethod
    def _quoted(text: str, m: re.Match[str]) -> bool:
        """Reporting what someone else shouted at staff is not the author swearing."""
        return _QUOTED.search(text[max(0, m.start() - 50) : m.start()]) is not None
