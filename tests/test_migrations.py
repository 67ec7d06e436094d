"""Migrations: applied once, in order, each with its record in the same transaction."""

from __future__ import annotations

import sqlite3

import pytest

from scanner.migrations import Migrations, store_migrations


def connect() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None)


def two_step_set(log: list[str]) -> Migrations:
    steps = Migrations("test.set")

    @steps()
    def first(conn: sqlite3.Connection) -> None:
        log.append("first")
        conn.execute("CREATE TABLE one (x)")

    @steps(name="second")
    def add_column(conn: sqlite3.Connection) -> None:
        log.append("second")
        conn.execute("ALTER TABLE one ADD COLUMN y")

    return steps


def test_each_migration_is_applied_and_recorded_once() -> None:
    log: list[str] = []
    steps, conn = two_step_set(log), connect()
    assert steps.apply(conn) == ["first", "second"]
    assert steps.apply(conn) == []
    assert log == ["first", "second"]
    assert steps.applied(conn) == ["first", "second"]


def test_stop_before_leaves_later_migrations_pending() -> None:
    steps, conn = two_step_set([]), connect()
    steps.apply(conn, stop_before="second")
    assert [m.name for m in steps.pending(conn)] == ["second"]


def test_a_failing_migration_leaves_neither_schema_nor_record() -> None:
    steps, conn = Migrations("failing"), connect()

    @steps()
    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE created_then_rolled_back (x)")
        raise RuntimeError("disk full, say")

    with pytest.raises(RuntimeError):
        steps.apply(conn)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "created_then_rolled_back" not in tables
    assert steps.applied(conn) == []


def test_duplicate_names_are_refused_at_registration() -> None:
    steps = Migrations("dupes")
    steps(name="same")(lambda conn: None)
    with pytest.raises(ValueError, match="twice"):
        steps(name="same")(lambda conn: None)


def test_the_store_schema_has_the_indexes_big_stores_need() -> None:
    conn = connect()
    store_migrations.apply(conn)
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"verdicts_run", "posts_account", "posts_thread", "posts_first_run"} <= indexes
    # Written on every insert and read by no query: dropped by m005.
    assert not {"posts_created", "verdicts_risk"} & indexes
    # Keys in random order, replaced by m006 with keys that follow the row id.
    assert not {"verdicts_account_risk", "posts_account_created", "verdicts_run_risk"} & indexes


def plan_of(conn: sqlite3.Connection, query: str) -> str:
    """The query plan's lines, joined."""
    return " ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + query))


def test_the_reads_of_runs_and_accounts_are_served_by_an_index() -> None:
    conn = connect()
    store_migrations.apply(conn)
    by_run = plan_of(conn, "SELECT post_rowid FROM verdicts WHERE run_id = 1 ORDER BY risk DESC")
    assert "verdicts_run (run_id=?)" in by_run
    by_account = plan_of(conn, "SELECT id FROM posts WHERE account_id IN (1, 2)")
    assert "posts_account (account_id=?)" in by_account


def test_m006_replaces_the_random_order_indexes_of_an_existing_store() -> None:
    conn = connect()
    store_migrations.apply(conn, stop_before="m006_append_only_indexes")
    conn.execute("INSERT INTO runs (id, started_at, tool_version) VALUES (1, 't', 'v')")
    conn.execute(
        "INSERT INTO accounts (id, platform, handle, handle_key) VALUES (1, 'x', 'a', 'a')"
    )
    conn.execute(
        "INSERT INTO posts (id, platform, post_id, account_id, kind, created_at, text) "
        "VALUES (7, 'x', '1', 1, 'post', '2024-01-01T00:00:00Z', 'hi')"
    )
    assert store_migrations.apply(conn) == ["m006_append_only_indexes"]
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"posts_account", "verdicts_run"} <= indexes
    assert "posts_account_created" not in indexes
    assert conn.execute("SELECT id FROM posts WHERE account_id = 1").fetchall() == [(7,)]
