"""``scrubs nightly``: scan what is new, alert about new risky posts, exit with a clear status.

One run, start to finish:

1. Take the run lock (``scanner.lock``): a second run exits at once saying so; a stale lock
   from a killed run is reported and cleared.
2. Scan every watched account in one pipeline run that keeps going past a failing account:
   live sources fetch only what is newer than their stored cursor; an export folder has only
   its new or changed exports scanned (by fingerprint). New verdicts whose action should alert
   queue an outbox item in the same transaction as the scores (``scanner.outbox``).
3. Write a fresh report of tonight's new posts on this machine; alerts link to it.
4. Deliver the outbox per channel (e-mail, webhook) with retries; what fails stays queued.
5. Record the night in the run log (``scrubs history``) and exit: 0 all well, 3 some account
   failed or an alert could not be delivered, 2 bad configuration.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scanner.alerts import AlertItem, send_email, send_webhook
from scanner.config import settings
from scanner.connectors.base import ApiConnector
from scanner.connectors.live import live_connector
from scanner.errors import ScrubsError
from scanner.lock import RunLock
from scanner.nightly_config import NightlyConfig
from scanner.outbox import AlertPolicy, DeliveryOutcome, deliver, queue_item
from scanner.pipeline import ScanRequest, fingerprint, live_label, scan
from scanner.store import Store

log = logging.getLogger(__name__)

EXIT_OK, EXIT_BAD_CONFIG, EXIT_PARTIAL = 0, 2, 3
EXPORT_SUFFIXES = (".zip",)


@dataclass(frozen=True)
class NightlyResult:
    """What one night did, for the exit status and the summary line."""

    run_id: int | None
    accounts: tuple[dict[str, Any], ...]
    deliveries: tuple[DeliveryOutcome, ...]
    report: Path | None
    notes: tuple[str, ...] = field(default=())

    @property
    def failed_accounts(self) -> tuple[str, ...]:
        """Labels of accounts that could not be scanned."""
        return tuple(a["label"] for a in self.accounts if a["status"] == "failed")

    @property
    def exit_code(self) -> int:
        """0 when everything worked; 3 when an account or a delivery failed."""
        if self.failed_accounts or any(d.failed for d in self.deliveries):
            return EXIT_PARTIAL
        return EXIT_OK


def scanned_fingerprints(store: Store) -> set[str]:
    """Fingerprints of every export a finished run has scanned."""
    seen: set[str] = set()
    for row in store.conn.execute("SELECT sources FROM runs WHERE status = 'done'"):
        for source in json.loads(row["sources"] or "[]"):
            if source.get("fingerprint"):
                seen.add(source["fingerprint"])
    return seen


def new_exports(folder: Path, store: Store) -> list[Path]:
    """Exports in ``folder`` (zips and unpacked folders) not yet scanned in this state."""
    if not folder.is_dir():
        return []
    seen = scanned_fingerprints(store)
    found = [
        p
        for p in sorted(folder.iterdir())
        if (p.is_file() and p.suffix.lower() in EXPORT_SUFFIXES) or p.is_dir()
    ]
    return [p for p in found if fingerprint(p) not in seen]


def _report_path(config: NightlyConfig) -> Path:
    if config.report:
        return config.report
    return settings().data_dir / "reports" / "nightly-latest.html"


def _prepare(
    config: NightlyConfig, store: Store
) -> tuple[list[dict[str, Any]], list[ApiConnector], list[Path]]:
    """One outcome per watched account; the live connectors and new exports to scan."""
    outcomes: list[dict[str, Any]] = []
    live: list[ApiConnector] = []
    exports: list[Path] = []
    for account in config.accounts:
        outcome: dict[str, Any] = {"label": account.label, "status": "ok", "posts": 0}
        outcomes.append(outcome)
        try:
            if account.kind == "export_folder":
                fresh = new_exports(Path(account.value), store)
                exports += fresh
                outcome["sources"] = [str(path) for path in fresh]
            else:
                connector = live_connector(account.kind, account.value)
                live.append(connector)
                outcome["sources"] = [live_label(connector)]
        except ScrubsError as error:
            outcome.update(status="failed", error=error.line())
    return outcomes, live, exports


def _scan(
    config: NightlyConfig, db: Path, report: Path
) -> tuple[int | None, list[dict[str, Any]], list[str]]:
    """One pipeline run over every watched account that keeps going past a failing one."""
    with Store(db) as store:
        outcomes, live, exports = _prepare(config, store)
    if not live and not exports:
        return None, outcomes, ["nothing new to scan"]
    summary = scan(
        ScanRequest(
            sources=tuple(exports),
            live=tuple(live),
            roster=config.roster,
            db_path=db,
            report_path=report,
            keep_going=True,
            alert_policy=AlertPolicy(config.alert_actions, config.min_risk),
        )
    )
    failures = dict(summary.failures)
    scanned = {a.source: a for a in summary.accounts}
    for outcome in outcomes:
        for source in outcome.pop("sources", []):
            if source in failures:
                outcome.update(status="failed", error=failures[source])
            elif source in scanned:
                outcome["posts"] += scanned[source].posts
                if scanned[source].requests is not None:
                    outcome["requests"] = outcome.get("requests", 0) + scanned[source].requests
    return summary.run_id, outcomes, list(summary.notes)


def _weekly_all_clear(store: Store, config: NightlyConfig, today: datetime) -> None:
    """On Mondays, queue one all-clear per ISO week when nothing else is waiting."""
    if not config.weekly_all_clear or today.weekday() != 0:
        return
    unsent = store.conn.execute(
        "SELECT count(*) FROM alerts_outbox WHERE sent_at IS NULL"
    ).fetchone()[0]
    if unsent:
        return
    year, week, _ = today.isocalendar()
    key = f"all-clear:{year}-W{week:02d}"
    queue_item(
        store,
        AlertItem(
            post_key=key,
            platform="",
            account="",
            created_at=today.isoformat(),
            action="keep",
            categories=(),
            reasons=(),
        ),
        None,
        kind="all_clear",
    )


def _deliver(
    store: Store, config: NightlyConfig, report: Path, failed: tuple[str, ...]
) -> list[DeliveryOutcome]:
    outcomes = []
    if config.email is not None:
        email = config.email
        outcomes.append(
            deliver(
                store,
                "email",
                lambda alert: send_email(alert, email),
                report_path=str(report),
                failed_accounts=failed,
                attempts=config.retry_attempts,
                backoff=config.retry_backoff,
            )
        )
    if config.webhook_url:
        url = config.webhook_url
        outcomes.append(
            deliver(
                store,
                "webhook",
                lambda alert: send_webhook(alert, url),
                report_path=str(report),
                failed_accounts=failed,
                attempts=config.retry_attempts,
                backoff=config.retry_backoff,
            )
        )
    return outcomes


def run_nightly(config: NightlyConfig, *, today: datetime | None = None) -> NightlyResult:
    """One nightly run under the lock (``AlreadyRunning`` when another holds it)."""
    db = config.db or settings().db_path
    report = _report_path(config)
    notes: list[str] = []
    with RunLock(config.lock_path or db.with_name(db.name + ".lock")) as lock:
        if lock.stale:
            notes.append(
                f"a previous run ({lock.stale.describe()}) did not finish; "
                "its unsent alerts are sent now"
            )
        started = datetime.now(UTC)
        run_id, accounts, scan_notes = _scan(config, db, report)
        notes += scan_notes
        failed = tuple(a["label"] for a in accounts if a["status"] == "failed")
        with Store(db) as store:
            _weekly_all_clear(store, config, today or started)
            deliveries = _deliver(store, config, report, failed)
            record_night(store, started, run_id, accounts, deliveries, notes)
    return NightlyResult(
        run_id,
        tuple(accounts),
        tuple(deliveries),
        report if run_id is not None else None,
        tuple(notes),
    )


def record_night(
    store: Store,
    started: datetime,
    run_id: int | None,
    accounts: list[dict[str, Any]],
    deliveries: list[DeliveryOutcome],
    notes: list[str],
) -> None:
    """Write the night into the run log: times, per-account counts and errors, deliveries."""
    with store.atomic():
        store.conn.execute(
            "INSERT INTO nightly_runs (started_at, finished_at, run_id, accounts, deliveries,"
            " notes)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                started.strftime("%Y-%m-%dT%H:%M:%SZ"),
                datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                run_id,
                json.dumps(accounts),
                json.dumps([asdict(d) for d in deliveries]),
                json.dumps(notes),
            ),
        )


def history(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """The last nightly runs, newest first."""
    rows = store.conn.execute(
        "SELECT * FROM nightly_runs ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    out = []
    for row in rows:
        record = dict(row)
        for key in ("accounts", "deliveries", "notes"):
            record[key] = json.loads(record[key])
        out.append(record)
    return out
