"""The audit's own tables in the state store: the trail, per-person status, risky post ids.

Tables come from migration ``m002_audit_tables`` (``scanner.migrations``). Every write is one
short transaction (``Store.atomic``), so many worker processes can share the store: a worker
holds the write lock only for the few statements that record one person, never for a scan.

A person's status moves ``queued -> scanning -> done | failed``; ``skipped`` (no consent, no
sources) is decided from the staff file alone. A person is ``done`` only in the transaction
that also records their counts and risky post ids, after their report was written: a resumed
audit trusts ``done`` and rescans everyone else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scanner.staff import StaffList, StaffMember
from scanner.store import Store, utc_now

RISKY_ACTIONS = ("delete", "review")


@dataclass(frozen=True, slots=True)
class AuditIdentity:
    """Which audit a run of ``scrubs audit`` continues or starts, and what it compares with."""

    audit_id: int
    resumed: bool
    previous_audit_id: int | None


class AuditLedger:
    """Reads and writes the audit tables of one open ``Store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # -- audits ----------------------------------------------------------------------------------

    def open_audit(
        self,
        staff: StaffList,
        out_dir: Path,
        *,
        roster_sha256: str | None,
        tool_version: str,
        os_user: str,
        restart: bool = False,
    ) -> AuditIdentity:
        """Continue the unfinished audit of this staff file into this folder, or start one."""
        staff_key = str(staff.path.resolve())
        folder = str(out_dir.resolve())
        problems = json.dumps([{"line": p.line, "reason": p.reason} for p in staff.problems])
        with self.store.atomic():
            row = self.conn.execute(
                "SELECT id, previous_audit_id FROM audits WHERE staff_key = ? AND out_dir = ? "
                "AND status = 'running' ORDER BY id DESC LIMIT 1",
                (staff_key, folder),
            ).fetchone()
            if row is not None and restart:
                self.conn.execute(
                    "UPDATE audits SET status = 'abandoned', finished_at = ? WHERE id = ?",
                    (utc_now(), row["id"]),
                )
                row = None
            if row is not None:
                self.conn.execute(
                    "UPDATE audits SET staff_sha256 = ?, roster_sha256 = ?, problems = ?, "
                    "tool_version = ? WHERE id = ?",
                    (staff.sha256, roster_sha256, problems, tool_version, row["id"]),
                )
                return AuditIdentity(int(row["id"]), True, row["previous_audit_id"])
            previous = self.conn.execute(
                "SELECT id FROM audits WHERE staff_key = ? AND status = 'done' "
                "ORDER BY id DESC LIMIT 1",
                (staff_key,),
            ).fetchone()
            cursor = self.conn.execute(
                "INSERT INTO audits (staff_key, staff_sha256, out_dir, roster_sha256, os_user, "
                "started_at, tool_version, previous_audit_id, problems) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    staff_key,
                    staff.sha256,
                    folder,
                    roster_sha256,
                    os_user,
                    utc_now(),
                    tool_version,
                    previous["id"] if previous else None,
                    problems,
                ),
            )
        return AuditIdentity(
            int(cursor.lastrowid or 0), False, previous["id"] if previous else None
        )

    def add_session(self, audit_id: int, session: Mapping[str, Any]) -> None:
        """Append one invocation (who, when, how many workers, how it ended) to the trail."""
        with self.store.atomic():
            row = self.conn.execute("SELECT sessions FROM audits WHERE id = ?", (audit_id,))
            sessions = json.loads(row.fetchone()[0]) + [dict(session)]
            self.conn.execute(
                "UPDATE audits SET sessions = ? WHERE id = ?", (json.dumps(sessions), audit_id)
            )

    def finish_audit(
        self,
        audit_id: int,
        *,
        complete: bool,
        counts: Mapping[str, Any],
        model_version: str | None,
    ) -> None:
        """Record the counts; a complete audit becomes ``done`` (the next one compares with it)."""
        with self.store.atomic():
            self.conn.execute(
                "UPDATE audits SET counts = ?, model_version = coalesce(?, model_version), "
                "status = CASE WHEN ? THEN 'done' ELSE status END, "
                "finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ?",
                (json.dumps(dict(counts)), model_version, complete, complete, utc_now(), audit_id),
            )

    def audit(self, audit_id: int) -> dict[str, Any]:
        """One audit's row, JSON columns decoded."""
        row = self.conn.execute("SELECT * FROM audits WHERE id = ?", (audit_id,)).fetchone()
        if row is None:
            raise KeyError(audit_id)
        record = dict(row)
        for column in ("problems", "counts", "sessions"):
            record[column] = json.loads(record[column])
        return record

    # -- people ----------------------------------------------------------------------------------

    def sync_people(
        self, audit_id: int, members: Sequence[StaffMember], out_dir: Path
    ) -> tuple[list[StaffMember], int]:
        """Make the audit's people match the staff file; returns (to scan, already done).

        A person already ``done`` with the same row and a report on disk is kept as is;
        everyone else consenting and with sources is (re)queued; the rest are ``skipped``.
        People no longer in the file leave the audit.
        """
        existing = {
            row["staff_id"]: row
            for row in self.conn.execute(
                "SELECT staff_id, status, row_hash FROM audit_people WHERE audit_id = ?",
                (audit_id,),
            )
        }
        to_scan: list[StaffMember] = []
        kept = 0
        with self.store.atomic():
            wanted = {m.staff_id for m in members}
            for staff_id in set(existing) - wanted:
                self._forget(audit_id, staff_id)
            for member in members:
                reason = member.skip_reason()
                old = existing.get(member.staff_id)
                report = out_dir / "people" / member.staff_id / "report.html"
                if (
                    reason is None
                    and old is not None
                    and old["status"] == "done"
                    and (old["row_hash"] == member.row_hash and report.exists())
                ):
                    kept += 1
                    continue
                if old is not None:
                    self._forget(audit_id, member.staff_id)
                self.conn.execute(
                    "INSERT INTO audit_people (audit_id, staff_id, line, name, department, role, "
                    "row_hash, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        audit_id,
                        member.staff_id,
                        member.line,
                        member.name,
                        member.department,
                        member.role,
                        member.row_hash,
                        "skipped" if reason else "queued",
                        reason,
                    ),
                )
                if reason is None:
                    to_scan.append(member)
        return to_scan, kept

    def _forget(self, audit_id: int, staff_id: str) -> None:
        self.conn.execute(
            "DELETE FROM audit_people WHERE audit_id = ? AND staff_id = ?", (audit_id, staff_id)
        )
        self.conn.execute(
            "DELETE FROM audit_risky WHERE audit_id = ? AND staff_id = ?", (audit_id, staff_id)
        )

    def mark_scanning(self, audit_id: int, staff_id: str) -> None:
        """The person is being scanned now (a crash leaves them here: rescanned on resume)."""
        with self.store.atomic():
            self.conn.execute(
                "UPDATE audit_people SET status = 'scanning', reason = NULL, started_at = ? "
                "WHERE audit_id = ? AND staff_id = ?",
                (utc_now(), audit_id, staff_id),
            )

    def mark_failed(
        self, audit_id: int, staff_id: str, reason: str, sources: Sequence[Mapping[str, Any]] = ()
    ) -> None:
        """The person could not be scanned: one line, no content."""
        with self.store.atomic():
            self.conn.execute(
                "UPDATE audit_people SET status = 'failed', reason = ?, sources = ?, "
                "finished_at = ? WHERE audit_id = ? AND staff_id = ?",
                (reason, json.dumps(list(sources)), utc_now(), audit_id, staff_id),
            )

    def mark_done(
        self,
        audit_id: int,
        staff_id: str,
        *,
        run_id: int,
        sources: Sequence[Mapping[str, Any]],
        counts: Mapping[str, Any],
        highlights: Sequence[Mapping[str, Any]],
        model_version: str | None,
        risky: Iterable[tuple[str, str, str, float]],
        previous_audit_id: int | None = None,
        live_accounts: Sequence[int] = (),
    ) -> dict[str, Any]:
        """Record the finished person, their risky post ids and counts, in one transaction.

        ``risky`` are this run's delete/review posts. An export is a complete snapshot, but a
        live source is only topped up (posts newer than its cursor), so for ``live_accounts``
        (accounts read from no export this time) every stored post whose current verdict is
        delete/review counts as risky now: a post not fetched again is not "resolved".
        With ``previous_audit_id`` (an audit that scanned this person), the counts gain
        ``new_risky`` and ``resolved``. Returns the counts as stored.
        """
        counts = dict(counts)
        with self.store.atomic():
            self.conn.execute(
                "DELETE FROM audit_risky WHERE audit_id = ? AND staff_id = ?", (audit_id, staff_id)
            )
            self.conn.executemany(
                "INSERT OR REPLACE INTO audit_risky (audit_id, staff_id, platform, post_id, "
                "action, risk) VALUES (?, ?, ?, ?, ?, ?)",
                ((audit_id, staff_id, p, i, a, r) for p, i, a, r in risky),
            )
            if live_accounts:
                marks = ", ".join("?" for _ in live_accounts)
                self.conn.execute(
                    "INSERT OR IGNORE INTO audit_risky (audit_id, staff_id, platform, post_id, "
                    "action, risk) SELECT ?, ?, p.platform, p.post_id, v.action, v.risk "
                    "FROM posts p JOIN verdicts v ON v.post_rowid = p.id "
                    f"WHERE p.account_id IN ({marks}) AND v.action IN ('delete', 'review')",
                    (audit_id, staff_id, *live_accounts),
                )
            if self.was_done(previous_audit_id, staff_id):
                counts.update(self.changes(audit_id, previous_audit_id, staff_id, run_id))
            self.conn.execute(
                "UPDATE audit_people SET status = 'done', reason = NULL, run_id = ?, sources = ?, "
                "counts = ?, highlights = ?, model_version = ?, finished_at = ? "
                "WHERE audit_id = ? AND staff_id = ?",
                (
                    run_id,
                    json.dumps(list(sources)),
                    json.dumps(counts),
                    json.dumps(list(highlights), ensure_ascii=False),
                    model_version,
                    utc_now(),
                    audit_id,
                    staff_id,
                ),
            )
        return counts

    def people(self, audit_id: int) -> list[dict[str, Any]]:
        """Every person of the audit in staff-file order, JSON columns decoded."""
        rows = self.conn.execute(
            "SELECT * FROM audit_people WHERE audit_id = ? ORDER BY line", (audit_id,)
        )
        people = []
        for row in rows:
            record = dict(row)
            for column in ("sources", "counts", "highlights"):
                record[column] = json.loads(record[column])
            people.append(record)
        return people

    def status_counts(self, audit_id: int) -> dict[str, int]:
        """How many people per status."""
        counts = {s: 0 for s in ("queued", "scanning", "done", "failed", "skipped")}
        for status, count in self.conn.execute(
            "SELECT status, count(*) FROM audit_people WHERE audit_id = ? GROUP BY status",
            (audit_id,),
        ):
            counts[status] = int(count)
        return counts

    # -- changes since the previous audit ----------------------------------------------------------

    def was_done(self, audit_id: int | None, staff_id: str) -> bool:
        """Whether this person was scanned in that audit (else there is nothing to compare)."""
        if audit_id is None:
            return False
        row = self.conn.execute(
            "SELECT 1 FROM audit_people WHERE audit_id = ? AND staff_id = ? AND status = 'done'",
            (audit_id, staff_id),
        ).fetchone()
        return row is not None

    def changes(
        self, audit_id: int, previous_audit_id: int | None, staff_id: str, run_id: int
    ) -> dict[str, int]:
        """New risky posts (risky now, not before) and resolved ones (risky before, not now:
        gone from the person's exports or judged keep), counted in SQL over ``audit_risky``."""
        new = self.conn.execute(
            """
            SELECT count(*) FROM audit_risky now
             WHERE now.audit_id = ? AND now.staff_id = ? AND NOT EXISTS (
                   SELECT 1 FROM audit_risky before
                    WHERE before.audit_id = ? AND before.staff_id = now.staff_id
                      AND before.platform = now.platform AND before.post_id = now.post_id)
            """,
            (audit_id, staff_id, previous_audit_id),
        ).fetchone()[0]
        resolved = self.conn.execute(
            """
            SELECT count(*) FROM audit_risky before
             WHERE before.audit_id = ? AND before.staff_id = ? AND NOT EXISTS (
                   SELECT 1 FROM audit_risky now
                    WHERE now.audit_id = ? AND now.staff_id = before.staff_id
                      AND now.platform = before.platform AND now.post_id = before.post_id)
            """,
            (previous_audit_id, staff_id, audit_id),
        ).fetchone()[0]
        return {"new_risky": int(new), "resolved": int(resolved)}
