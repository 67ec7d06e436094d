"""Where scrubs keeps its state, read once from the environment into one frozen object.

The state store and the per-installation secret live in the user's data directory
(``platformdirs``, app name ``scrubs``) so that scans of the same accounts from any working
directory add up in one place. Two environment variables override it, for CI, tests and
institutional set-ups that keep state on a managed volume:

- ``SCRUBS_DATA_DIR``: the data directory (store, secret);
- ``SCRUBS_DB``: the store file itself (``--db`` on the command line wins over both).

Nothing here creates a directory or file except :func:`installation_secret`, so that merely
loading settings (``scrubs --help``, a bad command line) leaves no trace on disk.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from scanner.errors import BadConfig

APP_NAME = "scrubs"
DB_FILENAME = "scrubs.db"
SECRET_FILENAME = "installation.key"
SECRET_BYTES = 32


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything scrubs reads from its environment, resolved to absolute paths."""

    data_dir: Path
    db_path: Path
    secret_path: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``environ`` (default ``os.environ``) and the platform's conventions."""
        env = os.environ if environ is None else environ
        data_dir = Path(env.get("SCRUBS_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))
        data_dir = data_dir.expanduser().absolute()
        db_override = env.get("SCRUBS_DB")
        db_path = (
            Path(db_override).expanduser().absolute() if db_override else data_dir / DB_FILENAME
        )
        return cls(data_dir=data_dir, db_path=db_path, secret_path=data_dir / SECRET_FILENAME)


def settings() -> Settings:
    """The current settings (read fresh each call: tests and long-lived processes change env)."""
    return Settings.from_env()


def installation_secret(config: Settings | None = None) -> bytes:
    """This installation's random secret, created with mode 0600 on first use.

    Keys HMACs of roster matches, so the store can recognise a match it has seen before
    without holding anything that identifies a patient. Losing the file only means earlier
    fingerprints stop matching; it is never sent anywhere.
    """
    path = (config or settings()).secret_path
    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        # O_EXCL: two processes racing to create it must not end with different keys in use.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(secret)
    return secret


def _read_secret(path: Path) -> bytes:
    secret = path.read_bytes()
    if len(secret) < SECRET_BYTES:
        raise BadConfig(
            f"installation secret is {len(secret)} bytes, expected {SECRET_BYTES}; "
            "delete the file to create a new one (earlier match fingerprints will not carry over)",
            path=path,
        )
    return secret
