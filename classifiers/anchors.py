"""Anchor words derived from regular expressions: a cheap, provably safe pre-check.

Python's ``re`` gets no literal-prefix help from a case-insensitive alternation of hundreds of
phrases, so a recognizer that searches ten such expressions on every post spends most of its
time proving that nothing is there. ``anchors(regex)`` reads the parsed expression and returns
a set of anchors at least one of which occurs in any text the expression can match (or None
when no such set exists, e.g. ``\\w+``); ``AnchorSet`` tests many expressions' anchors at once
against the anchors found in the post's *gate text* (lower-cased, every run of whitespace made
one space, a space added at each end: ``gate_text``), and every set's anchors are found in one
Aho-Corasick pass per post (``_AnchorIndex``), shared by all of them.

Why it never drops a post a pattern would match: every literal a match must contain is read
from the parse tree (a sequence needs each of its parts, an alternation one of its branches, a
repeat with a minimum of one its body); small finite pieces (``s?``, ``(?:s|es)?``, ``[i1]``,
``\\s+``, which the gate text turns into one space) are expanded so anchors can span them
("ma'am"/"maam", "good luck"). Where the expression demands a word boundary (``\\b``,
``(?<!\\w)``, ``(?!\\w)``, ``^``, ``$``) next to a word character, the anchor keeps it (stored
as ``\\x02``/``\\x03`` at its ends, found as ``\\b`` would be), so "ma'am" no longer fires on
"pharmacy" nor "do" on "doctor". Lower-casing, collapsing whitespace and adding edge spaces
never remove a word boundary nor a literal a match holds. The one gap, Unicode letters that
``re.IGNORECASE`` folds onto ASCII ones ("ſ" for "s", the Kelvin sign for "k", dotted "İ",
whose lower case is two characters), is closed by keeping every post that holds such a letter.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from collections.abc import Iterable, Sequence
from itertools import chain
from operator import itemgetter
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Anchors = frozenset[str] | None
log = logging.getLogger(__name__)

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
_MAX_RUNS = 64  # alternatives a run of literals may grow to before it is cut
_WORD = re.compile(r"\w")


def anchors(regex: str | re.Pattern[str]) -> Anchors:
    """Anchors (lower case, maybe with boundary marks) one of which every match contains.

    Remembered on disk (``_DERIVED``): deriving them for every expression the recognizers
    hold took about half the recognizers' start-up (0.55 of 1.0 CPU s) in every scan."""
    source = regex.pattern if isinstance(regex, re.Pattern) else regex
    flags = regex.flags if isinstance(regex, re.Pattern) else 0
    key = _DERIVED.key(source, flags)
    known = _DERIVED.get(key)
    if known is not _UNKNOWN:
        return known  # type: ignore[return-value]
    found = _minimal(_sequence(list(sre_parse.parse(source, flags))))
    _DERIVED.put(key, found)
    return found


_UNKNOWN = object()


class _DerivedCache:
    """Anchors already derived, kept in a JSON file beside the built encoder (``anchors.json``
    in ``default_build_dir()``) from one scan to the next.

    Each entry is keyed by a digest of the expression, its flags, this module's source and
    the Python version, so an edited rule, a changed derivation or another ``re`` parser
    never reads a stale answer. The file is only ever an optimisation: one that is missing,
    unreadable or not ours is ignored (and rewritten), never an error.
    """

    VERSION = 1

    def __init__(self) -> None:
        self._answers: dict[str, list[str] | None] | None = None
        self._used: set[str] = set()  # what this process asked for: all a save keeps
        self._added = False
        self._salt: str | None = None

    def key(self, source: str, flags: int) -> str:
        import hashlib

        if self._salt is None:
            code = Path(__file__).read_bytes()
            self._salt = hashlib.sha256(code + sys.version.encode()).hexdigest()
        text = f"{self._salt}\0{flags}\0{source}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def get(self, key: str) -> Anchors | object:
        answers = self._load()
        self._used.add(key)
        if key not in answers:
            return _UNKNOWN
        found = answers[key]
        return None if found is None else frozenset(found)

    def put(self, key: str, found: Anchors) -> None:
        self._load()[key] = None if found is None else sorted(found)
        self._used.add(key)
        self._added = True

    def save(self) -> None:
        """Write the file if anything was derived since it was read, with only the entries
        this process used (an edited rule's old entry goes), atomically: a scan running at
        the same time reads the old file or the new one, never half of one."""
        if not self._added:
            return
        import json
        import os
        import tempfile

        path = self._path()
        kept = {k: v for k, v in self._load().items() if k in self._used}
        body = json.dumps({"version": self.VERSION, "anchors": kept})
        temporary: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", dir=path.parent, prefix=".anchors-", suffix=".tmp", delete=False
            ) as out:
                temporary = out.name
                out.write(body)
            os.replace(temporary, path)
            self._added = False
        except OSError as error:  # read-only install or a full disk: derive again next time
            log.debug("anchor cache not written (%s)", type(error).__name__)
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)

    def _load(self) -> dict[str, list[str] | None]:
        if self._answers is None:
            self._answers = self._read()
        return self._answers

    def _read(self) -> dict[str, list[str] | None]:
        import json

        try:
            document = json.loads(self._path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(document, dict) or document.get("version") != self.VERSION:
            return {}
        answers = document.get("anchors")
        if not isinstance(answers, dict):
            return {}
        return {
            k: v
            for k, v in answers.items()
            if v is None or (isinstance(v, list) and all(isinstance(a, str) for a in v))
        }

    @staticmethod
    def _path() -> Path:
        from classifiers.encoder_export import default_build_dir

        return default_build_dir() / "anchors.json"


_DERIVED = _DerivedCache()


def save_derived() -> None:
    """Keep the anchors derived in this process for the next one (see ``_DerivedCache``)."""
    _DERIVED.save()


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


# Which side of a node a boundary is looked for: after it (a lookbehind there sees the node's
# end, ``_BEHIND``) or before it (a lookahead sees its start, ``_AHEAD``); ``re``'s parser
# marks lookbehinds with -1 and lookaheads with 1.
_BEHIND, _AHEAD = -1, 1


def _boundary(op: object, av: object, held: bool, side: int) -> bool:
    """``side`` ``_BEHIND``: after this node, a word character that follows starts a word
    (``held``: the same held before it). True after "\\b", "^", "(?<!\\w)", a space or a
    comma, and after an optional piece that either is skipped (then ``held`` holds) or ends
    so. ``_AHEAD`` is the mirror: before this node, a word character that precedes ends a
    word."""
    if op is sre.AT:
        return av in _BOUNDARY_AT
    if op is sre.ASSERT_NOT:
        return (av[0] == side and _covers_word(av[1])) or held  # type: ignore[index]
    if op is sre.ASSERT:
        if av[0] == side:  # type: ignore[index]
            return _seq_boundary(list(av[1]), False, side) or held  # type: ignore[index]
        return held
    if op in _REPEATS:
        low, _high, body = av  # type: ignore[misc]
        inner = _seq_boundary(list(body), False, side)
        return inner and held if low == 0 else inner
    if op is sre.SUBPATTERN:
        return _seq_boundary(list(av[3]), held, side)  # type: ignore[index]
    if op is sre.BRANCH:
        return all(_seq_boundary(list(b), held, side) for b in av[1])  # type: ignore[index]
    return _non_word(op, av)


def _seq_boundary(items: list, held: bool, side: int) -> bool:
    """``_boundary`` over a sequence, walked towards ``side``'s far end."""
    for op, av in items if side == _BEHIND else reversed(items):
        held = _boundary(op, av, held, side)
    return held


def _non_word(op: object, av: object) -> bool:
    """The node is one character that is never a word character (a space, a comma)."""
    if op is sre.LITERAL:
        return not _is_word(chr(av))  # type: ignore[arg-type]
    if op is sre.IN:
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is sre.LITERAL and not _is_word(chr(value)):
                continue
            if kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
                continue
            return False
        return True
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
    grow long; a run that starts or ends where the expression guarantees a word boundary
    keeps it."""
    items = list(items)
    starts, ends = [], []  # per item: a word starts just before it / ends just after it
    before = at_start
    for op, av in items:
        starts.append(before)
        before = _boundary(op, av, before, _BEHIND)
    after = at_end
    for op, av in reversed(items):
        ends.append(after)
        after = _boundary(op, av, after, _AHEAD)
    ends.reverse()
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}
    last = -1  # the item the run ends with

    def flush() -> None:
        nonlocal run
        end_mark = last >= 0 and ends[last]
        kept = {_edges(r + END if end_mark and _is_word(r[-1:]) else r) for r in run}
        if run != {""} and all(plain(r).strip() for r in kept):
            candidates.append(frozenset(kept))
        run = {""}

    def begin(i: int, found: set[str]) -> set[str]:
        return {START + f if starts[i] and _is_word(f[:1]) else f for f in found}

    for i, (op, av) in enumerate(items):
        found = _strings(op, av)
        if found is not None and "" not in found:
            if run == {""}:
                run, last = begin(i, found), i
                continue
            if len(run) * len(found) <= _MAX_RUNS:
                run, last = {_squeeze(r + f) for r in run for f in found}, i
                continue
            flush()
            run, last = begin(i, found), i  # too many alternatives: a new run starts here
            continue
        if found is not None and run != {""} and len(run) * len(found) <= _MAX_RUNS:
            run, last = {_squeeze(r + f) for r in run for f in found}, i  # "word(?:s|es)?"
            continue
        repeated = _repeated(op, av)
        if repeated is not None and len(run) * len(repeated) <= _MAX_RUNS:
            run = (
                begin(i, repeated)
                if run == {""}
                else {_squeeze(r + f) for r in run for f in repeated}
            )  # "n\\*+r": "n*", then "*r"
            last = -1
            flush()
            run, last = set(repeated), -1
            continue
        flush()
        node = _node(op, av, starts[i], ends[i])
        if node:
            candidates.append(node)
    flush()
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
    """Drop anchors that start with another: finding the other is enough. (Containment
    elsewhere, "man" in "woman", is left: harmless, and checking it for thousands of anchors
    costs seconds at start-up.)"""
    if not found or any(not plain(a).strip() for a in found):
        return None
    kept: list[str] = []
    for candidate in sorted(found):  # a word sorts right after the words it starts with
        if not kept or not candidate.startswith(kept[-1]):
            kept.append(candidate)
    return frozenset(kept)


class GateText:
    """What the anchors of one post are searched in, computed once per post and shared:
    lower case, each run of whitespace (and each hyphen) one space, a space at each end.
    ``found()`` is the set of anchors (their ids in ``_INDEX``) that occur in it."""

    __slots__ = ("source", "text", "hazard", "_found", "_version")

    def __init__(self, source: str) -> None:
        self.source = source
        self.text = " " + " ".join(source.lower().replace("-", " ").split()) + " "
        self.hazard = not source.isascii() and _FOLD_HAZARD.search(source) is not None
        self._found: frozenset[int] = frozenset()
        self._version = -1

    def found(self) -> frozenset[int]:
        """Ids of every registered anchor that occurs in the text, in one pass of the
        automaton (redone only when anchors were registered since)."""
        if self._version != _INDEX.version:
            self._found = _INDEX.search(self.text)
            self._version = _INDEX.version
        return self._found


# The gate texts of the posts seen last, by text. The recognizers ask about one post in a row,
# but the account pass asks about a whole batch again after scoring it: keeping more than a
# pipeline batch (1,024 posts) mostly saves it making and searching each gate text again.
_RECENT_MAX = 4096
_recent: dict[str, GateText] = {}


def gate(text: str) -> GateText:
    """The post's ``GateText``, made once for the recent posts (``_RECENT_MAX``)."""
    known = _recent.get(text)
    if known is not None:
        return known
    if len(_recent) >= _RECENT_MAX:
        _recent.clear()  # at once, not the oldest one by one: safe from any thread
    made = _recent[text] = GateText(text)
    return made


def gate_text(text: str) -> str:
    """The text anchors are searched in (see ``GateText``)."""
    return gate(text).text


def has_fold_hazard(text: str) -> bool:
    """The text holds a letter ``re.IGNORECASE`` folds onto ASCII (no anchor can be trusted)."""
    return gate(text).hazard


class _AnchorIndex:
    """Every anchor of every ``AnchorSet`` in one Aho-Corasick automaton, so a post's gate
    text is read once for all of them; each set then intersects its anchor ids with the ids
    found.

    Why: ``re`` searched each set's prefix trie at every position of the text, about 30
    microseconds per post and set; the scan asks about ten sets per post, which cost ~3 s of
    CPU per 100,000 posts taken from the encoder. One automaton pass costs ~15.

    Word boundaries: the automaton knows plain strings only, so the text it reads has a
    ``_MARK`` before and after every run of word characters (``_mark_words``), and each anchor
    gets the same marks inside it plus one at each edge its ``START``/``END`` demands
    (``_marked_anchor``). A mark sits between two characters exactly where ``\\b``
    holds, and whether it holds depends on those two characters alone, so an anchor occurs in
    the marked text exactly where the regex ``\\b``-form of it matched the gate text.
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._automaton: Any = None
        self.version = 0  # moves whenever an anchor is registered: older answers are stale

    def ids_for(self, words: Iterable[str]) -> frozenset[int]:
        """The ids of ``words``, registering the new ones (the automaton is rebuilt on the
        next search, and every gate text searched before then searches again)."""
        ids = []
        for word in words:
            if word not in self._ids:
                self._ids[word] = len(self._ids)
                self._automaton = None
                self.version += 1
            ids.append(self._ids[word])
        return frozenset(ids)

    def search(self, text: str) -> frozenset[int]:
        """Ids of the anchors that occur in the gate text ``text``."""
        if self._automaton is None:
            self._build()
        hits = self._automaton.iter(_mark_words(text))
        return frozenset(chain.from_iterable(map(itemgetter(1), hits)))  # no Python loop

    def _build(self) -> None:
        import ahocorasick

        by_form: dict[str, list[int]] = {}
        for word, number in self._ids.items():
            by_form.setdefault(_marked_anchor(word), []).append(number)
        automaton = ahocorasick.Automaton()
        for form, numbers in by_form.items():
            automaton.add_word(form, tuple(numbers))
        automaton.make_automaton()
        self._automaton = automaton


_MARK = "\x01"  # in the automaton's text and forms: a word boundary (``\\b``) holds here
_BOUNDARY = re.compile(r"\b")


def _mark_words(text: str) -> str:
    """A ``_MARK`` wherever ``\\b`` holds, i.e. before and after every run of word characters.
    One substitution of the zero-width ``\\b`` costs 0.004 CPU ms per post of the bench archive
    against 0.0075 for the two that wrote a ``START`` before each run and an ``END`` after it;
    one kind of mark loses nothing, as whether a boundary starts or ends a word follows from
    the characters either side of it, which the anchor's match holds or the boundary needs."""
    return _BOUNDARY.sub(_MARK, text)


def _marked_anchor(anchor: str) -> str:
    """The anchor as it occurs in marked text: a mark at each change between word and
    non-word characters inside it, and one at each edge that demands ``\\b``. The inner marks
    come from ``_mark_words`` too (less its marks at the body's own ends), not a loop over
    characters: that loop was most of the automaton's build (0.14 CPU s per scan)."""
    body = plain(anchor)
    if not body:
        return anchor
    before = _MARK if anchor[0] == START else ""
    after = _MARK if len(anchor) > 1 and anchor[-1] == END else ""
    return before + _mark_words(body).strip(_MARK) + after


_INDEX = _AnchorIndex()


class AnchorSet:
    """Several expressions' anchors searched at once: True when any of them might match.

    A set made by ``AnchorFamily.member`` first asks its family, whose answer covers every
    member: a post none of them can match costs one look, not one per member.
    """

    def __init__(
        self,
        regexes: Iterable[str | re.Pattern[str]],
        family: AnchorFamily | None = None,
    ) -> None:
        self._family = family
        union: set[str] = set()
        self.always = False
        for regex in regexes:
            found = anchors(regex)
            if found is None:
                self.always = True  # one expression with no anchor: every post may match
                break
            union |= found
        self._set_words(_minimal(frozenset(union)) or frozenset())

    def _set_words(self, words: frozenset[str]) -> None:
        self.words = words
        self._ids = _INDEX.ids_for(words)

    def may_match(self, text: str) -> bool:
        """False only when no anchor occurs, so none of the expressions can match ``text``."""
        if self.always or not self._ids:
            return True
        if self._family is not None and not self._family.may_match(text):
            return False
        found = gate(text)
        return found.hazard or not self._ids.isdisjoint(found.found())


class AnchorRouter:
    """Which of several expressions might match a post, from one look at its anchors.

    Asking each expression's ``AnchorSet`` in turn costs a method call and a gate look-up per
    expression per post; the account pass asked eighteen of them about every post (1.8
    million calls per 100,000 posts). Here every anchor id maps to the expressions it gates,
    so one intersection with the post's found ids names the candidates, in their given order.
    """

    def __init__(self, regexes: Sequence[str | re.Pattern[str]]) -> None:
        always: list[int] = []
        by_id: dict[int, set[int]] = {}
        for number, regex in enumerate(regexes):
            gate_set = AnchorSet([regex])
            if gate_set.always or not gate_set._ids:
                always.append(number)
            for anchor_id in gate_set._ids:
                by_id.setdefault(anchor_id, set()).add(number)
        self._always = tuple(always)
        self._by_id = {k: frozenset(v) for k, v in by_id.items()}
        self._ids = frozenset(self._by_id)
        self._every = tuple(range(len(regexes)))

    def candidates(self, text: str) -> Sequence[int]:
        """Indices of the expressions whose anchors occur in ``text`` (or that have none),
        ascending; every index when the text holds a case-folding hazard."""
        found = gate(text)
        if found.hazard:
            return self._every
        hits = self._ids.intersection(found.found())
        if not hits:
            return self._always
        chosen = set(self._always)
        for anchor_id in hits:
            chosen |= self._by_id[anchor_id]
        return sorted(chosen)


class AnchorFamily:
    """The entry pre-checks of several recognizers, searched together once per post.

    Each recognizer's first test is one ``AnchorSet``; most posts hold none of their anchors,
    so one search over the union answers all of them (a member's anchor occurring means some
    anchor of the union occurs, so False from the union is False for every member). The
    union is built on first use, after every member registered, and its answer for the last
    post is kept.
    """

    def __init__(self) -> None:
        self._members: list[AnchorSet] = []
        self._union: AnchorSet | None = None
        self._last: tuple[str | None, bool] = (None, False)

    def member(self, regexes: Iterable[str | re.Pattern[str]]) -> AnchorSet:
        """A new member gate over ``regexes``."""
        made = AnchorSet(regexes, family=self)
        self._members.append(made)
        self._union = None
        return made

    def prepare(self) -> None:
        """Build the union now (a recognizer's ``load``), not on the first post."""
        if self._union is None:
            self._union = _union_of(self._members)

    def may_match(self, text: str) -> bool:
        """False only when no member's anchor occurs in ``text``."""
        if self._last[0] is text:
            return self._last[1]
        self.prepare()
        answer = self._union.may_match(text)
        self._last = (text, answer)
        return answer


def _union_of(members: Sequence[AnchorSet]) -> AnchorSet:
    union = AnchorSet(())
    union.always = any(m.always or not m._ids for m in members)
    union._set_words(_minimal(frozenset(w for m in members for w in m.words)) or frozenset())
    return union


# The entry pre-checks of the recognizers that look for remarks, conduct, interaction and
# advice (``classifiers.recognizers``): one search per post rules most posts out of all five.
RECOGNIZER_ENTRY = AnchorFamily()


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


_DIGIT_CHARS = frozenset(map(ord, "0123456789"))
_DIGIT_CATEGORIES = (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT)
_ANY_DIGIT = re.compile(r"\d")


def needs_digit(items: Iterable) -> bool:
    """Every match of the parsed sequence ``items`` (or the text around it, for a lookaround)
    holds a decimal digit: some part of it consumes only digits, or asserts them."""
    return any(_node_needs_digit(op, av) for op, av in items)


def _node_needs_digit(op: object, av: Any) -> bool:
    if op is sre.LITERAL:
        return av in _DIGIT_CHARS
    if op is sre.IN:
        return bool(av) and all(_digit_member(kind, value) for kind, value in av)
    if op is sre.SUBPATTERN:
        return needs_digit(av[3])
    if op is sre.ATOMIC_GROUP:
        return needs_digit(av)
    if op is sre.BRANCH:
        return all(needs_digit(branch) for branch in av[1])
    if op in _REPEATS:
        return av[0] >= 1 and needs_digit(av[2])
    if op is sre.ASSERT:  # a positive lookaround: the text holds it (the gate reads the text)
        return needs_digit(av[1])
    return False


def _digit_member(kind: object, value: Any) -> bool:
    """One member of a character class that only digits match."""
    if kind is sre.LITERAL:
        return value in _DIGIT_CHARS
    if kind is sre.RANGE:
        return value[0] in _DIGIT_CHARS and value[1] in _DIGIT_CHARS
    return kind is sre.CATEGORY and value in _DIGIT_CATEGORIES


class DigitOrAnchors:
    """A gate for an expression whose anchors are poor only because of its number branches
    (a clock time's "h", a date's "/" or "."): each top-level alternative either needs a
    digit (``needs_digit``) or has anchors, so a text with no digit and none of the other
    alternatives' anchors cannot match. Why: ``cues.TIME``'s own anchors let every post
    through, yet few posts hold a digit or a time word."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        parsed = list(sre_parse.parse(regex.pattern, regex.flags))
        if len(parsed) == 1 and parsed[0][0] is sre.BRANCH:
            branches = [list(b) for b in parsed[0][1][1]]
        else:
            branches = [parsed]
        found: set[str] = set()
        self.always = False
        for branch in branches:
            if needs_digit(branch):
                continue
            branch_anchors = _minimal(_sequence(branch))
            if branch_anchors is None:
                self.always = True
                break
            found |= branch_anchors
        self.words = AnchorSet(())
        self.words.always = self.always
        self.words._set_words(_minimal(frozenset(found)) or frozenset())

    def may_match(self, text: str) -> bool:
        """False only when ``text`` holds no digit and none of the word alternatives' anchors."""
        if self.always or _ANY_DIGIT.search(text) is not None:
            return True
        return self.words.may_match(text)
