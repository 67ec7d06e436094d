"""Text as the user wrote it: every ``Post.text`` passes through :func:`fix_text`.

Exports damage text in two well-known ways, and recognizers miss what they cannot read:

* X archives keep ``full_text`` HTML-escaped (``&amp;``, ``&lt;``, ``&gt;``), so "A&amp;E" would
  never match "A&E".
* Facebook's "Download Your Information" JSON writes each UTF-8 *byte* as its own ``\\u00XX``
  code point, so "Zoë" arrives as "ZoÃ«" and an emoji as four Latin-1 letters (mojibake).

Then everything is NFC-normalized so that a name typed with combining accents matches the same
name typed precomposed.

One more damage is X's own: a tweet cut at a length limit can end in half an emoji, which the
archive's JSON keeps as a lone ``\\ud83d`` escape. Such a character cannot be written as UTF-8,
so the tokenizer, SQLite and the results file all refuse it, and one such post stopped the whole
scan; it becomes U+FFFD, the replacement character.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

import ftfy

# Only well-formed entities with their semicolon: html.unescape alone would also turn
# "&not" in "R&D&notes" into "¬", which no user wrote.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def replace_lone_surrogates(text: str) -> str:
    """Each UTF-16 surrogate left alone in ``text`` (half an emoji) as U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def unescape_entities(text: str) -> str:
    """Replace well-formed HTML entities (``&amp;``, ``&#39;``, ``&#x1F600;``) by characters."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 where the text shows it; leave clean text alone.

    The exact round trip (every code point below 256 and the bytes valid UTF-8) is what
    Facebook's exporter did, so it is tried first; ftfy's heuristics handle the rest (mixed text,
    Windows-1252 variants) and are conservative on text that was never broken.
    """
    if text.isascii():
        return text
    if _looks_like_utf8_as_latin1(text):
        try:
            return text.encode("latin-1").decode("utf-8")
        except UnicodeError:
            pass
    return ftfy.fix_encoding(text)


def _looks_like_utf8_as_latin1(text: str) -> bool:
    """All code points below 256 and at least one UTF-8 lead byte (0xC2-0xF4) among them."""
    has_lead = False
    for char in text:
        code = ord(char)
        if code > 0xFF:
            return False
        if 0xC2 <= code <= 0xF4:
            has_lead = True
    return has_lead


def fix_text(text: str) -> str:
    """The one repair every post text gets: entities, then mojibake, then NFC."""
    if text.isascii():
        return unescape_entities(text)
    text = replace_lone_surrogates(text)
    return unicodedata.normalize("NFC", repair_mojibake(unescape_entities(text)))


def fix_facebook_string(text: str) -> str:
    """Repair one string from a Facebook export (mojibake and NFC; no entity unescaping)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", repair_mojibake(replace_lone_surrogates(text)))


def fix_facebook_strings(obj: Any) -> Any:
    """A copy of a parsed Facebook JSON value with every string repaired (names, paths, text).

    Facebook's mojibake is in every string of the export, media file names included, so the
    whole structure is repaired before anything reads it.
    """
    if isinstance(obj, str):
        return fix_facebook_string(obj)
    if isinstance(obj, list):
        return [fix_facebook_strings(item) for item in obj]
    if isinstance(obj, dict):
        return {key: fix_facebook_strings(value) for key, value in obj.items()}
    return obj
