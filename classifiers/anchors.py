"""Anchor words derived from regular expressions: a cheap, provably safe pre-check.

Python's ``re`` gets no literal-prefix help from a case-insensitive alternation of hundreds of
phrases, so a recognizer that searches ten such expressions on every post spends most of its
time proving that nothing is there. ``anchors(regex)`` reads the parsed expression and returns
a set of lower-case strings at least one of which occurs in any text the expression can match
(or None when no such set exists, e.g. ``\\w+``); ``AnchorSet`` tests many expressions' anchors
at once, with one plain (case-sensitive, literal-only) search over the lower-cased text.

Why it never drops a post a pattern would match: every literal a match must contain is read
from the parse tree (a sequence needs each of its parts, an alternation one of its branches, a
repeat with a minimum of one its body), and the text is lower-cased before the search. The one
gap, Unicode letters that ``re.IGNORECASE`` folds onto ASCII ones ("ſ" for "s", the Kelvin
sign for "k", dotted "İ"), is closed by keeping every post that holds such a letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

Anchors = frozenset[str] | None

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
# A non-ASCII character that an ASCII letter matches under re.IGNORECASE ("ſ", "K", "İ"...).
_FOLD_HAZARD = re.compile(r"(?![a-zA-Z])(?i:[a-z])")


def anchors(regex: str | re.Pattern[str]) -> Anchors:
    """Lower-case strings one of which every match of ``regex`` contains; None if unknown."""
    source = regex.pattern if isinstance(regex, re.Pattern) else regex
    flags = regex.flags if isinstance(regex, re.Pattern) else 0
    return _minimal(_sequence(sre_parse.parse(source, flags)))


def _literal(code: int) -> str | None:
    """The lower-cased character, or None for a cased non-ASCII one (its folds are many)."""
    char = chr(code)
    if not char.isascii() and char.lower() != char.upper():
        return None
    return char.lower()


def _sequence(items: Iterable) -> Anchors:
    """A sequence needs every part: the best single part's anchors. Adjacent literals (and
    small character classes, "n[i1]gg") join into runs of alternatives, so anchors grow long."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(frozenset(run))
        run = {""}

    for op, av in items:
        chars = _chars(op, av)
        if chars is not None and len(run) * len(chars) <= _MAX_RUNS:
            run = {r + c for r in run for c in chars}
            continue
        if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1:  # type: ignore[index]
            chars = _chars(*av[2][0])  # type: ignore[index]
            if chars is not None and len(run) * len(chars) <= _MAX_RUNS:
                run = {r + c for r in run for c in chars}  # "n\*+r": at least "n*"
                flush()
                continue
        flush()
        found = _node(op, av)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return min(candidates, key=_commonness)


_MAX_RUNS = 32


def _chars(op: object, av: object) -> list[str] | None:
    """The characters a literal or a small class of literals stands for, else None."""
    if op is sre.LITERAL:
        char = _literal(av)  # type: ignore[arg-type]
        return None if char is None else [char]
    if op is sre.IN and len(av) <= 6:  # type: ignore[arg-type]
        chars = []
        for kind, value in av:  # type: ignore[attr-defined]
            char = _literal(value) if kind is sre.LITERAL else None
            if char is None:
                return None
            chars.append(char)
        return sorted(set(chars))
    return None


def _node(op: object, av: object) -> Anchors:
    """The anchors of one parse node other than a literal."""
    if op is sre.SUBPATTERN:
        return _sequence(av[3])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _sequence(branch)
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _high, body = av  # type: ignore[misc]
        return _sequence(body) if low >= 1 else None
    if op is sre.IN:
        chars = []
        for kind, value in av:  # type: ignore[attr-defined]
            char = _literal(value) if kind is sre.LITERAL else None
            if char is None:
                return None
            chars.append(char)
        return frozenset(chars)
    return None  # classes, any-char, groups referenced, assertions: nothing required


def _minimal(found: Anchors) -> Anchors:
    """Drop anchors that contain a shorter one: finding the shorter is enough."""
    if not found or "" in found:
        return None
    ordered = sorted(found, key=len)
    kept: list[str] = []
    for candidate in ordered:
        if not any(k in candidate for k in kept):
            kept.append(candidate)
    return frozenset(kept)


class AnchorSet:
    """Several expressions' anchors searched at once: True when any of them might match."""

    def __init__(self, regexes: Iterable[str | re.Pattern[str]]) -> None:
        union: set[str] = set()
        self.always = False
        for regex in regexes:
            found = anchors(regex)
            if found is None:
                self.always = True  # one expression with no anchor: every post may match
                break
            union |= found
        self.words = _minimal(frozenset(union)) or frozenset()
        body = _trie(sorted(self.words))
        self._search = re.compile(body).search if body else None

    def may_match(self, text: str) -> bool:
        """False only when no anchor occurs, so none of the expressions can match ``text``."""
        if self.always or self._search is None:
            return True
        if not text.isascii() and _FOLD_HAZARD.search(text):
            return True
        return self._search(text.lower()) is not None


# Words so common that an anchor on them keeps nearly every post; a sequence prefers any other
# of its parts. (Only the choice of part depends on this list, never the safety.)
_COMMON = frozenset(
    "a an and are as at be but by for from he her him his i if in is it its me my no not of "
    "on or our she so than that the their them then there these they this those to up us was "
    "we were what when who will with you your all man men people doctor doctors ing one".split()
)


def _commonness(candidate: frozenset[str]) -> float:
    """How often one of these anchors turns up in ordinary text, roughly: short or common
    words count as always; longer ones as rarer the longer they are."""
    total = 0.0
    for word in candidate:
        stripped = word.strip()
        if not stripped or stripped in _COMMON:
            total += 1.0
        elif len(stripped) <= 2:
            total += 0.5 if len(stripped) == 2 else 0.9
        else:
            total += 0.05 * 0.5 ** (len(stripped) - 3)
    return total


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` factored by first character ("a(?:lkie|lky)|b(?:eer)"), so
    ``re`` tries one branch per position instead of every word; none is a prefix of another
    (``_minimal``), so the order of the branches does not matter."""
    if not words:
        return ""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        tails = [r for r in rests if r]
        if len(tails) < len(rests):  # the bare character is an anchor itself
            parts.append(re.escape(first))
        elif len(tails) == 1:
            parts.append(re.escape(first) + re.escape(tails[0]))
        else:
            parts.append(f"{re.escape(first)}(?:{_trie(tails)})")
    return "|".join(parts)
