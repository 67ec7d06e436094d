"""Connectors: archive readers chosen by content, live API clients chosen by option.

The registries are explicit tuples, so what scrubs can read is visible in one place.
"""

from __future__ import annotations

from scanner.connectors.base import ApiConnector, ArchiveConnector, Cursor, Page

ARCHIVE_CONNECTORS: tuple[type[ArchiveConnector], ...] = ()

__all__ = ["ARCHIVE_CONNECTORS", "ApiConnector", "ArchiveConnector", "Cursor", "Page"]
