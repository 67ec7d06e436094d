"""Name parsing, folding and relations (``classifiers.names``): tables of real-world spellings."""

from __future__ import annotations

import pytest

from classifiers.names import (
    compact,
    first_relation,
    fold,
    keys_of,
    middle_agreement,
    parse_name,
    related_first_names,
    surname_relation,
    swapped,
)


# fmt: off
@pytest.mark.parametrize("text, folded", [
    ("Zoë  Wiśniewska", "zoe wisniewska"),
    ("SEÁN Ó BRIAIN", "sean o briain"),
    ("Jürgen Weiß", "jurgen weiss"),
    ("Mohammed Al-Sayed", "mohammed al sayed"),
    ("Łukasz Dąbrowski", "lukasz dabrowski"),
    ("Ｍａｒｉａ", "maria"),                       # full-width letters (NFKC)
])
def test_fold_lowercases_ascii_and_keeps_word_breaks(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("a, b", [
    ("O'Brien", "OBrien"),
    ("O'Brien", "O Brien"),
    ("O’Brien", "obrien"),                        # typographic apostrophe
    ("Al-Sayed", "Alsayed"),
    ("Al-Sayed", "Al Sayed"),
    ("Wiśniewska", "Wisniewska"),
    ("Zoë", "Zoe"),
])
def test_compact_ignores_punctuation_spacing_and_diacritics(a: str, b: str) -> None:
    assert compact(a) == compact(b)


@pytest.mark.parametrize("a, b, share", [
    ("Müller", "Mueller", True),
    ("Müller", "Muller", True),
    ("Mueller", "Muller", True),                  # umlaut folded between consonants, surnames only
    ("Schröder", "Schroder", True),
    ("Kuehn", "Kuhn", True),
    ("Rodríguez", "Rodriguz", False),             # Spanish "gue" is no umlaut
    ("Vázquez", "Vazquz", False),                 # nor "que"
])
def test_surname_keys_cover_german_transliteration(a: str, b: str, share: bool) -> None:
    assert bool(keys_of(a, surname=True) & keys_of(b, surname=True)) is share


def test_first_name_keys_do_not_fold_umlaut_spellings() -> None:
    assert not keys_of("Joe") & keys_of("Jo")
    assert not keys_of("Samuel") & keys_of("Samul")


@pytest.mark.parametrize("text, firsts, surname_keys, middles", [
    ("Margaret \"Maggie\" O Brien", {"margaret", "maggie"}, {"obrien", "brien"}, ()),
    ("Dr. Tom Smith MD", {"tom"}, {"smith"}, ()),
    ("Smith, Tom", {"tom"}, {"smith"}, ()),
    ("Mohammed al-Sayed", {"mohammed"}, {"alsayed", "sayed"}, ()),
    ("Ana de la Cruz", {"ana"}, {"delacruz", "cruz"}, ()),
    ("王小明", {"xiaoming"}, {"wang"}, ()),      # characters: the first is the surname
    ("maggie obrien 🌸✨", {"maggie"}, {"obrien"}, ()),
    ("Mary Anne Jones", {"mary"}, {"jones", "annejones"}, ("anne",)),
])
def test_parse_name(
    text: str, firsts: set[str], surname_keys: set[str], middles: tuple[str, ...]
) -> None:
    name = parse_name(text)
    assert set(name.firsts) == firsts
    assert set(name.surname_keys) == surname_keys
    assert name.middles == middles


def test_single_word_names_have_no_surname() -> None:
    assert not parse_name("Maggie").has_surname
    assert parse_name("Maggie").full_compact == "maggie"


def test_initials_are_kept_apart_from_first_names() -> None:
    name = parse_name("M. O'Brien")
    assert name.first_initial == "m" and not name.firsts


@pytest.mark.parametrize("a, b, relation", [
    ("Margaret Smith", "Maggie Smith", "nickname"),          # nicknames library
    ("Robert Smith", "Bob Smith", "nickname"),
    ("William Smith", "Bill Smith", "nickname"),
    ("Elizabeth Smith", "Liz Smith", "nickname"),
    ("Thomas Smith", "Tom Smith", "nickname"),
    ("Katherine Smith", "Katie Smith", "nickname"),           # supplement
    ("Chukwuemeka Okafor", "Emeka Okafor", "nickname"),
    ("Babatunde Adeyemi", "Tunde Adeyemi", "nickname"),
    ("Seán Murphy", "Shane Murphy", "nickname"),
    ("Siobhán Murphy", "Shevaun Murphy", "nickname"),
    ("Francisco Pérez", "Paco Perez", "nickname"),
    ("Aleksandr Ivanov", "Sasha Ivanov", "nickname"),
    ("Aleksandr Ivanov", "Alexander Ivanov", "nickname"),
    ("Katarzyna Nowak", "Kasia Nowak", "nickname"),
    ("Mohammed Khan", "Muhammad Khan", "nickname"),
    ("Johannes Weber", "Hans Weber", "nickname"),
    ("Zoë Smith", "Zoe Smith", "exact"),
    ("Seán Murphy", "Sean Murphy", "exact"),
    ("Margaret Smith", "M. Smith", "initial"),
    ("Margaret Smith", "Mary Smith", "different"),
    ("Bob Smith", "Bill Smith", "different"),                # both "Robert" in the table: no chain
    ("Margaret Smith", "Margaret", "exact"),                 # one word: a first name, no surname
])
def test_first_relation(a: str, b: str, relation: str) -> None:
    assert first_relation(parse_name(a), parse_name(b)) == relation
    assert first_relation(parse_name(b), parse_name(a)) == relation


@pytest.mark.parametrize("a, b, relation", [
    ("Maggie O'Brien", "Margaret OBrien", "exact"),
    ("Mo Al-Sayed", "Mo Alsayed", "exact"),
    ("Mo Al-Sayed", "Mo Sayed", "exact"),                    # particle dropped
    ("Zoë Müller-Wiśniewska", "Zoe Wisniewska", "part"),     # one half of a double surname
    ("Róisín Byrne-McCarthy", "Róisín Byrne McCarthy", "exact"),
    ("María García Márquez", "Maria Garcia", "middle"),      # García parsed as a middle name
    ("María García Márquez", "Maria Marquez", "exact"),
    ("Sarah Johnson", "Sarah Johnston", "near"),
    ("Sarah Johnson", "Sarah Lindqvist", "different"),
    ("Sarah Johnson", "Sarah", "missing"),
])
def test_surname_relation(a: str, b: str, relation: str) -> None:
    assert surname_relation(parse_name(a), parse_name(b))[0] == relation
    assert surname_relation(parse_name(b), parse_name(a))[0] == relation


def test_near_miss_surname_similarity_is_high_but_not_a_match() -> None:
    relation, similarity = surname_relation(parse_name("Ann Johnson"), parse_name("Ann Johnston"))
    assert relation == "near" and similarity > 0.95


@pytest.mark.parametrize("a, b, agreement", [
    ("John Paul Smith", "John P. Smith", 1),
    ("John Paul Smith", "John Paul Smith", 1),
    ("John P. Smith", "John Peter Smith", 1),                 # an initial agrees with a name
    ("John Paul Smith", "John Peter Smith", -1),              # same initial, different names
    ("John Paul Smith", "John Mark Smith", -1),
    ("John Paul Smith", "John Smith", 0),
])
def test_middle_agreement(a: str, b: str, agreement: int) -> None:
    assert middle_agreement(parse_name(a), parse_name(b)) == agreement


def test_swapped_reads_surname_first() -> None:
    reading = swapped(parse_name("Wang Xiaoming"))
    assert reading.surname_keys == {"wang"} and reading.firsts == {"xiaoming"}


def test_related_first_names_come_from_library_and_supplement() -> None:
    assert "margaret" in related_first_names("maggie")       # nicknames library
    assert "chukwuemeka" in related_first_names("emeka")     # supplement
    assert "emeka" not in related_first_names("emeka")
# fmt: on


# fmt: off
@pytest.mark.parametrize("text", [
    "Margaret O'Brien", "Mary Anne Jones", "Zoë Müller-Wiśniewska", "maggie obrien", "M. O'Brien",
    "Maggie", "Guadalupe García Márquez", "Wang Xiaoming", "EMEKA OKAFOR", "Mo Al-Sayed",
])
def test_plain_names_parse_as_nameparser_would(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The fast path for ordinary names gives what nameparser's full parse gives."""
    import classifiers.names as names

    fast = parse_name(text)
    parse_name.cache_clear()
    monkeypatch.setattr(names, "_plain", lambda cleaned: False)
    try:
        assert parse_name(text) == fast
    finally:
        parse_name.cache_clear()
# fmt: on
