"""Person names: parse, normalize and relate them, so "Maggie O'Brien" can meet "Margaret OBrien".

Roster names and the names connections show on a platform are written by different people in
different places, so the same person appears as "Zoë Müller-Wiśniewska" in the hospital system
and "zoe mueller 🌸" on Facebook. This module turns each name into a ``ParsedName`` of
*folded keys* (lower-case ASCII, no punctuation or spacing) and says how two first names and
two surnames relate. Scoring those relations into a probability is ``classifiers.link_score``.

What each library contributes (all maintained, all offline):

- ``nameparser`` (``HumanName``): splits a display name into title, first, middle, last,
  suffix and quoted nickname; knows "Last, First", "Dr ... MD" and surname particles
  ("van der", "de la", "bin", "Al").
- ``anyascii``: transliterates any script to ASCII (Wiśniewska -> Wisniewska, Zoë -> Zoe,
  Александр -> Aleksandr, 王小明 -> WangXiaoMing), which is what people type when their
  keyboard lacks a letter.
- ``nicknames`` (``NickNamer``, the Old Dominion / carltonnorthern English nickname table):
  Maggie/Margaret, Bob/Robert, Bill/William, Liz/Elizabeth, Tom/Thomas and about a thousand more.
- ``jellyfish``: Jaro-Winkler similarity of surnames, the "how near a miss" feature
  (Johnson/Johnston is 0.975: near, and still a different family).

What they lack, supplemented here in small documented tables:

- German transliteration: anyascii gives Müller -> Muller, but Germans write Mueller; both
  are keys (and every key also gets an umlaut fold ue->u, so Mueller meets Muller).
- Non-English short forms and transliteration variants (``_SUPPLEMENT_GROUPS``): Igbo and
  Yoruba (Emeka/Chukwuemeka, Tunde/Babatunde), Irish (Seán/Shaun/Shawn/Shane, Siobhán/Shevaun),
  Spanish (Paco/Francisco, Pepe/José, Lupe/Guadalupe), Slavic (Sasha/Aleksandr/Alexander,
  Kasia/Katarzyna, Gosia/Małgorzata), German (Hans/Johannes, Sepp/Josef), Arabic spelling
  variants (Mohammed/Muhammad/Mohamed), South Asian short forms (Raj/Rajesh).
- Chinese names written in characters: the first character is the surname (王小明 -> surname
  wang, given name xiaoming); nameparser would read it as one word.

Nothing here logs or raises with a name in it: names are patient data.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import jellyfish
from anyascii import anyascii
from nameparser import HumanName
from nicknames import NickNamer

FirstRelation = Literal["exact", "nickname", "initial", "different", "missing"]
SurnameRelation = Literal["exact", "part", "middle", "near", "different", "missing"]

# Particles that belong to the surname that follows them; alone they identify nobody.
PARTICLES = frozenset(
    "al el ul bin ibn bint abu van von der den de del della di da das dos du la le lo ter ten "
    "mac mc o ni nic ui ua st san santa y e".split()
)

# Each group: names that people use for one another. Keys are folded (see ``fold``).
# Only what ``nicknames`` lacks; the source of each group is common usage in that language.
_SUPPLEMENT_GROUPS: tuple[tuple[str, ...], ...] = (
    # Irish (Gaelic forms and their anglicizations)
    ("sean", "shaun", "shawn", "shane", "seaghan"),
    ("siobhan", "shevaun", "shivaun", "chevonne", "shevon"),
    ("padraig", "patrick", "paddy", "padraic", "podge"),
    ("eoin", "owen", "eoghan"),
    ("niamh", "neve", "neeve"),
    ("aoife", "eefa"),
    ("caoimhe", "keeva", "kweeva"),
    ("ciaran", "kieran", "kieron"),
    ("roisin", "rosheen"),
    ("tadhg", "teague", "taidhg"),
    ("liam", "william"),
    # English short forms the nickname table lacks
    ("katherine", "katie", "kate", "kathy", "kat"),
    ("catherine", "katie", "cathy", "cate", "kate"),
    ("barbara", "barb", "babs"),
    # Igbo
    ("chukwuemeka", "emeka"),
    ("chinedu", "nedu"),
    ("chidiebere", "chidi"),
    ("ifeoma", "ify", "ife"),
    ("adaeze", "ada"),
    ("ikechukwu", "ike"),
    ("obinna", "obi"),
    ("uchechukwu", "uche"),
    ("chiamaka", "amaka"),
    ("nnamdi", "nnam"),
    ("ngozika", "ngozi"),
    # Yoruba
    ("babatunde", "tunde"),
    ("oluwaseun", "seun"),
    ("olufunmilayo", "funmilayo", "funmi"),
    ("oluwakemi", "kemi"),
    ("adedayo", "dayo"),
    ("oluwatobi", "tobi"),
    ("oluwafemi", "femi"),
    ("adewale", "wale"),
    ("temitope", "tope", "temi"),
    ("oluwadamilare", "dami", "damilare"),
    # Spanish
    ("francisco", "paco", "pancho", "curro", "fran", "quico"),
    ("jose", "pepe", "chepe"),
    ("guadalupe", "lupe", "lupita"),
    ("jesus", "chuy", "chucho"),
    ("ignacio", "nacho"),
    ("dolores", "lola"),
    ("concepcion", "concha", "conchita"),
    ("manuel", "manolo", "manu"),
    ("enrique", "quique"),
    ("rafael", "rafa"),
    ("rosario", "charo"),
    ("alejandro", "alex", "ale"),
    ("alejandra", "ale", "alex"),
    ("javier", "javi"),
    ("guillermo", "memo", "guille"),
    ("eduardo", "lalo"),
    ("mercedes", "merche"),
    ("josefa", "pepa"),
    # Slavic (Russian, Ukrainian, Polish), transliteration variants included
    ("aleksandr", "alexander", "aleksander", "oleksandr", "alexandr", "sasha", "sascha", "shura"),
    ("aleksandra", "alexandra", "oleksandra", "sasha", "sascha", "ola", "shura"),
    ("mikhail", "michail", "misha"),
    ("dmitri", "dmitry", "dmitriy", "dima"),
    ("ekaterina", "yekaterina", "katya", "katia"),
    ("yelena", "elena", "lena"),
    ("natalia", "natalya", "natasha"),
    ("ivan", "vanya"),
    ("katarzyna", "kasia", "kaska"),
    ("malgorzata", "gosia", "malgosia"),
    ("barbara", "basia"),
    ("tomasz", "tomek"),
    ("jakub", "kuba"),
    ("wojciech", "wojtek"),
    ("agnieszka", "aga", "agusia"),
    ("grzegorz", "grzesiek"),
    ("magdalena", "magda"),
    ("zbigniew", "zbyszek"),
    ("krzysztof", "krzysiek"),
    ("anastasia", "nastya", "stasia"),
    # German
    ("johannes", "hans", "johann", "jo"),
    ("josef", "sepp", "jupp", "joseph"),
    ("stefanie", "steffi"),
    ("ulrich", "uli"),
    ("friedrich", "fritz"),
    ("wolfgang", "wolf"),
    ("franziska", "franzi"),
    # Arabic: transliteration variants and short forms
    ("mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohamad", "mohd", "mo", "hamoudi"),
    ("ahmed", "ahmad", "ahmet"),
    ("abdullah", "abdallah", "abdulla"),
    ("yusuf", "youssef", "yousef", "yousuf"),
    ("fatima", "fatimah", "fatma"),
    ("hussein", "husain", "hussain", "husein"),
    ("hassan", "hasan"),
    ("aisha", "aishah", "ayesha"),
    ("khadija", "khadijah"),
    ("omar", "umar"),
    # South Asian
    ("rajesh", "raj"),
    ("rajendra", "raj"),
    ("priyanka", "priya"),
    ("venkatesh", "venkat", "venky"),
    ("subramanian", "subbu"),
    ("krishnan", "krish"),
    ("krishna", "krish"),
    ("sanjay", "sanju"),
    ("lakshmi", "laxmi"),
    ("deepak", "deep"),
    ("anand", "andy"),
)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Anything that is not a letter, mark, digit, space or name punctuation: emoji, symbols.
_NOT_NAME_CHAR = re.compile(r"[^\w\s'’`\-.,\"()]", re.UNICODE)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# "ue" written for "ü" between consonants (Mueller, Schroeder, Kuehn): folded to match "Muller".
# Not after g or q, where Spanish "gue", "que" (Rodríguez, Vázquez) is no umlaut.
_UMLAUT_FOLD = re.compile(r"(?<=[b-dfhj-npr-tv-z])([aou])e(?=[b-df-hj-np-tv-z])")


def fold(text: str) -> str:
    """Lower-case ASCII with spaces kept: ``"Zoë  Wiśniewska"`` -> ``"zoe wisniewska"``."""
    ascii_text = anyascii(unicodedata.normalize("NFKC", text)).lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", re.sub(r"[-_.]", " ", ascii_text)).split())


def compact(text: str) -> str:
    """A folded key with no spacing or punctuation: O'Brien, O Brien, OBrien -> ``obrien``."""
    return re.sub(r"[^a-z0-9]", "", anyascii(unicodedata.normalize("NFKC", text)).lower())


def keys_of(word: str, *, surname: bool = False) -> frozenset[str]:
    """Every folded spelling of ``word``: plain and German (ü -> ue); for surnames also ue -> u.

    Müller gives {muller, mueller}; Mueller gives {mueller, muller}; Muller gives {muller}:
    any two of them share a key. The ue -> u fold applies only between consonants and only
    to surnames, so Joe stays apart from Jo and Samuel from Samul.
    """
    keys = {compact(word), compact(unicodedata.normalize("NFC", word).translate(_UMLAUTS))}
    if surname:
        keys |= {_UMLAUT_FOLD.sub(r"\1", key) for key in keys}
    keys.discard("")
    return frozenset(keys)


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name reduced to comparable keys; holds no original spelling beyond what keys imply."""

    firsts: frozenset[str]  # keys of the first name and of a quoted nickname ("Maggie")
    first_initial: str  # "m" when the first name is only an initial, else ""
    middles: tuple[str, ...]  # compact middle names (single letters for initials)
    surname_keys: frozenset[str]  # keys of the whole surname, and of it without particles
    surname_parts: frozenset[str]  # keys of each part of a compound surname
    middle_keys: frozenset[str]  # keys of middle names (a middle name may be a first surname)
    full_compact: str  # first + middles + surname, compacted ("margaretobrien")
    short_compact: str  # first + surname, compacted

    @property
    def first(self) -> str:
        """One representative first-name key (the shortest, stable)."""
        return min(self.firsts, key=lambda k: (len(k), k)) if self.firsts else ""

    @property
    def surname(self) -> str:
        """One representative surname key."""
        return min(self.surname_keys, key=lambda k: (-len(k), k)) if self.surname_keys else ""

    @property
    def has_surname(self) -> bool:
        """False for a single-word name such as "Maggie": a first name alone identifies no one."""
        return bool(self.surname_keys)


def _clean(text: str) -> str:
    cleaned = _NOT_NAME_CHAR.sub(" ", unicodedata.normalize("NFC", text)).replace("’", "'")
    return " ".join(cleaned.split())


def _cjk_name(text: str) -> tuple[str, str] | None:
    """A name in Chinese characters: (given, surname); the first character is the surname."""
    chars = [c for c in text if CJK.match(c)]
    if len(chars) < 2 or re.search(r"[A-Za-z]", text):
        return None
    return "".join(anyascii(c) for c in chars[1:]), anyascii(chars[0])


def _surname_words(last: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", last) if w]


@lru_cache(maxsize=1)
def _reserved_words() -> frozenset[str]:
    """Words that make nameparser's full parse necessary: titles, suffixes, prefixes, "and"."""
    from nameparser.config import CONSTANTS

    words = set(CONSTANTS.titles) | set(CONSTANTS.suffix_acronyms)
    words |= set(CONSTANTS.suffix_not_acronyms) | set(CONSTANTS.prefixes)
    words |= set(CONSTANTS.conjunctions) | PARTICLES
    return frozenset(w.lower().strip(".") for w in words)


def _plain(cleaned: str) -> bool:
    """One to three ordinary words: "First Last" or "First Middle Last", read without nameparser.

    nameparser takes about half a millisecond a name; most names need none of its knowledge,
    and a hospital roster plus a large account's connections are tens of thousands of names.
    """
    words = cleaned.split()
    if not 1 <= len(words) <= 3 or any(c in cleaned for c in ',"()'):
        return False
    reserved = _reserved_words()
    return not any(w.lower().strip(".") in reserved for w in words)


@lru_cache(maxsize=65536)
def parse_name(text: str) -> ParsedName:
    """Parse a display name or roster name into keys (cached: connections repeat)."""
    cleaned = _clean(text or "")
    cjk = _cjk_name(cleaned)
    if cjk:
        first_raw, middles_raw, last_raw, nick_raw = cjk[0], "", cjk[1], ""
    elif _plain(cleaned):
        words = cleaned.split()
        first_raw, middles_raw, last_raw, nick_raw = words[0], " ".join(words[1:-1]), words[-1], ""
        if len(words) == 1:
            last_raw = ""
    else:
        human = HumanName(cleaned)
        first_raw, middles_raw, last_raw, nick_raw = (
            human.first,
            human.middle,
            human.last,
            human.nickname,
        )
        middle_words = middles_raw.split()
        # nameparser leaves some particles ("O Brien") as a middle name: give them back.
        while middle_words and compact(middle_words[-1]) in PARTICLES and last_raw:
            last_raw = f"{middle_words.pop()} {last_raw}"
        middles_raw = " ".join(middle_words)
    first_key = compact(first_raw)
    initial = first_key if len(first_key) == 1 else ""
    firsts = set() if initial else set(keys_of(first_raw))
    for nick in re.split(r"[\s,]+", nick_raw or ""):
        firsts |= keys_of(nick) if len(compact(nick)) > 1 else set()
    middles = tuple(k for k in (compact(m) for m in middles_raw.split()) if k)
    words = _surname_words(last_raw)
    surname_keys = set(keys_of("".join(words), surname=True)) if words else set()
    core = [w for w in words if compact(w) not in PARTICLES]
    if core and len(core) < len(words):
        surname_keys |= keys_of("".join(core), surname=True)
    if words and middles:  # "Byrne McCarthy" for Byrne-McCarthy, "García Márquez"
        surname_keys |= keys_of(middles_raw.replace(" ", "") + "".join(words), surname=True)
    parts: set[str] = set()
    if len(core) > 1:
        for word in core:
            parts |= keys_of(word, surname=True)
    middle_keys: set[str] = set()
    for middle in middles_raw.split():
        if len(compact(middle)) > 2 and compact(middle) not in PARTICLES:
            middle_keys |= keys_of(middle, surname=True)
    surname = compact("".join(words))
    first_compact = initial or compact(first_raw)
    return ParsedName(
        firsts=frozenset(firsts),
        first_initial=initial,
        middles=middles,
        surname_keys=frozenset(surname_keys),
        surname_parts=frozenset(parts - surname_keys),
        middle_keys=frozenset(middle_keys),
        full_compact=first_compact + "".join(middles) + surname,
        short_compact=first_compact + surname,
    )


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=1)
def _supplement() -> dict[str, frozenset[str]]:
    related: dict[str, set[str]] = {}
    for group in _SUPPLEMENT_GROUPS:
        for name in group:
            related.setdefault(name, set()).update(n for n in group if n != name)
    return {name: frozenset(others) for name, others in related.items()}


@lru_cache(maxsize=65536)
def related_first_names(key: str) -> frozenset[str]:
    """First-name keys that are nicknames, formal forms or spelling variants of ``key``.

    Direct relations only: Bob and Bill share "Robert" in the nickname table, but nobody
    calls a Bill "Bob", so shared formal forms do not chain.
    """
    namer = _nicknamer()
    related = set(namer.nicknames_of(key)) | set(namer.canonicals_of(key))
    related |= _supplement().get(key, frozenset())
    return frozenset(compact(n) for n in related) - {key}


def first_relation(a: ParsedName, b: ParsedName) -> FirstRelation:
    """How two first names relate: exact, nickname (or variant), initial, different, missing."""
    if not (a.firsts or a.first_initial) or not (b.firsts or b.first_initial):
        return "missing"
    if a.firsts & b.firsts:
        return "exact"
    if any(related_first_names(k) & b.firsts for k in a.firsts) or any(
        related_first_names(k) & a.firsts for k in b.firsts
    ):
        return "nickname"
    initials_a = {a.first_initial} if a.first_initial else {k[0] for k in a.firsts}
    initials_b = {b.first_initial} if b.first_initial else {k[0] for k in b.firsts}
    if (a.first_initial or b.first_initial) and initials_a & initials_b:
        return "initial"
    return "different"


def surname_relation(a: ParsedName, b: ParsedName) -> tuple[SurnameRelation, float]:
    """How two surnames relate, and their best Jaro-Winkler similarity (1.0 when they share a key).

    ``part``: one side uses one half of the other's compound surname (Smith for O'Brien-Smith).
    ``middle``: one side's surname is the other's middle name (García for "María García
    Márquez", read by nameparser as a middle name; or a maiden name kept as a middle name).
    """
    if not a.surname_keys or not b.surname_keys:
        return "missing", 0.0
    if a.surname_keys & b.surname_keys:
        return "exact", 1.0
    if (a.surname_keys | a.surname_parts) & (b.surname_keys | b.surname_parts):
        return "part", 1.0
    if (a.surname_keys & b.middle_keys) or (b.surname_keys & a.middle_keys):
        return "middle", 1.0
    similarity = max(
        jellyfish.jaro_winkler_similarity(x, y) for x in a.surname_keys for y in b.surname_keys
    )
    return ("near" if similarity >= 0.85 else "different"), similarity


def middle_agreement(a: ParsedName, b: ParsedName) -> int:
    """+1 when both give middle names that agree, -1 when they conflict, 0 when one has none."""
    if not a.middles or not b.middles:
        return 0
    for x in a.middles:
        for y in b.middles:
            if x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]):
                return 1
    return -1


def swapped(name: ParsedName) -> ParsedName:
    """The same name read the other way round (surname first: Chinese, Hungarian, forms)."""
    firsts = frozenset(k for k in name.surname_keys)
    surname_keys = frozenset(name.firsts | ({name.first_initial} if name.first_initial else set()))
    return ParsedName(
        firsts=firsts,
        first_initial="",
        middles=name.middles,
        surname_keys=surname_keys,
        surname_parts=frozenset(),
        middle_keys=frozenset(),
        full_compact=name.full_compact,
        short_compact=name.short_compact,
    )
