"""Word lists as data: one phrase per line in ``classifiers/data/lexicons/<name>.txt``.

Lexicons live in files, not code, so a reviewer can read and extend them without touching a
regular expression. A line is a literal phrase (spaces match any run of spaces or hyphens,
case is ignored); a line starting with ``~`` is a regular expression taken as written;
``#`` starts a comment. Each lexicon is read and compiled once per process.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_DIR = "data/lexicons"


@cache
def terms(name: str) -> tuple[str, ...]:
    """The entries of one lexicon, comments and blank lines removed."""
    text = resources.files("classifiers").joinpath(f"{_DIR}/{name}.txt").read_text("utf-8")
    entries = []
    for line in text.splitlines():
        entry = (
            line.split(" #", 1)[0].strip() if not line.lstrip().startswith("~") else line.strip()
        )
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return tuple(entries)


def _entry_regex(entry: str) -> str:
    if entry.startswith("~"):
        return entry[1:].strip()
    words = [re.escape(w) for w in re.split(r"[\s-]+", entry) if w]
    plural = "(?:s|es)?" if entry[-1].isalpha() else ""  # "farmer" also finds "farmers"
    return (r"[\s\-]*".join(words) if len(words) > 1 else words[0]) + plural


@cache
def pattern(name: str, *, bounded: bool = True) -> re.Pattern[str]:
    """One compiled alternation of every entry of ``name``, longest first.

    ``bounded`` wraps it in word boundaries (lookarounds, so entries may end in punctuation).
    """
    parts = sorted((_entry_regex(e) for e in terms(name)), key=len, reverse=True)
    body = "|".join(f"(?:{p})" for p in parts)
    if bounded:
        body = rf"(?<![\w@])(?:{body})(?!\w)"
    return re.compile(body, re.IGNORECASE)


@cache
def gated(name: str) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str] | None]:
    """``name`` split for a cheap word test: the longest word of each plain entry (lower case;
    also the entry's words run together: "full back" matches "fullback"), the whole pattern,
    and the pattern of the entries that must always be searched (regular expressions, and
    entries that start with no word). When no word of the post is among those words, only the
    last pattern can match."""
    first: set[str] = set()
    always: list[str] = []
    for entry in terms(name):
        words = _WORD.findall(entry.lower()) if not entry.startswith("~") else []
        if not words or not entry[0].isalnum():
            always.append(_entry_regex(entry))
            continue
        first.add(max(words, key=len))  # every word of a plain entry is in its match
        first.add("".join(words))
    rest = None
    if always:
        body = "|".join(f"(?:{p})" for p in sorted(always, key=len, reverse=True))
        rest = re.compile(rf"(?<![\w@])(?:{body})(?!\w)", re.IGNORECASE)
    return frozenset(first), pattern(name), rest


_WORD = re.compile(r"[a-z0-9]+")
