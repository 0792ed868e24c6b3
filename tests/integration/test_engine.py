"""SQLite is opened durable and with writers that never collide half-way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from meetingdesk.db.engine import DatabaseTarget
from meetingdesk.db.migrate import open_engine
from meetingdesk.db.uow import UnitOfWorkFactory


@pytest.mark.parametrize(
    ("pragma", "value"),
    [("journal_mode", "wal"), ("synchronous", 2), ("foreign_keys", 1), ("busy_timeout", 10000)],
)
def test_sqlite_pragmas(tmp_path: Path, pragma: str, value: object) -> None:
    engine = open_engine(tmp_path / "p.sqlite3")
    try:
        with engine.connect() as conn:
            assert conn.execute(text(f"PRAGMA {pragma}")).scalar() == value
    finally:
        engine.dispose()


def test_writer_holds_the_write_lock_from_its_first_statement(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer is turned away before either has read anything."""
    path = tmp_path / "w.sqlite3"
    engine = open_engine(path)
    uow = UnitOfWorkFactory(engine)
    try:
        with uow.write() as first:
            first.db.execute(text("SELECT 1"))
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
                # Readers are not blocked (WAL).
                assert other.execute("SELECT count(*) FROM delegate").fetchone() == (0,)
            finally:
                other.close()
        with uow.read() as reader:
            reader.db.execute(text("SELECT 1"))
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")  # a reader leaves the write lock free
                other.execute("ROLLBACK")
            finally:
                other.close()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("target", "described"),
    [
        (
            "postgresql://desk:secret@db.local/meeting",
            "postgresql+psycopg://desk:***@db.local/meeting",
        ),
        ("postgresql+psycopg://db.local/m", "postgresql+psycopg://db.local/m"),
    ],
)
def test_server_urls_never_show_the_password(target: str, described: str) -> None:
    assert DatabaseTarget.parse(target).describe() == described


def test_a_locked_database_is_a_known_failure_said_plainly(tmp_path: Path) -> None:
    """Another program holding the write lock longer than the busy timeout."""
    from meetingdesk.db.engine import DatabaseTarget, create_db_engine
    from meetingdesk.domain.errors import DatabaseUnavailable

    path = tmp_path / "locked.sqlite3"
    open_engine(path).dispose()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    quick = create_db_engine(DatabaseTarget.parse(path), busy_timeout_ms=50)
    try:
        with (
            pytest.raises(DatabaseUnavailable, match="the database is busy"),
            UnitOfWorkFactory(quick).write() as uow,
        ):
            uow.db.execute(text("SELECT 1"))
    finally:
        quick.dispose()
        blocker.execute("ROLLBACK")
        blocker.close()
