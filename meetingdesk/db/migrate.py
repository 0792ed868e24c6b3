"""Open a database: create or upgrade its schema, refusing one from a newer version.

Before an existing SQLite file is upgraded, a copy is taken with SQLite's backup
API (consistent even while another desk writes), so a failed or unwanted
upgrade can be undone by hand.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Connection, Engine, insert, inspect, text
from sqlalchemy.exc import DatabaseError, IntegrityError

from meetingdesk.db.engine import DatabaseTarget, create_db_engine, network_filesystem
from meetingdesk.domain.errors import DatabaseTooNew, DatabaseUnavailable, Unavailability
from meetingdesk.files import private_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("meetingdesk.db")

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The schema revision stored in the database, None for an empty one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    stored: str | None = connection.execute(
        text("SELECT version_num FROM alembic_version")
    ).scalar_one_or_none()
    return stored


def shipped_revisions() -> list[str]:
    """The revisions this version knows, oldest first, read from the migration
    files' names ("0003_badge_printed.py"), so that opening an up-to-date
    database needs no Alembic at all (a quicker start; tests/integration/
    test_migrations.py checks the names agree with Alembic's own view)."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only, whatever characters its name
    holds (#, ?, % and spaces would otherwise be read as parts of the URI)."""
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def backup_sqlite(source: Path, destination: Path) -> None:
    """A consistent copy of a live SQLite database (WAL included), readable by its
    owner only."""
    private_file(destination)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def refuse_foreign(path: Path) -> None:
    """Refuse, before anything is written to it, a file that is not a database at
    all or is another program's: opening it the usual way would switch it to WAL
    and add meetingdesk's tables. Looked at through a read-only connection."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseUnavailable(
            f"{path} cannot be opened ({exc})",
            Unavailability.CANNOT_OPEN,
            path=str(path),
            detail=str(exc),
        ) from exc
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(
            f"{path} is not a meetingdesk database ({exc})",
            Unavailability.NOT_A_DATABASE,
            path=str(path),
            detail=str(exc),
        ) from exc
    finally:
        connection.close()
    if tables and "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise DatabaseUnavailable(
            f"{path} is another program's database (tables {shown}): meetingdesk leaves it alone",
            Unavailability.FOREIGN,
            path=str(path),
            tables=shown,
        )


def _raw_pragma(connection: Connection, pragma: str) -> None:
    # On the driver connection, so that no transaction is begun around it
    # (foreign_keys is a no-op inside one).
    connection.connection.driver_connection.execute(f"PRAGMA {pragma}")  # type: ignore[union-attr]


def upgrade(engine: Engine, target: DatabaseTarget, revision: str = "head") -> None:
    """Bring the schema to ``revision``; refuse a database from a newer version."""
    if revision == "head":
        known_here = shipped_revisions()
        with engine.connect() as connection:
            stored = current_revision(connection)
        if stored == known_here[-1]:
            return  # the usual case: up to date
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.connect() as connection:
        current = current_revision(connection)
    if current is not None and current not in known:
        raise DatabaseTooNew(
            f"{target.describe()} was written by a newer version of meetingdesk "
            f"(schema {current}); this version knows schemas up to {script.get_current_head()}. "
            "Install the newer meetingdesk to open it.",
            target.describe(),
            str(current),
        )
    wanted = script.get_current_head() if revision == "head" else revision
    if current == wanted:
        return
    copy: Path | None = None
    if current is not None and target.path is not None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = target.path.with_name(f"{target.path.name}.before-{wanted}-{stamp}.bak")
        backup_sqlite(target.path, copy)
        log.info("backup before upgrade from %s to %s written to %s", current, wanted, copy)
    config = alembic_config()
    with engine.connect() as connection:
        if target.is_sqlite:
            # Batch migrations rebuild tables; with foreign keys enforced, dropping
            # the old copy of a referenced table fails. SQLite's documented recipe:
            # switch them off outside the transaction, check them before commit.
            _raw_pragma(connection, "foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if target.is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"upgrade to {wanted} broke foreign keys: {broken[:5]}")
                if copy is not None and inspect(connection).has_table("file_copy"):
                    # By its exact name, so that a purge finds it and nothing else.
                    from meetingdesk.domain.model import FileCopy, table_of

                    connection.execute(
                        insert(table_of(FileCopy)).values(
                            path=str(copy), kind="pre-upgrade", made_at=dt.datetime.now(dt.UTC)
                        )
                    )
        finally:
            if target.is_sqlite:
                _raw_pragma(connection, "foreign_keys = ON")
    log.info("schema upgraded from %s to %s", current or "empty", wanted)


def open_engine(
    target: str | Path | DatabaseTarget, *, create: bool = True, busy_timeout_ms: int | None = None
) -> Engine:
    """Open a database ready for use by this version of meetingdesk."""
    if not isinstance(target, DatabaseTarget):
        target = DatabaseTarget.parse(target)
    if target.path is not None:
        shared = network_filesystem(target.path)
        if shared is not None:
            raise DatabaseUnavailable(
                f"{target.path} is on a network share ({shared}): an SQLite file cannot be"
                " shared safely between computers. For several desks, use one PostgreSQL"
                " database (see 'Several desks' in the README); for one desk, keep the file"
                " on this computer.",
                Unavailability.NETWORK_SHARE,
                path=str(target.path),
                share=str(shared),
            )
    if target.path is not None and not target.path.exists():
        if not create:
            raise DatabaseUnavailable(
                f"there is no database at {target.path}",
                Unavailability.NO_DATABASE,
                path=str(target.path),
            )
        if not target.path.parent.is_dir():
            raise DatabaseUnavailable(
                f"cannot create a database at {target.path}: "
                f"the folder {target.path.parent} does not exist",
                Unavailability.NO_FOLDER,
                path=str(target.path),
                folder=str(target.path.parent),
            )
    if target.path is not None and target.path.exists():
        refuse_foreign(target.path)
    engine = (
        create_db_engine(target)
        if busy_timeout_ms is None
        else create_db_engine(target, busy_timeout_ms)
    )
    try:
        upgrade(engine, target)
    except IntegrityError:
        engine.dispose()
        raise
    except DatabaseError as exc:  # locked, unreachable, not a database at all
        engine.dispose()
        raise DatabaseUnavailable(
            f"cannot open the database at {target.describe()}: {exc.orig}",
            Unavailability.CANNOT_OPEN,
            path=target.describe(),
            detail=str(exc.orig),
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine
