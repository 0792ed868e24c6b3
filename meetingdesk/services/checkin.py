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

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from meetingdesk.db.bare import Bare
from meetingdesk.db.prepared import Prepared, utc
from meetingdesk.db.retry import retry_contended
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.db.upsert import insert_unless_exists, prepared_insert_unless_exists
from meetingdesk.domain.errors import ValidationError
from meetingdesk.domain.model import (
    Category,
    CheckIn,
    Delegate,
    Delegation,
    EntryMethod,
    RegistrationStatus,
)
from meetingdesk.domain.values import (
    DEFAULT_ID_DOCUMENTS,
    Action,
    ActionResult,
    CheckInRecord,
    DelegateSummary,
    Desk,
    IdCheck,
    Outcome,
    Refusal,
)
from meetingdesk.services import audit, codes
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import (
    EventKeys,
    EventKeysCache,
    Identified,
    Rejected,
    Unidentified,
    identify,
    identify_by_id,
    summarise,
    the_event,
)

log = logging.getLogger("meetingdesk.checkin")

LAST_FOUR = re.compile(r"^[A-Z0-9]{4}$")

# The usual check-in (a registered delegate, her current badge, no identity
# document given) runs on statements built once: who it is, the insert, the live
# check-in when another desk was first, the request for a document where her
# category needs one. Anything else takes the full path.
PERSON = Prepared(
    select(
        Delegate.id,
        Delegate.badge_code,
        Delegate.badge_generation,
        Delegate.honorific,
        Delegate.given_name,
        Delegate.family_name,
        Delegate.badge_name,
        Delegate.native_name,
        Delegate.function,
        Delegation.name,
        Category.code,
        Category.label,
        Category.colour,
        Delegate.head_of_delegation,
        Delegate.status,
        Category.requires_id_check,
        Delegate.photo.is_not(None),
    )
    .join(Delegation, Delegation.id == Delegate.delegation_id)
    .join(Category, Category.id == Delegate.category_id)
    .where(Delegate.badge_code == bindparam("code"))
)
_INSERT = prepared_insert_unless_exists(
    CheckIn,
    ["delegate_id", "at", "desk", "operator", "method", "badge_generation"],
    ["delegate_id"],
    CheckIn.undone_at.is_(None),
)
LIVE_CHECKIN = Prepared(
    select(CheckIn.at, CheckIn.desk, CheckIn.operator).where(
        CheckIn.delegate_id == bindparam("delegate_id"), CheckIn.undone_at.is_(None)
    )
)


def summary_of(row: tuple[object, ...]) -> DelegateSummary:
    """A ``PERSON`` row as the desk shows it (status, document check and photo
    are the last three columns)."""
    (id_, code, generation, honorific, given, family, badge_name, native, function,
     delegation, category_code, label, colour, head, status, needs_id, photo) = row  # fmt: skip
    return DelegateSummary(
        id=int(id_),  # type: ignore[call-overload]
        badge_code=str(code),
        badge_generation=int(generation),  # type: ignore[call-overload]
        honorific=str(honorific),
        given_name=str(given),
        family_name=str(family),
        badge_name=str(badge_name),
        native_name=None if native is None else str(native),
        function=str(function),
        delegation=str(delegation),
        category_code=str(category_code),
        category_label=str(label),
        category_colour=str(colour),
        head_of_delegation=bool(head),
        cancelled=status == RegistrationStatus.CANCELLED.value,
        requires_id_check=bool(needs_id),
        has_photo=bool(photo),
    )


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


def not_found(
    text: str, action: Action, now: dt.datetime, session: str | None = None
) -> ActionResult:
    shown = text if len(text) <= 40 else text[:37] + "…"
    return ActionResult(Outcome.NOT_FOUND, action, typed=shown, session=session, at=now)


def refuse(
    db: Session,
    desk: Desk,
    action: str,
    rejected: Rejected,
    text: str,
    now: dt.datetime,
    asked: Action = Action.CHECK_IN,
    session: str | None = None,
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
        asked,
        delegate=summarise(delegate) if delegate else None,
        refusal=rejected.refusal,
        problem=rejected.problem,
        revocation=rejected.revocation,
        session=session,
        at=now,
    )


def badge_of(keys: EventKeys, text: str) -> tuple[str, int | None, EntryMethod] | None:
    """The badge code, scanned generation and entry method of a verified scan or
    a typed code; None for anything else (the full path explains it)."""
    if codes.is_scan(text):
        scan = codes.verify(keys.verifier, text)
        if not isinstance(scan, codes.Scan):
            return None
        return scan.code, scan.generation, EntryMethod.SCAN
    if codes.looks_like_code(text):
        return codes.normalise_code(text), None, EntryMethod.MANUAL
    return None


def current_holder(
    connection: Bare, badge: tuple[str, int | None, EntryMethod]
) -> DelegateSummary | None:
    """The registered delegate whose current badge this is; None when there is
    none, her registration is cancelled or the badge was reprinted since (the
    full path refuses those, and audits the refusal)."""
    code, generation, _method = badge
    row = PERSON.first(connection, code=code)
    if row is None:
        return None
    person = summary_of(row)
    if person.cancelled or generation not in (None, person.badge_generation):
        return None
    return person


class CheckInService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow
        self._clock = clock
        self._keys = EventKeysCache()

    def prepare(self) -> None:
        """Load the event's keys and compile the usual check-in's statements, so
        that the first delegate at a desk just opened waits no longer than the
        next (a desk calls this once, at start-up)."""
        with self._uow.read() as uow:
            self._keys.get(uow.db)
            dialect = uow.db.get_bind().dialect
        for statement in (PERSON, _INSERT, LIVE_CHECKIN, *audit.PREPARED):
            statement.compiled(dialect)

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
        keys = self._keys.loaded
        badge = badge_of(keys, text) if id_check is None and keys is not None else None
        if keys is not None and badge is not None:
            # The signature is checked before the transaction: a desk holds the
            # write lock only for its statements.
            with self._uow.begin_bare() as connection:
                usual = self._usual(connection, keys.event_id, badge, desk, at or self._clock())
            if usual is not None:
                return usual
        with self._uow.write() as uow:
            now = at or self._clock()
            keys = self._keys.get(uow.db)
            found = identify(uow.db, keys, text)
            if isinstance(found, Unidentified):
                log.info("desk=%s check-in: nothing matches the text", desk.name)
                return not_found(text, Action.CHECK_IN, now)
            if isinstance(found, Rejected):
                result = refuse(uow.db, desk, "checkin.refused", found, text, now)
                uow.commit()
                log.info("desk=%s check-in refused: %s", desk.name, found.refusal.value)
                return result
            result = self._check_in(uow.db, keys.event_id, found, desk, now, id_check)
            uow.commit()
            return result

    def _usual(
        self,
        connection: Bare,
        event_id: int,
        badge: tuple[str, int | None, EntryMethod],
        desk: Desk,
        now: dt.datetime,
    ) -> ActionResult | None:
        """The usual check-in on prepared statements in a bare transaction, or
        None (nothing written) when anything about it is unusual and the full
        path must decide."""
        _code, _scanned, method = badge
        person = current_holder(connection, badge)
        if person is None:
            return None
        generation = person.badge_generation
        if person.requires_id_check:
            # Ask for the document only if there is something to check in.
            if LIVE_CHECKIN.first(connection, delegate_id=person.id) is None:
                return ActionResult(
                    Outcome.REFUSED, delegate=person, refusal=Refusal.ID_CHECK_NEEDED, at=now
                )
            return self._already(connection, event_id, person, desk, now)
        new = _INSERT.first(
            connection,
            delegate_id=person.id,
            at=now,
            desk=desk.name,
            operator=desk.operator,
            method=method,
            badge_generation=generation,
        )
        if new is None:
            return self._already(connection, event_id, person, desk, now)
        audit.append(
            connection,
            desk,
            "checkin",
            now,
            delegate_id=person.id,
            method=method.value,
            generation=generation,
            id_document=None,
        )
        log.info("desk=%s checked in delegate=%s (%s)", desk.name, person.id, method.value)
        return ActionResult(
            Outcome.DONE,
            delegate=person,
            previous=CheckInRecord(at=now, desk=desk.name, operator=desk.operator),
            at=now,
        )

    @staticmethod
    def _already(
        connection: Bare, event_id: int, person: DelegateSummary, desk: Desk, now: dt.datetime
    ) -> ActionResult:
        live = LIVE_CHECKIN.first(connection, delegate_id=person.id)
        if live is None:
            raise RuntimeError("check-in conflict without a live check-in")
        previous = CheckInRecord(at=utc(live[0]), desk=str(live[1]), operator=str(live[2]))
        log.info("desk=%s check-in already, delegate=%s", desk.name, person.id)
        return ActionResult(Outcome.ALREADY, delegate=person, previous=previous, at=now)

    @retry_contended
    def check_in_delegate(
        self,
        delegate_id: int,
        desk: Desk,
        id_check: IdCheck | None = None,
        at: dt.datetime | None = None,
    ) -> ActionResult:
        """Check in a delegate picked from the search list (``at``: when it
        happened, if not now, as for ``check_in``)."""
        with self._uow.write() as uow:
            now = at or self._clock()
            keys = self._keys.get(uow.db)
            found = identify_by_id(uow.db, delegate_id)
            if isinstance(found, Unidentified):
                return not_found(str(delegate_id), Action.CHECK_IN, now)
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
            rejected = Rejected(Refusal.CANCELLED, delegate=delegate)
            log.info("desk=%s check-in refused: cancelled, delegate=%s", desk.name, delegate.id)
            return refuse(db, desk, "checkin.refused", rejected, delegate.badge_code, now)
        existing = None
        if delegate.category.requires_id_check and id_check is None:
            # Ask for the document only if there is something to check in.
            existing = live_checkin(db, delegate.id)
        if existing is None and delegate.category.requires_id_check and id_check is None:
            return ActionResult(
                Outcome.REFUSED,
                delegate=summarise(delegate),
                refusal=Refusal.ID_CHECK_NEEDED,
                at=now,
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
            log.info("desk=%s check-in already, delegate=%s", desk.name, delegate.id)
            return ActionResult(
                Outcome.ALREADY, delegate=summarise(delegate), previous=_record(existing), at=now
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
        return ActionResult(Outcome.DONE, delegate=summarise(delegate), previous=record, at=now)

    @retry_contended
    def undo(self, text: str, desk: Desk) -> ActionResult:
        """Undo the live check-in of the delegate a code or payload names."""
        with self._uow.write() as uow:
            now = self._clock()
            keys = self._keys.get(uow.db)
            found = identify(uow.db, keys, text)
            if isinstance(found, Unidentified):
                return not_found(text, Action.UNDO, now)
            if isinstance(found, Rejected):
                # Undo is not a scan at the door: nothing to log, only to refuse.
                return ActionResult(
                    Outcome.REFUSED,
                    Action.UNDO,
                    refusal=found.refusal,
                    problem=found.problem,
                    at=now,
                )
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
                return not_found(str(delegate_id), Action.UNDO, now)
            result = self._undo(uow.db, keys.event_id, found, desk, now)
            uow.commit()
            return result

    def _undo(
        self, db: Session, event_id: int, found: Identified, desk: Desk, now: dt.datetime
    ) -> ActionResult:
        delegate = found.delegate
        existing = live_checkin(db, delegate.id)
        if existing is None:
            return ActionResult(Outcome.ALREADY, Action.UNDO, delegate=summarise(delegate), at=now)
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
        return ActionResult(
            Outcome.DONE,
            Action.UNDO,
            delegate=summarise(delegate),
            previous=_record(existing),
            at=now,
        )
