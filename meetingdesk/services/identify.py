"""Who is this? Turning what a desk typed or scanned into a delegate or a refusal.

A scanned payload must verify (see ``codes``); a bare badge code typed by hand
is a lookup, trusted because a person read it off the badge or the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.domain.errors import NoEvent
from meetingdesk.domain.model import (
    BadgeIssue,
    Delegate,
    EntryMethod,
    Event,
    RegistrationStatus,
)
from meetingdesk.domain.values import (
    CodeProblem,
    DelegateSummary,
    Refusal,
    RevocationRecord,
)
from meetingdesk.services import codes


def the_event(db: Session) -> Event:
    event = db.execute(select(Event).order_by(Event.id).limit(1)).scalar_one_or_none()
    if event is None:
        raise NoEvent("this database holds no event yet: create one with 'meetingdesk new-event'")
    return event


def summarise(delegate: Delegate) -> DelegateSummary:
    return DelegateSummary(
        id=delegate.id,
        badge_code=delegate.badge_code,
        badge_generation=delegate.badge_generation,
        honorific=delegate.honorific,
        given_name=delegate.given_name,
        family_name=delegate.family_name,
        badge_name=delegate.badge_name,
        native_name=delegate.native_name,
        function=delegate.function,
        delegation=delegate.delegation.name,
        category_code=delegate.category.code,
        category_label=delegate.category.label,
        category_colour=delegate.category.colour,
        head_of_delegation=delegate.head_of_delegation,
        cancelled=delegate.status is RegistrationStatus.CANCELLED,
        requires_id_check=delegate.category.requires_id_check,
        has_photo=delegate.has_photo,
    )


@dataclass(frozen=True, slots=True)
class EventKeys:
    """What verifying a badge needs: the event and its public verifier."""

    event_id: int
    verifier: codes.Verifier


class EventKeysCache:
    """Loads the event's verifying keys once per service (a check-in that does not
    read them is a statement shorter). They change only when the organisers
    replace a pre-0.2 secret with a key pair, which restarts the desks."""

    def __init__(self) -> None:
        self._keys: EventKeys | None = None

    @property
    def loaded(self) -> EventKeys | None:
        """The keys if a call to ``get`` loaded them already."""
        return self._keys

    def get(self, db: Session) -> EventKeys:
        if self._keys is None:
            event = the_event(db)
            self._keys = EventKeys(
                event.id, codes.Verifier(event.code_tag, event.public_key, event.signing_key)
            )
        return self._keys


@dataclass(frozen=True, slots=True)
class Identified:
    delegate: Delegate
    method: EntryMethod
    scanned_generation: int | None  # None for a typed code


@dataclass(frozen=True, slots=True)
class Unidentified:
    """Nothing matched (a typed code that does not exist)."""

    text: str


@dataclass(frozen=True, slots=True)
class Rejected:
    refusal: Refusal
    problem: CodeProblem | None = None  # why a code is not valid
    delegate: Delegate | None = None
    revocation: RevocationRecord | None = None


def _revocation(db: Session, delegate: Delegate, generation: int) -> RevocationRecord | None:
    superseded_by = db.execute(
        select(BadgeIssue).where(
            BadgeIssue.delegate_id == delegate.id, BadgeIssue.generation == generation + 1
        )
    ).scalar_one_or_none()
    if superseded_by is None:
        return None
    return RevocationRecord(at=superseded_by.at, reason=superseded_by.reason)


def identify(db: Session, keys: EventKeys, text: str) -> Identified | Unidentified | Rejected:
    if codes.is_scan(text):
        checked = codes.verify(keys.verifier, text)
        if isinstance(checked, codes.ScanRefusal):
            if checked.problem is codes.ScanProblem.OTHER_EVENT:
                return Rejected(Refusal.OTHER_EVENT, CodeProblem.OTHER_EVENT)
            if checked.problem is codes.ScanProblem.BAD_SIGNATURE:
                return Rejected(Refusal.FORGED, CodeProblem.BAD_SIGNATURE)
            if checked.problem is codes.ScanProblem.RETIRED:
                return Rejected(Refusal.FORGED, CodeProblem.RETIRED_KEY)
            return Rejected(Refusal.FORGED, CodeProblem.MALFORMED)
        delegate = db.execute(
            select(Delegate).where(Delegate.badge_code == checked.code)
        ).scalar_one_or_none()
        if delegate is None:
            return Unidentified(text)
        if checked.generation < delegate.badge_generation:
            revocation = _revocation(db, delegate, checked.generation)
            return Rejected(Refusal.REVOKED, delegate=delegate, revocation=revocation)
        if checked.generation > delegate.badge_generation:
            return Rejected(Refusal.FORGED, CodeProblem.NEVER_ISSUED)
        return Identified(delegate, EntryMethod.SCAN, checked.generation)
    if codes.looks_like_code(text):
        delegate = db.execute(
            select(Delegate).where(Delegate.badge_code == codes.normalise_code(text))
        ).scalar_one_or_none()
        if delegate is not None:
            return Identified(delegate, EntryMethod.MANUAL, None)
    return Unidentified(text)


def identify_by_id(db: Session, delegate_id: int) -> Identified | Unidentified:
    """A delegate chosen from the search list by the person at the desk."""
    delegate = db.get(Delegate, delegate_id)
    if delegate is None:
        return Unidentified(str(delegate_id))
    return Identified(delegate, EntryMethod.MANUAL, None)
