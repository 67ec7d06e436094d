"""Alerts for new risky posts: e-mail through SMTP and a signed JSON webhook.

An alert says which new posts need attention, in which category and why, and links to a fresh
report on the local machine. It never carries a post's text or a patient's name: e-mail and
webhooks leave the machine, the report does not.

Delivery is driven from the store's outbox (``scanner.nightly``): each alert has a stable id
that goes out as the e-mail's ``Message-ID`` and the webhook's ``X-Scrubs-Delivery`` header, so
even a crash in the instant between the receiver accepting and scrubs recording it can be
deduplicated by the receiver.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import smtplib
import ssl
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from email.utils import formatdate

from scanner.credentials import lookup
from scanner.errors import SourceUnavailable

SMTP_USER_ENV = "SCRUBS_SMTP_USER"
SMTP_PASSWORD_ENV = "SCRUBS_SMTP_PASSWORD"
WEBHOOK_SECRET_ENV = "SCRUBS_WEBHOOK_SECRET"
SIGNATURE_HEADER = "X-Scrubs-Signature"
DELIVERY_HEADER = "X-Scrubs-Delivery"


@dataclass(frozen=True)
class AlertItem:
    """One post that needs attention: where, when, what kind of risk, and why (no text)."""

    post_key: str
    platform: str
    account: str
    created_at: str
    action: str
    categories: tuple[str, ...]
    reasons: tuple[str, ...]  # rule titles, e.g. "Details that together identify a patient"
    url: str | None = None


@dataclass(frozen=True)
class Alert:
    """What one run has to tell: new posts to delete or review, and where the report is."""

    id: str
    created_at: str
    items: tuple[AlertItem, ...]
    report_path: str
    failed_accounts: tuple[str, ...] = field(default=())
    all_clear: bool = False


@dataclass(frozen=True)
class SmtpSettings:
    """Where e-mail goes; the user and password come from the environment or keyring."""

    host: str
    port: int = 587
    starttls: bool = True
    sender: str = "scrubs@localhost"
    to: tuple[str, ...] = ()
    timeout: float = 30.0
    cafile: str | None = None  # a private CA for an internal mail relay


def subject(alert: Alert) -> str:
    """A subject that says how many posts and of which actions, nothing more."""
    if alert.all_clear:
        return "scrubs: all clear this week"
    delete = sum(i.action == "delete" for i in alert.items)
    review = len(alert.items) - delete
    return f"scrubs: {delete} new post(s) to delete, {review} to review"


def body_text(alert: Alert) -> str:
    """The plain-text body: one line per post, categories and reasons, never the text."""
    if alert.all_clear:
        return f"No new risky posts this week.\nReport: file://{alert.report_path}\n"
    lines = [subject(alert).removeprefix("scrubs: ").capitalize() + ".", ""]
    for item in alert.items:
        cats = ", ".join(item.categories)
        lines.append(
            f"- {item.action.upper()} {item.platform} @{item.account}, "
            f"{item.created_at[:16].replace('T', ' ')} UTC: {cats}"
        )
        lines.extend(f"    {reason}" for reason in item.reasons)
        if item.url:
            lines.append(f"    {item.url}")
    if alert.failed_accounts:
        lines += ["", "Accounts that could not be scanned: " + ", ".join(alert.failed_accounts)]
    lines += [
        "",
        f"Open the report on this machine: file://{alert.report_path}",
        "The post text is only in the report, which never leaves this machine.",
    ]
    return "\n".join(lines) + "\n"


def compose_email(alert: Alert, smtp: SmtpSettings) -> EmailMessage:
    """The e-mail for ``alert``, with its id as Message-ID for receiver-side dedupe."""
    message = EmailMessage()
    message["Subject"] = subject(alert)
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.to)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = f"<{alert.id}@scrubs.local>"
    message.set_content(body_text(alert))
    return message


def send_email(alert: Alert, smtp: SmtpSettings) -> None:
    """Send through SMTP (STARTTLS when asked); failures raise ``SourceUnavailable``."""
    user, password = lookup(SMTP_USER_ENV), lookup(SMTP_PASSWORD_ENV)
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
            if smtp.starttls:
                client.starttls(context=ssl.create_default_context(cafile=smtp.cafile))
            if user and password:
                client.login(user, password)
            client.send_message(compose_email(alert, smtp))
    except (OSError, smtplib.SMTPException) as error:
        raise SourceUnavailable(
            f"e-mail not sent ({type(error).__name__})", path=f"smtp://{smtp.host}:{smtp.port}"
        ) from None


def webhook_body(alert: Alert) -> bytes:
    """The JSON the webhook receives (schema ``scrubs.alert/1``)."""
    payload = {"schema": "scrubs.alert/1", **asdict(alert)}
    return json.dumps(payload, sort_keys=True).encode()


def sign(body: bytes, secret: str) -> str:
    """``sha256=<hex HMAC of the body>``, as GitHub-style receivers expect."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def send_webhook(alert: Alert, url: str, timeout: float = 30.0) -> None:
    """POST the alert as JSON, signed with ``SCRUBS_WEBHOOK_SECRET`` when set."""
    body = webhook_body(alert)
    headers = {
        "Content-Type": "application/json",
        DELIVERY_HEADER: alert.id,
        "User-Agent": "scrubs-alerts",
    }
    secret = lookup(WEBHOOK_SECRET_ENV)
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            response.read()
    except (urllib.error.URLError, OSError) as error:
        status = getattr(error, "code", None)
        raise SourceUnavailable(
            f"webhook not delivered ({status or type(error).__name__})", path=url.split("?", 1)[0]
        ) from None


def alert_items_from_rows(rows: Sequence[dict]) -> tuple[AlertItem, ...]:
    """AlertItems from contract POST dicts (uses categories and finding titles, not text)."""
    items = []
    for post in rows:
        scores = post.get("scores", {})
        categories = tuple(c for c, p in scores.items() if p >= 0.5) or ("review",)
        reasons = tuple(
            dict.fromkeys(f.get("title") or f["rule"] for f in post.get("findings", []))
        )
        items.append(
            AlertItem(
                post_key=f"{post['platform']}:{post['id']}",
                platform=post["platform"],
                account=post["account"],
                created_at=post["created_at"],
                action=post["action"],
                categories=categories,
                reasons=reasons,
                url=post.get("url"),
            )
        )
    return tuple(items)
