"""Settings from the environment; the installation secret is private and stable."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from scanner.config import Settings, installation_secret, settings
from scanner.errors import BadConfig


@pytest.mark.parametrize(
    "env, db_name",
    [
        ({"SCRUBS_DATA_DIR": "/srv/scrubs"}, "/srv/scrubs/scrubs.db"),
        ({"SCRUBS_DATA_DIR": "/srv/scrubs", "SCRUBS_DB": "/tmp/other.db"}, "/tmp/other.db"),
    ],
)
def test_environment_overrides(env: dict[str, str], db_name: str) -> None:
    resolved = Settings.from_env(env)
    assert resolved.db_path == Path(db_name)
    assert resolved.secret_path == Path("/srv/scrubs/installation.key")


def test_default_data_dir_is_the_platform_one() -> None:
    assert Settings.from_env({}).data_dir.name == "scrubs"


def test_installation_secret_is_created_once_with_mode_0600(private_data_dir: Path) -> None:
    first = installation_secret()
    assert installation_secret() == first and len(first) == 32
    assert stat.S_IMODE(settings().secret_path.stat().st_mode) == 0o600


def test_a_damaged_secret_is_reported_not_replaced(private_data_dir: Path) -> None:
    settings().secret_path.write_bytes(b"short")
    with pytest.raises(BadConfig, match="installation.key"):
        installation_secret()
