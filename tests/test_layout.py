"""The import packages are ours: PyPI's scanner, classifiers, reports are unrelated projects."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["scanner", "classifiers", "reports"])
def test_package_imports_from_this_repository(name: str) -> None:
    module = importlib.import_module(name)
    assert Path(module.__file__).resolve().parent == REPO / name
