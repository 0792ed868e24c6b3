"""Recording who attends each session of the meeting, at the session door."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.db.retry import retry_contended
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.db.upsert import insert_unless_exists
from meetingdesk.domain import names
from meetingdesk.domain.errors import Ambiguous, NotFound
from meetingdesk.domain.model import (
    Attendance,
    Delegate,
    Delegation,
    Event,
    MeetingSession,
    RegistrationStatus,
)
from meetingdesk.domain.values import (
    ActionResult,
    CheckInRecord,
    Desk,
    Outcome,
    Refusal,
    SessionInfo,
)
from meetingdesk.services import audit
from meetingdesk.services.checkin import live_checkin, not_found, refuse
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import (
    EventKeysCache,
    Identified,
    Rejected,
    Unidentified,
    describe_time,
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


def session_info(session: MeetingSession) -> SessionInfo:
    return SessionInfo(
        id=session.id,
        title=session.title,
        room=session.room,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
    )


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

    @retry_contended
    def record(self, session_id: int, text: str, desk: Desk) -> ActionResult:
        """Record attendance from a scanned payload or a typed badge code."""
        with self._uow.write() as uow:
            now = self._clock()
            event = the_event(uow.db)
            session = self._session(uow.db, session_id)
            found = identify(uow.db, self._keys.get(uow.db), text, now)
            if isinstance(found, Unidentified):
                return not_found(text)
            if isinstance(found, Rejected):
                result = refuse(uow.db, desk, "attendance.refused", found, text, now)
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
                return not_found(str(delegate_id))
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
                return ActionResult(Outcome.ALREADY, "not recorded in this session")
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
            return ActionResult(Outcome.DONE, f"attendance removed from {session.title}")

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
        early = dt.timedelta(minutes=30)
        for session in sessions:
            if session.starts_at - early <= now <= session.ends_at:
                return session
        upcoming = [s for s in sessions if s.starts_at > now]
        return upcoming[0] if upcoming else sessions[-1]

    def count(self, session_id: int) -> int:
        with self._uow.read() as uow:
            return uow.db.execute(
                select(func.count()).where(Attendance.session_id == session_id)
            ).scalar_one()

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
        if delegate.status is RegistrationStatus.CANCELLED:
            rejected = Rejected(Refusal.CANCELLED, "registration cancelled", delegate=delegate)
            return refuse(db, desk, "attendance.refused", rejected, delegate.badge_code, now)
        if event.attendance_requires_checkin and live_checkin(db, delegate.id) is None:
            rejected = Rejected(
                Refusal.NOT_CHECKED_IN, "not checked in at the registration desk yet", delegate
            )
            return refuse(db, desk, "attendance.refused", rejected, delegate.badge_code, now)
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
            when = describe_time(event, existing.at, now)
            return ActionResult(
                Outcome.ALREADY,
                f"already recorded in {session.title} at {when} at {existing.desk}",
                delegate=summarise(delegate),
                previous=CheckInRecord(existing.at, existing.desk, existing.operator),
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
            f"admitted to {session.title}: {delegate.badge_name}",
            delegate=summarise(delegate),
            previous=CheckInRecord(now, desk.name, desk.operator),
        )

    @staticmethod
    def _existing(db: Session, session_id: int, delegate_id: int) -> Attendance | None:
        return db.execute(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.delegate_id == delegate_id
            )
        ).scalar_one_or_none()
