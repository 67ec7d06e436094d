"""Snippet redaction for the compliance overview: the gist of a risky post, nothing identifying.

The compliance office must see *what kind* of problem a post has ("a patient's age, town and
admission") without the overview itself becoming a new copy of patient information. So a
snippet is the post's text with every stretch that could identify someone replaced by a label
(``[name]``, ``[place]``, ``[date]``, ``[number]``, ``[age]``, ``[email]``, ``[phone]``,
``[handle]``, ``[link]``, ``[detail]``), then cut to a short length.

Layers, unioned (masking too much is cheap; masking too little is a breach):

1. **The recognizers' own evidence**: every evidence span of a ``phi.*`` or
   ``patient_interaction.*`` finding (the stored FINDING dicts carry their offsets).
2. **Patterns**: emails, URLs, phone numbers, ``@handles``, hashtags, ages ("34yo",
   "60-year-old", "in his 70s"), dates in any common form, month and day names, and *every*
   digit run (record numbers, bed numbers, years, counts).
3. **spaCy NER** (``classifiers.nlp``): people, places, organisations, facilities,
   nationalities, dates and times.
4. **Capitalisation and name lists**: every capitalised word that does not start a sentence
   (names and places the model missed), and any word, in any case, that is a known first
   name, nickname or surname (``nicknames``' list and ``classifiers/data/names/frequency.csv``)
   unless it is mostly a plain English word ("will", "ward", "hope").

The result is plain text; the overview's template escapes it like any other string.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

DEFAULT_LIMIT = 180
PHI_PREFIXES = ("phi.", "patient_interaction.")

# NER labels worth masking and the label they get.
_NER_LABELS: Mapping[str, str] = {
    "PERSON": "name",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "place",
    "NORP": "detail",
    "DATE": "date",
    "TIME": "date",
}

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)

# Order is priority when spans overlap (earlier wins the label).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
    ("link", re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)),
    ("phone", re.compile(r"\+\d[\d ().-]{6,18}\d")),
    ("phone", re.compile(r"(?<![\w/])\(?\d{2,5}\)?[ .-]\d{3,4}[ .-]\d{3,5}(?![\w/])")),
    ("handle", re.compile(r"(?<![\w@])@\w{1,50}(?:@[\w.-]+)?")),
    ("detail", re.compile(r"(?<!\w)#\w+")),
    (
        "age",
        re.compile(
            r"\b\d{1,3}\s*(?:-|\s)?\s*(?:years?|yrs?|yo|y/o|y\.o\.|month|months|week|weeks)"
            r"(?:\s*-?\s*old)?\b|\b(?:aged?|age)\s*\d{1,3}\b|"
            r"\b(?:in\s+(?:his|her|their)\s+)?(?:early\s+|mid\s+|late\s+)?\d0s\b",
            re.IGNORECASE,
        ),
    ),
    (
        "date",
        re.compile(
            rf"\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b|"
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b\.?(?:\s+\d{{2,4}})?|"
            rf"\b(?:{_MONTHS})\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|"
            rf"\b(?:last|next|this|on)?\s*(?:{_DAYS})\b\.?|"
            r"\b(?:yesterday|today|tonight|tomorrow|last\s+night|this\s+morning)\b",
            re.IGNORECASE,
        ),
    ),
    ("number", re.compile(r"\d+(?:[.,:]\d+)*")),
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…]\s*$|^\s*$|[\n\r:;\"“(]\s*$")
# Capitalised words that are too common to be a name and would only blank out the meaning.
_COMMON_CAPITALISED = frozenset(
    "i i'm i've i'd i'll ok okay ed icu gp er nhs hse dr mr mrs ms nurse doctor "
    "a an the this that these those my our your his her their its we you he she they it "
    "and but or so if when what why how who where which just not no yes".split()
)


# Words that are names in the lists above but far more often plain English; they are masked
# only where capitalisation says they are names (mid-sentence), never in lower case.
_ENGLISH_WORD_NAMES = frozenset(
    "one see than left day hill kit ward west will may mark bill rose sue pat art ray jack frank "
    "grace hope joy faith june august cliff drew rich max penny ivy holly lily daisy crystal "
    "ginger honey candy sandy rusty king little life field wood green white brown young fall "
    "pink link honor mercy relief experience silence providence deliverance duty patience "
    "prudence charity temperance pleasant obedience governor junior cook baker miller walker "
    "hall ford moss reed wash bat app ant ado gum hop tick mock squat nap chat cage dot bell "
    "pip gay glory court crate dutch salmon kill sis sly hub nib peg mat van vet vest win dean "
    "angel sunny eve berry ash bud green con dob india arizona california summer dawn april "
    "chance hunter chase miles gene earl guy lee les del don mac".split()
)


def redact(
    text: str,
    findings: Iterable[Mapping[str, Any]] = (),
    *,
    doc: object | None = None,
    use_nlp: bool = True,
    limit: int | None = DEFAULT_LIMIT,
    names: frozenset[str] = frozenset(),
) -> str:
    """``text`` with identifying stretches replaced by labels, cut to ``limit`` characters.

    ``findings`` are contract FINDING dicts of this text (their evidence offsets index it);
    ``doc`` a spaCy doc of it when the caller has one, else one is made when ``use_nlp``;
    ``names`` the roster's name keys (:func:`roster_name_keys`): any word that is one of
    them is masked in any case ("discharged sue boyle").
    """
    if doc is None and use_nlp and text.strip():
        from classifiers import nlp

        doc = nlp.docs_for([text])[0]
    spans = list(_finding_spans(text, findings))
    spans += _pattern_spans(text)
    spans += _ner_spans(doc)
    spans += _word_spans(text, names)
    return _shorten(_apply(text, spans), limit)


def redact_many(
    texts: Sequence[str],
    findings: Sequence[Iterable[Mapping[str, Any]]] | None = None,
    *,
    use_nlp: bool = True,
    limit: int | None = DEFAULT_LIMIT,
    names: frozenset[str] = frozenset(),
) -> list[str]:
    """``redact`` over several texts with one batched spaCy pass."""
    docs: list[object | None] = [None] * len(texts)
    if use_nlp and texts:
        from classifiers import nlp

        docs = list(nlp.docs_for(list(texts)))
    findings = findings if findings is not None else [() for _ in texts]
    return [
        redact(t, f, doc=d, use_nlp=False, limit=limit, names=names)
        for t, f, d in zip(texts, findings, docs, strict=True)
    ]


def _finding_spans(
    text: str, findings: Iterable[Mapping[str, Any]]
) -> Iterable[tuple[int, int, str]]:
    for finding in findings:
        rule = str(finding.get("rule", ""))
        category = str(finding.get("category", ""))
        if not (rule.startswith(PHI_PREFIXES) or category in ("phi", "patient_interaction")):
            continue
        for evidence in finding.get("evidence") or ():
            start, end = int(evidence.get("start", 0)), int(evidence.get("end", 0))
            if 0 <= start < end <= len(text):
                yield start, end, "detail"


def _pattern_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), label) for label, p in _PATTERNS for m in p.finditer(text)]


def _ner_spans(doc: object | None) -> list[tuple[int, int, str]]:
    if doc is None:
        return []
    return [
        (e.start_char, e.end_char, _NER_LABELS[e.label_])
        for e in getattr(doc, "ents", ())
        if e.label_ in _NER_LABELS
    ]


def _word_spans(
    text: str, roster_names: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """Roster names in any case, capitalised words mid-sentence, known and rare names."""
    names = known_names()
    vocabulary = english_vocabulary()
    spans = []
    words = list(_WORD.finditer(text))
    for index, match in enumerate(words):
        word = match.group()
        key = word.casefold().replace("’", "'")
        if roster_names and _is_roster_name(word, roster_names):
            spans.append((match.start(), match.end(), "name"))
            continue
        following = words[index + 1].group() if index + 1 < len(words) else ""
        if (
            roster_names
            and (key in names or key in _ENGLISH_WORD_NAMES)
            and following
            and _is_roster_name(following, roster_names)
        ):
            spans.append((match.start(), match.end(), "name"))  # "sue" in "sue boyle"
            continue
        if key in _COMMON_CAPITALISED:
            continue
        if word.isupper() and len(word) <= 3:
            continue  # ED, ICU, MRN, GP: acronyms, not names
        starts_sentence = bool(_SENTENCE_END.search(text[: match.start()]))
        if not starts_sentence and word[0].isupper():
            spans.append((match.start(), match.end(), "name"))
        elif (key in names or _fold(key) in names) and key not in _ENGLISH_WORD_NAMES:
            spans.append((match.start(), match.end(), "name"))
        elif word[0].isupper() and vocabulary and _fold(_stem(key)) not in vocabulary:
            spans.append((match.start(), match.end(), "name"))  # a rare word: a name, a place
    return spans


_CLITICS = ("'d", "'s", "'ll", "'re", "'ve", "'t", "'m")


def _stem(key: str) -> str:
    """"you'd" -> "you" (a contraction is an ordinary word); "o'brien" stays whole."""
    for clitic in _CLITICS:
        if key.endswith(clitic):
            return key[: -len(clitic)]
    return key


def _is_roster_name(word: str, roster_names: frozenset[str]) -> bool:
    from classifiers.names import keys_of

    return bool(keys_of(word, surname=True) & roster_names)


def roster_name_keys(roster: Any) -> frozenset[str]:
    """Every first-name, nickname, middle-name and surname key of a loaded roster
    (``classifiers.roster.RosterIndex``), in memory only, for :func:`redact`'s ``names``.

    Keys of one or two letters (initials, particles) are left out: they would mask everyday
    words and identify nobody.
    """
    from classifiers.names import related_first_names

    keys: set[str] = set()
    for entry in getattr(roster, "entries", ()):
        for name in entry.names:
            keys |= name.firsts | name.surname_keys | name.surname_parts | name.middle_keys
            for first in name.firsts:  # Peggy for Margaret, but not "will" for William
                keys |= set(related_first_names(first)) - _ENGLISH_WORD_NAMES
    return frozenset(k for k in keys if len(k) > 2)


def _fold(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def known_names() -> frozenset[str]:
    """First names, nicknames and surnames, folded to lower case: masked wherever they stand."""
    names: set[str] = set()
    try:
        import nicknames

        with resources.files(nicknames).joinpath("names.csv").open(encoding="utf-8") as fh:
            for row in csv.reader(fh):
                if len(row) == 3 and row[0] != "name1":
                    names.update((row[0].strip().lower(), row[2].strip().lower()))
    except (ImportError, OSError):
        pass
    try:
        frequency = resources.files("classifiers").joinpath("data", "names", "frequency.csv")
        with frequency.open(encoding="utf-8") as fh:
            for row in csv.reader(line for line in fh if not line.startswith("#")):
                if len(row) >= 2 and row[0] in ("surname", "first", "given"):
                    names.add(row[1].strip().lower())
    except (OSError, ModuleNotFoundError):
        pass
    try:
        from classifiers.names import _SUPPLEMENT_GROUPS  # Irish, Igbo, Yoruba, Slavic ... forms

        names.update(n for group in _SUPPLEMENT_GROUPS for n in group)
    except ImportError:
        pass
    # Short, common English words that the lists also hold as names would blank out meaning.
    return frozenset(n for n in names if len(n) > 2) - _COMMON_CAPITALISED


@cache
def english_vocabulary() -> frozenset[str]:
    """Whole words of the encoder's WordPiece vocabulary (~22,000 common English words).

    A capitalised word at the start of a sentence that is *not* one of them (Aoife, Okafor,
    Dungloe) is far more likely a name or a place than an ordinary word, so it is masked.
    """
    try:
        import json

        from classifiers.encoder_export import default_build_dir

        path = Path(default_build_dir()) / "tokenizer.json"
        vocab = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
    except (ImportError, OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha())


def _apply(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Replace the union of ``spans`` with their labels; adjacent masks merge."""
    ordered = sorted(spans, key=lambda s: (s[0], -s[1]))
    merged: list[list[Any]] = []
    for start, end, label in ordered:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, label])
    pieces: list[str] = []
    position = 0
    for start, end, label in merged:
        gap, mask = text[position:start], f"[{label}]"
        if not (pieces and pieces[-1] == mask and not gap.strip()):  # "[name] [name]" -> one
            pieces += [gap, mask]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _shorten(text: str, limit: int | None) -> str:
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit]
    # Never leave half a mask: cut before an unclosed "[".
    if cut.rfind("[") > cut.rfind("]"):
        cut = cut[: cut.rfind("[")]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return cut.rstrip(" ,;:") + " …"
