"""After the meeting: erase the personal data, keep the figures.

E-mail addresses, phone numbers, photos, notes and what was noted of identity
documents (beyond their kind) go; with ``names``, so do the names (after the
final export), leaving each delegate as a badge code in a delegation and a
category, so counts, attendance and the audit trail (which never held personal
data) stay as they were. Then every copy meetingdesk itself wrote is dealt with:

- the database: on SQLite the file is rewritten (VACUUM, the write-ahead log
  emptied) so that no erased value remains in it; on PostgreSQL every table and
  index that held them is rewritten (VACUUM FULL);
- the copies taken before upgrades and the backups made with meetingdesk, found
  by the exact paths the database recorded (never by a pattern), overwritten
  and removed;
- every desk's offline copy: the purge raises the event's purge counter, and a
  desk erases its copy at its next contact with the server (or when it opens).

What meetingdesk cannot reach is said in the README: PostgreSQL's write-ahead
log and archives, dumps others took, exports and badges already handed out."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, case, delete, insert, select, text, update

from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.model import (
    CheckIn,
    Delegate,
    Delegation,
    Event,
    FileCopy,
    SearchKeyRow,
    table_of,
)
from meetingdesk.domain.values import Desk
from meetingdesk.files import erase_file
from meetingdesk.services import audit
from meetingdesk.services.checkin import document_types
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.search import KEYED_COLUMNS, key_rows

log = logging.getLogger("meetingdesk.purge")

ERASED = ("email", "phone", "photo", "notes", "identity documents")
# The tables (with their indexes) that held personal data, rewritten on PostgreSQL.
PERSONAL_TABLES = ("delegate", "search_key", "checkin")


@dataclass
class PurgeReport:
    delegates: int
    names: bool
    removed_files: list[Path] = field(default_factory=list)


def purge_personal_data(
    engine: Engine,
    uow: UnitOfWorkFactory,
    desk: Desk,
    *,
    names: bool = False,
    database_file: Path | None = None,
    clock: Clock = system_clock,
) -> PurgeReport:
    with uow.write() as work:
        db = work.db
        if engine.dialect.name == "sqlite":
            db.execute(text("PRAGMA secure_delete = ON"))  # freed space is zeroed
        count = db.execute(select(Delegate.id)).all()
        # What was noted of identity documents: only their kind stays, and only a
        # kind from the list (older versions took free text).
        kinds = [code for code, _ in document_types(db)]
        db.execute(
            update(CheckIn)
            .values(
                id_last_four=None,
                id_document=case((CheckIn.id_document.in_(kinds), CheckIn.id_document), else_=None),
            )
            .execution_options(synchronize_session=False)
        )
        values: dict[str, object] = {"email": None, "phone": None, "photo": None, "notes": ""}
        if names:
            values.update(
                given_name="",
                family_name="",
                native_name=None,
                honorific="",
                badge_name=Delegate.badge_code,
                sort_name=Delegate.badge_code,
            )
        db.execute(update(Delegate).values(**values).execution_options(synchronize_session=False))
        if names:  # the search keys were made from the names
            db.execute(delete(SearchKeyRow))
            delegations = dict(db.execute(select(Delegation.id, Delegation.name)).all())
            keys = key_rows(
                (r.id, r._mapping, delegations[r.delegation_id])
                for r in db.execute(select(*KEYED_COLUMNS))
            )
            if keys:
                db.execute(insert(table_of(SearchKeyRow)), keys)
        db.execute(update(Event).values(purge_generation=Event.purge_generation + 1))
        copies = list(db.execute(select(FileCopy.id, FileCopy.path)).all())
        audit.append(
            db,
            desk,
            "personal-data.purged",
            clock(),
            fields=list(ERASED) + (["names"] if names else []),
        )
        work.commit()
    report = PurgeReport(len(count), names)
    erased = []
    for copy_id, path in copies:
        if erase_file(Path(path)):
            report.removed_files.append(Path(path))
        erased.append(copy_id)
    if erased:
        with uow.write() as work:
            work.db.execute(delete(FileCopy).where(FileCopy.id.in_(erased)))
            work.commit()
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")  # a fresh file: no page keeps an erased value
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if database_file is not None:
            # Copies taken before version 0.2 recorded them: found by their name's
            # exact beginning and end (a glob pattern would misread [ and ]).
            prefix = f"{database_file.name}.before-"
            for entry in database_file.parent.iterdir():
                old_copy = entry.name.startswith(prefix) and entry.name.endswith(".bak")
                if old_copy and erase_file(entry):
                    report.removed_files.append(entry)
    else:
        with engine.connect() as connection:
            autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
            for table in PERSONAL_TABLES:  # and their indexes and TOAST tables
                autocommit.exec_driver_sql(f"VACUUM FULL {table}")
    log.info(
        "desk=%s purged personal data of %d delegates (names: %s)",
        desk.name,
        report.delegates,
        names,
    )
    return report
