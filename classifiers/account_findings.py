"""Account-level findings: a professional profile with no disclaimer, and one account mixing
personal life with clinical content.

These are about the account, not a post, so they carry no evidence spans: they are plain
``Finding`` objects with empty ``evidence``; ``trail`` says what was seen (the professional
title in the bio, counts of clinical and personal posts) and ``related_posts`` lists a few of
the clinical posts behind a mixed-use finding. ``AccountObserver`` accumulates over a scan:
``observe(post, verdict)`` per post, then ``findings(account)`` once at the end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from classifiers import anchors, cues
from classifiers.findings import Finding, Verdict
from classifiers.rules import ACCOUNT_MIXED_USE, ACCOUNT_NO_DISCLAIMER
from scanner.models import Account, Post

RECOGNIZER = "account"
_I = re.IGNORECASE
PROFESSIONAL = re.compile(
    r"\b(?:MD|M\.D\.|DO|MBBS|MBChB|MB\s?BCh|BAO|MRCP|MRCPI|MRCS|FRCS\w*|FRCP\w*|FRCEM|FACEP|"
    r"FRACP|FRACS|FRCPC|FCEM|MRCGP|MICGP|DRCOG|FRCA|FCAI|RN|RGN|RNP|RM|RPN|BSN|MSN|DNP|NP|"
    r"APRN|CRNA|PA-C|DPT|PharmD|DDS|DMD|BDS|EMT|paramedic|physician|surgeon|consultant|"
    r"registrar|resident|attending|intern|doctor|nurse|midwife|GP|general\s+practitioner|"
    r"dentist|pharmacist|physio(?:therapist)?|radiographer|anaesthetist|anesthesiologist|"
    r"psychiatrist|obstetrician|paediatrician|pediatrician|cardiologist|oncologist|"
    r"dermatologist|radiologist|nurse\s+practitioner|clinician|medic|HCA|healthcare\s+worker|"
    r"#MedTwitter|#NurseTwitter|#FOAMed)\b",
    _I,
)
DR_NAME = re.compile(r"^\s*(?:Dr\.?|Doctor|Prof\.?)\s+\w", _I)
DISCLAIMER = re.compile(
    r"\b(?:views?\s+(?:are\s+|r\s+)?(?:my\s+)?own|opinions?\s+(?:are\s+|expressed\s+are\s+)?"
    r"(?:my\s+)?own|my\s+own\s+(?:views|opinions)|personal\s+(?:views|opinions|account)|not\s+"
    r"(?:medical\s+)?advice|no\s+medical\s+advice|does\s+not\s+constitute\s+(?:medical\s+)?advice|"
    r"not\s+(?:representing|on\s+behalf\s+of)|(?:RT|RTs|retweets?|likes?)\s*(?:≠|!=|are\s+not|"
    r"aren'?t|don'?t\s+mean|do\s+not\s+(?:equal|mean))\s*endorse\w*|educational\s+purposes\s+only|"
    r"for\s+information\s+only|not\s+a\s+substitute|consult\s+your\s+(?:own\s+)?(?:doctor|"
    r"physician))",
    _I,
)
PERSONAL = re.compile(
    r"\b(?:my\s+(?:kids?|son|daughter|wife|husband|partner|boyfriend|girlfriend|dog|cat|mum|mam|"
    r"mom|dad|family|baby|garden|birthday|anniversary|wedding|holiday|vacation)|date\s+night|"
    r"holiday|vacation|hen\s+do|stag\s+do|pub|pints?|cocktails?|wine|party|birthday|"
    r"wedding|beach|hike|hiking|parkrun|marathon|gym|brunch|selfie|match\s+day|football|"
    r"hurling|concert|gig|festival|weekend\s+away|road\s+trip|new\s+car|new\s+house|"
    r"engaged|proposal|honeymoon)\b",
    _I,
)
MIN_EACH = 3  # posts of each kind before the mix is worth a finding
RELATED_KEPT = 10  # clinical post keys a mixed-use finding points at
# ENCOUNTER and PERSONAL run on every post here: first their anchor words (``anchors``: found
# once per post, and no post they could match is ever skipped). ENCOUNTER's anchors include
# words in most posts ("saw", "had a"), so each of its alternatives keeps its own anchors and
# only those whose anchors occur are searched, as case-sensitive expressions over lower-cased
# text: half the time of searching the whole alternation (measured on the bench archive). One
# look names those alternatives (``anchors.AnchorRouter``) instead of one gate call each:
# 0.47 -> 0.25 CPU s per 100,000 bench posts, gate texts already made.
_ENCOUNTER_PARTS = tuple(re.compile(p, _I) for p in cues.ENCOUNTER_PARTS)
_ENCOUNTER_ROUTER = anchors.AnchorRouter(_ENCOUNTER_PARTS)
_ENCOUNTER_LOWER = tuple(cues.for_lowered_text(part) for part in _ENCOUNTER_PARTS)
_PERSONAL_GATE = anchors.AnchorSet([PERSONAL])
_CLINICAL_CATEGORIES = frozenset({"phi", "patient_interaction", "clinical_advice"})


def _has_encounter(text: str) -> bool:
    """``cues.ENCOUNTER`` matches ``text``: an alternative whose anchors occur matches."""
    candidates = _ENCOUNTER_ROUTER.candidates(text)
    if not candidates:
        return False
    lowered = text.lower()
    return any(_ENCOUNTER_LOWER[i].search(lowered) is not None for i in candidates)


def professional_title(account: Account) -> str | None:
    """What in the profile says the author is a clinician, or None."""
    for field in (account.bio, account.display_name):
        m = PROFESSIONAL.search(field or "")
        if m:
            return m.group()
    if DR_NAME.search(account.display_name or ""):
        return "Dr"
    return None


class AccountObserver:
    """Accumulates what an account posts, then says what is wrong with the account as a whole."""

    def __init__(self) -> None:
        self.posts = 0
        self.clinical = 0
        self.clinical_keys: list[str] = []  # the first few only: memory stays flat
        self.personal = 0

    def observe(self, post: Post, verdict: Verdict | None = None) -> None:
        """Count one post as clinical, personal, both or neither (no text is kept)."""
        self.posts += 1
        if self._clinical(post, verdict):
            self.clinical += 1
            if len(self.clinical_keys) < RELATED_KEPT:
                self.clinical_keys.append(post.key)
        if _PERSONAL_GATE.may_match(post.text) and PERSONAL.search(post.text):
            self.personal += 1

    @staticmethod
    def _clinical(post: Post, verdict: Verdict | None) -> bool:
        """A clinical finding, or the clinical-encounter frame (``cues.ENCOUNTER``)."""
        if verdict is not None and any(
            f.rule.category in _CLINICAL_CATEGORIES for f in verdict.findings
        ):
            return True
        return _has_encounter(post.text)

    def observe_all(self, posts: Sequence[Post], verdicts: Sequence[Verdict] | None = None) -> None:
        """``observe`` for a batch (verdicts aligned with posts, or None)."""
        for i, post in enumerate(posts):
            self.observe(post, verdicts[i] if verdicts is not None else None)

    def findings(self, account: Account) -> list[Finding]:
        """The account-level findings for ``account`` given everything observed."""
        out: list[Finding] = []
        title = professional_title(account)
        if title and not DISCLAIMER.search(account.bio or ""):
            out.append(
                Finding(
                    rule=ACCOUNT_NO_DISCLAIMER,
                    score=0.7,
                    recognizer=RECOGNIZER,
                    evidence=(),
                    explanation="The profile presents the author as a clinician but has no "
                    "'views my own, not medical advice' style disclaimer.",
                    trail=(("profile", "professional"),),
                )
            )
        if self.clinical >= MIN_EACH and self.personal >= MIN_EACH:
            share = min(self.clinical, self.personal) / max(1, self.posts)
            out.append(
                Finding(
                    rule=ACCOUNT_MIXED_USE,
                    score=round(min(0.9, 0.5 + share), 3),
                    recognizer=RECOGNIZER,
                    evidence=(),
                    related_posts=tuple(self.clinical_keys),
                    explanation="The same account carries both personal life and clinical content; "
                    "guidance suggests keeping them apart.",
                    trail=(
                        ("clinical_posts", str(self.clinical)),
                        ("personal_posts", str(self.personal)),
                    ),
                )
            )
        return out
