"""After the meeting: erase the personal data, keep the figures.

E-mail addresses, phone numbers, photos and notes go; with ``names``, so do the
names (after the final export), leaving each delegate as a badge code in a
delegation and a category, so counts, attendance and the audit trail (which
never held personal data) stay as they were. On SQLite the file is then
rewritten (VACUUM, with the write-ahead log emptied) so that the erased values
no longer exist anywhere in it; copies taken before schema upgrades are
deleted too, since they hold the same data."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select, text, update

from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.model import Delegate, Delegation, SearchKeyRow, table_of
from meetingdesk.domain.values import Desk
from meetingdesk.services import audit
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.search import key_rows

log = logging.getLogger("meetingdesk.purge")

ERASED = ("email", "phone", "photo", "notes")


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
                for r in db.execute(
                    select(
                        Delegate.id,
                        Delegate.family_name,
                        Delegate.given_name,
                        Delegate.badge_name,
                        Delegate.native_name,
                        Delegate.badge_code,
                        Delegate.delegation_id,
                    )
                )
            )
            if keys:
                db.execute(insert(table_of(SearchKeyRow)), keys)
        audit.append(
            db,
            desk,
            "personal-data.purged",
            clock(),
            fields=list(ERASED) + (["names"] if names else []),
        )
        work.commit()
    report = PurgeReport(len(count), names)
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")  # a fresh file: no page keeps an erased value
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if database_file is not None:
            for copy in database_file.parent.glob(f"{database_file.name}.before-*.bak"):
                copy.unlink()
                report.removed_files.append(copy)
    else:
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM FULL delegate"
            )
    log.info(
        "desk=%s purged personal data of %d delegates (names: %s)",
        desk.name,
        report.delegates,
        names,
    )
    return report
