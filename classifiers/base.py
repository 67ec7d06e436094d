"""What a recognizer is, and what it gets to look at.

A recognizer turns one post (with its context) into findings. Most are pattern recognizers:
mostly data (patterns, context words), a few lines of code. Each declares every rule it may
emit, and a test checks that it emits nothing else.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from classifiers.findings import Finding, PatientMatch, Rule
from scanner.models import Account, Post


class PatientDirectory(Protocol):
    """Who the roster says is a patient, by platform identity (implemented in ``roster.py``)."""

    def match_handle(self, platform: str, handle: str) -> PatientMatch | None:
        """The roster entry whose handle on ``platform`` is ``handle``, if any."""

    def match_user_id(self, platform: str, user_id: str) -> PatientMatch | None:
        """The roster entry whose platform user id is ``user_id``, if any."""


@dataclass(slots=True)
class PostContext:
    """What a recognizer may consult beyond the post itself.

    ``doc`` is a spaCy Doc when the engine decided the post needs one (cheap pre-checks
    matched); recognizers must cope with ``None``.
    """

    account: Account | None = None
    patients: PatientDirectory | None = None
    doc: Any = None
    thread: Sequence[Post] = field(default_factory=tuple)  # other posts of the same case/thread


@dataclass(frozen=True, slots=True)
class Pattern:
    """A named regular expression that suggests a rule with a base score."""

    name: str
    regex: str
    score: float
    rule_id: str
    flags: int = re.IGNORECASE

    def __post_init__(self) -> None:
        if not 0.0 < self.score <= 1.0:
            raise ValueError(f"pattern {self.name}: score must be in (0, 1]")
        re.compile(self.regex, self.flags)  # fail at import, not at scan time

    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (cached by ``re``)."""
        return re.compile(self.regex, self.flags)


class Recognizer(ABC):
    """Turns a post into findings for the rules it declares."""

    name: ClassVar[str]
    rules: ClassVar[tuple[Rule, ...]]
    needs_doc: ClassVar[bool] = False  # True when it wants a spaCy Doc in ``ctx.doc``

    def load(self) -> None:  # noqa: B027 - optional hook on purpose; most have nothing to load
        """Load heavy assets once per process; the default has none."""

    def prefilter(self, post: Post) -> bool:
        """A cheap check: False means ``analyze`` would find nothing, so skip it."""
        return True

    def wants_doc(self, post: Post) -> bool:
        """For ``needs_doc`` recognizers: whether a spaCy doc could change the findings on
        ``post``. The default is the pre-check; a recognizer that can tell more cheaply
        (no capitalised word, a verdict no name could change) says so here."""
        return self.prefilter(post)

    @abstractmethod
    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """The findings for ``post``; only rules from ``self.rules``."""


def rule_by_id(rules: Sequence[Rule], rule_id: str) -> Rule:
    """Find a rule in a recognizer's declared rules; a missing id is a programming error."""
    for rule in rules:
        if rule.id == rule_id:
            return rule
    raise KeyError(f"rule {rule_id} is not declared")
