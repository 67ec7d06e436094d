"""Direct identifiers: record numbers, dates of birth, bed/room/bay numbers, contact details.

A number is only an identifier when it is a patient's: "MRN 00482913" is, "we opened 12 beds"
is not, "call 01 555 0199 to book" is the clinic's own line. So each pattern is checked
against its surroundings (labels, patient words, the time of a shift) before it becomes a
finding, and national health numbers are checked with their check digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers import cues
from classifiers.base import PostContext, Recognizer, rule_by_id
from classifiers.findings import Finding
from classifiers.rules import PHI_CONTACT, PHI_DOB, PHI_LOCATION_IN_CARE, PHI_RECORD_NUMBER
from scanner.models import Post

_I = re.IGNORECASE

# --- record numbers ---------------------------------------------------------------------------
_RECORD_LABEL = (
    r"MRN|MR\s?#|MR\s+no\.?|med(?:ical)?\s+rec(?:ord)?\s+(?:no\.?|number|#)|hosp(?:ital)?\s+"
    r"(?:no\.?|number|num|#|id)|chart\s+(?:no\.?|number|#)|record\s+(?:no\.?|number|#)|"
    r"patient\s+(?:id|no\.?|number|#)|pt\s+(?:id|no\.?|number|#)|NHS\s+(?:no\.?|number|#)|NHS|"
    r"CHI(?:\s+(?:no\.?|number))?|IHI|H&C(?:\s+(?:no\.?|number))?|health\s+card(?:\s+(?:no\.?|"
    r"number))?|OHIP|PHN|MSP|RAMQ|Medicare(?:\s+(?:no\.?|number|card))?|UR\s?(?:no\.?|number)|"
    r"URN|UHID|IP\s+(?:no\.?|number)|case\s+(?:no\.?|number)|accession(?:\s+(?:no\.?|number))?|"
    r"SSN|social\s+security(?:\s+number)?|PPSN?|PPS\s+(?:no\.?|number)|Aadhaar|ABHA"
)
LABELLED_RECORD = re.compile(
    rf"\b(?:{_RECORD_LABEL})\s*(?:is|was|=|:|#|-)?\s*"
    r"(?P<num>[A-Z]{0,3}\d(?:[\d\s-]{3,16}\d)?)\b",
    _I,
)
NHS_SHAPE = re.compile(r"(?<![\d+])(?P<num>[4-9]\d{2}[\s-]?\d{3}[\s-]?\d{4})(?![\d])")
MEDICARE_AU_SHAPE = re.compile(
    r"(?<![\d+])(?P<num>[2-6]\d{3}[\s-]?\d{5}[\s-]?\d(?:[\s/-]?\d)?)(?!\d)"
)
OHIP_SHAPE = re.compile(r"(?<![\d+])(?P<num>\d{4}[\s-]?\d{3}[\s-]?\d{3})[\s-]?[A-Z]{2}\b")


def nhs_number_valid(digits: str) -> bool:
    """NHS (England/Wales/IoM) modulus 11 check digit, as published by NHS Digital."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def medicare_au_valid(digits: str) -> bool:
    """Australian Medicare card number: weights 1,3,7,9,1,3,7,9 on the first 8 digits, mod 10."""
    if len(digits) not in (10, 11) or not digits.isdigit() or digits[0] not in "23456":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True))
    return total % 10 == int(digits[8])


def luhn_valid(digits: str) -> bool:
    """Luhn check (Ontario health card numbers, among others)."""
    if not digits.isdigit() or len(digits) < 8:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# --- dates of birth ---------------------------------------------------------------------------
_DATE = (
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*,?\s+(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
)
LABELLED_DOB = re.compile(
    rf"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|d/o/b)\s*(?:is|was|=|:|-)"
    rf"?\s*(?P<date>{_DATE})",
    _I,
)
# The placeholder a system gives an unknown patient ("DOB 01/01/1900"): nobody's birth date.
PLACEHOLDER_DATE = re.compile(
    r"^0?1[/.-]0?1[/.-](?:1800|1850|1899|1900|1901)$|^(?:1800|1900)-01-01$|^0?0[/.-]0?0"
)
BORN_ON = re.compile(rf"\bborn\s+(?:on\s+)?(?:the\s+)?(?P<date>{_DATE})", _I)

# --- bed, room, bay ---------------------------------------------------------------------------
BED_ROOM = re.compile(
    r"\b(?:bed|beds|room|rm|bay|cubicle|cube|cubie|side\s?room|SR|trolley|resus|pod|isolation|"
    r"iso|bedspace|bed\s?space|chair|stretcher|crib|cot|incubator|bassinet|(?-i:OR)|theatre)\s*"
    r"(?:#|no\.?|number)?\s*(?P<num>\d{1,3}[A-Za-z]?)(?![\d:.%]|\s?(?:am|pm|mins?|hours?|hrs?|"
    r"pts|patients|people|beds|staff|nurses|of\s+\d)\b)",
    _I,
)
BED_NOT_PATIENT = re.compile(
    r"\b(?:hotel|on[\s-]?call|meeting|seminar|sim|simulation|teaching|class|escape|waiting|"
    r"staff|break|tea|changing|locker|server|chat|zoom|bedroom|showroom|classroom|headroom|"
    r"legroom|storage|store|new|extra|open(?:ed|ing)?|clos(?:ed|ing|ure)|funded|funding|short|"
    r"shortage|capacity|available|free|empty|occupancy|escalation|surge|\d+\s+beds)\b|"
    r"\broom\s*101\b|\bbed\s*(?:bath|rest|sore|side|time|pan|head)s?\b",
    _I,
)
# The bed is the subject, not its occupant: "bed 4 has had a broken call bell since March".
_EQUIPMENT = re.compile(
    r"\b(?:broken|estates|repair\w*|fixed|maintenance|leak\w*|out\s+of\s+order|refurb\w*|paint\w*|"
    r"replaced|installed|new\s+mattress|faulty|lights|empty|got\s+(?:its|a)\s+new)\b",
    _I,
)
PATIENT_TIE = re.compile(
    r"\b(?:pt|pts|patient|patients|he|she|his|her|him|they|lady|gent|gentleman|man|woman|chap|guy|"
    r"bloke|lad|girl|boy|baby|mr|mrs|ms|miss|family|relatives|daughter|son|wife|husband|"
    r"confused|pulled|climbed|fell|died|passed|arrest(?:ed)?|crashed|coded|screaming|"
    r"shouting|vomit\w*|bleeding|kicked|punched|spat|absconded|discharged|admitted|"
    r"dementia|delirious|septic|drunk|intubated|buzzer|call\s?bell|again)\b|"
    r"\b\d{1,3}\s?(?:[MF]|y/?o|yo)\b",
    _I,
)

# A live report from the shift ("on the phone to ICU now", "for the third time"): the bed is
# this shift's, as much as with "tonight".
_LIVE = re.compile(
    r"\b(?:right\s+now|now|currently|at\s+the\s+moment|atm|as\s+we\s+speak|for\s+the\s+(?:second|"
    r"third|fourth|fifth|\d+(?:st|nd|rd|th)|umpteenth|nth)\s+time|since\s+\d{1,2}\s?(?:am|pm)?)\b",
    _I,
)

# What happened to the bed's occupant in care ("pulled his line out", "is septic", "coded"):
# a clinical event on the ward is tied to one shift even without a time word.
_CARE_EVENT = re.compile(
    r"\b(?:pulled|climbed|fell|died|passed|arrest(?:ed)?|crashed|coded|absconded|discharged|admitted|"
    r"confused|delirious|dementia|septic|intubated|bleeding|vomit\w*|cannula|line|catheter|NG|"
    r"drip|self[\s-]discharged|DNR|DNACPR|peeked|labs|chart|notes)\b",
    _I,
)

# --- contact details --------------------------------------------------------------------------
PHONE = re.compile(
    r"(?<![\w+])(?P<num>(?:\+\d{1,3}[\s.-]?)?(?:\(0\)\s?)?\(?\d{2,5}\)"
    r"?[\s.-]?\d{3,4}[\s.-]?\d{3,4})(?!\d)"
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z']+\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|"
    r"Drive|Dr|Close|Crescent|Cres|Park|Terrace|Tce|Court|Ct|Way|Place|Pl|Grove|Gardens|Square|"
    r"Boulevard|Blvd|Heights|View|Row|Walk|Hill|Green|Manor|Lawn|Lawns|Rise)\b\.?"
    r"|\b[A-Z]\d{2}\s?[A-Z0-9]{4}\b"  # Irish Eircode
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b",  # UK postcode
)
PATIENT_CONTACT = re.compile(
    r"\b(?:(?:his|her|their|pt'?s|patient'?s|the\s+(?:lady|gent|man|woman|family)'?s?|"
    r"(?:daughter|son|wife|husband|mum|dad|family|NOK|next\s+of\s+kin)'?s?)\s+(?:phone|mobile|"
    r"number|no\.?|email|e-mail|address|home)|lives\s+(?:at|on)|living\s+at|address\s+(?:is|was)|"
    r"(?:his|her|their)\s+(?:house|flat|home)\s+(?:at|on)|home\s+address|NOK|next\s+of\s+kin|"
    r"(?:ring|call|text|phone)\s+(?:him|her|them|the\s+family|his\s+\w+|her\s+\w+))\b",
    _I,
)
BUSINESS_CONTACT = re.compile(
    r"\b(?:book|booking|appointments?|enquir\w+|contact\s+us|call\s+us|ring\s+us|email\s+us|"
    r"our\s+(?:new\s+)?(?:clinic|practice|office|team|reception|surgery|pharmacy)|practice|"
    r"reception|opening\s+hours|open\s+(?:mon|"
    r"tue|wed|thu|fri|sat|sun)|helpline|hotline|support\s+line|samaritans|crisis\s+line|"
    r"\b111\b|\b999\b|\b911\b|\b112\b|press|media\s+enquiries|apply|applications?|CV|vacanc\w+|"
    r"job|locum|rota\s+coordinator|secretary)\b",
    _I,
)


_DIGIT = re.compile(r"\d")


class PhiIdentifiers(Recognizer):
    """Record numbers, dates of birth, bed/room numbers and contact details of patients."""

    name = "phi.identifiers"
    rules = (PHI_RECORD_NUMBER, PHI_DOB, PHI_LOCATION_IN_CARE, PHI_CONTACT)

    _quick = re.compile(
        r"\d{4}|\b(?:bed|beds|room|rm|bay|cubicle|cube|cubie|side\s?room|SR|trolley|resus|pod|"
        r"isolation|iso|bedspace|bed\s?space|chair|stretcher|crib|cot|incubator|bassinet|theatre|"
        r"(?-i:OR)|DOB|d\.o\.b|born|birth|MRN|NHS|chart|record|hosp|lives|address)\b|@\w+\.\w",
        _I,
    )

    def prefilter(self, post: Post) -> bool:
        """Numbers or identifier words (every bed word ``BED_ROOM`` knows, "OR 4" included):
        most posts have neither. Every identifier this
        recognizer reports holds a digit or an "@" (an email), so posts with neither are
        skipped before the word search."""
        text = post.text
        if "@" not in text and _DIGIT.search(text) is None:
            return False
        return self._quick.search(text) is not None

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """Every direct identifier this post holds."""
        text = post.text
        yield from self._record_numbers(post, text)
        yield from self._dates_of_birth(post, text)
        yield from self._beds(post, text)
        yield from self._contacts(post, text)

    # record numbers ------------------------------------------------------------------------
    def _record_numbers(self, post: Post, text: str) -> Iterable[Finding]:
        rule = rule_by_id(self.rules, "phi.record_number")
        seen: set[tuple[int, int]] = set()
        for m in LABELLED_RECORD.finditer(text):
            digits = _digits(m.group("num"))
            if len(digits) < 5:
                continue
            span = (m.start(), m.end("num"))
            seen.add((m.start("num"), m.end("num")))
            yield Finding.on(
                post,
                rule,
                [span],
                score=0.92,
                explanation=(
                    "A labelled medical record, hospital or health-service number identifies a "
                    "patient."
                ),
                recognizer=self.name,
                trail=(("pattern", "record.labelled"),),
            )
        clinical: bool | None = None  # searched only when a number passes its check digit
        for shape, check, name in (
            (NHS_SHAPE, nhs_number_valid, "record.nhs_mod11"),
            (MEDICARE_AU_SHAPE, medicare_au_valid, "record.medicare_au"),
            (OHIP_SHAPE, lambda d: len(d) == 10 and luhn_valid(d), "record.ohip_luhn"),
        ):
            for m in shape.finditer(text):
                span = (m.start("num"), m.end("num"))
                if any(s <= span[0] < e for s, e in seen):
                    continue
                if not check(_digits(m.group("num"))):
                    continue
                if clinical is None:
                    clinical = (
                        cues.ENCOUNTER.search(text) is not None
                        or PATIENT_TIE.search(text) is not None
                    )
                if not clinical:
                    continue
                if BUSINESS_CONTACT.search(text) or re.search(
                    r"\b(?:call|ring|tel|phone)\b", text, _I
                ):
                    continue
                seen.add(span)
                yield Finding.on(
                    post,
                    rule,
                    [span],
                    score=0.8,
                    explanation=(
                        "A number with a valid health-service check digit appears next to a "
                        "clinical case."
                    ),
                    recognizer=self.name,
                    trail=(("pattern", name), ("validated", "check digit")),
                )

    # dates of birth ------------------------------------------------------------------------
    def _dates_of_birth(self, post: Post, text: str) -> Iterable[Finding]:
        rule = rule_by_id(self.rules, "phi.date_of_birth")
        for m in LABELLED_DOB.finditer(text):
            if PLACEHOLDER_DATE.match(m.group("date")):
                continue
            yield Finding.on(
                post,
                rule,
                [(m.start(), m.end())],
                score=0.9,
                explanation="A labelled date of birth is one of the identifiers privacy law names.",
                recognizer=self.name,
                trail=(("pattern", "dob.labelled"),),
            )
        born = list(BORN_ON.finditer(text))
        if not born:
            return
        if cues.OWN_FAMILY.search(text) or re.search(
            r"\b(?:i\s+was|i'm|we\s+were)\s+born\b", text, _I
        ):
            return
        if cues.ENCOUNTER.search(text) is None:
            return
        for m in born:
            yield Finding.on(
                post,
                rule,
                [(m.start(), m.end())],
                score=0.75,
                explanation="A full birth date is given for someone in a clinical case.",
                recognizer=self.name,
                trail=(("pattern", "dob.born_on"), ("context", "encounter")),
            )

    # beds and rooms ------------------------------------------------------------------------
    def _beds(self, post: Post, text: str) -> Iterable[Finding]:
        rule = rule_by_id(self.rules, "phi.bed_or_room")
        when: re.Match[str] | None = None  # the post's first time cue: the same for every bed
        searched = False
        for m in BED_ROOM.finditer(text):
            window = text[max(0, m.start() - 60) : m.end() + 80]
            local = text[max(0, m.start() - 25) : m.end() + 3]
            if BED_NOT_PATIENT.search(local) or _EQUIPMENT.search(window):
                continue
            tie = PATIENT_TIE.search(window)
            if not searched:  # once per post: searched per bed, long posts went quadratic
                when, searched = cues.TIME.search(text) or _LIVE.search(text), True
            if not tie and not when:
                continue
            # A bed with its occupant but no time ("the guy in bay 2 is fit"): the labelling
            # rule wants an explicit time too; alone it stays below the line, with other
            # cues of the post it still counts.
            score = (
                0.8 if tie and when
                else 0.72 if tie and _CARE_EVENT.search(window)
                else 0.45 if tie
                else 0.6
            )
            trail = [("pattern", "bed_or_room")]
            spans = [(m.start(), m.end())]
            if tie:
                trail.append(("context", "patient"))
                start = max(0, m.start() - 60) + tie.start()
                spans.append((start, start + tie.end() - tie.start()))
            if when:
                trail.append(("context", "time"))
                spans.append((when.start(), when.end()))
            yield Finding.on(
                post,
                rule,
                spans,
                score=score,
                explanation=(
                    "A bed, room or bay number tied to a patient on a given shift points to one "
                    "person."
                ),
                recognizer=self.name,
                trail=trail,
            )

    # contact details -----------------------------------------------------------------------
    def _contacts(self, post: Post, text: str) -> Iterable[Finding]:
        rule = rule_by_id(self.rules, "phi.contact_details")
        tie = PATIENT_CONTACT.search(text)
        if not tie or BUSINESS_CONTACT.search(text):
            return
        for regex, kind in ((PHONE, "phone"), (EMAIL, "email"), (ADDRESS, "address")):
            for m in regex.finditer(text):
                if kind == "phone" and len(_digits(m.group())) < 9:
                    continue
                yield Finding.on(
                    post,
                    rule,
                    [(m.start(), m.end()), (tie.start(), tie.end())],
                    score=0.85,
                    explanation=f"A patient's {kind} is given in the post.",
                    recognizer=self.name,
                    trail=(("pattern", f"contact.{kind}"), ("context", "patient")),
                )
