"""Who is this? Turning what a desk typed or scanned into a delegate or a refusal.

A scanned payload must verify (see ``codes``); a bare badge code typed by hand
is a lookup, trusted because a person read it off the badge or the list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

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
    message: str
    delegate: Delegate | None = None
    revocation: RevocationRecord | None = None


def local_time(event: Event, at: dt.datetime) -> dt.datetime:
    return at.astimezone(ZoneInfo(event.time_zone))


def describe_time(
    event: Event | int, at: dt.datetime, now: dt.datetime, db: Session | None = None
) -> str:
    """ "09:14" today, "27 Nov 09:14" on another day, in the event's time zone.

    ``event`` may be an event id, looked up in ``db``."""
    if isinstance(event, int):
        assert db is not None
        loaded = db.get(Event, event)
        assert loaded is not None
        event = loaded
    return describe_local_time(event.time_zone, at, now)


def describe_local_time(zone: str, at: dt.datetime, now: dt.datetime) -> str:
    """``describe_time`` in the given IANA time zone."""
    local, today = at.astimezone(ZoneInfo(zone)), now.astimezone(ZoneInfo(zone))
    if local.date() == today.date():
        return local.strftime("%H:%M")
    return f"{local.day} {local.strftime('%b %H:%M')}"


def _revocation(db: Session, delegate: Delegate, generation: int) -> RevocationRecord | None:
    superseded_by = db.execute(
        select(BadgeIssue).where(
            BadgeIssue.delegate_id == delegate.id, BadgeIssue.generation == generation + 1
        )
    ).scalar_one_or_none()
    if superseded_by is None:
        return None
    return RevocationRecord(at=superseded_by.at, reason=superseded_by.reason)


def identify(
    db: Session, keys: EventKeys, text: str, now: dt.datetime
) -> Identified | Unidentified | Rejected:
    if codes.is_scan(text):
        checked = codes.verify(keys.verifier, text)
        if isinstance(checked, codes.ScanRefusal):
            if checked.problem is codes.ScanProblem.OTHER_EVENT:
                return Rejected(Refusal.OTHER_EVENT, "code not valid: a badge of another event")
            if checked.problem is codes.ScanProblem.BAD_SIGNATURE:
                return Rejected(Refusal.FORGED, "code not valid: the signature does not match")
            if checked.problem is codes.ScanProblem.RETIRED:
                return Rejected(
                    Refusal.FORGED, "code not valid: signed with a retired key; reprint the badge"
                )
            return Rejected(Refusal.FORGED, "code not valid: not a meetingdesk badge code")
        delegate = db.execute(
            select(Delegate).where(Delegate.badge_code == checked.code)
        ).scalar_one_or_none()
        if delegate is None:
            return Unidentified(text)
        if checked.generation < delegate.badge_generation:
            revocation = _revocation(db, delegate, checked.generation)
            when = (
                f": reprinted at {describe_time(keys.event_id, revocation.at, now, db)},"
                f" {revocation.reason}"
                if revocation
                else ""
            )
            return Rejected(
                Refusal.REVOKED, f"badge revoked{when}", delegate=delegate, revocation=revocation
            )
        if checked.generation > delegate.badge_generation:
            return Rejected(Refusal.FORGED, "code not valid: this badge was never issued")
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
