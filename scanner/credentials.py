"""Secrets for live sources: from the environment or the OS keyring, never the command line.

A token on the command line ends up in shell history and ``ps`` output, so scrubs only reads
tokens from environment variables or from the keyring (service ``scrubs``, the variable name
as the user name: ``keyring set scrubs X_BEARER_TOKEN``). Values never reach logs or errors.
"""

from __future__ import annotations

import logging
import os

from scanner.errors import AuthExpired

log = logging.getLogger(__name__)

KEYRING_SERVICE = "scrubs"


def _from_keyring(name: str) -> str | None:
    """The keyring's value for ``name``; None when there is no keyring or no entry."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except (KeyringError, RuntimeError, OSError):
        log.debug("keyring unavailable for %s", name)
        return None


def lookup(name: str) -> str | None:
    """A secret by variable name: the environment first, then the OS keyring."""
    value = os.environ.get(name)
    if value:
        return value.strip()
    if os.environ.get("SCRUBS_NO_KEYRING"):
        return None
    value = _from_keyring(name)
    return value.strip() if value else None


def require(name: str, *, account: str, how: str) -> str:
    """A secret that must exist; the error says where to put it (``how``), never a value."""
    value = lookup(name)
    if not value:
        raise AuthExpired(
            f"no credential: set the environment variable {name} or run "
            f"'keyring set {KEYRING_SERVICE} {name}' ({how})",
            account=account,
        )
    return value
