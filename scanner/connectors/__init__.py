"""Connectors: archive readers chosen by content, live API clients chosen by option.

The registries are explicit tuples, so what scrubs can read is visible in one place.
"""

from __future__ import annotations

from pathlib import Path

from scanner.connectors.base import ApiConnector, ArchiveConnector, Cursor, Page
from scanner.connectors.facebook_export import FacebookExport
from scanner.connectors.x_archive import XArchive
from scanner.errors import UnrecognizedExport
from scanner.sources import DEFAULT_LIMITS, ExportSource, Limits

ARCHIVE_CONNECTORS: tuple[type[ArchiveConnector], ...] = (XArchive, FacebookExport)


def connector_for(source: ExportSource) -> ArchiveConnector:
    """The connector whose format ``source`` holds, judged by its contents.

    Raises :class:`UnrecognizedExport` when no connector knows it, and whatever the connector
    raises when it knows the format but refuses it (e.g. Facebook's HTML export).
    """
    for connector in ARCHIVE_CONNECTORS:
        if connector.recognizes(source):
            return connector(source)
    raise UnrecognizedExport(
        "no X archive or Facebook JSON export found here (looked for data/tweets.js, tweet.js, "
        "your_posts*.json, friends JSON)",
        path=source.label,
    )


def open_export(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> ArchiveConnector:
    """Open a ``.zip`` or folder and return the connector that reads it.

    The caller owns the source: ``connector.source.close()`` (or ``with connector.source:``)
    releases the zip. On any error the source is closed before the error propagates.
    """
    source = ExportSource.open(path, limits)
    try:
        return connector_for(source)
    except BaseException:
        source.close()
        raise


__all__ = [
    "ARCHIVE_CONNECTORS",
    "ApiConnector",
    "ArchiveConnector",
    "Cursor",
    "FacebookExport",
    "Page",
    "XArchive",
    "connector_for",
    "open_export",
]
