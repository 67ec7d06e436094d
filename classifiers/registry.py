"""The recognizers scrubs runs, in one explicit tuple (no import side effects)."""

from __future__ import annotations

from classifiers.base import Recognizer

DEFAULT_RECOGNIZERS: tuple[type[Recognizer], ...] = ()


def default_recognizers() -> list[Recognizer]:
    """Fresh instances of every default recognizer."""
    return [cls() for cls in DEFAULT_RECOGNIZERS]
