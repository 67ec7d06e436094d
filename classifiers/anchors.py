"""Anchor words derived from regular expressions: a cheap, provably safe pre-check.

Python's ``re`` gets no literal-prefix help from a case-insensitive alternation of hundreds of
phrases, so a recognizer that searches ten such expressions on every post spends most of its
time proving that nothing is there. ``anchors(regex)`` reads the parsed expression and returns
a set of anchors at least one of which occurs in any text the expression can match (or None
when no such set exists, e.g. ``\\w+``); ``AnchorSet`` tests many expressions' anchors at once,
with one plain search over the post's *gate text*: lower-cased, every run of whitespace made
one space, a space added at each end (``gate_text``, computed once per post and shared).

Why it never drops a post a pattern would match: every literal a match must contain is read
from the parse tree (a sequence needs each of its parts, an alternation one of its branches, a
repeat with a minimum of one its body); small finite pieces (``s?``, ``(?:s|es)?``, ``[i1]``,
``\\s+``, which the gate text turns into one space) are expanded so anchors can span them
("ma'am"/"maam", "good luck"). Where the expression demands a word boundary (``\\b``,
``(?<!\\w)``, ``(?!\\w)``, ``^``, ``$``) next to a word character, the anchor keeps it (stored
as ``\\x02``/``\\x03`` at its ends, searched as ``\\b``), so "ma'am" no longer fires on
"pharmacy" nor "do" on "doctor". Lower-casing, collapsing whitespace and adding edge spaces
never remove a word boundary nor a literal a match holds. The one gap, Unicode letters that
``re.IGNORECASE`` folds onto ASCII ones ("ſ" for "s", the Kelvin sign for "k", dotted "İ",
whose lower case is two characters), is closed by keeping every post that holds such a letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

Anchors = frozenset[str] | None

START, END = "\x02", "\x03"  # "a word starts here" / "a word ends here", at an anchor's edges
_MARKERS = START + END
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_BOUNDARY_AT = {
    sre.AT_BOUNDARY,
    sre.AT_BEGINNING,
    sre.AT_BEGINNING_LINE,
    sre.AT_BEGINNING_STRING,
    sre.AT_END,
    sre.AT_END_LINE,
    sre.AT_END_STRING,
}
# A non-ASCII character that an ASCII letter matches under re.IGNORECASE ("ſ", "K", "İ"...).
_FOLD_HAZARD = re.compile(r"(?![a-zA-Z])(?i:[a-z])")
_MAX_RUNS = 1024  # alternatives a run of literals may grow to before it is cut
_WORD = re.compile(r"\w")


def anchors(regex: str | re.Pattern[str]) -> Anchors:
    """Anchors (lower case, maybe with boundary marks) one of which every match contains."""
    source = regex.pattern if isinstance(regex, re.Pattern) else regex
    flags = regex.flags if isinstance(regex, re.Pattern) else 0
    return _minimal(_sequence(list(sre_parse.parse(source, flags))))


def plain(anchor: str) -> str:
    """The anchor without its boundary marks (what a reader would call the word)."""
    return anchor.strip(_MARKERS)


def _literal(code: int) -> str | None:
    """The lower-cased character, or None for a cased non-ASCII one (its folds are many).
    Whitespace becomes one space, as in the gate text."""
    char = chr(code)
    if char.isspace() or char == "-":
        return " "
    if not char.isascii() and char.lower() != char.upper():
        return None
    return char.lower()


def _is_word(char: str) -> bool:
    return bool(char) and _WORD.match(char) is not None


def _boundary_before(op: object, av: object) -> bool:
    """The node asserts that no word character comes before this point (when one follows)."""
    if op is sre.AT:
        return av in _BOUNDARY_AT
    if op is sre.ASSERT_NOT and av[0] == -1:  # type: ignore[index]
        return _covers_word(av[1])  # type: ignore[index]
    return False


def _boundary_after(op: object, av: object) -> bool:
    """The node asserts that no word character follows this point (when one precedes)."""
    if op is sre.AT:
        return av in _BOUNDARY_AT
    if op is sre.ASSERT_NOT and av[0] == 1:  # type: ignore[index]
        return _covers_word(av[1])  # type: ignore[index]
    return False


def _covers_word(pattern: object) -> bool:
    """``pattern`` is one character class that includes every word character (``[\\w@]``)."""
    items = list(pattern)  # type: ignore[call-overload]
    if len(items) != 1 or items[0][0] is not sre.IN:
        return False
    return any(
        kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_UNI_WORD)
        for kind, value in items[0][1]
    ) and not any(kind is sre.NEGATE for kind, _ in items[0][1])


def _is_space_class(op: object, av: object) -> bool:
    return op is sre.IN and list(av) in (  # type: ignore[call-overload]
        [(sre.CATEGORY, sre.CATEGORY_SPACE)],
        [(sre.CATEGORY, sre.CATEGORY_UNI_SPACE)],
    )


def _strings(op: object, av: object) -> set[str] | None:
    """Every string a small, finite node can match (in gate-text form), else None."""
    if op is sre.LITERAL:
        char = _literal(av)  # type: ignore[arg-type]
        return None if char is None else {char}
    if _is_space_class(op, av):
        return {" "}
    if op is sre.IN and len(av) <= _MAX_RUNS:  # type: ignore[arg-type]
        chars = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
                chars.add(" ")
                continue
            char = _literal(value) if kind is sre.LITERAL else None
            if char is None:
                return None
            chars.add(char)
        return chars
    if op is sre.SUBPATTERN:
        return _sequence_strings(av[3])  # type: ignore[index]
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _sequence_strings(branch)
            if found is None:
                return None
            union |= found
            if len(union) > _MAX_RUNS:
                return None
        return union
    if op in _REPEATS:
        low, high, body = av  # type: ignore[misc]
        found = _sequence_strings(body)
        if found is None:
            return None
        if found == {" "} and low <= 1:  # "\s*", "\s+", "\s?": the gate text has one space
            return {"", " "} if low == 0 else {" "}
        if high == 1:
            return found | ({""} if low == 0 else set())
    return None


def _repeated(op: object, av: object) -> set[str] | None:
    """The strings one repetition of a repeat (at least once) of a small finite body matches."""
    if op not in _REPEATS or av[0] < 1:  # type: ignore[index]
        return None
    found = _sequence_strings(av[2])  # type: ignore[index]
    return None if found is None or "" in found else found


def _sequence_strings(items: Iterable) -> set[str] | None:
    run = {""}
    for op, av in items:
        found = _strings(op, av)
        if found is None:
            return None
        run = {_squeeze(r + f) for r in run for f in found}
        if len(run) > _MAX_RUNS:
            return None
    return run


def _edges(anchor: str) -> str:
    """A space at an anchor's edge next to a word character becomes a boundary mark: a weaker
    demand (a space is one kind of boundary), so still safe, and far cheaper to search than an
    anchor that starts with the commonest character of all."""
    if anchor.startswith(" ") and _is_word(anchor[1:2]):
        anchor = START + anchor[1:]
    if anchor.endswith(" ") and _is_word(anchor[-2:-1]):
        anchor = anchor[:-1] + END
    return anchor


def _squeeze(text: str) -> str:
    """Spaces collapse in the gate text, so they collapse in anchors too."""
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _sequence(items: Sequence, at_start: bool = False, at_end: bool = False) -> Anchors:
    """A sequence needs every part: the best single part's anchors. Adjacent literals (and
    small finite pieces, "n[i1]gg", "s?", "\\s+") join into runs of alternatives, so anchors
    grow long; a run that touches a word boundary keeps it."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}
    start_mark = at_start

    def flush(end_mark: bool) -> None:
        nonlocal run, start_mark
        kept = {_edges(r + END if end_mark and _is_word(r[-1:]) else r) for r in run}
        if kept and all(plain(r).strip() for r in kept):
            candidates.append(frozenset(kept))
        run = {""}
        start_mark = False

    last = len(items) - 1
    for i, (op, av) in enumerate(items):
        if _boundary_before(op, av) or _boundary_after(op, av):
            flush(_boundary_after(op, av))
            start_mark = _boundary_before(op, av)
            continue
        found = _strings(op, av)
        if found is not None and "" not in found and len(run) * len(found) <= _MAX_RUNS:
            if run == {""} and start_mark:
                run = {START + f if _is_word(f[:1]) else f for f in found}
                start_mark = False
            else:
                run = {_squeeze(r + f) for r in run for f in found}
            continue
        if found is not None and len(run) * len(found) <= _MAX_RUNS and run != {""}:
            run = {_squeeze(r + f) for r in run for f in found}  # "word(?:s|es)?"
            continue
        repeated = _repeated(op, av)
        if repeated is not None and len(run) * len(repeated) <= _MAX_RUNS:
            if run == {""} and start_mark:
                run = {START + f if _is_word(f[:1]) else f for f in repeated}
            else:
                run = {_squeeze(r + f) for r in run for f in repeated}  # "n\*+r": "n*", "*r"
            flush(False)
            run = set(repeated)
            continue
        flush(False)
        if found is not None and "" not in found and len(found) <= _MAX_RUNS:
            run = set(found)  # too many alternatives with the run before: start a new run
            continue
        before = i == 0 and at_start
        after = i == last and at_end
        if i > 0:
            before = before or _boundary_before(*items[i - 1])
        if i < last:
            after = after or _boundary_after(*items[i + 1])
        node = _node(op, av, before, after)
        if node:
            candidates.append(node)
    flush(at_end)
    if not candidates:
        return None
    return min(candidates, key=_commonness)


def _node(op: object, av: object, at_start: bool, at_end: bool) -> Anchors:
    """The anchors of one parse node other than a run of literals."""
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]), at_start, at_end)  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), at_start, at_end)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _sequence(list(branch), at_start, at_end)
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _high, body = av  # type: ignore[misc]
        return _sequence(list(body)) if low >= 1 else None
    if op is sre.IN:
        found = _strings(op, av)
        return frozenset(found) if found and "" not in found else None
    return None  # classes, any-char, groups referenced, assertions: nothing required


def _minimal(found: Anchors) -> Anchors:
    """Drop anchors that contain another: finding the other is enough (marks included: "man"
    covers START+"man", which covers START+"manager")."""
    if not found or any(not plain(a).strip() for a in found):
        return None
    ordered = sorted(found, key=len)
    kept: list[str] = []
    for candidate in ordered:
        if not any(k in candidate for k in kept):
            kept.append(candidate)
    return frozenset(kept)


def gate_text(text: str) -> str:
    """The text anchors are searched in: lower case, whitespace runs as one space, a space at
    each end. Several recognizers ask about the same post in a row, so the last answer is kept.
    """
    if text is _last[0]:
        return _last[1]
    lowered = " " + " ".join(text.lower().replace("-", " ").split()) + " "
    _last[0], _last[1] = text, lowered
    return lowered


_last: list = [None, ""]


def has_fold_hazard(text: str) -> bool:
    """The text holds a letter ``re.IGNORECASE`` folds onto ASCII (no anchor can be trusted)."""
    return not text.isascii() and _FOLD_HAZARD.search(text) is not None


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
        if has_fold_hazard(text):
            return True
        return self._search(gate_text(text)) is not None


# Words so common that an anchor on them keeps nearly every post; a sequence prefers any other
# of its parts. (Only the choice of part depends on this list, never the safety.)
_COMMON = frozenset(
    "a an and are as at be but by for from he her him his i if in is it its me my no not of "
    "on or our she so than that the their them then there these they this those to up us was "
    "we were what when who will with you your all man men people doctor doctors ing one do "
    "just like good have can get got go take make look know think see".split()
) | frozenset(  # and the words clinicians use in every other post
    "patient patients pt pts client clients family families mum mums dad dads ward wards "
    "shift shifts night nights clinic results team today back nurse nurses".split()
)


def _commonness(candidate: frozenset[str]) -> float:
    """How often one of these anchors turns up in ordinary text, roughly: short or common
    words count as always; longer ones as rarer the longer they are; a word boundary kept at
    an edge makes an anchor rarer ("\\bu\\b" is far rarer than "u")."""
    total = 0.0
    for anchor in candidate:
        word = plain(anchor).strip()
        marks = len(anchor) - len(plain(anchor))
        if not word or word in _COMMON:
            score = 1.0
        elif len(word) <= 2:
            score = 0.5 if len(word) == 2 else 0.9
        else:
            score = 0.05 * 0.5 ** (len(word) - 3)
        if word not in _COMMON:
            score *= (0.5 if len(word) >= 3 else 0.75) ** marks  # short words start often
        total += score
    return total


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` factored by first character ("a(?:lkie|lky)|b(?:eer)"), so
    ``re`` tries one branch per position instead of every word; none is a prefix of another
    (``_minimal``), so the order of the branches does not matter. Boundary marks become
    ``\\b``."""
    if not words:
        return ""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        head = r"\b" if first in _MARKERS else re.escape(first)
        tails = [r for r in rests if r]
        if len(tails) < len(rests):  # the bare character is an anchor itself
            parts.append(head)
        elif len(tails) == 1:
            parts.append(head + _escape(tails[0]))
        else:
            parts.append(f"{head}(?:{_trie(tails)})")
    return "|".join(parts)


def _escape(tail: str) -> str:
    """A tail of an anchor as a regex; only its last character can be a mark."""
    return re.escape(tail[:-1]) + r"\b" if tail.endswith(END) else re.escape(tail)
