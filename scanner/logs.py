"""Logging set-up and a redaction filter: logs carry ids and counts, never content.

scrubs reads patient information, so the rule is that code logs only ids, counts, file names
and fixed descriptions. The rule is kept by review and by a test that scans captured logs for
post text; :class:`RedactingFilter` is the backstop for what slips through (a third-party
library echoing its input, a future careless message). Recognising post text generically is
impossible; the filter masks what most often identifies someone: email addresses, phone
numbers, ``@handles`` and long quoted strings.

Named ``logs`` rather than ``logging`` so it never shadows the standard library.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import TextIO

OUR_LOGGERS = ("scanner", "classifiers", "reports")
_HANDLER_MARK = "_scrubs_handler"

# Order matters: emails before handles (an email holds an "@").
_REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"), "<email>"),
    # Phone numbers: a "+" and 8-15 digits, or digit groups split by spaces, dots, dashes or
    # brackets. A bare run of digits is left alone: post and account ids are exactly that.
    (re.compile(r"\+\d[\d ().-]{6,18}\d"), "<phone>"),
    (re.compile(r"(?<![\w/])\(?\d{2,5}\)?[ .-]\d{3,4}[ .-]\d{3,5}(?![\w/])"), "<phone>"),
    (re.compile(r"(?<![\w@/])@\w{1,50}"), "@<handle>"),
    (re.compile(r"\"[^\"\n]{24,}\"|'[^'\n]{24,}'|“[^”\n]{24,}”|‘[^’\n]{24,}’"), '"<text>"'),
)


def redact(text: str) -> str:
    """``text`` with emails, phone numbers, handles and long quotations masked."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites every record's message through :func:`redact` before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keep the record, with its message redacted (and arguments merged in)."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the template, drop the arguments
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Exception messages may quote input: keep the type and the frames, not the text.
            kind, error, frames = record.exc_info
            record.exc_info = (kind, _without_message(error), frames)
            record.exc_text = None
        return True


def _without_message(error: BaseException) -> BaseException:
    try:
        return type(error)()
    except Exception:  # a constructor that needs arguments
        return RuntimeError(type(error).__name__)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (test runners swap it per command)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


class _UserFormatter(logging.Formatter):
    """``scrubs: warning: ...`` lines, like the CLI's own messages."""

    def format(self, record: logging.LogRecord) -> str:
        return f"scrubs: {record.levelname.lower()}: {record.getMessage()}"


_state = {"verbose": False}


def setup_logging(verbose: bool = False, stream: TextIO | None = None) -> logging.Handler:
    """Send warnings (everything, with ``verbose``) to stderr through the redaction filter.

    Idempotent: a second call replaces the handler the first installed.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
    handler: logging.Handler = logging.StreamHandler(stream) if stream else _StderrHandler()
    setattr(handler, _HANDLER_MARK, True)
    handler.addFilter(RedactingFilter())
    if verbose:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.DEBUG)
        root.setLevel(logging.INFO)  # third-party libraries: INFO at most
        for name in OUR_LOGGERS:
            logging.getLogger(name).setLevel(logging.DEBUG)
    else:
        handler.setFormatter(_UserFormatter())
        handler.setLevel(logging.WARNING)
        root.setLevel(logging.WARNING)
        for name in OUR_LOGGERS:
            logging.getLogger(name).setLevel(logging.INFO)
    root.addHandler(handler)
    _state["verbose"] = verbose
    return handler


def is_verbose() -> bool:
    """Whether ``-v`` was given: the CLI then prints tracebacks of internal errors."""
    return _state["verbose"]
