"""The one exception tree of scrubs.

    ScrubsError                      anything scrubs expects and can explain (CLI exit 2)
    ├── BadInput                     the user gave us something we cannot use
    │   ├── MissingPath
    │   ├── UnrecognizedExport       a file or folder that holds no export we know
    │   ├── CorruptArchive           not a zip, truncated, zip slip, zip bomb
    │   ├── WrongExportFormat        e.g. a Facebook export requested as HTML
    │   ├── MalformedRecord          a data file that is not what its format promises
    │   ├── BadRoster                roster CSV unusable
    │   └── BadConfig                scrubs.toml or staff CSV unusable
    └── SourceUnavailable            a live platform said no
        ├── AuthExpired              expired or revoked token
        ├── AccessDenied             the access tier or permission does not allow this
        ├── RateLimited              wait and retry (``retry_after`` seconds)
        └── UsageCapReached          waiting will not help

Every message names the file or account and the problem, and says what to do next where we
know. Messages never contain post text, patient data or secrets: callers pass only paths,
handles, counts and fixed descriptions.
"""

from __future__ import annotations

from pathlib import Path


class ScrubsError(Exception):
    """Base class: an error scrubs anticipated, reported as one line without a traceback."""

    def __init__(
        self, message: str, *, path: str | Path | None = None, account: str | None = None
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.account = account
        super().__init__(self.line())

    def line(self) -> str:
        """The one line shown to the user: ``<file or account>: <problem>``."""
        where = self.path or self.account
        return f"{where}: {self.message}" if where else self.message


class BadInput(ScrubsError):  # noqa: N818 - reads as what went wrong: "raise BadInput(...)"
    """The user gave us something we cannot use."""


class MissingPath(BadInput):
    """A path on the command line does not exist."""


class UnrecognizedExport(BadInput):
    """A file or folder that holds no export format scrubs knows."""


class CorruptArchive(BadInput):
    """A zip that is not a zip, is truncated, or tries zip slip or a zip bomb."""


class WrongExportFormat(BadInput):
    """An export in a format we refuse, e.g. Facebook's HTML instead of JSON."""


class MalformedRecord(BadInput):
    """A data file whose contents are not what its format promises (e.g. invalid JSON)."""


class BadRoster(BadInput):
    """The patient roster cannot be used (unreadable, missing a required column)."""


class BadConfig(BadInput):
    """A configuration or staff file cannot be used."""


class SourceUnavailable(ScrubsError):  # noqa: N818 - reads as what went wrong when raised
    """A live platform refused or failed; data already collected is kept."""


class AuthExpired(SourceUnavailable):
    """The token is expired or revoked: the user must create a new one."""


class AccessDenied(SourceUnavailable):
    """The access tier or the token's permissions do not allow this call."""


class RateLimited(SourceUnavailable):
    """The platform asks us to wait ``retry_after`` seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: object) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kw)  # type: ignore[arg-type]


class UsageCapReached(SourceUnavailable):
    """A usage or spending cap: waiting will not help."""
