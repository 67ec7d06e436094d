"""The alerts outbox: queued with the scores, delivered once per channel, never lost.

Why it is shaped like this:

- **Queued with the scores.** When a run stores a verdict whose action should alert, the
  store inserts an outbox item in the same transaction (``Store.alert_policy``). A crash after
  scoring leaves the item queued; the next run delivers it. ``dedupe_key`` (the post's key)
  is unique, so re-scoring a post never queues it twice.
- **Deliveries are fixed before they are sent.** Per channel (e-mail, webhook), unsent items
  are first bundled into a delivery in one transaction: its id, its content and its items are
  stored. Only then is it sent, and marked sent in another transaction. A crash between the
  two re-sends the *same* delivery with the *same* id (the e-mail's Message-ID, the webhook's
  ``X-Scrubs-Delivery``), which receivers can drop as a duplicate; nothing else is ever sent
  twice, and nothing is dropped: a failed send stays pending with its error and attempt count.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from scanner.alerts import Alert, AlertItem
from scanner.errors import SourceUnavailable
from scanner.store import Store

log = logging.getLogger(__name__)
Sender = Callable[[Alert], None]


@dataclass(frozen=True)
class AlertPolicy:
    """Which stored verdicts queue an alert: actions and a minimum risk, new posts only.

    The store calls ``wants`` and ``payload`` inside the transaction that writes the verdict.
    """

    actions: tuple[str, ...] = ("delete", "review")
    min_risk: float = 0.0

    def wants(self, item: Any) -> bool:
        """True when a scored post (``store.ScoredPost``) should alert."""
        return item.action in self.actions and float(item.risk) >= self.min_risk

    def payload(self, item: Any) -> dict[str, Any]:
        """The outbox payload: an ``AlertItem`` of ids, categories and rule titles; no text."""
        post = item.post
        categories = tuple(c for c, p in item.scores.items() if p >= 0.5)
        reasons = tuple(
            dict.fromkeys(
                f.get("title") or f["rule"]
                for f in item.findings
                if f.get("category") in categories or not categories
            )
        )
        alert_item = AlertItem(
            post_key=post.key,
            platform=post.platform,
            account=post.account,
            created_at=post.created_at.isoformat(),
            action=item.action,
            categories=categories,
            reasons=reasons,
            url=post.url,
        )
        return asdict(alert_item)


@dataclass(frozen=True)
class DeliveryOutcome:
    """What happened to one channel's pending deliveries in this run."""

    channel: str
    sent: int
    items: int
    failed: int
    errors: tuple[str, ...] = ()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def queue_item(store: Store, item: AlertItem, account_id: int | None, kind: str = "post") -> bool:
    """Queue one item outside a scoring transaction (the weekly all-clear); False if known."""
    with store.atomic():
        cursor = store.conn.execute(
            "INSERT OR IGNORE INTO alerts_outbox"
            " (created_at, account_id, kind, dedupe_key, payload)"
            " VALUES (?, ?, ?, ?, ?)",
            (_now(), account_id, kind, item.post_key, json.dumps(asdict(item))),
        )
    return cursor.rowcount == 1


def _bundle(store: Store, channel: str, report_path: str, failed_accounts: Sequence[str]) -> None:
    """Put every item this channel has not yet bundled into one new delivery."""
    with store.atomic():
        rows = store.conn.execute(
            """
            SELECT o.id, o.kind, o.payload FROM alerts_outbox o
             WHERE NOT EXISTS (SELECT 1 FROM alert_delivery_items d
                                WHERE d.outbox_id = o.id AND d.channel = ?)
             ORDER BY o.id
            """,
            (channel,),
        ).fetchall()
        if not rows:
            return
        items = [
            AlertItem(
                **{
                    **json.loads(r["payload"]),
                    "categories": tuple(json.loads(r["payload"])["categories"]),
                    "reasons": tuple(json.loads(r["payload"])["reasons"]),
                }
            )
            for r in rows
            if r["kind"] == "post"
        ]
        alert = Alert(
            id=f"scrubs-{uuid.uuid4()}",
            created_at=_now(),
            items=tuple(items),
            report_path=report_path,
            failed_accounts=tuple(failed_accounts),
            all_clear=not items,
        )
        store.conn.execute(
            "INSERT INTO alert_deliveries (id, channel, created_at, payload) VALUES (?, ?, ?, ?)",
            (alert.id, channel, alert.created_at, json.dumps(asdict(alert))),
        )
        store.conn.executemany(
            "INSERT INTO alert_delivery_items (delivery_id, channel, outbox_id) VALUES (?, ?, ?)",
            [(alert.id, channel, r["id"]) for r in rows],
        )


def _alert_from(payload: str) -> Alert:
    data = json.loads(payload)
    items = tuple(
        AlertItem(**{**i, "categories": tuple(i["categories"]), "reasons": tuple(i["reasons"])})
        for i in data.pop("items")
    )
    return Alert(**{**data, "items": items, "failed_accounts": tuple(data["failed_accounts"])})


def pending(store: Store, channel: str) -> list[tuple[str, Alert]]:
    """Deliveries of ``channel`` not yet sent (including ones a crash interrupted)."""
    rows = store.conn.execute(
        "SELECT id, payload FROM alert_deliveries WHERE channel = ? AND sent_at IS NULL "
        "ORDER BY created_at, id",
        (channel,),
    ).fetchall()
    return [(row["id"], _alert_from(row["payload"])) for row in rows]


def _mark(store: Store, delivery_id: str, error: str | None) -> None:
    with store.atomic():
        if error is None:
            store.conn.execute(
                "UPDATE alert_deliveries SET sent_at = ?, attempts = attempts + 1,"
                " last_error = NULL"
                " WHERE id = ?",
                (_now(), delivery_id),
            )
            store.conn.execute(
                """
                UPDATE alerts_outbox SET sent_at = ? WHERE sent_at IS NULL AND id IN (
                    SELECT outbox_id FROM alert_delivery_items WHERE delivery_id = ?)
                """,
                (_now(), delivery_id),
            )
        else:
            store.conn.execute(
                "UPDATE alert_deliveries SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                (error, delivery_id),
            )


def deliver(
    store: Store,
    channel: str,
    send: Sender,
    *,
    report_path: str,
    failed_accounts: Sequence[str] = (),
    attempts: int = 3,
    backoff: float = 2.0,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryOutcome:
    """Bundle new items for ``channel`` and send every pending delivery, with retries."""
    _bundle(store, channel, report_path, failed_accounts)
    sent = items = failed = 0
    errors: list[str] = []
    for delivery_id, alert in pending(store, channel):
        delay = backoff
        for attempt in range(1, attempts + 1):
            try:
                send(alert)
            except SourceUnavailable as error:
                _mark(store, delivery_id, error.line())
                log.warning(
                    "%s delivery %s failed (attempt %d/%d)", channel, delivery_id, attempt, attempts
                )
                if attempt == attempts:
                    failed += 1
                    errors.append(f"{channel}: {error.line()} (kept, retried next run)")
                    break
                sleep(delay)
                delay *= 2
                continue
            _mark(store, delivery_id, None)
            sent += 1
            items += len(alert.items)
            break
    return DeliveryOutcome(channel, sent, items, failed, tuple(errors))


def unsent_counts(store: Store) -> Mapping[str, Any]:
    """Pending deliveries per channel and queued items, for ``scrubs history``."""
    rows = store.conn.execute(
        "SELECT channel, count(*) AS n FROM alert_deliveries WHERE sent_at IS NULL GROUP BY channel"
    ).fetchall()
    queued = store.conn.execute(
        "SELECT count(*) FROM alerts_outbox WHERE sent_at IS NULL"
    ).fetchone()[0]
    return {"pending_deliveries": {r["channel"]: r["n"] for r in rows}, "unsent_items": queued}
