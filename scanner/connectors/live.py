"""Build live API connectors from what the user named (CLI options, scrubs.toml accounts).

One place knows which option means which connector, so ``scrubs scan`` and ``scrubs nightly``
cannot drift apart. Connectors import their SDK lazily: a scan of exports alone never loads
tweepy, facebook-sdk, Mastodon.py or atproto.
"""

from __future__ import annotations

from collections.abc import Iterable

from scanner.connectors.base import ApiConnector

LIVE_KINDS = ("x_user", "facebook", "mastodon", "bluesky")


def live_connector(kind: str, value: str) -> ApiConnector:
    """The connector for one live account; credentials come from the environment or keyring."""
    if kind == "x_user":
        from scanner.connectors.x_api import XApi

        return XApi(value)
    if kind == "facebook":
        from scanner.connectors.facebook_api import FacebookApi

        return FacebookApi(value)
    if kind == "mastodon":
        from scanner.connectors.mastodon_api import MastodonApi

        return MastodonApi(value)
    if kind == "bluesky":
        from scanner.connectors.bluesky_api import BlueskyApi

        return BlueskyApi(value)
    raise ValueError(f"not a live account kind: {kind}")


def live_connectors(
    *,
    x_users: Iterable[str] = (),
    facebook_me: bool = False,
    facebook_pages: Iterable[str] = (),
    mastodon_accounts: Iterable[str] = (),
    bluesky_handles: Iterable[str] = (),
) -> list[ApiConnector]:
    """Connectors for the ``scrubs scan`` live options, in a stable order."""
    wanted = [("x_user", h) for h in x_users]
    wanted += [("facebook", "me")] if facebook_me else []
    wanted += [("facebook", page) for page in facebook_pages]
    wanted += [("mastodon", m) for m in mastodon_accounts]
    wanted += [("bluesky", b) for b in bluesky_handles]
    return [live_connector(kind, value) for kind, value in wanted]
