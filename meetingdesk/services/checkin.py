"""Checking delegates in at the registration desk, and undoing it.

A check-in is idempotent: the partial unique index on live check-ins makes a
second one impossible whichever desk tries, and a desk that loses that race is
told "already checked in at 09:14 at Desk 2" exactly like one that saw the first
check-in beforehand.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.db.retry import retry_contended
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.db.upsert import insert_unless_exists
from meetingdesk.domain.errors import ValidationError
from meetingdesk.domain.model import CheckIn, RegistrationStatus
from meetingdesk.domain.values import (
    DEFAULT_ID_DOCUMENTS,
    ActionResult,
    CheckInRecord,
    Desk,
    IdCheck,
    Outcome,
    Refusal,
)
from meetingdesk.services import audit
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

log = logging.getLogger("meetingdesk.checkin")

LAST_FOUR = re.compile(r"^[A-Z0-9]{4}$")


def document_types(db: Session) -> list[tuple[str, str]]:
    event = the_event(db)
    if event.id_document_types:
        return [(t["code"], t["name"]) for t in event.id_document_types]
    return list(DEFAULT_ID_DOCUMENTS)


def checked_document(db: Session, id_check: IdCheck) -> IdCheck:
    """The document as it may be stored: a kind from the event's list and exactly
    four letters or digits; anything else (a whole number typed in) is refused."""
    kinds = [code for code, _ in document_types(db)]
    if id_check.document not in kinds:
        raise ValidationError("id_document", f"the kind of document is one of {', '.join(kinds)}")
    last_four = "".join(id_check.last_four.split()).upper()
    if not LAST_FOUR.match(last_four):
        raise ValidationError(
            "id_last_four", "give the last four letters or digits of the document, nothing more"
        )
    return IdCheck(id_check.document, last_four)


def live_checkin(db: Session, delegate_id: int) -> CheckIn | None:
    return db.execute(
        select(CheckIn).where(CheckIn.delegate_id == delegate_id, CheckIn.undone_at.is_(None))
    ).scalar_one_or_none()


def _record(checkin: CheckIn) -> CheckInRecord:
    return CheckInRecord(at=checkin.at, desk=checkin.desk, operator=checkin.operator)


def not_found(text: str) -> ActionResult:
    shown = text if len(text) <= 40 else text[:37] + "..."
    return ActionResult(Outcome.NOT_FOUND, f"not found: no delegate with code {shown!r}")


def refuse(
    db: Session, desk: Desk, action: str, rejected: Rejected, text: str, now: dt.datetime
) -> ActionResult:
    """Log a refused scan and say why; the caller commits."""
    delegate = rejected.delegate
    audit.append(
        db,
        desk,
        action,
        now,
        delegate_id=delegate.id if delegate else None,
        reason=rejected.refusal.value,
        scanned=text.strip()[:64],
    )
    return ActionResult(
        Outcome.REFUSED,
        rejected.message,
        delegate=summarise(delegate) if delegate else None,
        refusal=rejected.refusal,
        revocation=rejected.revocation,
    )


class CheckInService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow
        self._clock = clock
        self._keys = EventKeysCache()

    def document_types(self) -> list[tuple[str, str]]:
        """The kinds of identity document a desk may record: (code, name)."""
        with self._uow.read() as uow:
            return document_types(uow.db)

    @retry_contended
    def check_in(
        self,
        text: str,
        desk: Desk,
        id_check: IdCheck | None = None,
        at: dt.datetime | None = None,
    ) -> ActionResult:
        """Check in from what a scanner or a person typed (a payload or a badge code).

        ``at``: when it happened, for check-ins a desk recorded while the server
        did not answer (by default, now)."""
        with self._uow.write() as uow:
            now = at or self._clock()
            keys = self._keys.get(uow.db)
            found = identify(uow.db, keys, text, now)
            if isinstance(found, Unidentified):
                log.info("desk=%s check-in: nothing matches the text", desk.name)
                return not_found(text)
            if isinstance(found, Rejected):
                result = refuse(uow.db, desk, "checkin.refused", found, text, now)
                uow.commit()
                log.info("desk=%s check-in refused: %s", desk.name, found.refusal.value)
                return result
            result = self._check_in(uow.db, keys.event_id, found, desk, now, id_check)
            uow.commit()
            return result

    @retry_contended
    def check_in_delegate(
        self, delegate_id: int, desk: Desk, id_check: IdCheck | None = None
    ) -> ActionResult:
        """Check in a delegate picked from the search list."""
        with self._uow.write() as uow:
            now = self._clock()
            keys = self._keys.get(uow.db)
            found = identify_by_id(uow.db, delegate_id)
            if isinstance(found, Unidentified):
                return not_found(str(delegate_id))
            result = self._check_in(uow.db, keys.event_id, found, desk, now, id_check)
            uow.commit()
            return result

    def _check_in(
        self,
        db: Session,
        event_id: int,
        found: Identified,
        desk: Desk,
        now: dt.datetime,
        id_check: IdCheck | None,
    ) -> ActionResult:
        delegate = found.delegate
        if id_check is not None:
            id_check = checked_document(db, id_check)
        if delegate.status is RegistrationStatus.CANCELLED:
            rejected = Rejected(Refusal.CANCELLED, "registration cancelled", delegate=delegate)
            log.info("desk=%s check-in refused: cancelled, delegate=%s", desk.name, delegate.id)
            return refuse(db, desk, "checkin.refused", rejected, delegate.badge_code, now)
        existing = None
        if delegate.category.requires_id_check and id_check is None:
            # Ask for the document only if there is something to check in.
            existing = live_checkin(db, delegate.id)
        if existing is None and delegate.category.requires_id_check and id_check is None:
            return ActionResult(
                Outcome.REFUSED,
                f"identity document to be checked ({delegate.category.label})",
                delegate=summarise(delegate),
                refusal=Refusal.ID_CHECK_NEEDED,
            )
        generation = found.scanned_generation or delegate.badge_generation
        record = CheckInRecord(at=now, desk=desk.name, operator=desk.operator)
        if existing is None:
            new_id = insert_unless_exists(
                db,
                CheckIn,
                {
                    "delegate_id": delegate.id,
                    "at": now,
                    "desk": desk.name,
                    "operator": desk.operator,
                    "method": found.method,
                    "badge_generation": generation,
                    "id_document": id_check.document if id_check else None,
                    "id_last_four": id_check.last_four if id_check else None,
                },
                ["delegate_id"],
                CheckIn.undone_at.is_(None),
            )
            if new_id is None:
                # Another desk checked this delegate in since we looked.
                existing = live_checkin(db, delegate.id)
                if existing is None:
                    raise RuntimeError("check-in conflict without a live check-in")
        if existing is not None:
            when = describe_time(event_id, existing.at, now, db)
            log.info("desk=%s check-in already, delegate=%s", desk.name, delegate.id)
            return ActionResult(
                Outcome.ALREADY,
                f"already checked in at {when} at {existing.desk}",
                delegate=summarise(delegate),
                previous=_record(existing),
            )
        audit.append(
            db,
            desk,
            "checkin",
            now,
            delegate_id=delegate.id,
            method=found.method.value,
            generation=generation,
            id_document=id_check.document if id_check else None,
        )
        log.info("desk=%s checked in delegate=%s (%s)", desk.name, delegate.id, found.method.value)
        return ActionResult(
            Outcome.DONE,
            f"checked in: {delegate.badge_name}, {delegate.delegation.name}",
            delegate=summarise(delegate),
            previous=record,
        )

    @retry_contended
    def undo(self, text: str, desk: Desk) -> ActionResult:
        """Undo the live check-in of the delegate a code or payload names."""
        with self._uow.write() as uow:
            now = self._clock()
            keys = self._keys.get(uow.db)
            found = identify(uow.db, keys, text, now)
            if isinstance(found, Unidentified):
                return not_found(text)
            if isinstance(found, Rejected):
                # Undo is not a scan at the door: nothing to log, only to refuse.
                return ActionResult(Outcome.REFUSED, found.message, refusal=found.refusal)
            result = self._undo(uow.db, keys.event_id, found, desk, now)
            uow.commit()
            return result

    @retry_contended
    def undo_delegate(self, delegate_id: int, desk: Desk) -> ActionResult:
        with self._uow.write() as uow:
            now = self._clock()
            keys = self._keys.get(uow.db)
            found = identify_by_id(uow.db, delegate_id)
            if isinstance(found, Unidentified):
                return not_found(str(delegate_id))
            result = self._undo(uow.db, keys.event_id, found, desk, now)
            uow.commit()
            return result

    def _undo(
        self, db: Session, event_id: int, found: Identified, desk: Desk, now: dt.datetime
    ) -> ActionResult:
        delegate = found.delegate
        existing = live_checkin(db, delegate.id)
        if existing is None:
            return ActionResult(
                Outcome.ALREADY, "not checked in: nothing to undo", delegate=summarise(delegate)
            )
        existing.undone_at = now
        existing.undone_by = desk.operator
        audit.append(
            db,
            desk,
            "checkin.undo",
            now,
            delegate_id=delegate.id,
            checkin_at=existing.at.isoformat(),
            checkin_desk=existing.desk,
        )
        log.info("desk=%s undid check-in of delegate=%s", desk.name, delegate.id)
        when = describe_time(event_id, existing.at, now, db)
        return ActionResult(
            Outcome.DONE,
            f"check-in undone (was {when} at {existing.desk}): {delegate.badge_name}",
            delegate=summarise(delegate),
            previous=_record(existing),
        )
