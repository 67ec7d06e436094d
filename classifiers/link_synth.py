"""Synthetic rosters and connections with known answers, for fitting and evaluating link matching.

Deterministic from a seed: ``build_set(seed)`` returns a roster (CSV rows) and connections
(``Link`` plus the patient each really is, or None, plus the *kind* of variant or decoy).
Seed ``TRAIN_SEED`` fits the score model; ``EVAL_SEED`` is held apart for the figures.
Every person here is invented; the name lists are small, hand-written and deliberately diverse
(Irish, Polish, Nigerian, Arabic, South Asian, Chinese, Spanish, German, Russian, English).

Positive kinds (a connection that is the patient): ``exact``, ``ascii`` (diacritics dropped),
``german_ue`` (Müller -> Mueller), ``punctuation`` (O'Brien -> OBrien, Al-Sayed -> Alsayed),
``decorated`` (case, emoji, title), ``double_surname_part``, ``dropped_middle``, ``nickname``,
``surname_first`` (Wang Xiaoming, 王小明), ``comma`` ("Okafor, Emeka"), ``facebook_name``,
``run_together`` ("margaretobrien"), and the identity kinds ``x_user_id``, ``handle``.
Initials ("M. O'Brien") are not generated: how many other M. O'Briens a clinician knows is
not something a synthetic set can say, so the shipped weight for ``first_initial`` stays 0
and an initial alone never reaches the threshold.

A variant that reads equally well as another patient's name ("Margaret Hollis" when two
Margarets have double-barrelled Hollis surnames) is left out: no name can tell them apart.

Decoy kinds (a connection that is *not* the patient): ``near_surname`` (Johnson/Johnston, same
first name), ``same_first_other_surname``, ``relative`` (same surname, another first name),
``first_name_only``, ``namesake`` (the same very common full name), ``near_handle``,
``other_user_id``; plus ``stranger`` background connections.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from anyascii import anyascii

from scanner.models import Link, Person

TRAIN_SEED = 1
EVAL_SEED = 2

# origin: (first names, surnames). Surnames with diacritics, particles, hyphens on purpose.
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "irish": (
        (
            "Seán",
            "Siobhán",
            "Niamh",
            "Pádraig",
            "Aoife",
            "Ciarán",
            "Róisín",
            "Eoin",
            "Caoimhe",
            "Tadhg",
        ),
        (
            "O'Brien",
            "Murphy",
            "O'Sullivan",
            "McCarthy",
            "Fitzgerald",
            "Brennan",
            "Doyle",
            "Ó Súilleabháin",
            "Byrne",
            "Kavanagh",
        ),
    ),
    "polish": (
        (
            "Katarzyna",
            "Małgorzata",
            "Wojciech",
            "Tomasz",
            "Jakub",
            "Agnieszka",
            "Grzegorz",
            "Zbigniew",
            "Barbara",
            "Krzysztof",
        ),
        (
            "Wiśniewska",
            "Kowalczyk",
            "Wójcik",
            "Kamińska",
            "Lewandowski",
            "Zieliński",
            "Szymańska",
            "Woźniak",
            "Dąbrowski",
            "Jabłońska",
        ),
    ),
    "nigerian": (
        (
            "Chukwuemeka",
            "Ngozika",
            "Chinedu",
            "Ifeoma",
            "Babatunde",
            "Oluwaseun",
            "Adaeze",
            "Obinna",
            "Olufunmilayo",
            "Temitope",
        ),
        (
            "Okafor",
            "Adeyemi",
            "Okonkwo",
            "Nwachukwu",
            "Nwosu",
            "Balogun",
            "Adebayo",
            "Eze",
            "Oyelaran",
            "Chukwuma",
        ),
    ),
    "arabic": (
        (
            "Mohammed",
            "Fatima",
            "Ahmed",
            "Yusuf",
            "Aisha",
            "Omar",
            "Hassan",
            "Khadija",
            "Abdullah",
            "Layla",
        ),
        (
            "Al-Sayed",
            "Haddad",
            "Al-Farsi",
            "El-Amin",
            "Nasser",
            "Khalil",
            "Mansour",
            "Saleh",
            "Al-Rashid",
            "Qureshi",
        ),
    ),
    "south_asian": (
        (
            "Rajesh",
            "Priyanka",
            "Venkatesh",
            "Lakshmi",
            "Sanjay",
            "Deepak",
            "Anjali",
            "Arjun",
            "Krishnan",
            "Sunita",
        ),
        (
            "Patel",
            "Iyer",
            "Reddy",
            "Nair",
            "Gupta",
            "Subramanian",
            "Chatterjee",
            "Mehta",
            "Krishnamurthy",
            "Bhattacharya",
        ),
    ),
    "chinese": (
        ("Xiaoming", "Wei", "Jing", "Hui", "Yan", "Zhiwei", "Mei", "Jun", "Xiuying", "Lei"),
        ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"),
    ),
    "spanish": (
        (
            "Francisco",
            "José",
            "Guadalupe",
            "Jesús",
            "Ignacio",
            "Dolores",
            "Manuel",
            "Rosario",
            "Alejandro",
            "Concepción",
        ),
        (
            "García Márquez",
            "Fernández",
            "Rodríguez",
            "Núñez",
            "Muñoz",
            "Ibáñez",
            "Sánchez Vidal",
            "Gómez",
            "de la Cruz",
            "Peña",
        ),
    ),
    "german": (
        (
            "Jürgen",
            "Johannes",
            "Stefanie",
            "Ulrich",
            "Josef",
            "Franziska",
            "Friedrich",
            "Günther",
            "Wolfgang",
            "Käthe",
        ),
        (
            "Müller",
            "Schröder",
            "Köhler",
            "Weiß",
            "Krüger",
            "Hoffmann",
            "Schäfer",
            "Bäumer",
            "von Brück",
            "Jäger",
        ),
    ),
    "russian": (
        (
            "Aleksandr",
            "Mikhail",
            "Dmitri",
            "Ekaterina",
            "Natalia",
            "Ivan",
            "Yelena",
            "Anastasia",
            "Aleksandra",
            "Sergei",
        ),
        (
            "Ivanov",
            "Petrova",
            "Smirnov",
            "Volkova",
            "Kuznetsov",
            "Sokolova",
            "Popov",
            "Lebedeva",
            "Morozov",
            "Novikova",
        ),
    ),
    "english": (
        (
            "Margaret",
            "Robert",
            "William",
            "Elizabeth",
            "Thomas",
            "Katherine",
            "Richard",
            "Jennifer",
            "Michael",
            "Patricia",
        ),
        (
            "Johnson",
            "Thompson",
            "Harrison",
            "Robinson",
            "Anderson",
            "Whitfield",
            "Blackwood",
            "Pemberton",
            "Ashworth",
            "Kingsley",
        ),
    ),
}
# Second halves of double-barrelled surnames, apart from the base lists so families stay distinct.
DOUBLE_BARREL_PARTS = {
    "german": ("Lindemann", "Brandt", "Voigt"),
    "polish": ("Grabowska", "Pawlak", "Michalska"),
    "english": ("Fairweather", "Ashcombe", "Hollis"),
    "irish": ("Gallagher", "Cullinane", "Moriarty"),
}
HANZI = {
    "Wang": "王",
    "Zhang": "张",
    "Liu": "刘",
    "Chen": "陈",
    "Huang": "黄",
    "Zhao": "赵",
    "Wu": "吴",
    "Zhou": "周",
    "Xu": "徐",
    "Sun": "孙",
    "Xiaoming": "小明",
    "Wei": "伟",
    "Jing": "静",
    "Hui": "慧",
    "Yan": "燕",
    "Zhiwei": "志伟",
    "Mei": "梅",
    "Jun": "军",
    "Xiuying": "秀英",
    "Lei": "磊",
}
# Short forms people go by (from the nicknames table and classifiers.names' supplement).
NICKNAMES = {
    "Margaret": ("Maggie", "Peggy", "Meg"),
    "Robert": ("Bob", "Rob", "Bobby"),
    "William": ("Bill", "Will", "Liam"),
    "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Thomas": ("Tom", "Tommy"),
    "Katherine": ("Kate", "Kathy", "Katie"),
    "Richard": ("Rick", "Dick", "Rich"),
    "Jennifer": ("Jen", "Jenny"),
    "Michael": ("Mike", "Mick"),
    "Patricia": ("Pat", "Patty", "Trish"),
    "Chukwuemeka": ("Emeka",),
    "Ngozika": ("Ngozi",),
    "Chinedu": ("Nedu",),
    "Ifeoma": ("Ify",),
    "Babatunde": ("Tunde",),
    "Oluwaseun": ("Seun",),
    "Adaeze": ("Ada",),
    "Obinna": ("Obi",),
    "Olufunmilayo": ("Funmi",),
    "Temitope": ("Tope", "Temi"),
    "Seán": ("Shane", "Shaun"),
    "Siobhán": ("Shevaun",),
    "Pádraig": ("Paddy", "Patrick"),
    "Ciarán": ("Kieran",),
    "Eoin": ("Owen",),
    "Katarzyna": ("Kasia",),
    "Małgorzata": ("Gosia",),
    "Wojciech": ("Wojtek",),
    "Tomasz": ("Tomek",),
    "Jakub": ("Kuba",),
    "Agnieszka": ("Aga",),
    "Grzegorz": ("Grzesiek",),
    "Barbara": ("Basia", "Barb"),
    "Zbigniew": ("Zbyszek",),
    "Krzysztof": ("Krzysiek",),
    "Mohammed": ("Mo", "Muhammad", "Mohamed"),
    "Ahmed": ("Ahmad",),
    "Yusuf": ("Youssef",),
    "Hassan": ("Hasan",),
    "Fatima": ("Fatimah",),
    "Aisha": ("Ayesha",),
    "Abdullah": ("Abdallah",),
    "Rajesh": ("Raj",),
    "Priyanka": ("Priya",),
    "Venkatesh": ("Venkat", "Venky"),
    "Sanjay": ("Sanju",),
    "Krishnan": ("Krish",),
    "Francisco": ("Paco", "Pancho"),
    "José": ("Pepe",),
    "Guadalupe": ("Lupe",),
    "Jesús": ("Chuy",),
    "Ignacio": ("Nacho",),
    "Dolores": ("Lola",),
    "Manuel": ("Manolo",),
    "Rosario": ("Charo",),
    "Alejandro": ("Alex",),
    "Concepción": ("Concha",),
    "Johannes": ("Hans",),
    "Josef": ("Sepp",),
    "Stefanie": ("Steffi",),
    "Ulrich": ("Uli",),
    "Friedrich": ("Fritz",),
    "Franziska": ("Franzi",),
    "Aleksandr": ("Sasha", "Alexander"),
    "Mikhail": ("Misha",),
    "Dmitri": ("Dima", "Dmitry"),
    "Ekaterina": ("Katya",),
    "Natalia": ("Natasha",),
    "Ivan": ("Vanya",),
    "Yelena": ("Lena", "Elena"),
    "Anastasia": ("Nastya",),
    "Aleksandra": ("Sasha", "Alexandra"),
}
NEAR_SURNAMES = {
    "Johnson": "Johnston",
    "Thompson": "Thomson",
    "Harrison": "Harris",
    "Robinson": "Robertson",
    "Anderson": "Andersen",
    "Whitfield": "Whitefield",
    "Blackwood": "Blackwell",
    "Pemberton": "Pembleton",
    "Ashworth": "Ashford",
    "Kingsley": "Kinsley",
    "O'Brien": "O'Brian",
    "Murphy": "Murray",
    "O'Sullivan": "O'Sullivane",
    "McCarthy": "McCartney",
    "Fitzgerald": "Fitzgibbon",
    "Brennan": "Brannan",
    "Doyle": "Boyle",
    "Byrne": "Byrnes",
    "Kavanagh": "Cavanagh",
    "Wiśniewska": "Wiśniewicz",
    "Kowalczyk": "Kowalski",
    "Wójcik": "Wójtowicz",
    "Kamińska": "Kamińskas",
    "Lewandowski": "Lewandowicz",
    "Zieliński": "Zielonka",
    "Woźniak": "Woźny",
    "Dąbrowski": "Dąbrowa",
    "Okafor": "Okafur",
    "Adeyemi": "Adeyemo",
    "Okonkwo": "Okonjo",
    "Nwachukwu": "Nwachukwuma",
    "Nwosu": "Nwoso",
    "Balogun": "Balogunn",
    "Adebayo": "Adebola",
    "Eze": "Ezeh",
    "Haddad": "Haddadi",
    "Nasser": "Nassar",
    "Khalil": "Khalili",
    "Mansour": "Mansouri",
    "Saleh": "Salehi",
    "Qureshi": "Qureishi",
    "Patel": "Pathak",
    "Iyer": "Iyengar",
    "Reddy": "Reddi",
    "Nair": "Naik",
    "Gupta": "Gupte",
    "Mehta": "Mehra",
    "Chatterjee": "Chaterji",
    "Chen": "Cheng",
    "Zhang": "Zheng",
    "Liu": "Lu",
    "Wang": "Wong",
    "Huang": "Hwang",
    "Zhao": "Zhai",
    "Fernández": "Hernández",
    "Rodríguez": "Rodrigues",
    "Núñez": "Nuño",
    "Muñoz": "Muños",
    "Ibáñez": "Ibarra",
    "Gómez": "Gomes",
    "Peña": "Peñalver",
    "Müller": "Möller",
    "Schröder": "Schröter",
    "Köhler": "Kohlmann",
    "Krüger": "Kröger",
    "Hoffmann": "Hoffmeister",
    "Schäfer": "Schaefers",
    "Jäger": "Jägers",
    "Ivanov": "Ivankov",
    "Smirnov": "Smirnoff",
    "Kuznetsov": "Kuzmin",
    "Popov": "Popovic",
    "Morozov": "Morozko",
    "Petrova": "Petrovna",
    "Volkova": "Volkovich",
    "Sokolova": "Sokolovska",
    "Lebedeva": "Lebedenko",
    "Novikova": "Novitskaya",
}
# Very common names (all in data/names/frequency.csv): a namesake who is not the patient is
# likely, and the score must know it. Namesakes per patient ~ Poisson(NAMESAKE_SCALE x first
# frequency x surname frequency). The scale is connections / prior: a clinician with ~1,000
# connections, and a 1-in-20 prior that a given patient is among them, gives 20,000: a
# "James Smith" connection is then the rostered James Smith about one time in four.
COMMON_FIRSTS = (
    "James",
    "John",
    "Robert",
    "Michael",
    "David",
    "Mary",
    "Jennifer",
    "Linda",
    "Maria",
    "Mohammed",
    "Wei",
    "Sarah",
    "Daniel",
    "Anna",
    "Joseph",
    "Paul",
    "Emily",
    "Laura",
)
COMMON_SURNAMES = (
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Wang",
    "Li",
    "Khan",
    "Singh",
    "Murphy",
    "Nguyen",
    "Kim",
    "Lee",
    "Ali",
    "Patel",
    "Taylor",
)
COMMON_SHARE = 0.15
NAMESAKE_SCALE = 20000.0
STRANGER_FIRSTS = (
    "Olivia",
    "Noah",
    "Ava",
    "Lucas",
    "Chloe",
    "Ethan",
    "Zara",
    "Kwame",
    "Ines",
    "Hugo",
    "Yuki",
    "Tariq",
    "Freya",
    "Mateo",
    "Leila",
    "Oscar",
    "Amara",
    "Nikolai",
    "Sofia",
    "Ravi",
)
STRANGER_SURNAMES = (
    "Lindqvist",
    "Mensah",
    "Tanaka",
    "Moreau",
    "Costa",
    "Berg",
    "Haddock",
    "Oyelowo",
    "Nakamura",
    "Rossi",
    "Dubois",
    "Kaur",
    "Silva",
    "Jensen",
    "Quinn",
    "Farouk",
    "Lund",
    "Varga",
    "Papadopoulos",
    "Ortega",
)
EMOJI = ("🌸", "✨", "🏳️‍🌈", "💙", "🇳🇬", "🇮🇪", "☘️")


@dataclass(frozen=True, slots=True)
class SyntheticPatient:
    """A roster row plus the parts the generator builds variants from."""

    row: dict[str, str]
    origin: str
    first: str
    middle: str
    surname: str


@dataclass(frozen=True, slots=True)
class SyntheticConnection:
    """A link and the truth: which patient it is (None for a decoy or stranger), and its kind."""

    link: Link
    truth: str | None
    kind: str

    @property
    def by_name(self) -> bool:
        """True when only the display name can match it (no id, no handle)."""
        return self.kind not in IDENTITY_KINDS


@dataclass(frozen=True, slots=True)
class SyntheticSet:
    """A roster and its connections."""

    seed: int
    patients: tuple[SyntheticPatient, ...]
    connections: tuple[SyntheticConnection, ...]

    def roster_rows(self) -> list[dict[str, str]]:
        """The roster as CSV rows (``patient_ref``, ``name``, ``dob`` ...)."""
        return [p.row for p in self.patients]


IDENTITY_KINDS = frozenset({"x_user_id", "handle", "near_handle", "other_user_id"})
ROSTER_COLUMNS = (
    "patient_ref",
    "name",
    "dob",
    "email",
    "phone",
    "x_handle",
    "x_user_id",
    "facebook_name",
    "instagram_handle",
    "mastodon_handle",
    "bluesky_handle",
)


def _email_stem(first: str, surname: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{_ascii(first)}.{_ascii(surname)}".lower())


def _firsts(origin: str) -> tuple[str, ...]:
    return COMMON_FIRSTS if origin == "common" else ORIGINS[origin][0]


def _ascii(text: str) -> str:
    return anyascii(text)


def _german(text: str) -> str:
    table = str.maketrans(
        {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    )
    return text.translate(table)


def _handle_for(rng: random.Random, first: str, surname: str) -> str:
    base = (_ascii(first) + _ascii(surname)).replace("'", "").replace(" ", "").replace("-", "")
    return (
        f"{base.lower()}{rng.randint(1, 99)}"
        if rng.random() < 0.5
        else f"{base[:1].lower()}_{base[len(first) :].lower()}"
    )


def _make_patient(
    rng: random.Random, index: int, origin: str, first: str, surname: str
) -> SyntheticPatient:
    firsts = _firsts(origin)
    others = [f for f in firsts if f != first]
    middle = rng.choice(others) if others and rng.random() < 0.3 else ""
    if (
        origin in ("german", "polish", "english", "irish")
        and " " not in surname
        and rng.random() < 0.25
    ):
        surname = f"{surname}-{rng.choice(DOUBLE_BARREL_PARTS[origin])}"
    name = " ".join(p for p in (first, middle, surname) if p)
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 65))
    handle = _handle_for(rng, first, surname)
    row = {
        "patient_ref": f"P{index:05d}",
        "name": name,
        "dob": born.isoformat(),
        "email": f"{_email_stem(first, surname)}{rng.randint(1, 999)}@example.org",
        "phone": f"+44 7700 9{rng.randint(0, 99999):05d}",
        "x_handle": handle if rng.random() < 0.35 else "",
        "x_user_id": str(rng.randint(10**17, 10**18)) if rng.random() < 0.3 else "",
        "facebook_name": "",
        "instagram_handle": f"{handle}.ig" if rng.random() < 0.15 else "",
        "mastodon_handle": f"@{handle}@mastodon.example" if rng.random() < 0.1 else "",
        "bluesky_handle": f"{handle}.bsky.social" if rng.random() < 0.1 else "",
    }
    return SyntheticPatient(row=row, origin=origin, first=first, middle=middle, surname=surname)


def _with_facebook_name(rng: random.Random, patient: SyntheticPatient) -> SyntheticPatient:
    """Some rosters record the name a patient uses on Facebook (married name, short form)."""
    other_surname = rng.choice(STRANGER_SURNAMES)
    row = dict(patient.row, facebook_name=f"{patient.first} {other_surname}")
    return SyntheticPatient(row, patient.origin, patient.first, patient.middle, patient.surname)


# Positive variants: patient -> display name (or None when the kind does not apply) ----------------
def _v_exact(rng: random.Random, p: SyntheticPatient) -> str | None:
    return p.row["name"]


def _v_ascii(rng: random.Random, p: SyntheticPatient) -> str | None:
    name = f"{p.first} {p.surname}"
    return _ascii(name) if _ascii(name) != name else None


def _v_german(rng: random.Random, p: SyntheticPatient) -> str | None:
    name = f"{p.first} {p.surname}"
    return _german(name) if _german(name) != name else None


def _v_punctuation(rng: random.Random, p: SyntheticPatient) -> str | None:
    if not any(c in p.surname for c in "'- "):
        return None
    surname = p.surname.replace("'", "").replace("-", rng.choice(["", " "]))
    if " " in surname and rng.random() < 0.5:
        surname = surname.replace(" ", "")
    return f"{p.first} {surname}"


def _v_decorated(rng: random.Random, p: SyntheticPatient) -> str | None:
    name = f"{p.first} {p.surname}"
    style = rng.randrange(4)
    if style == 0:
        return f"{name.lower()} {rng.choice(EMOJI)}"
    if style == 1:
        return name.upper()
    if style == 2:
        return f"{rng.choice(['Dr.', 'Mrs', 'Mr.', 'Ms'])} {name}"
    return f"{name} {rng.choice(EMOJI)}{rng.choice(EMOJI)}"


def _v_double_part(rng: random.Random, p: SyntheticPatient) -> str | None:
    from classifiers.names import PARTICLES, compact

    parts = [w for w in re.split(r"[ ]|-(?!.*-)", p.surname) if compact(w) not in PARTICLES]
    return f"{p.first} {rng.choice(parts)}" if len(parts) > 1 else None


def _v_dropped_middle(rng: random.Random, p: SyntheticPatient) -> str | None:
    return f"{p.first} {p.surname}" if p.middle else None


def _v_nickname(rng: random.Random, p: SyntheticPatient) -> str | None:
    nicks = NICKNAMES.get(p.first)
    return f"{rng.choice(nicks)} {p.surname}" if nicks else None


def _v_surname_first(rng: random.Random, p: SyntheticPatient) -> str | None:
    if p.origin != "chinese":
        return None
    if p.first in HANZI and p.surname in HANZI and rng.random() < 0.5:
        return HANZI[p.surname] + HANZI[p.first]
    return f"{p.surname} {p.first}"


def _v_comma(rng: random.Random, p: SyntheticPatient) -> str | None:
    return f"{p.surname}, {p.first}"


def _v_run_together(rng: random.Random, p: SyntheticPatient) -> str | None:
    if " " in p.surname:
        return None
    return _ascii(f"{p.first}{p.surname}").replace("'", "").replace("-", "").lower()


POSITIVE_VARIANTS: dict[str, Callable[[random.Random, SyntheticPatient], str | None]] = {
    "exact": _v_exact,
    "ascii": _v_ascii,
    "german_ue": _v_german,
    "punctuation": _v_punctuation,
    "decorated": _v_decorated,
    "double_surname_part": _v_double_part,
    "dropped_middle": _v_dropped_middle,
    "nickname": _v_nickname,
    "surname_first": _v_surname_first,
    "comma": _v_comma,
    "run_together": _v_run_together,
}


# Kinds that apply to few names: each patient they apply to gets one, so all are well represented.
RARE_KINDS = frozenset(
    {"german_ue", "punctuation", "double_surname_part", "dropped_middle", "surname_first"}
)


def _link(platform: str, relation: str, person: Person) -> Link:
    return Link(platform=platform, account="drexample", relation=relation, other=person)  # type: ignore[arg-type]


def _name_link(rng: random.Random, name: str, born: str | None = None) -> Link:
    """A connection showing ``name``; on handle platforms the handle often holds the name too,
    and for the real patient (``born`` given) sometimes the birth year."""
    platform = rng.choice(["facebook", "facebook", "x", "instagram"])
    relation = "friend" if platform == "facebook" else rng.choice(["follower", "following"])
    handle = None
    if platform != "facebook":
        base = re.sub(r"[^a-z]", "", _ascii(name).lower())[:12] or "user"
        digits = born[2:4] if born and rng.random() < 0.4 else f"{rng.randint(0, 99):02d}"
        handle = rng.choice([f"user{rng.randint(1000, 99999)}", f"{base}{digits}"])
    return _link(
        platform, relation, Person(id=str(rng.randint(10**9, 10**10)), name=name, handle=handle)
    )


def build_set(seed: int, *, patients: int = 100, strangers: int = 150) -> SyntheticSet:
    """A roster of ``patients`` (plus the very common names) and its connections, from ``seed``."""
    rng = random.Random(seed)
    roster: list[SyntheticPatient] = []
    origins = list(ORIGINS)
    used: set[tuple[str, str]] = set()
    while len(roster) < patients:
        if rng.random() < COMMON_SHARE:
            origin, first, surname = (
                "common",
                rng.choice(COMMON_FIRSTS),
                rng.choice(COMMON_SURNAMES),
            )
        else:
            origin = origins[len(roster) % len(origins)]
            first, surname = rng.choice(ORIGINS[origin][0]), rng.choice(ORIGINS[origin][1])
        if (first, surname) in used:
            continue
        used.add((first, surname))
        patient = _make_patient(rng, len(roster) + 1, origin, first, surname)
        roster.append(_with_facebook_name(rng, patient) if rng.random() < 0.06 else patient)
    connections: list[SyntheticConnection] = []
    for patient in roster:
        connections.extend(_connections_of(rng, patient, roster))
    connections.extend(_strangers(rng, strangers, roster))
    rng.shuffle(connections)
    return SyntheticSet(seed=seed, patients=tuple(roster), connections=tuple(connections))


def _connections_of(
    rng: random.Random, p: SyntheticPatient, roster: list[SyntheticPatient]
) -> list[SyntheticConnection]:
    ref = p.row["patient_ref"]
    out: list[SyntheticConnection] = []
    kinds = [k for k in POSITIVE_VARIANTS if POSITIVE_VARIANTS[k](random.Random(0), p) is not None]
    rare = [k for k in kinds if k in RARE_KINDS] or [k for k in kinds if k in ("ascii", "nickname")]
    chosen = [rng.choice(rare)] if rare else []
    chosen += rng.sample([k for k in kinds if k not in chosen], k=rng.choice([0, 1, 1, 2]))
    for kind in chosen or [rng.choice(kinds)]:
        name = POSITIVE_VARIANTS[kind](rng, p)
        if name and not _could_be_a_patient(name, [q for q in roster if q is not p]):
            out.append(SyntheticConnection(_name_link(rng, name, p.row["dob"]), ref, kind))
    if p.row["facebook_name"]:
        out.append(
            SyntheticConnection(
                _link("facebook", "friend", Person(name=p.row["facebook_name"])),
                ref,
                "facebook_name",
            )
        )
    if p.row["x_user_id"]:
        out.append(
            SyntheticConnection(
                _link("x", rng.choice(["follower", "following"]), Person(id=p.row["x_user_id"])),
                ref,
                "x_user_id",
            )
        )
        out.append(
            SyntheticConnection(
                _link("x", "follower", Person(id=str(int(p.row["x_user_id"]) + 1))),
                None,
                "other_user_id",
            )
        )
    if p.row["x_handle"]:
        shown = rng.choice([p.row["x_handle"].upper(), "@" + p.row["x_handle"], p.row["x_handle"]])
        out.append(
            SyntheticConnection(
                _link("x", "following", Person(id=str(rng.randint(10**9, 10**10)), handle=shown)),
                ref,
                "handle",
            )
        )
        out.append(
            SyntheticConnection(
                _link(
                    "x",
                    "follower",
                    Person(id=str(rng.randint(10**9, 10**10)), handle=p.row["x_handle"] + "_"),
                ),
                None,
                "near_handle",
            )
        )
    if p.row["mastodon_handle"]:
        out.append(
            SyntheticConnection(
                _link(
                    "mastodon",
                    "follower",
                    Person(handle=p.row["mastodon_handle"].lstrip("@").upper()),
                ),
                ref,
                "handle",
            )
        )
    out.extend(_decoys_of(rng, p, roster))
    return out


def _could_be_a_patient(name: str, roster: list[SyntheticPatient]) -> bool:
    """True when ``name`` agrees with some patient's name as a true variant would.

    Decoys must be clean negatives: with small name lists, "Wolfgang Schäfer-Voigt" made up as
    a relative of one patient may be a fair reading of another patient, "Wolfgang Schäfer".
    """
    from classifiers.names import first_relation, parse_name, surname_relation

    parsed = parse_name(name)
    for patient in roster:
        for roster_name in filter(None, (patient.row["name"], patient.row["facebook_name"])):
            theirs = parse_name(roster_name)
            if first_relation(parsed, theirs) in ("exact", "nickname") and surname_relation(
                parsed, theirs
            )[0] in ("exact", "part", "middle"):
                return True
    return False


def _decoys_of(
    rng: random.Random, p: SyntheticPatient, roster: list[SyntheticPatient]
) -> list[SyntheticConnection]:
    """People who are not this patient, but whose names come close (never a fair reading of one)."""
    candidates = _decoy_candidates(rng, p, roster)
    return [
        c
        for c in candidates
        if c.kind == "namesake" or not _could_be_a_patient(c.link.other.name or "", roster)
    ]


def _decoy_candidates(
    rng: random.Random, p: SyntheticPatient, roster: list[SyntheticPatient]
) -> list[SyntheticConnection]:
    out: list[SyntheticConnection] = []
    taken = {(q.first, q.surname) for q in roster}
    base_surname = p.surname.split("-")[0]
    for _ in range(_poisson(rng, expected_namesakes(p.first, p.surname))):
        out.append(SyntheticConnection(_name_link(rng, f"{p.first} {p.surname}"), None, "namesake"))
    near = NEAR_SURNAMES.get(base_surname)
    if near and (p.first, near) not in taken and rng.random() < 0.6:
        out.append(SyntheticConnection(_name_link(rng, f"{p.first} {near}"), None, "near_surname"))
    if rng.random() < 0.3:
        surname = rng.choice(
            [s for s in STRANGER_SURNAMES if f"{p.first} {s}" != p.row["facebook_name"]]
        )
        out.append(
            SyntheticConnection(
                _name_link(rng, f"{p.first} {surname}"), None, "same_first_other_surname"
            )
        )
    if rng.random() < 0.3:
        firsts = [
            f
            for f in _firsts(p.origin)
            if (f, p.surname) not in taken
            and f not in (p.first, p.middle)
            and f not in NICKNAMES.get(p.first, ())
            and p.first not in NICKNAMES.get(f, ())
        ]
        if firsts:
            out.append(
                SyntheticConnection(
                    _name_link(rng, f"{rng.choice(firsts)} {p.surname}"), None, "relative"
                )
            )
    if rng.random() < 0.15:
        out.append(SyntheticConnection(_name_link(rng, p.first), None, "first_name_only"))
    return out


def expected_namesakes(first: str, surname: str) -> float:
    """How many of one clinician's connections share this full name without being the patient."""
    from classifiers.link_score import per_100k
    from classifiers.names import parse_name

    name = parse_name(f"{first} {surname}")
    frequency = per_100k("first", name.firsts) * per_100k("surname", name.surname_keys) / 1e10
    return NAMESAKE_SCALE * frequency


def _poisson(rng: random.Random, mean: float) -> int:
    count, threshold, product = 0, pow(2.718281828459045, -mean), rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


def _strangers(
    rng: random.Random, count: int, roster: list[SyntheticPatient]
) -> list[SyntheticConnection]:
    taken = {(q.first, q.surname) for q in roster}
    out: list[SyntheticConnection] = []
    while len(out) < count:
        first, surname = rng.choice(STRANGER_FIRSTS), rng.choice(STRANGER_SURNAMES)
        if (first, surname) in taken:
            continue
        out.append(SyntheticConnection(_name_link(rng, f"{first} {surname}"), None, "stranger"))
    return out
