"""Named, ordered schema migrations, each applied together with its record in one transaction.

The sqlite-utils pattern: a migration set is a decorator factory; ``apply`` runs every
migration not yet recorded in ``_scrubs_migrations``, and writes its row inside the same
transaction as its DDL (SQLite DDL is transactional), so a crash halfway leaves either both or
neither: never a schema change that would be re-applied, never a record of one that was not.

A migration is never edited once released: a later change is a new migration appended at the
end. Names, not numbers, identify them, so two branches adding migrations conflict loudly
(duplicate names raise at import) rather than silently sharing a number.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

MigrationFn = Callable[[sqlite3.Connection], None]

_RECORD_TABLE = """
CREATE TABLE IF NOT EXISTS _scrubs_migrations (
    id INTEGER PRIMARY KEY,
    migration_set TEXT NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    UNIQUE (migration_set, name)
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One named step of a migration set."""

    name: str
    fn: MigrationFn


class Migrations:
    """An ordered set of migrations, registered with ``@migrations()``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[Migration] = []

    def __call__(self, *, name: str | None = None) -> Callable[[MigrationFn], MigrationFn]:
        """Register the decorated function as the next migration (named after it by default)."""

        def register(fn: MigrationFn) -> MigrationFn:
            step_name = name or fn.__name__
            if any(step.name == step_name for step in self._steps):
                raise ValueError(f"migration {step_name!r} registered twice in set {self.name!r}")
            self._steps.append(Migration(step_name, fn))
            return fn

        return register

    @property
    def steps(self) -> tuple[Migration, ...]:
        """Every migration, in the order it runs."""
        return tuple(self._steps)

    def applied(self, conn: sqlite3.Connection) -> list[str]:
        """Names already applied to this database, in the order they were applied."""
        conn.execute(_RECORD_TABLE)
        rows = conn.execute(
            "SELECT name FROM _scrubs_migrations WHERE migration_set = ? ORDER BY id", (self.name,)
        )
        return [row[0] for row in rows]

    def pending(self, conn: sqlite3.Connection) -> list[Migration]:
        """Migrations not yet applied."""
        done = set(self.applied(conn))
        return [step for step in self._steps if step.name not in done]

    def apply(self, conn: sqlite3.Connection, *, stop_before: str | None = None) -> list[str]:
        """Apply pending migrations in order; returns the names applied now.

        ``conn`` must be in autocommit mode (``isolation_level=None``): each migration opens
        its own ``BEGIN IMMEDIATE`` so a concurrent scrubs process waits instead of racing.
        """
        applied_now = []
        for step in self._steps:
            if step.name == stop_before:
                break
            conn.execute(_RECORD_TABLE)
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Checked again inside the lock: another process may have applied it meanwhile.
                already = conn.execute(
                    "SELECT 1 FROM _scrubs_migrations WHERE migration_set = ? AND name = ?",
                    (self.name, step.name),
                ).fetchone()
                if not already:
                    step.fn(conn)
                    conn.execute(
                        "INSERT INTO _scrubs_migrations (migration_set, name, applied_at) "
                        "VALUES (?, ?, ?)",
                        (self.name, step.name, _now()),
                    )
                    applied_now.append(step.name)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return applied_now


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- the store's schema --------------------------------------------------------------------------

store_migrations = Migrations("scrubs.store")


@store_migrations()
def m001_core_tables(conn: sqlite3.Connection) -> None:
    """Accounts, posts, media, links, verdicts, runs, cursors and the alerts outbox.

    Posts are keyed by (platform, post_id): an archive copy and an API copy of the same post
    are one row. ``first_run_id``/``last_run_id`` let an incremental run tell what is new.
    Links hold the OTHER person's id/handle/name as the export gave them (the user's own
    data); a roster match is kept only as an HMAC fingerprint, score and the kinds of evidence,
    never the roster's values or its patient_ref.
    """
    for statement in _CORE_SCHEMA:
        conn.execute(statement)


_CORE_SCHEMA = (
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',   -- running | done | failed
        tool_version TEXT NOT NULL,
        model_version TEXT,
        sources TEXT NOT NULL DEFAULT '[]',        -- JSON: [{label, kind, fingerprint}]
        counts TEXT NOT NULL DEFAULT '{}',         -- JSON: posts, links, skipped, by_action
        errors TEXT NOT NULL DEFAULT '[]'          -- JSON: one line per problem, no content
    )
    """,
    """
    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        handle TEXT NOT NULL,
        handle_key TEXT NOT NULL,                  -- lower-cased handle: identity across sources
        user_id TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        bio TEXT NOT NULL DEFAULT '',
        url TEXT,
        findings TEXT NOT NULL DEFAULT '[]',       -- JSON: account-level FINDINGs, latest run
        first_run_id INTEGER REFERENCES runs(id),
        last_run_id INTEGER REFERENCES runs(id),
        UNIQUE (platform, handle_key)
    )
    """,
    """
    CREATE TABLE posts (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        post_id TEXT NOT NULL,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,                  -- ISO 8601 UTC, 'YYYY-MM-DDTHH:MM:SSZ': sorts
        text TEXT NOT NULL,
        url TEXT,
        reply_to TEXT,
        reply_to_user_id TEXT,
        reply_to_post_id TEXT,
        mentions TEXT NOT NULL DEFAULT '[]',       -- JSON list of handles
        mention_ids TEXT NOT NULL DEFAULT '[]',
        thread_id TEXT,
        reach INTEGER NOT NULL DEFAULT 0,
        public INTEGER NOT NULL DEFAULT 1,
        origin TEXT NOT NULL DEFAULT '',
        seen_in TEXT NOT NULL DEFAULT '',          -- 'archive', 'api' or 'archive,api'
        first_run_id INTEGER REFERENCES runs(id),
        last_run_id INTEGER REFERENCES runs(id),
        UNIQUE (platform, post_id)
    )
    """,
    "CREATE INDEX posts_account_created ON posts (account_id, created_at)",
    "CREATE INDEX posts_created ON posts (created_at)",
    "CREATE INDEX posts_thread ON posts (account_id, thread_id) WHERE thread_id IS NOT NULL",
    "CREATE INDEX posts_first_run ON posts (first_run_id)",
    """
    CREATE TABLE media (
        post_rowid INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        path TEXT,
        url TEXT,
        alt_text TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (post_rowid, position)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE verdicts (
        post_rowid INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        run_id INTEGER NOT NULL REFERENCES runs(id),
        phi REAL NOT NULL,
        unprofessional REAL NOT NULL,
        patient_interaction REAL NOT NULL,
        clinical_advice REAL NOT NULL,
        risk REAL NOT NULL,
        action TEXT NOT NULL,                      -- delete | review | keep
        findings TEXT NOT NULL DEFAULT '[]',       -- JSON: contract FINDING dicts
        tool_version TEXT NOT NULL,
        model_version TEXT
    )
    """,
    "CREATE INDEX verdicts_account_risk ON verdicts (account_id, risk DESC)",
    "CREATE INDEX verdicts_run_risk ON verdicts (run_id, risk DESC)",
    "CREATE INDEX verdicts_risk ON verdicts (risk DESC)",
    """
    CREATE TABLE links (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        platform TEXT NOT NULL,
        relation TEXT NOT NULL,                    -- follower | following | friend
        other_key TEXT NOT NULL,                   -- 'id:..', 'handle:..' or 'name:..': identity
        other_id TEXT,
        other_name TEXT,
        other_handle TEXT,
        since TEXT,
        origin TEXT NOT NULL DEFAULT '',
        match_fingerprint TEXT,                    -- HMAC (installation secret); no roster data
        match_score REAL,
        match_on TEXT,                             -- JSON: kinds of evidence, e.g. ["x_handle"]
        first_run_id INTEGER REFERENCES runs(id),
        last_run_id INTEGER REFERENCES runs(id),
        UNIQUE (account_id, relation, other_key)
    )
    """,
    "CREATE INDEX links_last_run ON links (last_run_id)",
    "CREATE INDEX links_matched ON links (account_id, match_score DESC) "
    "WHERE match_fingerprint IS NOT NULL",
    """
    CREATE TABLE cursors (
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        source TEXT NOT NULL,                      -- connector name, e.g. 'x.api'
        value TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account_id, source)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE alerts_outbox (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        account_id INTEGER REFERENCES accounts(id),
        kind TEXT NOT NULL,
        dedupe_key TEXT NOT NULL UNIQUE,           -- an alert is queued once, whatever crashes
        payload TEXT NOT NULL DEFAULT '{}',        -- JSON; ids and counts, no post text
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        sent_at TEXT
    )
    """,
    "CREATE INDEX alerts_unsent ON alerts_outbox (created_at) WHERE sent_at IS NULL",
)


@store_migrations()
def m002_audit_tables(conn: sqlite3.Connection) -> None:
    """Institutional audits (``scrubs audit``): the audit trail, per-person status, and the
    risky posts of each person per audit (for "what changed since the previous audit").

    A person's row says where they are (queued | scanning | done | failed | skipped) so an
    interrupted audit resumes without rescanning anyone whose row is ``done``; ``run_id``
    ties the person to the pipeline run that scanned them. ``audit_risky`` keeps only post
    ids, actions and scores (the text stays in ``posts``), and only for delete/review posts,
    so it stays small whatever the number of posts scanned.
    """
    for statement in _AUDIT_SCHEMA:
        conn.execute(statement)


_AUDIT_SCHEMA = (
    """
    CREATE TABLE audits (
        id INTEGER PRIMARY KEY,
        staff_key TEXT NOT NULL,                   -- resolved staff CSV path: "the same staff"
        staff_sha256 TEXT NOT NULL,
        out_dir TEXT NOT NULL,
        roster_sha256 TEXT,
        os_user TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',    -- running | done | abandoned
        tool_version TEXT NOT NULL,
        model_version TEXT,
        previous_audit_id INTEGER REFERENCES audits(id),
        problems TEXT NOT NULL DEFAULT '[]',       -- JSON: staff file bad rows, line + reason
        counts TEXT NOT NULL DEFAULT '{}',         -- JSON: people by status, posts, by action
        sessions TEXT NOT NULL DEFAULT '[]'        -- JSON: each invocation (user, start, end)
    )
    """,
    "CREATE INDEX audits_staff ON audits (staff_key, out_dir, id)",
    """
    CREATE TABLE audit_people (
        audit_id INTEGER NOT NULL REFERENCES audits(id),
        staff_id TEXT NOT NULL,
        line INTEGER NOT NULL,
        name TEXT NOT NULL,
        department TEXT NOT NULL,
        role TEXT NOT NULL,
        row_hash TEXT NOT NULL,
        status TEXT NOT NULL,                      -- queued | scanning | done | failed | skipped
        reason TEXT,                               -- one line: why skipped or failed
        run_id INTEGER REFERENCES runs(id),
        sources TEXT NOT NULL DEFAULT '[]',        -- JSON: [{label, kind, sha256}]
        counts TEXT NOT NULL DEFAULT '{}',         -- JSON: posts, by_action, by_category, ...
        highlights TEXT NOT NULL DEFAULT '[]',     -- JSON: riskiest posts, REDACTED snippets
        model_version TEXT,
        started_at TEXT,
        finished_at TEXT,
        PRIMARY KEY (audit_id, staff_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX audit_people_status ON audit_people (audit_id, status)",
    """
    CREATE TABLE audit_risky (
        audit_id INTEGER NOT NULL REFERENCES audits(id),
        staff_id TEXT NOT NULL,
        platform TEXT NOT NULL,
        post_id TEXT NOT NULL,
        action TEXT NOT NULL,                      -- delete | review
        risk REAL NOT NULL,
        PRIMARY KEY (audit_id, staff_id, platform, post_id)
    ) WITHOUT ROWID
    """,
)


@store_migrations()
def m003_nightly_alerts(conn: sqlite3.Connection) -> None:
    """Alert deliveries per channel and the nightly run log (``scrubs nightly``, ``history``).

    An outbox item is bundled into one delivery per channel; the delivery (id, content, items)
    is committed before it is sent and marked sent after, so a crash in between re-sends the
    same delivery under the same id and nothing else twice (see ``scanner.outbox``).
    """
    for statement in _NIGHTLY_SCHEMA:
        conn.execute(statement)


_NIGHTLY_SCHEMA = (
    """
    CREATE TABLE alert_deliveries (
        id TEXT PRIMARY KEY,                       -- also the Message-ID / X-Scrubs-Delivery
        channel TEXT NOT NULL,                     -- email | webhook
        created_at TEXT NOT NULL,
        payload TEXT NOT NULL,                     -- JSON Alert: ids, categories, reasons; no text
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        sent_at TEXT
    )
    """,
    "CREATE INDEX alert_deliveries_unsent ON alert_deliveries (channel, created_at) "
    "WHERE sent_at IS NULL",
    """
    CREATE TABLE alert_delivery_items (
        delivery_id TEXT NOT NULL REFERENCES alert_deliveries(id),
        channel TEXT NOT NULL,
        outbox_id INTEGER NOT NULL REFERENCES alerts_outbox(id),
        PRIMARY KEY (channel, outbox_id)           -- an item goes into one delivery per channel
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE nightly_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id),
        accounts TEXT NOT NULL DEFAULT '[]',       -- JSON: label, status, posts, requests, error
        deliveries TEXT NOT NULL DEFAULT '[]',     -- JSON: channel, sent, items, failed, errors
        notes TEXT NOT NULL DEFAULT '[]'
    )
    """,
)


@store_migrations()
def m004_link_lookups(conn: sqlite3.Connection) -> None:
    """When a link known only by id was last looked up on the platform.

    An id the platform does not know (a deleted or suspended account) must not be looked up
    again every night: X bills each lookup request.
    """
    conn.execute("ALTER TABLE links ADD COLUMN looked_up_at TEXT")


@store_migrations()
def m005_drop_unread_indexes(conn: sqlite3.Connection) -> None:
    """Drop the two indexes no query reads: ``posts_created`` (every post's date, across
    accounts) and ``verdicts_risk`` (every verdict's risk, across runs).

    Every read orders or filters within an account, a run or a thread, which
    ``posts_account_created``, ``verdicts_run_risk``, ``verdicts_account_risk`` and
    ``posts_thread`` serve; each extra index is one more B-tree written per post. On a
    100,000-post archive the two cost a third of the store's CPU (``benchmarks/BENCHMARKS.md``).
    """
    conn.execute("DROP INDEX IF EXISTS posts_created")
    conn.execute("DROP INDEX IF EXISTS verdicts_risk")


@store_migrations()
def m006_append_only_indexes(conn: sqlite3.Connection) -> None:
    """Replace the three indexes whose keys arrive in random order by ones that grow at the end.

    ``verdicts_account_risk`` is read by no query (the run's index serves every per-account
    count). Of ``posts_account_created`` only the account is read (the audit's live accounts),
    and of ``verdicts_run_risk`` only the run: the risk order it gave ``iter_run_posts`` made
    that query visit posts in random order, slower than filtering by run and sorting.
    ``(account_id)`` and ``(run_id)`` keys follow the row id, so a scan appends to them
    instead of splitting pages all over three B-trees. Measured on a real 100,000-post scan:
    inserting posts and verdicts 2.43 -> 1.05 CPU s; every read the scan, report and audit
    make is as fast or faster (all of a run's posts riskiest first 0.63 -> 0.42 s, the
    report's totals 0.32 -> 0.07 s, the audit's live posts 0.07 -> 0.01 s).
    """
    conn.execute("DROP INDEX IF EXISTS verdicts_account_risk")
    conn.execute("DROP INDEX IF EXISTS posts_account_created")
    conn.execute("CREATE INDEX IF NOT EXISTS posts_account ON posts (account_id)")
    conn.execute("DROP INDEX IF EXISTS verdicts_run_risk")
    conn.execute("CREATE INDEX IF NOT EXISTS verdicts_run ON verdicts (run_id)")
