"""Consistent copies of a live database.

SQLite: the backup API copies a snapshot even while other desks write, into a
file beside the destination that is checked (integrity and audit chain) and only
then moved into place. PostgreSQL is backed up with its own tool, pg_dump; the
command is printed for the organiser (see README, "Backups")."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from meetingdesk.db.engine import DatabaseTarget, database_files
from meetingdesk.db.migrate import read_only_uri
from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.files import check_output, private_file


class BackupFailed(MeetingdeskError):
    """The copy could not be made or did not check out; nothing was left behind."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    delegates: int


def _record(database: Path, copy: Path) -> None:
    """Remember the copy in the database, by its exact path: a purge erases it too."""
    import datetime as dt

    connection = sqlite3.connect(database, timeout=30)
    try:
        connection.execute(
            "INSERT INTO file_copy (path, kind, made_at) VALUES (?, 'backup', ?)",
            (str(copy.resolve()), dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")),
        )
        connection.commit()
    finally:
        connection.close()


def backup(target: DatabaseTarget, out: Path) -> BackupResult:
    source = target.path
    if source is None:
        url = target.url
        raise BackupFailed(
            "a PostgreSQL database is backed up with pg_dump: "
            f"pg_dump -Fc -h {url.host or 'localhost'} -p {url.port or 5432}"
            f" -U {url.username or 'postgres'} -f {out} {url.database}"
        )
    out = check_output(out, database_files(target.url))
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        live = sqlite3.connect(read_only_uri(source), uri=True, timeout=30)
        try:
            copy = sqlite3.connect(private_file(partial))
            try:
                live.backup(copy, pages=1024)  # steps: writers are never held up long
                checked = copy.execute("PRAGMA integrity_check").fetchone()
                if checked != ("ok",):
                    raise BackupFailed(f"the copy does not check out: {checked[0]}")
                delegates = copy.execute("SELECT count(*) FROM delegate").fetchone()[0]
            finally:
                copy.close()
        finally:
            live.close()
        os.replace(partial, out)
        _record(source, out)
    except sqlite3.Error as exc:
        raise BackupFailed(f"cannot copy {source}: {exc}") from exc
    finally:
        if partial.exists():
            partial.unlink()
    return BackupResult(out, out.stat().st_size, delegates)
