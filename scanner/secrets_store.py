"""The per-installation secret: a random key, created once with owner-only permissions.

Anything the store keeps about a roster match is an HMAC under this key (plus the roster's own
``patient_ref``), so the store file alone reveals nothing about who is a patient, and the same
connection hashes differently on another installation. The key is 32 random bytes in
``installation.key`` in the scrubs data directory (``$SCRUBS_DATA_DIR`` if set, else the
platform's user data directory), created with mode 0600 atomically (``O_EXCL``), so two
processes starting at once agree on one key.

If ``scanner.config.installation_secret()`` lands, this module is its implementation.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from scanner.errors import BadConfig

SECRET_FILE = "installation.key"
SECRET_BYTES = 32
DATA_DIR_ENV = "SCRUBS_DATA_DIR"


def data_dir() -> Path:
    """Where scrubs keeps its own files: ``$SCRUBS_DATA_DIR`` or the user data directory."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("scrubs"))


def installation_secret(directory: Path | None = None) -> bytes:
    """The installation's secret key; created (0600) on first use."""
    folder = directory or data_dir()
    path = folder / SECRET_FILE
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first: use theirs
        return _read(path)
    except OSError as error:
        raise BadConfig(f"cannot create the installation secret ({error.strerror})", path=path) from None
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(secrets.token_bytes(SECRET_BYTES))
        handle.flush()
        os.fsync(handle.fileno())
    return _read(path)


def _read(path: Path) -> bytes:
    mode = path.stat().st_mode
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        os.chmod(path, 0o600)  # someone loosened it: tighten rather than refuse to run
    key = path.read_bytes()
    if len(key) < SECRET_BYTES:
        raise BadConfig(
            "the installation secret is truncated; delete it to create a new one "
            "(earlier match fingerprints will no longer be recognized)",
            path=path,
        )
    return key
