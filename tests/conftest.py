"""Shared fixtures. Additive edits only: each engineer adds their own below, in their section.

Every test gets its own scrubs data directory (``SCRUBS_DATA_DIR``), so no test ever reads or
writes the real user's store or installation secret.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

# -- spine: settings, store ----------------------------------------------------------------------


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A fresh data directory per test; the real one is never touched."""
    data_dir = tmp_path_factory.mktemp("scrubs-data")
    monkeypatch.setenv("SCRUBS_DATA_DIR", str(data_dir))
    monkeypatch.delenv("SCRUBS_DB", raising=False)
    return data_dir


@pytest.fixture
def store(tmp_path: Path) -> Iterator[object]:
    """A real state store in a file of its own."""
    from scanner.store import Store

    opened = Store(tmp_path / "scrubs.db")
    yield opened
    opened.close()
