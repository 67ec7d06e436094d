"""Conduct: the author drunk, high or hungover near duty, and unsubstantiated treatment claims
or advertising.

Intoxication is the lapse boards were third most likely to investigate (Greysen et al. 2013:
73%), but "wine o'clock after nights" is not it and "the drunk lad in resus" is the patient,
not the author. So the author must be the drinker (first person, or a subject-less "still
drunk"), and duty must be near: before or during a shift, on call, on the ward round. Claims
need a cure-like promise ("reverses diabetes", "miracle", "guaranteed"); ordinary service
adverts ("physio now on Saturdays") are fine, and debunking a claim is the opposite of making it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers import anchors, cues, lexicons
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import UNPRO_CLAIMS, UNPRO_INTOXICATION
from scanner.models import Post

_I = re.IGNORECASE
AUTHOR_STATE = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+was|i\s+got|got|getting|we\s+(?:were|got)|was|feeling|still|"
    r"bit|slightly|totally|properly|absolutely)\s+(?:so\s+|a\s+bit\s+|well\s+|still\s+)?"
    r"(?:wasted|smashed|locked|high|baked|stoned|tanked|pissed|drunk|hungover|tipsy|hammered|"
    r"wrecked|steaming|blazed|"
    r"buzzed|plastered|langers|twisted|off\s+my\s+(?:face|head|tits))\b",
    _I,
)
DUTY = re.compile(
    r"\b(?:on[\s-]?call|before\s+(?:my\s+|the\s+|a\s+)?(?:nights?|night\s+shift|shift|work|"
    r"theatre|clinic|ward\s+round|list|handover|surgery|the\s+round|going\s+in)|"
    r"on\s+(?:the\s+)?(?:ward\s+round|wards?|shift|nights|duty|the\s+unit|the\s+floor)|"
    r"at\s+work|during\s+(?:my\s+|the\s+)?(?:shift|nights?|round|clinic|surgery|theatre|list)|"
    r"in\s+(?:theatre|clinic|resus|the\s+OR|surgery)|ward\s+round|handover|bleep|pager|"
    r"start\s+(?:my|a)\s+(?:shift|nights)|(?:shift|nights?)\s+(?:starts?|in\s+\d+)|"
    r"in\s+(?:an?|\d+)\s+hours?|operating|scrubbed|driving\s+in|back\s+in\s+work|"
    r"8am\s+(?:clinic|list|start)|7am\s+(?:start|handover)|call\s+tonight)\b",
    _I,
)
NOT_AUTHOR = re.compile(
    r"\b(?:drunk|intoxicated|hungover|stoned|high)\s+(?:patient|pt|lad|guy|man|woman|girl|"
    r"driver|people|punters?|students|crowd|folks?|teens?)|\b(?:patient|pt|he|she|they|"
    r"lad|guy|man|woman)\s+(?:was|were|is|are)\s+(?:so\s+|very\s+|completely\s+)?(?:drunk|"
    r"intoxicated|high|stoned|wasted|smashed|hungover)|\bdrunk\s+driv\w+|\b(?:high|low)\s+"
    r"(?:risk|dose|flow|BP|blood|sugar|fever|temp|grade|quality|pressure|on\s+the\s+list)\b",
    _I,
)
AFTER_DUTY = re.compile(
    r"\b(?:after\s+(?:my\s+|the\s+|a\s+)?(?:(?:last|final|long|late)\s+)?(?:nights?|shift|work|a\s+long\s+\w+|clinic|call)|"
    r"post[\s-]?nights?|finished\s+(?:nights|work|my\s+shift)|day\s+off|days\s+off|annual\s+"
    r"leave|on\s+holiday|weekend\s+off|off\s+duty|wine\s+o'?clock|celebrat\w+|wedding|"
    r"graduation|christmas\s+party)\b",
    _I,
)
DEBUNK = re.compile(
    r"\b(?:no\s+such\s+thing|there\s+is\s+no|there'?s\s+no|isn'?t\s+a|beware|don'?t\s+(?:fall|"
    r"believe|buy)|scam|scams|myth|myths|misinformation|snake\s+oil|quack\w*|claims?\s+(?:that|"
    r"to)|claiming|promis\w+\s+to|(?:no|zero|little)\s+evidence|not\s+(?:proven|evidence)|"
    r"debunk\w*|fact[\s-]?check|be\s+(?:wary|careful|sceptical|skeptical)|red\s+flag|"
    r"report\w*\s+(?:to|them)|advertising\s+standards|ASA|FDA\s+warn\w*|if\s+it\s+sounds\s+too|"
    r"no\s+\w+\s+(?:required|needed|necessary)|don'?t\s+need\s+(?:a\s+|to\s+)?\w+|"
    r"evidence\s+(?:is|isn'?t))\b",
    _I,
)


# Broader duty words: any clinical work named in the same post as the drinking ("3 beers at lunch,
# reckon I'll be right for the afternoon clinic"); AFTER_DUTY still rules out "after nights".
_WORK_NEAR = re.compile(
    r"\b(?:(?:afternoon|morning|evening|\d{1,2}\s?(?:am|pm))\s+(?:clinic|list|shift|surgery|"
    r"theatre|round)|"
    r"clinic|shift|nights|ward|wards|theatre|the\s+OR|list|root\s+canal|patients?|surgery|"
    r"first\s+shift\s+back|epidurals?|call|rota)\b",
    _I,
)


# A cure promised in looser words; only a claim when the post also sells something.
BROAD_CLAIM = re.compile(
    r"\bcur(?:es|ed|e|ing)\b|\bresults\s+in\s+(?:just\s+)?\d+\s+(?:sessions|days|weeks)\b|"
    r"\badds?\s+\d+\s+years\b|"
    r"\b(?:ozone|IV\s+(?:vitamin|ozone|drip|NAD)|chelation|stem\s+cells?)\b|\bpermanent(?:ly)?\b|"
    r"\bguarantee\w*",
    _I,
)


# The anchor words of each rule's triggers (``classifiers.anchors``): one cheap search rules
# out most posts before the lexicons' long alternations run.
_INTOXICATION_GATE = anchors.AnchorSet((lexicons.pattern("intoxication"), AUTHOR_STATE))
_CLAIMS_GATE = anchors.AnchorSet((lexicons.pattern("claims"), lexicons.pattern("promotion")))
_ANY_TRIGGER = anchors.RECOGNIZER_ENTRY.member(
    (
        lexicons.pattern("intoxication"),
        AUTHOR_STATE,
        lexicons.pattern("claims"),
        lexicons.pattern("promotion"),
    )
)


class UnprofessionalConduct(Recognizer):
    """Intoxication near duty and unsubstantiated treatment claims or adverts."""

    name = "unprofessional.conduct"
    rules = (UNPRO_INTOXICATION, UNPRO_CLAIMS)

    def load(self) -> None:
        """Build the entry pre-check shared with the other recognizers, once."""
        anchors.RECOGNIZER_ENTRY.prepare()

    def prefilter(self, post: Post) -> bool:
        """Each rule starts from its own words: intoxication from the ``intoxication`` lexicon
        or an author state ("I'm still drunk"); claims from the ``claims`` lexicon, or from
        ``promotion`` (which lets the looser cure words count). No such word, no finding: one
        search for their anchors per rule decides (the lexicons run in ``analyze``)."""
        text = post.text
        if not _ANY_TRIGGER.may_match(text):  # either rule's anchors, in one search
            return False
        intoxication = _INTOXICATION_GATE.may_match(text) and (
            lexicons.pattern("intoxication").search(text) is not None
            or AUTHOR_STATE.search(text) is not None
        )
        return intoxication or (
            _CLAIMS_GATE.may_match(text)
            and (
                lexicons.pattern("claims").search(text) is not None
                or lexicons.pattern("promotion").search(text) is not None
            )
        )

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """Up to one finding per rule."""
        text = post.text
        intox = self._intoxication(post, text)
        if intox is not None:
            yield intox
        claim = self._claims(post, text)
        if claim is not None:
            yield claim

    def _intoxication(self, post: Post, text: str) -> Finding | None:
        lex = [m for m in lexicons.pattern("intoxication").finditer(text)]
        state = list(AUTHOR_STATE.finditer(text))
        if not lex and not state:
            return None
        if NOT_AUTHOR.search(text) and not state:
            return None
        duty = DUTY.search(text) or _WORK_NEAR.search(text)
        first_person = cues.FIRST_PERSON.search(text) is not None or bool(state)
        diversion = re.search(
            r"(?i)nicked|stole|pocketed|helped\s+myself|took\s+home|anyone\s+needs?|got\s+extras?",
            " ".join(m.group() for m in lex),
        )
        if not first_person and not duty and not diversion:
            return None  # subject-less "3 pints before nights" is still the author
        if duty and not AFTER_DUTY.search(text):
            score = 0.82
        elif state and re.search(r"\bstill\b|\bat\s+work\b|\bon\s+call\b", text, _I):
            score = 0.75
        elif re.search(
            r"(?i)nicked|stole|pocketed|helped\s+myself|took\s+home|self-?prescrib|"
            r"line|coke|cocaine|MDMA|molly|ketamine|\bket\b|xan|edibles|joint|spliff|"
            r"anyone\s+needs?|got\s+extras?|grabbed|vials|ativan|oxy|endone|shrooms|microdos",
            " ".join(m.group() for m in lex),
        ):
            score = 0.75  # drug use or diversion, duty or not
        else:
            return None
        spans = [(m.start(), m.end()) for m in lex + state]
        if duty:
            spans.append((duty.start(), duty.end()))
        return Finding.on(
            post,
            UNPRO_INTOXICATION,
            spans,
            score=score,
            explanation=(
                "The author describes drinking or drug use close to or during clinical duty."
            ),
            recognizer=self.name,
            trail=(("duty", "near" if duty else "none"), ("author", "first person")),
        )

    def _claims(self, post: Post, text: str) -> Finding | None:
        claims = list(lexicons.pattern("claims").finditer(text))
        if not claims and lexicons.pattern("promotion").search(text):
            claims = list(
                BROAD_CLAIM.finditer(text)
            )  # "CURED my patients' psoriasis... use my code"
        if not claims:
            return None
        if DEBUNK.search(text):
            return None
        promo = list(lexicons.pattern("promotion").finditer(text))
        score = 0.82 if promo else 0.65
        return Finding.on(
            post,
            UNPRO_CLAIMS,
            [(m.start(), m.end()) for m in claims + promo],
            score=score,
            explanation=(
                "The post promises results no evidence supports, which regulators treat as "
                "misleading."
            ),
            recognizer=self.name,
            trail=(("lexicon", "claims"), ("promotion", "yes" if promo else "no")),
        )
