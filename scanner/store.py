"""The SQLite state store: accounts, posts, media, links, verdicts, runs, cursors, alerts.

Why SQLite and why these rules:

- **One file, local.** The data is full of patient information; it stays on the machine, in a
  file only the user can read (created 0600, in a 0700 directory).
- **Every write in ``atomic()``** (the sqlite-utils pattern): ``BEGIN IMMEDIATE`` at the outside,
  SAVEPOINTs when nested, rollback on any exception. A batch of posts and their verdicts is
  one transaction, so a crash never leaves a post without a score or a score without its post.
- **Idempotent.** Posts are keyed by (platform, post id): re-scanning the same export adds
  nothing twice, and an archive copy and an API copy of one post merge into one row (the
  longer text, the larger reach, both media references).
- **Cursors move with their data** (``save_page``): a live connector's cursor is written in
  the transaction that stores the posts it covers, so a run that dies halfway leaves no gap.
- **Scale.** Many accounts per store and tens of millions of posts: every query the pipeline
  and the outputs use is served by an index (run, account, thread, first run), and readers
  stream rows rather than fetch them all.
- **No roster data.** A patient match is kept as an HMAC fingerprint, a score and the kinds of
  evidence (``["x_handle"]``); the roster's names, handles and ``patient_ref`` never go in.

The store speaks ``scanner.models`` types and plain dicts; it does not import the classifiers.
Findings arrive already rendered as contract FINDING dicts (``scanner.results.finding_dict``).
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scanner.errors import BadConfig
from scanner.migrations import store_migrations
from scanner.models import Account, Link, Media, Person, Post

log = logging.getLogger(__name__)

CATEGORY_COLUMNS = ("phi", "unprofessional", "patient_interaction", "clinical_advice")
BUSY_TIMEOUT_MS = 30_000
CACHE_KIB = 8 * 1024  # page cache per connection: a large archive's index pages stay in it
_LOOKUP_CHUNK = 900  # ids per look-up query, well under SQLite's variable limit


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 UTC with a ``Z``, to the second: the one timestamp form in store and JSON.

    ``isoformat`` where it writes the same text (years 1000 on, 4 digits): ``strftime`` cost
    3.6 us a post, 0.3 CPU s of the store per 100,000 posts; ``isoformat`` 0.5 us."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    moment = moment.astimezone(UTC)
    if moment.year < 1000:  # strftime's %Y does not pad to 4 digits
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat(timespec="seconds")[:-6] + "Z"  # "+00:00" -> "Z"


def utc_now() -> str:
    """Now, in the store's timestamp form."""
    return iso(datetime.now(UTC)) or ""


def parse_iso(text: str) -> datetime:
    """The inverse of :func:`iso`."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ScoredPost:
    """A post and what the classifiers concluded, ready to store.

    ``findings`` are contract FINDING dicts (``scanner.results.finding_dict``), so the store
    never needs to know the classifier types.
    """

    post: Post
    scores: Mapping[str, float]
    risk: float
    action: str
    findings: Sequence[Mapping[str, Any]] = ()


@dataclass(frozen=True, slots=True)
class LinkMatch:
    """What the store keeps of a roster match: nothing that identifies the patient."""

    fingerprint: str  # HMAC under the installation secret
    score: float
    matched_on: tuple[str, ...]  # kinds of evidence ("x_handle", "name:surname"), not values


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A source a run read, as the ``runs`` table remembers it: no content, no patient data."""

    label: str  # what the user typed, or "x.api:@handle"
    kind: str  # connector name, e.g. "x.archive"
    fingerprint: str = ""  # sha256 of the file, or of a folder's listing


@dataclass(frozen=True, slots=True)
class RunVersions:
    """Which code scored a run, so old verdicts can be told from new ones."""

    tool: str
    model: str | None = None


@dataclass(slots=True)
class _TransactionState:
    depth: int = 0
    savepoints: itertools.count = field(default_factory=itertools.count)


class Store:
    """One open state store. Not thread-safe: one per thread (SQLite handles processes)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = _connect(self.path)
        self._tx = _TransactionState()
        # Set by the nightly scan (``scanner.outbox.AlertPolicy``): which new verdicts queue
        # an alert. Duck-typed (``wants(item)``, ``payload(item)``) so the store stays free
        # of alert code; the outbox row is written in the same transaction as the verdict.
        self.alert_policy: Any = None
        store_migrations.apply(self.conn)

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def atomic(self) -> Iterator[Store]:
        """A transaction, or a savepoint inside one; rolled back on any exception."""
        if self._tx.depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
            self._tx.depth += 1
            try:
                yield self
            except BaseException:
                self._tx.depth -= 1
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self._tx.depth -= 1
            self.conn.execute("COMMIT")
            return
        name = f"scrubs_sp_{next(self._tx.savepoints)}"
        self.conn.execute(f"SAVEPOINT {name}")
        self._tx.depth += 1
        try:
            yield self
        except BaseException:
            self._tx.depth -= 1
            # A statement error may already have ended the transaction; then there is no
            # savepoint left to roll back to, and the original error is what matters.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        self._tx.depth -= 1
        self.conn.execute(f"RELEASE {name}")

    # -- runs ----------------------------------------------------------------------------------

    def start_run(self, sources: Sequence[SourceRecord], versions: RunVersions) -> int:
        """Record the start of a run; its id tags everything the run writes."""
        payload = json.dumps(
            [{"label": s.label, "kind": s.kind, "fingerprint": s.fingerprint} for s in sources]
        )
        with self.atomic():
            cursor = self.conn.execute(
                "INSERT INTO runs (started_at, tool_version, model_version, sources) "
                "VALUES (?, ?, ?, ?)",
                (utc_now(), versions.tool, versions.model, payload),
            )
        return int(cursor.lastrowid or 0)

    def add_run_sources(self, run_id: int, sources: Sequence[SourceRecord]) -> None:
        """Append sources to a run (live sources are known only once their account is)."""
        with self.atomic():
            row = self.conn.execute("SELECT sources FROM runs WHERE id = ?", (run_id,)).fetchone()
            known = json.loads(row["sources"])
            known += [
                {"label": s.label, "kind": s.kind, "fingerprint": s.fingerprint} for s in sources
            ]
            self.conn.execute(
                "UPDATE runs SET sources = ? WHERE id = ?", (json.dumps(known), run_id)
            )

    def finish_run(
        self,
        run_id: int,
        *,
        status: str,
        counts: Mapping[str, Any] | None = None,
        errors: Sequence[str] = (),
    ) -> None:
        """Close a run: ``done`` or ``failed``, with its counts and one line per problem."""
        with self.atomic():
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counts = ?, errors = ? WHERE id = ?",
                (
                    utc_now(),
                    status,
                    json.dumps(dict(counts or {})),
                    json.dumps(list(errors)),
                    run_id,
                ),
            )

    def run(self, run_id: int) -> dict[str, Any]:
        """One run's record, JSON columns decoded."""
        row = self.conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise KeyError(run_id)
        record = dict(row)
        for column in ("sources", "counts", "errors"):
            record[column] = json.loads(record[column])
        return record

    # -- accounts ------------------------------------------------------------------------------

    def upsert_account(self, account: Account, run_id: int | None = None) -> int:
        """The account's row id, creating or refreshing it (non-empty fields win)."""
        with self.atomic():
            row = self.conn.execute(
                """
                INSERT INTO accounts (platform, handle, handle_key, user_id, display_name, bio,
                                      url, first_run_id, last_run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (platform, handle_key) DO UPDATE SET
                    handle = excluded.handle,
                    user_id = CASE WHEN excluded.user_id != '' THEN excluded.user_id
                                   ELSE accounts.user_id END,
                    display_name = CASE WHEN excluded.display_name != ''
                                        THEN excluded.display_name ELSE accounts.display_name END,
                    bio = CASE WHEN excluded.bio != '' THEN excluded.bio ELSE accounts.bio END,
                    url = coalesce(excluded.url, accounts.url),
                    last_run_id = coalesce(excluded.last_run_id, accounts.last_run_id)
                RETURNING id
                """,
                (
                    account.platform,
                    account.handle,
                    account.handle.lower(),
                    account.user_id,
                    account.display_name,
                    account.bio,
                    account.url,
                    run_id,
                    run_id,
                ),
            ).fetchone()
        return int(row[0])

    def set_account_findings(self, account_id: int, findings: Sequence[Mapping[str, Any]]) -> None:
        """Replace the account-level findings (they describe the account as it is now)."""
        with self.atomic():
            self.conn.execute(
                "UPDATE accounts SET findings = ? WHERE id = ?",
                (json.dumps(list(findings), ensure_ascii=False), account_id),
            )

    def account_row(self, account_id: int) -> sqlite3.Row:
        """One account's row."""
        return self.conn.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()

    def account_id(self, platform: str, handle: str) -> int | None:
        """The row id of an account already in the store, if any."""
        row = self.conn.execute(
            "SELECT id FROM accounts WHERE platform = ? AND handle_key = ?",
            (platform, handle.lower()),
        ).fetchone()
        return int(row[0]) if row else None

    # -- posts and verdicts --------------------------------------------------------------------

    def save_scored(
        self,
        account_id: int,
        run_id: int,
        scored: Sequence[ScoredPost],
        *,
        seen_in: str = "archive",
        versions: RunVersions,
    ) -> list[int]:
        """Store a batch of posts with their media and verdicts, in one transaction.

        Returns the posts' row ids, in order. Re-storing a post merges it (see module doc)
        and replaces its verdict.
        """
        with self.atomic():
            rowids = self._upsert_posts(account_id, run_id, [item.post for item in scored], seen_in)
            self._save_media(rowids, [item.post for item in scored])
            self.conn.executemany(
                f"""
                INSERT OR REPLACE INTO verdicts
                    (post_rowid, account_id, run_id, {", ".join(CATEGORY_COLUMNS)}, risk, action,
                     findings, tool_version, model_version)
                VALUES (?, ?, ?, {", ".join("?" for _ in CATEGORY_COLUMNS)}, ?, ?, ?, ?, ?)
                """,
                [
                    (
                        rowid,
                        account_id,
                        run_id,
                        *(float(item.scores.get(c, 0.0)) for c in CATEGORY_COLUMNS),
                        float(item.risk),
                        item.action,
                        _json_list(item.findings),
                        versions.tool,
                        versions.model,
                    )
                    for rowid, item in zip(rowids, scored, strict=True)
                ],
            )
            self._queue_alerts(account_id, run_id, rowids, scored)
        return rowids

    def _queue_alerts(
        self, account_id: int, run_id: int, rowids: Sequence[int], scored: Sequence[ScoredPost]
    ) -> None:
        """Queue an outbox item for each post first stored by this run whose verdict alerts.

        Runs inside the caller's transaction, so an alert exists exactly when its verdict does;
        the unique dedupe key (the post's key) makes re-scoring never queue a post twice.
        """
        policy = self.alert_policy
        wanted = [(r, i) for r, i in zip(rowids, scored, strict=True) if policy and policy.wants(i)]
        if not wanted:
            return
        marks = ", ".join("?" for _ in wanted)
        new = {
            row[0]
            for row in self.conn.execute(
                f"SELECT id FROM posts WHERE id IN ({marks}) AND first_run_id = ?",
                [r for r, _ in wanted] + [run_id],
            )
        }
        self.conn.executemany(
            "INSERT OR IGNORE INTO alerts_outbox"
            " (created_at, account_id, kind, dedupe_key, payload) VALUES (?, ?, 'post', ?, ?)",
            [
                (utc_now(), account_id, item.post.key, json.dumps(policy.payload(item)))
                for rowid, item in wanted
                if rowid in new
            ],
        )

    def _upsert_posts(
        self, account_id: int, run_id: int, posts: Sequence[Post], seen_in: str
    ) -> list[int]:
        """Insert or merge a batch of posts; their row ids, in order.

        One ``executemany`` and one look-up per batch rather than a statement per post
        (``RETURNING`` cannot be read back from ``executemany``): per-post statements were
        the store's main cost in a 100,000-post scan."""
        largest = self.conn.execute("SELECT max(id) FROM posts").fetchone()[0] or 0
        self.conn.executemany(
            """
            INSERT INTO posts (platform, post_id, account_id, kind, created_at, text, url,
                               reply_to, reply_to_user_id, reply_to_post_id, mentions,
                               mention_ids, thread_id, reach, public, origin, seen_in,
                               first_run_id, last_run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (platform, post_id) DO UPDATE SET
                text = CASE WHEN length(excluded.text) > length(posts.text)
                            THEN excluded.text ELSE posts.text END,
                url = coalesce(posts.url, excluded.url),
                reply_to = coalesce(posts.reply_to, excluded.reply_to),
                reply_to_user_id = coalesce(posts.reply_to_user_id, excluded.reply_to_user_id),
                reply_to_post_id = coalesce(posts.reply_to_post_id, excluded.reply_to_post_id),
                mentions = CASE WHEN posts.mentions = '[]' THEN excluded.mentions
                                ELSE posts.mentions END,
                mention_ids = CASE WHEN posts.mention_ids = '[]' THEN excluded.mention_ids
                                   ELSE posts.mention_ids END,
                thread_id = coalesce(posts.thread_id, excluded.thread_id),
                reach = max(posts.reach, excluded.reach),
                public = excluded.public,
                seen_in = CASE
                    WHEN posts.seen_in = '' THEN excluded.seen_in
                    WHEN instr(',' || posts.seen_in || ',', ',' || excluded.seen_in || ',') > 0
                        THEN posts.seen_in
                    ELSE posts.seen_in || ',' || excluded.seen_in END,
                last_run_id = excluded.last_run_id
            """,
            [
                (
                    post.platform,
                    post.id,
                    account_id,
                    post.kind,
                    iso(post.created_at),
                    post.text,
                    post.url,
                    post.reply_to,
                    post.reply_to_user_id,
                    post.reply_to_post_id,
                    _json_list(post.mentions),
                    _json_list(post.mention_ids),
                    post.thread_id,
                    int(post.reach),
                    1 if post.public else 0,
                    post.origin,
                    seen_in,
                    run_id,
                    run_id,
                )
                for post in posts
            ],
        )
        return self._new_rowids(len(posts), largest) or self._post_rowids(posts)

    def _new_rowids(self, count: int, largest: int) -> list[int] | None:
        """The row ids of ``count`` posts just inserted when every one of them was new (the
        usual case: an archive's first scan), else None.

        Each new row took the largest id so far plus one (the transaction keeps other writers
        out), so exactly ``count`` rows above ``largest``, the last ``largest + count``, are
        the batch's posts in order. One range count instead of looking up every post by its
        id: 0.18 -> 0.02 CPU s per 100,000 posts."""
        above, last = self.conn.execute(
            "SELECT count(*), max(id) FROM posts WHERE id > ?", (largest,)
        ).fetchone()
        if above != count or last != largest + count:
            return None
        return list(range(largest + 1, largest + count + 1))

    def _post_rowids(self, posts: Sequence[Post]) -> list[int]:
        """Row ids of stored posts, in the order of ``posts`` (one query per platform and
        ``_LOOKUP_CHUNK`` ids, through the ``(platform, post_id)`` unique index)."""
        found: dict[tuple[str, str], int] = {}
        by_platform: dict[str, list[str]] = {}
        for post in posts:
            by_platform.setdefault(post.platform, []).append(post.id)
        for platform, ids in by_platform.items():
            unique = list(dict.fromkeys(ids))
            for start in range(0, len(unique), _LOOKUP_CHUNK):
                chunk = unique[start : start + _LOOKUP_CHUNK]
                marks = ", ".join("?" for _ in chunk)
                rows = self.conn.execute(
                    f"SELECT post_id, id FROM posts WHERE platform = ? AND post_id IN ({marks})",
                    [platform, *chunk],
                )
                found.update(((platform, post_id), int(rowid)) for post_id, rowid in rows)
        return [found[(post.platform, post.id)] for post in posts]

    def _save_media(self, rowids: Sequence[int], posts: Sequence[Post]) -> None:
        rows = [
            (rowid, position, media.type, media.path, media.url, media.alt_text)
            for rowid, post in zip(rowids, posts, strict=True)
            for position, media in enumerate(post.media)
        ]
        if not rows:
            return
        self.conn.executemany(
            """
            INSERT INTO media (post_rowid, position, type, path, url, alt_text)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (post_rowid, position) DO UPDATE SET
                type = excluded.type,
                path = coalesce(excluded.path, media.path),
                url = coalesce(excluded.url, media.url),
                alt_text = CASE WHEN excluded.alt_text != '' THEN excluded.alt_text
                                ELSE media.alt_text END
            """,
            rows,
        )

    def replace_verdicts(
        self, run_id: int, scored: Sequence[ScoredPost], *, versions: RunVersions
    ) -> int:
        """Overwrite the verdicts of posts already stored (the thread pass); returns how many."""
        changed = 0
        assignments = ", ".join(f"{c} = ?" for c in CATEGORY_COLUMNS)
        with self.atomic():
            for item in scored:
                cursor = self.conn.execute(
                    f"""
                    UPDATE verdicts SET run_id = ?, {assignments},
                        risk = ?, action = ?, findings = ?, tool_version = ?, model_version = ?
                    WHERE post_rowid = (SELECT id FROM posts WHERE platform = ? AND post_id = ?)
                    """,
                    (
                        run_id,
                        *(float(item.scores.get(c, 0.0)) for c in CATEGORY_COLUMNS),
                        float(item.risk),
                        item.action,
                        _json_list(item.findings),
                        versions.tool,
                        versions.model,
                        item.post.platform,
                        item.post.id,
                    ),
                )
                changed += cursor.rowcount
            if self.alert_policy is not None:
                self._queue_rescored(run_id, scored)
        return changed

    def _queue_rescored(self, run_id: int, scored: Sequence[ScoredPost]) -> None:
        """The thread pass may raise a new post's action: queue its alert then, same transaction."""
        for item in scored:
            row = self.conn.execute(
                "SELECT id, account_id FROM posts WHERE platform = ? AND post_id = ?",
                (item.post.platform, item.post.id),
            ).fetchone()
            if row is not None:
                self._queue_alerts(row["account_id"], run_id, [row["id"]], [item])

    # -- live sources: posts and cursor together -----------------------------------------------

    def cursor(self, account_id: int, source: str) -> str | None:
        """Where the last complete fetch of ``source`` for this account ended."""
        row = self.conn.execute(
            "SELECT value FROM cursors WHERE account_id = ? AND source = ?", (account_id, source)
        ).fetchone()
        return row[0] if row else None

    def save_page(
        self,
        account_id: int,
        run_id: int,
        source: str,
        scored: Sequence[ScoredPost],
        cursor_value: str | None,
        *,
        versions: RunVersions,
    ) -> list[int]:
        """Store one live page's posts and advance its cursor in the same transaction."""
        with self.atomic():
            rowids = self.save_scored(account_id, run_id, scored, seen_in="api", versions=versions)
            if cursor_value is not None:
                self.conn.execute(
                    """
                    INSERT INTO cursors (account_id, source, value, run_id, updated_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (account_id, source) DO UPDATE SET
                        value = excluded.value, run_id = excluded.run_id,
                        updated_at = excluded.updated_at
                    """,
                    (account_id, source, cursor_value, run_id, utc_now()),
                )
        return rowids

    # -- links ---------------------------------------------------------------------------------

    def save_links(
        self,
        account_id: int,
        run_id: int,
        links: Sequence[tuple[Link, LinkMatch | None]],
        *,
        roster_used: bool,
    ) -> list[int | None]:
        """Store a batch of links; returns their row ids (None for a link with no identity).

        Without a roster this run, earlier match results are kept; with one, they are
        replaced by this run's (a patient who left the roster stops matching).
        """
        rowids: list[int | None] = []
        with self.atomic():
            for link, match in links:
                key = link_identity(link.other)
                if key is None:
                    rowids.append(None)
                    continue
                row = self.conn.execute(
                    f"""
                    INSERT INTO links (account_id, platform, relation, other_key, other_id,
                                       other_name, other_handle, since, origin,
                                       match_fingerprint, match_score, match_on,
                                       first_run_id, last_run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account_id, relation, other_key) DO UPDATE SET
                        other_id = coalesce(excluded.other_id, links.other_id),
                        other_name = coalesce(excluded.other_name, links.other_name),
                        other_handle = coalesce(excluded.other_handle, links.other_handle),
                        since = coalesce(excluded.since, links.since),
                        {_MATCH_UPDATE if roster_used else ""}
                        last_run_id = excluded.last_run_id
                    RETURNING id
                    """,
                    (
                        account_id,
                        link.platform,
                        link.relation,
                        key,
                        link.other.id,
                        link.other.name,
                        link.other.handle,
                        iso(link.since),
                        link.origin,
                        match.fingerprint if match else None,
                        match.score if match else None,
                        json.dumps(list(match.matched_on)) if match else None,
                        run_id,
                        run_id,
                    ),
                ).fetchone()
                rowids.append(int(row[0]))
        return rowids

    def unresolved_link_ids(
        self, account_id: int, limit: int, retry_after_days: int = 30
    ) -> list[tuple[str, str]]:
        """(relation, platform id) of links known only by id (an archive's followers) that
        were not looked up in the last ``retry_after_days`` days."""
        rows = self.conn.execute(
            "SELECT relation, other_id FROM links WHERE account_id = ? AND other_id IS NOT NULL "
            "AND other_handle IS NULL AND (looked_up_at IS NULL OR looked_up_at < "
            "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?)) ORDER BY id LIMIT ?",
            (account_id, f"-{retry_after_days} days", limit),
        )
        return [(row[0], row[1]) for row in rows]

    def mark_looked_up(self, account_id: int, other_ids: Sequence[str]) -> None:
        """Record that these ids were looked up now, found or not."""
        with self.atomic():
            self.conn.executemany(
                "UPDATE links SET looked_up_at = ? WHERE account_id = ? AND other_id = ?",
                [(utc_now(), account_id, other_id) for other_id in other_ids],
            )

    # -- reads: streamed, riskiest first -------------------------------------------------------

    def iter_run_posts(
        self, run_id: int, *, actions: Sequence[str] | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every post scored in this run, riskiest first, with media and verdict; streamed.

        Only the columns a results post, the report and the audit read (``_RUN_POST_COLUMNS``):
        every post of a scan passes through here after the encoder has finished, and each
        column more costs the single-core tail (all of them: 0.15 s more per 100,000 posts).
        """
        where = "v.run_id = ?"
        params: list[Any] = [run_id]
        if actions:
            where += f" AND v.action IN ({', '.join('?' for _ in actions)})"
            params += list(actions)
        post_columns = ", ".join(f"p.{c}" for c in _RUN_POST_COLUMNS)
        query = f"""
            SELECT {post_columns}, a.handle AS account_handle, v.risk, v.action, v.findings,
                   {", ".join(f"v.{c}" for c in CATEGORY_COLUMNS)},
                   (SELECT json_group_array(json_object('type', m.type, 'path', m.path,
                                                        'url', m.url, 'alt_text', m.alt_text))
                      FROM (SELECT * FROM media m WHERE m.post_rowid = p.id
                            ORDER BY m.position) AS m) AS media_json
              FROM verdicts v
              JOIN posts p ON p.id = v.post_rowid
              JOIN accounts a ON a.id = p.account_id
             WHERE {where}
             ORDER BY v.risk DESC, p.created_at DESC, p.id
        """
        cursor = self.conn.cursor()
        cursor.row_factory = None  # tuples made dicts here: a Row per post, then a copy, cost more
        cursor.execute(query, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))  # noqa: B905 - names come from this cursor: same length

    def iter_run_links(
        self, run_id: int, *, matched_only: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Links seen in this run (matched ones first, most certain first); streamed."""
        where = "l.last_run_id = ?" + (
            " AND l.match_fingerprint IS NOT NULL" if matched_only else ""
        )
        query = f"""
            SELECT l.*, a.handle AS account_handle
              FROM links l JOIN accounts a ON a.id = l.account_id
             WHERE {where}
             ORDER BY l.match_score IS NULL, l.match_score DESC, l.id
        """
        for row in self.conn.execute(query, (run_id,)):
            yield dict(row)

    def run_accounts(self, run_id: int) -> list[dict[str, Any]]:
        """Accounts this run scanned, with how many of their posts it scored."""
        rows = self.conn.execute(
            """
            SELECT a.*, (SELECT count(*) FROM verdicts v
                          WHERE v.account_id = a.id AND v.run_id = ?) AS post_count
              FROM accounts a WHERE a.last_run_id = ? ORDER BY a.platform, a.handle_key
            """,
            (run_id, run_id),
        )
        accounts = []
        for row in rows:
            record = dict(row)
            record["findings"] = json.loads(record["findings"])
            accounts.append(record)
        return accounts

    def run_totals(self, run_id: int, *, account_id: int | None = None) -> dict[str, Any]:
        """The report's totals over every post of the run (or one account of it), in SQL.

        Shapes as ``reports.data.ReportData.totals``; no post is held in memory.
        """
        conn = self.conn
        scope = "v.run_id = ?" + (" AND v.account_id = ?" if account_id is not None else "")
        params: tuple[int, ...] = (run_id,) if account_id is None else (run_id, account_id)
        posts, first, last = conn.execute(
            "SELECT count(*), min(p.created_at), max(p.created_at) FROM verdicts v "
            f"JOIN posts p ON p.id = v.post_rowid WHERE {scope}",
            params,
        ).fetchone()
        link_scope = "last_run_id = ?" + (" AND account_id = ?" if account_id is not None else "")
        links = conn.execute(f"SELECT count(*) FROM links WHERE {link_scope}", params).fetchone()[0]
        account_scope = "last_run_id = ?" + (" AND id = ?" if account_id is not None else "")
        platforms = [
            row[0]
            for row in conn.execute(
                f"SELECT DISTINCT platform FROM accounts WHERE {account_scope} ORDER BY platform",
                params,
            )
        ]
        by_action = {"delete": 0, "review": 0, "keep": 0}
        for action, count in conn.execute(
            f"SELECT action, count(*) FROM verdicts v WHERE {scope} GROUP BY action", params
        ):
            by_action[action] = count
        flagged = " + ".join(f"(v.{c} >= 0.5)" for c in CATEGORY_COLUMNS)
        sums = ", ".join(f"sum(v.{c} >= 0.5)" for c in CATEGORY_COLUMNS)
        by_category: dict[str, dict[str, int]] = {
            c: {"delete": 0, "review": 0} for c in CATEGORY_COLUMNS
        }
        for action, *counts in conn.execute(
            f"SELECT v.action, {sums} FROM verdicts v "
            f"WHERE {scope} AND v.action IN ('delete', 'review') GROUP BY v.action",
            params,
        ):
            for category, count in zip(CATEGORY_COLUMNS, counts, strict=True):
                by_category[category][action] = int(count or 0)
        by_month: dict[str, dict[str, int]] = {}
        for month, *counts in conn.execute(
            f"SELECT substr(p.created_at, 1, 7) AS month, {sums} FROM verdicts v "
            "JOIN posts p ON p.id = v.post_rowid "
            f"WHERE {scope} AND v.action IN ('delete', 'review') AND ({flagged}) > 0 "
            "GROUP BY month ORDER BY month",
            params,
        ):
            by_month[month] = {
                c: int(n or 0) for c, n in zip(CATEGORY_COLUMNS, counts, strict=True) if n
            }
        return {
            "posts": int(posts),
            "links": int(links),
            "platforms": platforms,
            "date_range": [first, last] if first else None,
            "by_action": by_action,
            "by_category": by_category,
            "by_month": by_month,
        }

    def new_posts(self, run_id: int) -> int:
        """How many posts this run stored for the first time."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM posts WHERE first_run_id = ?", (run_id,)
            ).fetchone()[0]
        )

    def iter_threads(
        self, account_id: int, run_id: int, *, thread_ids: Iterable[str] | None = None
    ) -> Iterator[list[Post]]:
        """Threads of two or more posts of this account touched by this run, one at a time,
        oldest post first; only ``thread_ids`` when given."""
        chosen = ""
        params: list[Any] = [account_id, account_id, run_id]
        if thread_ids is not None:
            self.conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS wanted_threads (id TEXT PRIMARY KEY)"
            )
            self.conn.execute("DELETE FROM wanted_threads")
            self.conn.executemany(
                "INSERT OR IGNORE INTO wanted_threads VALUES (?)", ((t,) for t in thread_ids)
            )
            chosen = "AND thread_id IN (SELECT id FROM wanted_threads)"
        query = f"""
            SELECT p.*, a.handle AS account_handle FROM posts p
              JOIN accounts a ON a.id = p.account_id
             WHERE p.account_id = ? AND p.thread_id IN (
                   SELECT thread_id FROM posts
                    WHERE account_id = ? AND thread_id IS NOT NULL {chosen}
                    GROUP BY thread_id
                   HAVING count(*) > 1 AND max(last_run_id = ?) = 1)
             ORDER BY p.thread_id, p.created_at, p.id
        """
        rows = self.conn.execute(query, params)
        for _thread, group in itertools.groupby(rows, key=lambda row: row["thread_id"]):
            yield [self._post_from_row(row) for row in group]

    def _post_from_row(self, row: sqlite3.Row) -> Post:
        media = tuple(
            Media(type=m["type"], path=m["path"], url=m["url"], alt_text=m["alt_text"])
            for m in self.conn.execute(
                "SELECT * FROM media WHERE post_rowid = ? ORDER BY position", (row["id"],)
            )
        )
        return post_from_row(row, media)


_MATCH_UPDATE = """
    match_fingerprint = excluded.match_fingerprint,
    match_score = excluded.match_score,
    match_on = excluded.match_on,
"""


def post_from_row(row: Mapping[str, Any], media: tuple[Media, ...] = ()) -> Post:
    """Rebuild a ``Post`` from its ``posts`` row (for passes that need the posts again)."""
    return Post(
        platform=row["platform"],
        id=row["post_id"],
        account=row["account_handle"],
        kind=row["kind"],
        created_at=parse_iso(row["created_at"]),
        text=row["text"],
        url=row["url"],
        media=media,
        reply_to=row["reply_to"],
        reply_to_user_id=row["reply_to_user_id"],
        reply_to_post_id=row["reply_to_post_id"],
        mentions=tuple(json.loads(row["mentions"])),
        mention_ids=tuple(json.loads(row["mention_ids"])),
        thread_id=row["thread_id"],
        reach=row["reach"],
        public=bool(row["public"]),
        origin=row["origin"],
    )


def link_identity(other: Person) -> str | None:
    """The key that makes a link unique: platform id, else handle, else folded name."""
    if other.id:
        return f"id:{other.id}"
    if other.handle:
        return f"handle:{other.handle.lstrip('@').lower()}"
    if other.name and other.name.strip():
        return "name:" + " ".join(other.name.casefold().split())
    return None


_RUN_POST_COLUMNS = (
    "id",
    "platform",
    "post_id",
    "kind",
    "created_at",
    "text",
    "url",
    "reply_to",
    "thread_id",
    "reach",
)


def _connect(path: Path) -> sqlite3.Connection:
    """Open (creating privately) the store file with WAL, a busy timeout and foreign keys."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(
            "PRAGMA synchronous = NORMAL"
        )  # durable at checkpoints; WAL keeps it consistent
        conn.execute("PRAGMA foreign_keys = ON")
        # The page cache holds the indexes a batch of posts writes into; SQLite's default
        # (2 MiB) made a large archive's inserts read the same index pages again and again.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # Reading a store must not fail on a non-database file later with a vaguer message.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.DatabaseError) as error:
        raise BadConfig(f"cannot open the state store ({_reason(error)})", path=path) from None
    return conn


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return str(error)


def _json_list(items: Sequence[Any]) -> str:
    """``items`` as a JSON array; most posts have no findings, mentions or ids, and "[]"
    costs nothing where ``json.dumps`` costs a microsecond or two (100,000 posts, 3 times)."""
    return json.dumps(list(items), ensure_ascii=False) if items else "[]"


def iter_batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of at most ``size`` items: bounded memory whatever the stream's length."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
