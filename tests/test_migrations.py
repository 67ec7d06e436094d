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
    assert {
        "verdicts_account_risk",
        "verdicts_run_risk",
        "posts_account_created",
        "posts_thread",
        "posts_first_run",
    } <= indexes
    # Written on every insert and read by no query: dropped by m005.
    assert not {"posts_created", "verdicts_risk"} & indexes
    plan = " ".join(
        str(r[3])
        for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT post_rowid FROM verdicts WHERE run_id = 1 ORDER BY risk DESC"
        )
    )
    assert "verdicts_run_risk" in plan and "TEMP B-TREE" not in plan
