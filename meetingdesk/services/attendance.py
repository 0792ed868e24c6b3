"""Recording who attends each session of the meeting, at the session door."""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from meetingdesk.db.bare import Bare
from meetingdesk.db.prepared import Prepared, utc
from meetingdesk.db.retry import retry_contended
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.db.upsert import insert_unless_exists, prepared_insert_unless_exists
from meetingdesk.domain import names
from meetingdesk.domain.errors import Ambiguous, NotFound
from meetingdesk.domain.model import (
    Attendance,
    Delegate,
    Delegation,
    EntryMethod,
    Event,
    MeetingSession,
    RegistrationStatus,
)
from meetingdesk.domain.values import (
    Action,
    ActionResult,
    CheckInRecord,
    Desk,
    Outcome,
    Refusal,
    SessionInfo,
)
from meetingdesk.services import audit
from meetingdesk.services.checkin import (
    LIVE_CHECKIN,
    PERSON,
    badge_of,
    current_holder,
    live_checkin,
    not_found,
    refuse,
)
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import (
    EventKeysCache,
    Identified,
    Rejected,
    Unidentified,
    identify,
    identify_by_id,
    summarise,
    the_event,
)

log = logging.getLogger("meetingdesk.attendance")


@dataclass(frozen=True, slots=True)
class Present:
    delegate_id: int
    name: str
    delegation: str
    at: dt.datetime
    method: str
    door: str


# The usual admission at the door (a registered delegate, her current badge)
# runs on statements built once, as the usual check-in does.
_DOOR = Prepared(
    select(MeetingSession.title, Event.attendance_requires_checkin)
    .join(Event, Event.id == MeetingSession.event_id)
    .where(MeetingSession.id == bindparam("session_id"))
)
_ADMIT = prepared_insert_unless_exists(
    Attendance,
    ["delegate_id", "session_id", "at", "desk", "operator", "method"],
    ["delegate_id", "session_id"],
)
_PRESENT = Prepared(
    select(Attendance.at, Attendance.desk, Attendance.operator).where(
        Attendance.session_id == bindparam("session_id"),
        Attendance.delegate_id == bindparam("delegate_id"),
    )
)


def session_info(session: MeetingSession) -> SessionInfo:
    return SessionInfo(
        id=session.id,
        title=session.title,
        room=session.room,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
    )


DOOR_MARGIN = dt.timedelta(minutes=30)  # a door opens this long before, closes this long after


class Timing(enum.Enum):
    EARLY = "early"  # more than the margin before the session starts
    DURING = "during"
    LATE = "late"  # more than the margin after it ended


def timing(session: SessionInfo, at: dt.datetime, margin: dt.timedelta = DOOR_MARGIN) -> Timing:
    """Whether a scan at ``at`` belongs to the session's time: recording it days
    before it starts is a mistake the door asks about."""
    if at < session.starts_at - margin:
        return Timing.EARLY
    if at > session.ends_at + margin:
        return Timing.LATE
    return Timing.DURING


class AttendanceService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow
        self._clock = clock
        self._keys = EventKeysCache()

    def sessions(self) -> list[SessionInfo]:
        with self._uow.read() as uow:
            rows = uow.db.execute(
                select(MeetingSession).order_by(MeetingSession.starts_at, MeetingSession.id)
            ).scalars()
            return [session_info(s) for s in rows]

    def find_session(self, spec: str) -> SessionInfo:
        """A session by id, or by a prefix of its title that only one title has."""
        sessions = self.sessions()
        if spec.strip().isdigit():
            for session in sessions:
                if session.id == int(spec):
                    return session
            raise NotFound(f"there is no session with id {spec}")
        wanted = names.fold(spec).strip()
        matches = [s for s in sessions if names.fold(s.title).startswith(wanted)] if wanted else []
        if not matches:
            raise NotFound(f"no session title starts with {spec!r}")
        if len(matches) > 1:
            listed = "; ".join(f"{s.id}: {s.title}" for s in matches)
            raise Ambiguous(f"{spec!r} matches {len(matches)} sessions ({listed}): say which")
        return matches[0]

    def prepare(self) -> None:
        """Load the event's keys and compile the door's statements (a door
        calls this once, at start-up)."""
        with self._uow.read() as uow:
            self._keys.get(uow.db)
            dialect = uow.db.get_bind().dialect
        for statement in (_DOOR, PERSON, LIVE_CHECKIN, _ADMIT, _PRESENT, *audit.PREPARED):
            statement.compiled(dialect)

    @retry_contended
    def record(self, session_id: int, text: str, desk: Desk) -> ActionResult:
        """Record attendance from a scanned payload or a typed badge code."""
        keys = self._keys.loaded
        badge = badge_of(keys, text) if keys is not None else None
        if badge is not None:
            with self._uow.begin_bare() as connection:
                usual = self._usual(connection, session_id, badge, desk, self._clock())
            if usual is not None:
                return usual
        with self._uow.write() as uow:
            now = self._clock()
            event = the_event(uow.db)
            session = self._session(uow.db, session_id)
            found = identify(uow.db, self._keys.get(uow.db), text)
            if isinstance(found, Unidentified):
                return not_found(text, Action.ATTEND, now, session.title)
            if isinstance(found, Rejected):
                asked = Action.ATTEND
                result = refuse(
                    uow.db, desk, "attendance.refused", found, text, now, asked, session.title
                )
                uow.commit()
                return result
            result = self._record(uow.db, event, session, found, desk, now)
            uow.commit()
            return result

    @retry_contended
    def record_delegate(self, session_id: int, delegate_id: int, desk: Desk) -> ActionResult:
        """Record attendance of a delegate picked by hand at the door."""
        with self._uow.write() as uow:
            now = self._clock()
            event = the_event(uow.db)
            session = self._session(uow.db, session_id)
            found = identify_by_id(uow.db, delegate_id)
            if isinstance(found, Unidentified):
                return not_found(str(delegate_id), Action.ATTEND, now, session.title)
            result = self._record(uow.db, event, session, found, desk, now)
            uow.commit()
            return result

    @retry_contended
    def remove(self, session_id: int, delegate_id: int, desk: Desk, reason: str) -> ActionResult:
        """Take a wrongly recorded attendance back, with a reason for the audit log."""
        if not reason.strip():
            raise ValueError("a reason is required to remove an attendance")
        with self._uow.write() as uow:
            now = self._clock()
            session = self._session(uow.db, session_id)
            row = uow.db.execute(
                select(Attendance).where(
                    Attendance.session_id == session.id, Attendance.delegate_id == delegate_id
                )
            ).scalar_one_or_none()
            if row is None:
                return ActionResult(Outcome.ALREADY, Action.LEAVE, session=session.title, at=now)
            uow.db.delete(row)
            audit.append(
                uow.db,
                desk,
                "attendance.removed",
                now,
                delegate_id=delegate_id,
                session=session.id,
                reason=reason.strip()[:200],
            )
            uow.commit()
            return ActionResult(Outcome.DONE, Action.LEAVE, session=session.title, at=now)

    def present(self, session_id: int) -> list[Present]:
        """Who is recorded in the session, latest first."""
        with self._uow.read() as uow:
            rows = uow.db.execute(
                select(
                    Attendance.delegate_id,
                    Delegate.badge_name,
                    Delegation.name,
                    Attendance.at,
                    Attendance.method,
                    Attendance.desk,
                )
                .join(Delegate, Delegate.id == Attendance.delegate_id)
                .join(Delegation, Delegation.id == Delegate.delegation_id)
                .where(Attendance.session_id == session_id)
                .order_by(Attendance.at.desc(), Attendance.id.desc())
            ).all()
        return [Present(r[0], r[1], r[2], r[3], r[4].value, r[5]) for r in rows]

    def current_session(self) -> SessionInfo | None:
        """The session running now (or about to start), else the next one today,
        else the last that ended: what a door opens on."""
        sessions = self.sessions()
        if not sessions:
            return None
        now = self._clock()
        for session in sessions:
            if session.starts_at - DOOR_MARGIN <= now <= session.ends_at:
                return session
        upcoming = [s for s in sessions if s.starts_at > now]
        return upcoming[0] if upcoming else sessions[-1]

    def now(self) -> dt.datetime:
        """The moment by the service's clock (the door asks whether it is a
        session's time)."""
        return self._clock()

    def count(self, session_id: int) -> int:
        with self._uow.read() as uow:
            return uow.db.execute(
                select(func.count()).where(Attendance.session_id == session_id)
            ).scalar_one()

    @staticmethod
    def _usual(
        connection: Bare,
        session_id: int,
        badge: tuple[str, int | None, EntryMethod],
        desk: Desk,
        now: dt.datetime,
    ) -> ActionResult | None:
        """The usual admission on prepared statements, or None (nothing written)
        when anything about it is unusual and the full path must decide."""
        method = badge[2]
        door = _DOOR.first(connection, session_id=session_id)
        person = current_holder(connection, badge)
        if door is None or person is None:
            return None
        title, requires_checkin = door
        if requires_checkin and LIVE_CHECKIN.first(connection, delegate_id=person.id) is None:
            return None
        new = _ADMIT.first(
            connection,
            delegate_id=person.id,
            session_id=session_id,
            at=now,
            desk=desk.name,
            operator=desk.operator,
            method=method,
        )
        if new is None:
            present = _PRESENT.first(connection, session_id=session_id, delegate_id=person.id)
            if present is None:
                raise RuntimeError("attendance conflict without an attendance")
            previous = CheckInRecord(utc(present[0]), str(present[1]), str(present[2]))
            return ActionResult(
                Outcome.ALREADY,
                Action.ATTEND,
                delegate=person,
                previous=previous,
                session=str(title),
                at=now,
            )
        audit.append(
            connection,
            desk,
            "attendance",
            now,
            delegate_id=person.id,
            session=session_id,
            method=method.value,
        )
        log.info("desk=%s attendance session=%s delegate=%s", desk.name, session_id, person.id)
        return ActionResult(
            Outcome.DONE,
            Action.ATTEND,
            delegate=person,
            previous=CheckInRecord(now, desk.name, desk.operator),
            session=str(title),
            at=now,
        )

    @staticmethod
    def _session(db: Session, session_id: int) -> MeetingSession:
        session = db.get(MeetingSession, session_id)
        if session is None:
            raise NotFound(f"there is no session with id {session_id}")
        return session

    def _record(
        self,
        db: Session,
        event: Event,
        session: MeetingSession,
        found: Identified,
        desk: Desk,
        now: dt.datetime,
    ) -> ActionResult:
        delegate = found.delegate
        refused = None
        if delegate.status is RegistrationStatus.CANCELLED:
            refused = Refusal.CANCELLED
        elif event.attendance_requires_checkin and live_checkin(db, delegate.id) is None:
            refused = Refusal.NOT_CHECKED_IN
        if refused is not None:
            rejected = Rejected(refused, delegate=delegate)
            return refuse(
                db,
                desk,
                "attendance.refused",
                rejected,
                delegate.badge_code,
                now,
                Action.ATTEND,
                session.title,
            )
        existing = self._existing(db, session.id, delegate.id)
        if existing is None:
            new_id = insert_unless_exists(
                db,
                Attendance,
                {
                    "delegate_id": delegate.id,
                    "session_id": session.id,
                    "at": now,
                    "desk": desk.name,
                    "operator": desk.operator,
                    "method": found.method,
                },
                ["delegate_id", "session_id"],
            )
            if new_id is None:
                existing = self._existing(db, session.id, delegate.id)
                if existing is None:
                    raise RuntimeError("attendance conflict without an attendance")
        if existing is not None:
            return ActionResult(
                Outcome.ALREADY,
                Action.ATTEND,
                delegate=summarise(delegate),
                previous=CheckInRecord(existing.at, existing.desk, existing.operator),
                session=session.title,
                at=now,
            )
        audit.append(
            db,
            desk,
            "attendance",
            now,
            delegate_id=delegate.id,
            session=session.id,
            method=found.method.value,
        )
        log.info("desk=%s attendance session=%s delegate=%s", desk.name, session.id, delegate.id)
        return ActionResult(
            Outcome.DONE,
            Action.ATTEND,
            delegate=summarise(delegate),
            previous=CheckInRecord(now, desk.name, desk.operator),
            session=session.title,
            at=now,
        )

    @staticmethod
    def _existing(db: Session, session_id: int, delegate_id: int) -> Attendance | None:
        return db.execute(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.delegate_id == delegate_id
            )
        ).scalar_one_or_none()
