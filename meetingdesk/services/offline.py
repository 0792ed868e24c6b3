"""A desk that keeps working when the PostgreSQL server does not answer.

While the server answers, everything goes to it, as usual. The desk also keeps
a local copy of what it needs to recognise people (event, its keys, categories,
delegations, delegates without photos, search keys, check-ins, reprints) in an
SQLite file. When the server stops answering, search runs on that copy, badges
are verified against it, and each check-in is written to a durable queue on
disk (synchronous=FULL) before the desk shows it as done. When the server is
back, the queue is sent in order, each check-in with the time it really
happened; a delegate another desk checked in meanwhile is reported as a
conflict ("already checked in at 09:12 at Desk 3"), never doubled or lost, and
one the server refuses (a registration cancelled meanwhile, a badge reprinted)
is reported with who and why, never dropped without a word."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import func, select

from meetingdesk.db.bulk import bulk_insert
from meetingdesk.domain.errors import DatabaseUnavailable, Unavailability
from meetingdesk.domain.model import (
    BadgeIssue,
    Category,
    CheckIn,
    Delegate,
    Delegation,
    Event,
    MeetingSession,
    SearchKeyRow,
    table_of,
)
from meetingdesk.domain.values import (
    ActionResult,
    CheckInRecord,
    Desk,
    IdCheck,
    Outcome,
    Refusal,
)
from meetingdesk.files import erase_file, private_file
from meetingdesk.services.app import Services, open_services

log = logging.getLogger("meetingdesk.offline")

# Copied in this order (foreign keys); photos stay on the server.
REPLICATED = (
    Event,
    Category,
    Delegation,
    MeetingSession,
    Delegate,
    SearchKeyRow,
    BadgeIssue,
    CheckIn,
)
# Never copied to a desk: photos (large), and the sealed private badge key.
LEFT_OUT = {("Delegate", "photo"), ("Event", "sealed_key")}


@dataclass(frozen=True, slots=True)
class Unsent:
    """A queued check-in the server did not take as this desk's: who (as the
    server knows her, else the code typed or scanned), when and where it was
    made, and why it was not recorded."""

    code: str
    name: str | None  # the badge name, when the server knows the badge
    delegation: str | None
    at: dt.datetime
    desk: str
    outcome: Outcome  # ALREADY (another desk first), REFUSED or NOT_FOUND
    refusal: Refusal | None = None  # why, for REFUSED
    previous: CheckInRecord | None = None  # the other desk's check-in, for ALREADY


@dataclass
class FlushReport:
    """Every queued check-in sent ends in exactly one place: ``sent``, or
    ``unsent`` with its reason; none is dropped without a word."""

    sent: int = 0
    unsent: list[Unsent] = field(default_factory=list)
    still_pending: int = 0
    stopped: bool = False  # the server stopped answering part-way

    @property
    def already(self) -> list[Unsent]:
        return [u for u in self.unsent if u.outcome is Outcome.ALREADY]

    @property
    def refused(self) -> list[Unsent]:
        return [u for u in self.unsent if u.outcome is not Outcome.ALREADY]


Send = Callable[[str, Desk, IdCheck | None, dt.datetime], ActionResult]


class Queued(NamedTuple):
    """One check-in in the queue, as it is sent."""

    row_id: int
    code: str
    desk: Desk
    id_check: IdCheck | None
    at: dt.datetime


class OfflineDesk:
    """The desk's local copy and its queue of check-ins made while the server did
    not answer. Which of the two a desk action goes to is the desk session's
    decision (``services.desk_session``); nothing here contacts the server except
    ``refresh``, ``erase_if_purged`` and ``flush``."""

    def __init__(self, primary: Services, folder: Path) -> None:
        self.primary = primary
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.replica: Services | None = None
        self._lock = threading.Lock()
        self._queue = sqlite3.connect(
            private_file(folder / "queue.sqlite3"), isolation_level=None, check_same_thread=False
        )
        self._queue.execute("PRAGMA journal_mode = WAL")
        self._queue.execute("PRAGMA synchronous = FULL")  # queued means on the disk
        self._queue.execute("PRAGMA secure_delete = ON")  # a sent row leaves no trace
        self._queue.execute(
            "CREATE TABLE IF NOT EXISTS pending (id INTEGER PRIMARY KEY, code TEXT NOT NULL,"
            " desk TEXT NOT NULL, operator TEXT NOT NULL, at TEXT NOT NULL,"
            " id_document TEXT, id_last_four TEXT)"
        )
        existing = folder / "replica.sqlite3"
        if existing.exists():  # checked against a purge at the first refresh
            self.replica = open_services(existing, create=False, clock=primary.clock)

    # --- a purge on the server ------------------------------------------------------

    def _generation(self, services: Services) -> int:
        with services.uow.read() as uow:
            return int(uow.db.execute(select(Event.purge_generation)).scalar() or 0)

    def erase_if_purged(self) -> bool:
        """Erase the local copy if the server's personal data was purged since it
        was made (the copy still holds what was erased); True when it did."""
        if self.replica is None:
            return False
        if self._generation(self.primary) <= self._generation(self.replica):
            return False
        with self._lock:
            self.replica.close()
            self.replica = None
            for name in ("replica.sqlite3", "replica.sqlite3-wal", "replica.sqlite3-shm"):
                erase_file(self.folder / name)
            self._queue.execute("VACUUM")
        log.info("the server's personal data was purged: this desk's copy is erased")
        return True

    # --- the local copy --------------------------------------------------------------

    def refresh(self) -> int:
        """Copy what the desk needs from the server; return the delegates copied.
        The copy holds the event's public key, never its sealed private key: a
        desk verifies badges offline and cannot make one."""
        self.erase_if_purged()
        fresh = self.folder / f"replica.{os.getpid()}.part.sqlite3"
        for leftover in (fresh, fresh.with_name(fresh.name + "-wal")):
            if leftover.exists():
                leftover.unlink()
        copy = open_services(fresh, clock=self.primary.clock)
        try:
            with self.primary.uow.read() as source, copy.uow.write() as target:
                for entity in REPLICATED:
                    table = table_of(entity)
                    columns = [c for c in table.c if (entity.__name__, c.name) not in LEFT_OUT]
                    query = select(*columns)
                    if entity is CheckIn:
                        query = query.where(CheckIn.undone_at.is_(None))
                    rows = [dict(r._mapping) for r in source.db.execute(query)]
                    bulk_insert(target.db, table, rows)
                target.commit()
        finally:
            copy.close()
        with self._lock:
            if self.replica is not None:
                self.replica.close()
            os.replace(fresh, self.folder / "replica.sqlite3")
            self.replica = open_services(
                self.folder / "replica.sqlite3", create=False, clock=self.primary.clock
            )
            # Check-ins still queued are in the server's copy only once sent: the
            # fresh copy must know them too, or it would let them in twice.
            for queued in self._pending():
                self.replica.checkin.check_in(
                    queued.code, queued.desk, queued.id_check, at=queued.at
                )
        with self.replica.uow.read() as uow:
            return int(uow.db.execute(select(func.count()).select_from(Delegate)).scalar_one())

    def copy(self) -> Services:
        """The local copy's services (search, the counts), for a desk offline."""
        if self.replica is None:
            raise DatabaseUnavailable(
                "the server does not answer and this desk has no local copy yet",
                Unavailability.NO_COPY,
            )
        return self.replica

    # --- check-ins while the server does not answer --------------------------------------

    def queue_check_in(
        self, text: str, desk: Desk, at: dt.datetime, id_check: IdCheck | None = None
    ) -> ActionResult:
        """Check in on the local copy and, when that succeeds, queue the check-in
        on the disk (synchronously) before returning: acknowledged means kept."""
        replica = self.copy()
        with self._lock:
            result = replica.checkin.check_in(text, desk, id_check, at=at)
            if result.outcome is not Outcome.DONE or result.delegate is None:
                return result
            self._queue.execute(
                "INSERT INTO pending (code, desk, operator, at, id_document, id_last_four)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    result.delegate.badge_code,
                    desk.name,
                    desk.operator,
                    at.isoformat(),
                    id_check.document if id_check else None,
                    id_check.last_four if id_check else None,
                ),
            )
        return dataclasses.replace(result, offline=True)

    def badge_code(self, delegate_id: int) -> str:
        """A delegate's badge code by the server's id (the copy keeps the ids)."""
        return self.copy().registry.delegate(delegate_id).badge_code

    def _pending(self, limit: int = -1) -> list[Queued]:
        """The queued check-ins, oldest first (the one place that reads the rows)."""
        return [
            Queued(
                row_id,
                code,
                Desk(desk, operator),
                IdCheck(document, last_four) if document and last_four else None,
                dt.datetime.fromisoformat(at),
            )
            for row_id, code, desk, operator, at, document, last_four in self._queue.execute(
                "SELECT id, code, desk, operator, at, id_document, id_last_four FROM pending"
                " ORDER BY id LIMIT ?",
                (limit,),
            )
        ]

    def pending(self) -> int:
        return int(self._queue.execute("SELECT count(*) FROM pending").fetchone()[0])

    # --- back online ---------------------------------------------------------------------

    def flush(self, send: Send | None = None) -> FlushReport:
        """Send the queued check-ins, oldest first, until none is left (check-ins
        queued meanwhile included); stop at the first sign the server is gone
        again. ``send``: how one check-in reaches the server (by default the
        server's check-in service; the desk session adds its deadline)."""
        send = send or self.primary.checkin.check_in
        report = FlushReport()
        while True:
            with self._lock:
                oldest = self._pending(limit=1)
            if not oldest:
                break
            row_id, code, desk, id_check, at = oldest[0]
            try:
                result = send(code, desk, id_check, at)
            except DatabaseUnavailable:
                report.stopped = True
                break
            ours = (
                result.previous is not None
                and result.previous.desk == desk.name
                and result.previous.at == at
            )
            if result.outcome is Outcome.DONE or (result.outcome is Outcome.ALREADY and ours):
                report.sent += 1
            else:
                person = result.delegate
                report.unsent.append(
                    Unsent(
                        code=code,
                        name=person.badge_name if person else None,
                        delegation=person.delegation if person else None,
                        at=at,
                        desk=desk.name,
                        outcome=result.outcome,
                        refusal=result.refusal,
                        previous=result.previous if result.outcome is Outcome.ALREADY else None,
                    )
                )
                log.info(
                    "queued check-in not recorded: %s (%s), delegate=%s",
                    result.outcome.value,
                    result.refusal.value if result.refusal else "-",
                    person.id if person else "unknown",
                )
            with self._lock:  # answered by the server (recorded, or told why not)
                self._queue.execute("DELETE FROM pending WHERE id = ?", (row_id,))
        report.still_pending = self.pending()
        if report.sent or report.unsent:
            log.info(
                "queue sent: %d check-ins, %d already in elsewhere, %d refused, %d still waiting",
                report.sent,
                len(report.already),
                len(report.refused),
                report.still_pending,
            )
        return report

    def close(self) -> None:
        if self.replica is not None:
            self.replica.close()
        self._queue.close()
