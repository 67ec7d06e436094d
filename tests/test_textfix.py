"""scanner.textfix: entities, Facebook mojibake and NFC, on the strings exports really hold."""

from __future__ import annotations

import unicodedata

import pytest

from scanner.textfix import (
    fix_facebook_string,
    fix_facebook_strings,
    fix_text,
    repair_mojibake,
    unescape_entities,
)
from tests.builders import mojibake


# fmt: off
@pytest.mark.parametrize("raw, expected", [
    ("A&amp;E was packed", "A&E was packed"),
    ("&lt;3 this team &gt;:)", "<3 this team >:)"),
    ("it&#39;s &#x1F600;", "it's 😀"),
    ("R&D&notes", "R&D&notes"),              # no semicolon: not an entity, left alone
    ("&amp;amp;", "&amp;"),                  # one level only: what X escaped once
    ("fish & chips", "fish & chips"),
])
def test_unescape_entities_only_well_formed(raw: str, expected: str) -> None:
    assert unescape_entities(raw) == expected


@pytest.mark.parametrize("clean", [
    "Zoë Müller", "Seán Ó Dónaill", "Ángela Hernández", "São Paulo", "😀🎉☕", "naïve café",
    "Łódź", "中文測試", "plain ascii",
])
def test_facebook_mojibake_is_repaired(clean: str) -> None:
    assert repair_mojibake(mojibake(clean)) == clean
    assert fix_facebook_string(mojibake(clean)) == unicodedata.normalize("NFC", clean)


@pytest.mark.parametrize("clean", [
    "Zoë Müller", "café au lait", "naïve", "Ångström", "— at Rossnowlagh", "¿qué?", "1–2 °C",
])
def test_clean_text_is_left_alone(clean: str) -> None:
    assert repair_mojibake(clean) == clean
    assert fix_text(clean) == clean
# fmt: on


def test_fix_text_normalizes_to_nfc() -> None:
    decomposed = "Zoe\u0308"  # e + combining diaeresis
    assert fix_text(decomposed) == "Zoë"
    assert unicodedata.is_normalized("NFC", fix_text(decomposed))


def test_fix_text_does_entities_then_mojibake() -> None:
    assert fix_text(mojibake("Zoë &amp; Seán")) == "Zoë & Seán"


def test_fix_facebook_strings_repairs_every_string_in_a_structure() -> None:
    raw = {
        "data": [{"post": mojibake("Café with Zoë ☕")}],
        "attachments": [{"data": [{"media": {"uri": mojibake("posts/media/día_1.jpg")}}]}],
        "timestamp": 1700000000,
        "tags": [{"name": mojibake("Seán Walsh")}],
    }
    fixed = fix_facebook_strings(raw)
    assert fixed["data"][0]["post"] == "Café with Zoë ☕"
    assert fixed["attachments"][0]["data"][0]["media"]["uri"] == "posts/media/día_1.jpg"
    assert fixed["tags"][0]["name"] == "Seán Walsh"
    assert fixed["timestamp"] == 1700000000


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("cut off mid emoji \ud83d", "cut off mid emoji \ufffd"),
        ("\ude00 a low half first", "\ufffd a low half first"),
        ("a whole one 😀 stays", "a whole one 😀 stays"),
        ("A&amp;E \ud83d", "A&E \ufffd"),
    ],
)
def test_half_an_emoji_becomes_the_replacement_character(raw: str, expected: str) -> None:
    assert fix_text(raw) == expected
    assert fix_text(raw).encode("utf-8")  # writable as UTF-8 (SQLite, the tokenizer, files)
    assert fix_facebook_string(raw.replace("&amp;", "&")) == expected
