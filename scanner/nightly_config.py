"""``scrubs.toml``: what the nightly scan watches, where it stores and whom it alerts.

Example (every key but one account is optional)::

    db = "~/.local/share/scrubs/scrubs.db"     # the state store
    roster = "/secure/roster.csv"               # patient roster (never copied anywhere)
    report = "~/scrubs/latest.html"             # the fresh report alerts link to

    [thresholds]
    alert_actions = ["delete", "review"]        # which actions alert
    min_risk = 0.0                              # and from which risk up

    [[accounts]]
    x_user = "drexample"                        # live: X API (X_BEARER_TOKEN)
    [[accounts]]
    facebook = "me"                             # live: Graph API, "me" or a Page id
    [[accounts]]
    mastodon = "nurse@med.example"
    [[accounts]]
    bluesky = "drexample.bsky.social"
    [[accounts]]
    export_folder = "~/Downloads/social"        # watched: new or changed exports are scanned

    [alerts]
    weekly_all_clear = false                    # a Monday "nothing new" e-mail
    retry_attempts = 3                          # per run; what still fails waits for the next
    retry_backoff = 5.0                         # seconds, doubled after each failure
    [alerts.email]
    host = "smtp.example.org"
    port = 587
    starttls = true
    from = "scrubs@example.org"
    to = ["me@example.org"]
    [alerts.webhook]
    url = "https://hooks.example.org/scrubs"    # JSON POST, signed with SCRUBS_WEBHOOK_SECRET

Secrets (tokens, SMTP password, webhook secret) never go in this file: they come from the
environment or the OS keyring.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import platformdirs

from scanner.alerts import SmtpSettings
from scanner.errors import BadConfig

AccountKind = Literal["x_user", "facebook", "mastodon", "bluesky", "export_folder"]
ACCOUNT_KINDS: tuple[AccountKind, ...] = (
    "x_user",
    "facebook",
    "mastodon",
    "bluesky",
    "export_folder",
)
ACTIONS = ("delete", "review", "keep")


@dataclass(frozen=True)
class WatchedAccount:
    """One account the nightly scan follows: a live source or an export folder."""

    kind: AccountKind
    value: str

    @property
    def label(self) -> str:
        """``x_user=drexample``: how logs and the run history name it (no secrets)."""
        return f"{self.kind}={self.value}"


@dataclass(frozen=True)
class NightlyConfig:
    """Everything ``scrubs nightly`` needs, validated."""

    path: Path
    accounts: tuple[WatchedAccount, ...]
    db: Path | None = None
    roster: Path | None = None
    report: Path | None = None
    alert_actions: tuple[str, ...] = ("delete", "review")
    min_risk: float = 0.0
    email: SmtpSettings | None = None
    webhook_url: str | None = None
    weekly_all_clear: bool = False
    lock_path: Path | None = field(default=None)
    retry_attempts: int = 3  # per delivery per run; what still fails is retried next run
    retry_backoff: float = 5.0  # seconds before the second attempt, doubled after


def default_config_path() -> Path:
    """``$SCRUBS_CONFIG`` or ``scrubs.toml`` in the user's config directory."""
    env = os.environ.get("SCRUBS_CONFIG")
    return Path(env) if env else Path(platformdirs.user_config_dir("scrubs")) / "scrubs.toml"


def _path(value: Any, key: str, where: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise BadConfig(f"'{key}' must be a path", path=where)
    return Path(os.path.expandvars(value)).expanduser()


def _account(entry: Any, index: int, where: Path) -> WatchedAccount:
    if not isinstance(entry, dict):
        raise BadConfig(f"accounts[{index}] must be a table", path=where)
    kinds = [k for k in entry if k in ACCOUNT_KINDS]
    unknown = sorted(set(entry) - set(ACCOUNT_KINDS))
    if unknown or len(kinds) != 1 or not isinstance(entry[kinds[0]], str) or not entry[kinds[0]]:
        raise BadConfig(
            f"accounts[{index}] needs exactly one of {', '.join(ACCOUNT_KINDS)}"
            + (f" (unknown key {unknown[0]})" if unknown else ""),
            path=where,
        )
    kind = kinds[0]
    value = entry[kind]
    if kind == "export_folder":
        value = str(_path(value, f"accounts[{index}].export_folder", where))
    return WatchedAccount(kind, value)  # type: ignore[arg-type]


def _email(table: Any, where: Path) -> SmtpSettings | None:
    if table is None:
        return None
    if not isinstance(table, dict) or not table.get("host") or not table.get("to"):
        raise BadConfig("[alerts.email] needs 'host' and 'to'", path=where)
    to = table["to"]
    to = (to,) if isinstance(to, str) else tuple(to)
    try:
        port = int(table.get("port", 587))
    except (TypeError, ValueError):
        raise BadConfig("[alerts.email] 'port' must be a number", path=where) from None
    return SmtpSettings(
        host=str(table["host"]),
        port=port,
        starttls=bool(table.get("starttls", True)),
        sender=str(table.get("from", "scrubs@localhost")),
        to=to,
        cafile=table.get("cafile"),
    )


def _thresholds(table: Any, where: Path) -> tuple[tuple[str, ...], float]:
    table = table or {}
    actions = tuple(table.get("alert_actions", ("delete", "review")))
    if not actions or any(a not in ACTIONS for a in actions):
        raise BadConfig("[thresholds] alert_actions must list delete, review or keep", path=where)
    risk = table.get("min_risk", 0.0)
    if not isinstance(risk, int | float) or not 0 <= risk <= 1:
        raise BadConfig("[thresholds] min_risk must be a number from 0 to 1", path=where)
    return actions, float(risk)


def load_config(path: Path | None = None) -> NightlyConfig:
    """Read and validate ``scrubs.toml``; every problem is a ``BadConfig`` naming the file."""
    where = path or default_config_path()
    try:
        data = tomllib.loads(where.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadConfig(
            "no such config file (see 'scrubs nightly --help' for an example)", path=where
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BadConfig(f"cannot read the config ({type(error).__name__})", path=where) from None
    except tomllib.TOMLDecodeError as error:
        raise BadConfig(f"not valid TOML ({error})", path=where) from None
    accounts = data.get("accounts") or []
    if not isinstance(accounts, list) or not accounts:
        raise BadConfig("no [[accounts]] to watch", path=where)
    alerts = data.get("alerts") or {}
    webhook = (alerts.get("webhook") or {}).get("url")
    if webhook is not None and not str(webhook).startswith(("http://", "https://")):
        raise BadConfig("[alerts.webhook] url must be http(s)", path=where)
    actions, min_risk = _thresholds(data.get("thresholds"), where)
    return NightlyConfig(
        path=where,
        accounts=tuple(_account(a, i, where) for i, a in enumerate(accounts)),
        db=_path(data["db"], "db", where) if "db" in data else None,
        roster=_path(data["roster"], "roster", where) if "roster" in data else None,
        report=_path(data["report"], "report", where) if "report" in data else None,
        alert_actions=actions,
        min_risk=min_risk,
        email=_email(alerts.get("email"), where),
        webhook_url=webhook,
        weekly_all_clear=bool(alerts.get("weekly_all_clear", False)),
        retry_attempts=_positive(alerts.get("retry_attempts", 3), "retry_attempts", where, int),
        retry_backoff=_positive(alerts.get("retry_backoff", 5.0), "retry_backoff", where, float),
    )


def _positive(value: Any, key: str, where: Path, kind: type) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise BadConfig(f"[alerts] {key} must be a positive number", path=where)
    return kind(value)
