"""The one place that opens a database engine.

SQLite is the default for one desk (a file); PostgreSQL serves several desks.
SQLite connections get their pragmas here, once: WAL so readers never block the
writer, foreign keys, a busy timeout, and ``synchronous=FULL`` because a check-in
that the desk showed as done must survive a power cut. Transactions that write
start with ``BEGIN IMMEDIATE`` so two desks never both read-then-write and then
fail at commit; read-only units start a plain deferred transaction.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import ConnectionPoolEntry

from meetingdesk.files import private_file

log = logging.getLogger("meetingdesk.db")

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5  # a server that does not answer: say so, do not hang
# A venue's network, on PostgreSQL: each failure ends in seconds, as "database
# unavailable", never as a desk frozen for the two minutes of TCP's defaults.
POSTGRES_CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    # An idle connection whose peer vanished (a switch rebooted, a laptop slept).
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
    # A query sent on a pulled cable: data unacknowledged this long closes it (ms).
    "tcp_user_timeout": 8_000,
    # On the server: nothing waits on a lock, runs, or sits in a transaction
    # forever (an import of 10,000 delegates takes a few seconds).
    "options": "-c lock_timeout=5000 -c statement_timeout=120000"
    " -c idle_in_transaction_session_timeout=120000",
}
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
BEGIN_OPTION = "meetingdesk_begin"


@dataclass(frozen=True)
class DatabaseTarget:
    """Where a database lives: an SQLite file or a server URL."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """For status bars and messages: never shows a password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @classmethod
    def parse(cls, target: str | Path) -> DatabaseTarget:
        text = str(target)
        if "://" not in text:
            return cls(URL.create("sqlite", database=str(Path(text).expanduser().resolve())))
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return cls(url)


NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ncpfs",
        "glusterfs",
        "ceph",
        "fuse.sshfs",
        "fuse.davfs2",
        "davfs",
        "fuse.glusterfs",
        "fuse.cephfs",
        "lustre",
        "gpfs",
    }
)


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """The network file system ``path`` lives on (nfs, cifs, ...), or None.

    SQLite's locking is not reliable over network file systems: two desks on one
    shared file can corrupt it. ``mounts`` is /proc/mounts' text (read when None)."""
    if sys.platform == "win32":
        text = str(path)
        if text.startswith(("\\\\", "//")):
            return "a Windows network share"
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]
            return "a Windows network drive"
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return None  # no way to tell here (macOS): trust the path
    resolved = str(path.resolve().parent) + "/"
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ").rstrip("/") + "/"
        if resolved.startswith(point) and len(point) > len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_FILESYSTEMS else None


def database_files(url: URL | None) -> list[Path]:
    """The files of an SQLite database (none for a server): the file, its
    companions, and the copies ``db.migrate`` takes before an upgrade; what no
    export or badge file may ever be written over."""
    if url is None or url.get_backend_name() != "sqlite" or not url.database:
        return []
    if url.database == ":memory:":
        return []
    main = Path(url.database)
    found = [main, *(main.with_name(main.name + suffix) for suffix in SQLITE_COMPANIONS)]
    if main.parent.is_dir():
        prefix = f"{main.name}.before-"
        found.extend(
            entry
            for entry in main.parent.iterdir()
            if entry.name.startswith(prefix) and entry.name.endswith(".bak")
        )
    return found


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        _sqlite_on_connect(dbapi_connection, busy_timeout_ms)

    return on_connect


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, busy_timeout_ms: int) -> None:
    # Hand transaction control to the "begin" hook below; pysqlite's own
    # implicit BEGIN would be DEFERRED and could not be made IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(target: DatabaseTarget, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """``busy_timeout_ms``: how long a writer waits for another to finish before
    the desk says the database is busy."""
    if target.is_sqlite:
        if target.path is not None and not target.path.exists() and target.path.parent.is_dir():
            private_file(target.path)  # personal data: readable by its owner only
        engine = create_engine(
            target.url,
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
            hide_parameters=True,  # no name or e-mail in an error message or a log
        )
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "begin", _sqlite_on_begin)
    else:
        engine = create_engine(
            target.url,
            pool_pre_ping=True,
            pool_size=5,
            max_overflow=5,
            connect_args=POSTGRES_CONNECT_ARGS,
            hide_parameters=True,  # no name or e-mail in an error message or a log
        )
    log.info("engine opened on %s", target.describe())
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions start as writers (BEGIN IMMEDIATE on SQLite)."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
