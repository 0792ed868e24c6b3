"""Setting up a meeting: the event, its sessions, categories and delegations.

Every change goes through one path, ``SetupService.save``: the set-up window
saves all its tables at once, the command line one row at a time, and both get
the same checks. A save is one transaction: a mistake on row 3 of any table
saves nothing and says which table, row and field (``SetupError``). Rows the
person did not touch write nothing and no audit entry; a row another desk
changed since it was loaded is a conflict, never silently overwritten. A row is
removed only when nothing refers to it; otherwise the error says who uses it.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.badges.texts import badge_languages, default_texts
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain import names
from meetingdesk.domain.errors import ValidationError
from meetingdesk.domain.model import (
    Attendance,
    Category,
    Delegate,
    Delegation,
    DelegationKind,
    Event,
    MeetingSession,
)
from meetingdesk.domain.values import Desk
from meetingdesk.services import audit, codes
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import the_event
from meetingdesk.services.keys import KeyRing, check_passphrase, generate, unseal
from meetingdesk.services.reference import countries, preset
from meetingdesk.services.search import index_delegate

log = logging.getLogger("meetingdesk.setup")

COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,15}$")
# Who an event set-up change is logged for when no desk is named (scripts, tests).
SETUP = Desk("Set-up", "organiser")
LIMITS = {
    "title": 300,
    "venue": 200,
    "city": 100,
    "organiser": 200,
    "room": 120,
    "label": 120,
    "badge_label": 120,
    "name": 200,
    "name_en": 200,
    "name_fr": 200,
}


class Section(enum.Enum):
    EVENT = "event"
    SESSIONS = "sessions"
    CATEGORIES = "categories"
    DELEGATIONS = "delegations"


class Problem(enum.Enum):
    REQUIRED = "required"
    TOO_LONG = "too_long"  # limit
    BAD_CODE = "bad_code"  # value
    BAD_COLOUR = "bad_colour"  # value
    BAD_COUNTRY = "bad_country"  # value
    BAD_TIME_ZONE = "bad_time_zone"  # value
    BAD_BADGE_LANGUAGE = "bad_badge_language"  # value, known
    DATES_OUT_OF_ORDER = "dates_out_of_order"
    ENDS_BEFORE_START = "ends_before_start"
    OUTSIDE_EVENT = "outside_event"  # first, last
    OVERLAPS = "overlaps"  # other (title), other_row, start, end
    DUPLICATE = "duplicate"  # value, other_row
    IN_USE = "in_use"  # count, names
    ATTENDED = "attended"  # count
    CHANGED_ELSEWHERE = "changed_elsewhere"
    NOT_FOUND = "not_found"  # value
    EVENT_EXISTS = "event_exists"


def describe(problem: Problem, params: dict[str, Any]) -> str:
    """English, for the command line and the log; windows compose their own words."""
    p = params
    if problem is Problem.OVERLAPS:
        where = f" (row {p['other_row']})" if p.get("other_row") else ""
        return f"overlaps {p['other']!r}{where}, {p['start']}–{p['end']} in the same room"
    if problem is Problem.DUPLICATE:
        where = f" on row {p['other_row']}" if p.get("other_row") else " already"
        return f"{p['value']!r} exists{where}"
    if problem is Problem.IN_USE:
        who = ", ".join(p["names"]) + (", ..." if p["count"] > len(p["names"]) else "")
        return f"used by {p['count']} delegate(s) ({who}): move them first"
    return {
        Problem.REQUIRED: "is required",
        Problem.TOO_LONG: f"longer than {p.get('limit')} characters",
        Problem.BAD_CODE: f"{p.get('value')!r} is not a code: letters and digits, up to 16",
        Problem.BAD_COLOUR: f"{p.get('value')!r} is not a colour like #1F4E9A",
        Problem.BAD_COUNTRY: f"{p.get('value')!r} is not an ISO 3166 country code",
        Problem.BAD_TIME_ZONE: f"unknown time zone {p.get('value')!r}",
        Problem.BAD_BADGE_LANGUAGE: f"no badge texts in {p.get('value')!r}:"
        f" one of {p.get('known')}",
        Problem.DATES_OUT_OF_ORDER: "the event ends before it starts",
        Problem.ENDS_BEFORE_START: "the session ends before it starts",
        Problem.OUTSIDE_EVENT: f"the day is outside the event ({p.get('first')}"
        f" to {p.get('last')})",
        Problem.ATTENDED: f"{p.get('count')} attendance(s) recorded: it cannot be removed",
        Problem.CHANGED_ELSEWHERE: "changed at another desk since it was opened:"
        " close and open the set-up again",
        Problem.NOT_FOUND: f"{p.get('value')!r} does not exist",
        Problem.EVENT_EXISTS: "this database already holds an event",
    }[problem]


class SetupError(ValidationError):
    """A set-up change that cannot be saved: where (table, row, field) and why.
    Nothing of the save was written."""

    def __init__(
        self,
        section: Section,
        row: int | None,
        field: str,
        problem: Problem,
        **params: Any,
    ) -> None:
        super().__init__(field, describe(problem, params))
        self.section = section
        self.row = row  # 1-based, in the order the rows were given; None: not a row
        self.problem = problem
        self.params = params


@dataclass(frozen=True, slots=True)
class EventDetails:
    title: str
    venue: str
    city: str
    organiser: str
    start_date: dt.date
    end_date: dt.date
    time_zone: str
    attendance_requires_checkin: bool = False
    badge_language: str = "en"
    # The fixed texts printed on badges; None: the badge language's defaults
    # (kept as they are when the language does not change).
    badge_texts: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class SessionValues:
    """A session as people write it: a day and times in the event's time zone."""

    title: str
    room: str
    day: dt.date
    start: dt.time
    end: dt.time


@dataclass(frozen=True, slots=True)
class CategoryValues:
    code: str
    label: str
    colour: str
    requires_id_check: bool = False
    badge_label: str = ""  # "": the label


@dataclass(frozen=True, slots=True)
class DelegationValues:
    name: str
    kind: DelegationKind
    country_code: str = ""
    name_en: str = ""  # English protocol name ("": the name)
    name_fr: str = ""  # French protocol name ("": the name)


V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Row(Generic[V]):
    """One row of a set-up table: ``id`` None for a new row; ``original`` what was
    loaded (None: compare with nothing, always write)."""

    id: int | None
    values: V
    original: V | None = None

    @property
    def touched(self) -> bool:
        return self.id is None or self.original is None or self.values != self.original


@dataclass(frozen=True)
class SetupChanges:
    event: EventDetails | None = None
    event_original: EventDetails | None = None
    sessions: Sequence[Row[SessionValues]] = ()
    categories: Sequence[Row[CategoryValues]] = ()
    delegations: Sequence[Row[DelegationValues]] = ()
    remove_sessions: Sequence[int] = ()
    remove_categories: Sequence[int] = ()
    remove_delegations: Sequence[int] = ()


@dataclass(frozen=True)
class SetupSnapshot:
    """The event's set-up as stored, each row with itself as its original."""

    event: EventDetails
    sessions: list[Row[SessionValues]]
    categories: list[Row[CategoryValues]]
    delegations: list[Row[DelegationValues]]


@dataclass
class SetupReport:
    added: dict[Section, list[int]] = field(default_factory=dict)
    changed: dict[Section, list[int]] = field(default_factory=dict)
    removed: dict[Section, list[int]] = field(default_factory=dict)

    def note(self, kind: dict[Section, list[int]], section: Section, row_id: int) -> None:
        kind.setdefault(section, []).append(row_id)

    @property
    def nothing(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _check_length(section: Section, row: int | None, name: str, value: str) -> None:
    limit = LIMITS.get(name)
    if limit is not None and len(value) > limit:
        raise SetupError(section, row, name, Problem.TOO_LONG, limit=limit)


def _details_values(event: Event) -> EventDetails:
    return EventDetails(
        title=event.title,
        venue=event.venue,
        city=event.city,
        organiser=event.organiser,
        start_date=event.start_date,
        end_date=event.end_date,
        time_zone=event.time_zone,
        attendance_requires_checkin=event.attendance_requires_checkin,
        badge_language=event.badge_language,
        badge_texts=dict(event.badge_texts) if event.badge_texts else None,
    )


def check_event(details: EventDetails) -> EventDetails:
    """Trimmed details, or SetupError naming the field."""
    cleaned = EventDetails(
        title=_clean(details.title),
        venue=_clean(details.venue),
        city=_clean(details.city),
        organiser=_clean(details.organiser),
        start_date=details.start_date,
        end_date=details.end_date,
        time_zone=details.time_zone.strip(),
        attendance_requires_checkin=details.attendance_requires_checkin,
        badge_language=details.badge_language,
        badge_texts=details.badge_texts,
    )
    for name in ("title", "venue"):
        if not getattr(cleaned, name):
            raise SetupError(Section.EVENT, None, name, Problem.REQUIRED)
    for name in ("title", "venue", "city", "organiser"):
        _check_length(Section.EVENT, None, name, getattr(cleaned, name))
    if cleaned.end_date < cleaned.start_date:
        raise SetupError(Section.EVENT, None, "end_date", Problem.DATES_OUT_OF_ORDER)
    try:
        ZoneInfo(cleaned.time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SetupError(
            Section.EVENT, None, "time_zone", Problem.BAD_TIME_ZONE, value=cleaned.time_zone
        ) from exc
    if cleaned.badge_language not in badge_languages():
        raise SetupError(
            Section.EVENT,
            None,
            "badge_language",
            Problem.BAD_BADGE_LANGUAGE,
            value=cleaned.badge_language,
            known=", ".join(badge_languages()),
        )
    for key, value in (cleaned.badge_texts or {}).items():
        if key == "months":
            if not (isinstance(value, list) and len(value) == 12 and all(value)):
                raise SetupError(Section.EVENT, None, "badge_texts.months", Problem.REQUIRED)
        elif key in ("head_of_delegation", "reprint") and not str(value).strip():
            raise SetupError(Section.EVENT, None, f"badge_texts.{key}", Problem.REQUIRED)
    return cleaned


def badge_texts_of(details: EventDetails) -> dict[str, Any]:
    texts = default_texts(details.badge_language)
    texts.update(details.badge_texts or {})
    return texts


def _check_session(row: int, values: SessionValues, first: dt.date, last: dt.date) -> None:
    if not values.title:
        raise SetupError(Section.SESSIONS, row, "title", Problem.REQUIRED)
    _check_length(Section.SESSIONS, row, "title", values.title)
    _check_length(Section.SESSIONS, row, "room", values.room)
    if values.end <= values.start:
        raise SetupError(Section.SESSIONS, row, "end", Problem.ENDS_BEFORE_START)
    if not first <= values.day <= last:
        raise SetupError(
            Section.SESSIONS,
            row,
            "day",
            Problem.OUTSIDE_EVENT,
            first=first.isoformat(),
            last=last.isoformat(),
        )


def _check_category(row: int, values: CategoryValues) -> CategoryValues:
    cleaned = CategoryValues(
        code=values.code.strip().upper(),
        label=_clean(values.label),
        colour=values.colour.strip().upper(),
        requires_id_check=values.requires_id_check,
        badge_label=_clean(values.badge_label),
    )
    if not cleaned.code:
        raise SetupError(Section.CATEGORIES, row, "code", Problem.REQUIRED)
    if not CODE.match(cleaned.code):
        raise SetupError(Section.CATEGORIES, row, "code", Problem.BAD_CODE, value=values.code)
    if not cleaned.label:
        raise SetupError(Section.CATEGORIES, row, "label", Problem.REQUIRED)
    _check_length(Section.CATEGORIES, row, "label", cleaned.label)
    _check_length(Section.CATEGORIES, row, "badge_label", cleaned.badge_label)
    if not COLOUR.match(cleaned.colour):
        raise SetupError(Section.CATEGORIES, row, "colour", Problem.BAD_COLOUR, value=values.colour)
    return cleaned


def _check_delegation(row: int, values: DelegationValues) -> DelegationValues:
    cleaned = DelegationValues(
        name=_clean(values.name),
        kind=values.kind,
        country_code=values.country_code.strip().upper(),
        name_en=_clean(values.name_en),
        name_fr=_clean(values.name_fr),
    )
    if not cleaned.name:
        raise SetupError(Section.DELEGATIONS, row, "name", Problem.REQUIRED)
    for name in ("name", "name_en", "name_fr"):
        _check_length(Section.DELEGATIONS, row, name, getattr(cleaned, name))
    if cleaned.country_code and cleaned.country_code not in countries():
        raise SetupError(
            Section.DELEGATIONS, row, "country_code", Problem.BAD_COUNTRY, value=values.country_code
        )
    return cleaned


def _category_values(category: Category) -> CategoryValues:
    return CategoryValues(
        category.code,
        category.label,
        category.colour,
        category.requires_id_check,
        category.badge_label or "",
    )


def _delegation_values(delegation: Delegation) -> DelegationValues:
    return DelegationValues(
        delegation.name,
        delegation.kind,
        delegation.country_code or "",
        delegation.name_en or "",
        delegation.name_fr or "",
    )


def _session_values(session: MeetingSession, zone: ZoneInfo) -> SessionValues:
    start, end = session.starts_at.astimezone(zone), session.ends_at.astimezone(zone)
    return SessionValues(session.title, session.room, start.date(), start.time(), end.time())


def _changed_fields(before: Any, after: Any) -> list[str]:
    return [f.name for f in fields(before) if getattr(before, f.name) != getattr(after, f.name)]


def _users(db: Session, condition: Any) -> tuple[int, tuple[str, ...]]:
    counted = select(func.count()).select_from(Delegate).where(condition)
    count = int(db.execute(counted).scalar_one())
    shown = tuple(
        db.execute(
            select(Delegate.badge_name).where(condition).order_by(Delegate.sort_name).limit(3)
        ).scalars()
    )
    return count, shown


class SetupService:
    def __init__(
        self, uow: UnitOfWorkFactory, clock: Clock = system_clock, keys: KeyRing | None = None
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._keys = keys or KeyRing(uow)

    # --- reading ----------------------------------------------------------------------

    def event(self) -> Event:
        with self._uow.read() as uow:
            event = the_event(uow.db)
            uow.db.expunge(event)
            return event

    def has_event(self) -> bool:
        with self._uow.read() as uow:
            return uow.db.execute(select(Event.id).limit(1)).first() is not None

    def snapshot(self) -> SetupSnapshot:
        with self._uow.read() as uow:
            db = uow.db
            event = the_event(db)
            zone = ZoneInfo(event.time_zone)
            sessions = [
                Row(s.id, v, v)
                for s in db.execute(
                    select(MeetingSession).order_by(MeetingSession.starts_at, MeetingSession.id)
                ).scalars()
                for v in (_session_values(s, zone),)
            ]
            categories = [
                Row(c.id, v, v)
                for c in db.execute(
                    select(Category).order_by(Category.sort_order, Category.code)
                ).scalars()
                for v in (_category_values(c),)
            ]
            delegations = [
                Row(d.id, v, v)
                for d in db.execute(
                    select(Delegation).order_by(Delegation.protocol_key, Delegation.id)
                ).scalars()
                for v in (_delegation_values(d),)
            ]
            return SetupSnapshot(_details_values(event), sessions, categories, delegations)

    def users(self, section: Section, row_id: int) -> tuple[int, tuple[str, ...]]:
        """Who refers to a row, so that removing it would lose data: delegates in a
        category or delegation (count, up to three names), attendances of a session
        (count, no names)."""
        with self._uow.read() as uow:
            db = uow.db
            if section is Section.CATEGORIES:
                return _users(db, Delegate.category_id == row_id)
            if section is Section.DELEGATIONS:
                return _users(db, Delegate.delegation_id == row_id)
            counted = select(func.count()).where(Attendance.session_id == row_id)
            return int(db.execute(counted).scalar_one()), ()

    # --- creating ---------------------------------------------------------------------

    def create_event(
        self,
        details: EventDetails,
        desk: Desk = SETUP,
        *,
        passphrase: str,
        preset_name: str | None = None,
        rng: random.Random | None = None,
    ) -> int:
        """Create the event with a fresh key pair, its private half sealed with
        ``passphrase`` (and unlocked on this machine, which made it), and, with a
        preset, its usual categories and delegations, in one transaction.
        ``rng``: only the event's public tag (for reproducible demo data)."""
        details = check_event(details)
        check_passphrase(passphrase)
        chosen = preset(preset_name) if preset_name else None
        pair = generate(passphrase)
        with self._uow.write() as uow:
            db = uow.db
            if db.execute(select(Event.id)).first() is not None:
                raise SetupError(Section.EVENT, None, "event", Problem.EVENT_EXISTS)
            event = Event(
                title=details.title,
                venue=details.venue,
                city=details.city,
                organiser=details.organiser,
                start_date=details.start_date,
                end_date=details.end_date,
                time_zone=details.time_zone,
                code_tag=codes.new_code(rng, codes.TAG_LENGTH),
                public_key=pair.public_key,
                sealed_key=pair.sealed_key,
                attendance_requires_checkin=details.attendance_requires_checkin,
                badge_language=details.badge_language,
                badge_texts=badge_texts_of(details),
                search_keys_version=names.KEYS_VERSION,
            )
            db.add(event)
            if chosen is not None:
                for order, category in enumerate(chosen.categories):
                    db.add(
                        Category(
                            code=category.code,
                            label=category.label,
                            colour=category.colour,
                            sort_order=order,
                            requires_id_check=category.requires_id_check,
                            badge_label=category.badge_labels.get(details.badge_language),
                        )
                    )
                for delegation in chosen.delegations:
                    db.add(
                        Delegation(
                            name=delegation.name,
                            kind=delegation.kind,
                            country_code=delegation.country_code,
                            name_en=delegation.name_en,
                            name_fr=delegation.name_fr,
                            protocol_key=names.sort_key(delegation.name_en or delegation.name),
                        )
                    )
            db.flush()
            audit.append(
                db,
                desk,
                "event.created",
                self._clock(),
                event=event.id,
                preset=preset_name,
                categories=len(chosen.categories) if chosen else 0,
                delegations=len(chosen.delegations) if chosen else 0,
            )
            uow.commit()
            self._keys.adopt(event.code_tag, unseal(pair.sealed_key, passphrase))
            log.info("desk=%s created event %s (preset %s)", desk.name, event.id, preset_name)
            return event.id

    def create_keys(self, passphrase: str, desk: Desk = SETUP) -> bytes:
        """Give a pre-0.2 event a key pair in place of its HMAC secret (every badge
        printed with the secret is refused from now on); return the public key."""
        from meetingdesk.services.keys import fingerprint

        check_passphrase(passphrase)
        pair = generate(passphrase)
        with self._uow.write() as uow:
            event = the_event(uow.db)
            if event.public_key is not None:
                raise SetupError(Section.EVENT, None, "keys", Problem.EVENT_EXISTS)
            event.public_key, event.sealed_key = pair.public_key, pair.sealed_key
            event.signing_key = None
            audit.append(
                uow.db,
                desk,
                "keys.created",
                self._clock(),
                fingerprint=fingerprint(pair.public_key),
            )
            uow.commit()
            self._keys.adopt(event.code_tag, unseal(pair.sealed_key, passphrase))
        log.info("desk=%s replaced the event's badge secret with a key pair", desk.name)
        return pair.public_key

    # --- saving -------------------------------------------------------------------------

    def save(self, changes: SetupChanges, desk: Desk = SETUP) -> SetupReport:
        """Save every change at once, or nothing (see the module's docstring)."""
        report = SetupReport()
        with self._uow.write() as uow:
            db = uow.db
            now = self._clock()
            event = the_event(db)
            if changes.event is not None:
                self._save_event(db, event, changes, desk, now, report)
            zone = ZoneInfo(event.time_zone)
            self._remove(db, changes, desk, now, report)
            self._save_categories(db, changes.categories, desk, now, report)
            self._save_delegations(db, changes.delegations, desk, now, report)
            self._save_sessions(db, event, zone, changes.sessions, desk, now, report)
            uow.commit()
        if not report.nothing:
            log.info(
                "desk=%s saved the set-up: %d added, %d changed, %d removed",
                desk.name,
                sum(map(len, report.added.values())),
                sum(map(len, report.changed.values())),
                sum(map(len, report.removed.values())),
            )
        return report

    def _save_event(
        self,
        db: Session,
        event: Event,
        changes: SetupChanges,
        desk: Desk,
        now: dt.datetime,
        report: SetupReport,
    ) -> None:
        assert changes.event is not None
        if changes.event_original is not None and changes.event == changes.event_original:
            return
        details = check_event(changes.event)
        stored = _details_values(event)
        if changes.event_original is not None and stored != changes.event_original:
            raise SetupError(Section.EVENT, None, "event", Problem.CHANGED_ELSEWHERE)
        language_changed = details.badge_language != event.badge_language
        texts: dict[str, Any] | None = event.badge_texts
        if details.badge_texts is not None or language_changed:
            texts = badge_texts_of(details)
        details = replace(details, badge_texts=texts)
        changed = _changed_fields(stored, details)
        if not changed:
            return
        for name in changed:
            setattr(event, name, getattr(details, name))
        audit.append(db, desk, "event.edited", now, event=event.id, fields=changed)
        report.note(report.changed, Section.EVENT, event.id)

    def _remove(
        self, db: Session, changes: SetupChanges, desk: Desk, now: dt.datetime, report: SetupReport
    ) -> None:
        for session_id in changes.remove_sessions:
            session = db.get(MeetingSession, session_id)
            if session is None:
                continue  # removed elsewhere already: what was wanted
            attended = int(
                db.execute(
                    select(func.count()).where(Attendance.session_id == session_id)
                ).scalar_one()
            )
            if attended:
                raise SetupError(
                    Section.SESSIONS, None, session.title, Problem.ATTENDED, count=attended
                )
            db.delete(session)
            audit.append(db, desk, "session.removed", now, session=session_id)
            report.note(report.removed, Section.SESSIONS, session_id)
        for category_id in changes.remove_categories:
            category = db.get(Category, category_id)
            if category is None:
                continue
            count, shown = _users(db, Delegate.category_id == category_id)
            if count:
                raise SetupError(
                    Section.CATEGORIES,
                    None,
                    category.code,
                    Problem.IN_USE,
                    count=count,
                    names=shown,
                )
            db.delete(category)
            audit.append(db, desk, "category.removed", now, category=category.code)
            report.note(report.removed, Section.CATEGORIES, category_id)
        for delegation_id in changes.remove_delegations:
            delegation = db.get(Delegation, delegation_id)
            if delegation is None:
                continue
            count, shown = _users(db, Delegate.delegation_id == delegation_id)
            if count:
                raise SetupError(
                    Section.DELEGATIONS,
                    None,
                    delegation.name,
                    Problem.IN_USE,
                    count=count,
                    names=shown,
                )
            db.delete(delegation)
            audit.append(db, desk, "delegation.removed", now, delegation=delegation_id)
            report.note(report.removed, Section.DELEGATIONS, delegation_id)
        db.flush()

    def _save_categories(
        self,
        db: Session,
        rows: Sequence[Row[CategoryValues]],
        desk: Desk,
        now: dt.datetime,
        report: SetupReport,
    ) -> None:
        stored = {c.id: c for c in db.execute(select(Category)).scalars()}
        cleaned = [_check_category(i + 1, row.values) for i, row in enumerate(rows)]
        given_ids = {row.id for row in rows if row.id is not None}
        taken: dict[str, int | None] = {
            c.code: None for i, c in stored.items() if i not in given_ids
        }
        for number, values in enumerate(cleaned, start=1):
            if values.code in taken:
                raise SetupError(
                    Section.CATEGORIES,
                    number,
                    "code",
                    Problem.DUPLICATE,
                    value=values.code,
                    other_row=taken[values.code],
                )
            taken[values.code] = number
        next_order = max((c.sort_order for c in stored.values()), default=-1) + 1
        for number, (row, values) in enumerate(zip(rows, cleaned, strict=True), start=1):
            if not row.touched:
                continue
            if row.id is None:
                category = Category(
                    code=values.code,
                    label=values.label,
                    colour=values.colour,
                    requires_id_check=values.requires_id_check,
                    badge_label=values.badge_label or None,
                    sort_order=next_order,
                )
                next_order += 1
                db.add(category)
                db.flush()
                audit.append(db, desk, "category.added", now, category=category.code)
                report.note(report.added, Section.CATEGORIES, category.id)
                continue
            existing = stored.get(row.id)
            if existing is None:
                raise SetupError(
                    Section.CATEGORIES, number, "code", Problem.NOT_FOUND, value=values.code
                )
            current = _category_values(existing)
            if row.original is not None and current != row.original:
                raise SetupError(Section.CATEGORIES, number, "code", Problem.CHANGED_ELSEWHERE)
            changed = _changed_fields(current, values)
            if not changed:
                continue
            existing.code, existing.label, existing.colour = (
                values.code,
                values.label,
                values.colour,
            )
            existing.requires_id_check = values.requires_id_check
            existing.badge_label = values.badge_label or None
            audit.append(db, desk, "category.edited", now, category=existing.code, fields=changed)
            report.note(report.changed, Section.CATEGORIES, existing.id)
        db.flush()

    def _save_delegations(
        self,
        db: Session,
        rows: Sequence[Row[DelegationValues]],
        desk: Desk,
        now: dt.datetime,
        report: SetupReport,
    ) -> None:
        stored = {d.id: d for d in db.execute(select(Delegation)).scalars()}
        cleaned = [_check_delegation(i + 1, row.values) for i, row in enumerate(rows)]
        given_ids = {row.id for row in rows if row.id is not None}
        taken: dict[str, int | None] = {
            d.name.casefold(): None for i, d in stored.items() if i not in given_ids
        }
        for number, values in enumerate(cleaned, start=1):
            key = values.name.casefold()
            if key in taken:
                raise SetupError(
                    Section.DELEGATIONS,
                    number,
                    "name",
                    Problem.DUPLICATE,
                    value=values.name,
                    other_row=taken[key],
                )
            taken[key] = number
        for number, (row, values) in enumerate(zip(rows, cleaned, strict=True), start=1):
            if not row.touched:
                continue
            protocol_key = names.sort_key(values.name_en or values.name)[:200]
            if row.id is None:
                delegation = Delegation(
                    name=values.name,
                    kind=values.kind,
                    country_code=values.country_code or None,
                    name_en=values.name_en or None,
                    name_fr=values.name_fr or None,
                    protocol_key=protocol_key,
                )
                db.add(delegation)
                db.flush()
                audit.append(db, desk, "delegation.added", now, delegation=delegation.id)
                report.note(report.added, Section.DELEGATIONS, delegation.id)
                continue
            existing = stored.get(row.id)
            if existing is None:
                raise SetupError(
                    Section.DELEGATIONS, number, "name", Problem.NOT_FOUND, value=values.name
                )
            current = _delegation_values(existing)
            if row.original is not None and current != row.original:
                raise SetupError(Section.DELEGATIONS, number, "name", Problem.CHANGED_ELSEWHERE)
            changed = _changed_fields(current, values)
            if not changed:
                continue
            renamed = existing.name != values.name
            existing.name, existing.kind = values.name, values.kind
            existing.country_code = values.country_code or None
            existing.name_en, existing.name_fr = values.name_en or None, values.name_fr or None
            existing.protocol_key = protocol_key
            db.flush()
            if renamed:  # its members are found by the delegation's name
                for delegate in db.execute(
                    select(Delegate).where(Delegate.delegation_id == existing.id)
                ).scalars():
                    index_delegate(db, delegate, existing.name)
            audit.append(db, desk, "delegation.edited", now, delegation=existing.id, fields=changed)
            report.note(report.changed, Section.DELEGATIONS, existing.id)
        db.flush()

    def _save_sessions(
        self,
        db: Session,
        event: Event,
        zone: ZoneInfo,
        rows: Sequence[Row[SessionValues]],
        desk: Desk,
        now: dt.datetime,
        report: SetupReport,
    ) -> None:
        stored = {s.id: s for s in db.execute(select(MeetingSession)).scalars()}
        cleaned = [
            SessionValues(_clean(r.values.title), _clean(r.values.room), *_when(r.values))
            for r in rows
        ]
        for number, values in enumerate(cleaned, start=1):
            _check_session(number, values, event.start_date, event.end_date)
        given_ids = {row.id for row in rows if row.id is not None}
        others = [(None, _session_values(s, zone)) for i, s in stored.items() if i not in given_ids]
        final = others + list(enumerate(cleaned, start=1))
        for number, (row, values) in enumerate(zip(rows, cleaned, strict=True), start=1):
            if not row.touched:
                continue  # what was saved before was checked then
            for other_row, other in final:
                if other_row == number or other.day != values.day:
                    continue
                if other.room.casefold() != values.room.casefold():
                    continue
                if values.start < other.end and other.start < values.end:
                    raise SetupError(
                        Section.SESSIONS,
                        number,
                        "start",
                        Problem.OVERLAPS,
                        other=other.title,
                        other_row=other_row,
                        start=other.start.strftime("%H:%M"),
                        end=other.end.strftime("%H:%M"),
                    )
        for number, (row, values) in enumerate(zip(rows, cleaned, strict=True), start=1):
            if not row.touched:
                continue
            starts = dt.datetime.combine(values.day, values.start, zone)
            ends = dt.datetime.combine(values.day, values.end, zone)
            if row.id is None:
                session = MeetingSession(
                    event_id=event.id,
                    title=values.title,
                    room=values.room,
                    starts_at=starts,
                    ends_at=ends,
                )
                db.add(session)
                db.flush()
                audit.append(db, desk, "session.added", now, session=session.id)
                report.note(report.added, Section.SESSIONS, session.id)
                continue
            existing = stored.get(row.id)
            if existing is None:
                raise SetupError(
                    Section.SESSIONS, number, "title", Problem.NOT_FOUND, value=values.title
                )
            current = _session_values(existing, zone)
            if row.original is not None and current != row.original:
                raise SetupError(Section.SESSIONS, number, "title", Problem.CHANGED_ELSEWHERE)
            changed = _changed_fields(current, values)
            if not changed:
                continue
            existing.title, existing.room = values.title, values.room
            existing.starts_at, existing.ends_at = starts, ends
            audit.append(db, desk, "session.edited", now, session=existing.id, fields=changed)
            report.note(report.changed, Section.SESSIONS, existing.id)
        db.flush()

    # --- one row at a time (scripts, the command line, tests) ------------------------------

    def update_event(self, details: EventDetails, desk: Desk = SETUP) -> SetupReport:
        return self.save(SetupChanges(event=details), desk)

    def add_category(
        self,
        code: str,
        label: str,
        colour: str,
        requires_id_check: bool = False,
        badge_label: str = "",
        desk: Desk = SETUP,
    ) -> int:
        values = CategoryValues(code, label, colour, requires_id_check, badge_label)
        report = self.save(SetupChanges(categories=[Row(None, values)]), desk)
        return report.added[Section.CATEGORIES][0]

    def add_delegation(
        self,
        name: str,
        kind: DelegationKind,
        country_code: str = "",
        name_en: str = "",
        name_fr: str = "",
        desk: Desk = SETUP,
    ) -> int:
        values = DelegationValues(name, kind, country_code, name_en, name_fr)
        report = self.save(SetupChanges(delegations=[Row(None, values)]), desk)
        return report.added[Section.DELEGATIONS][0]

    def add_session(
        self,
        title: str,
        room: str,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        desk: Desk = SETUP,
    ) -> int:
        """A session from two moments (aware datetimes), on one day of the event."""
        zone = ZoneInfo(self.event().time_zone)
        start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
        end_time = end.time() if end.date() == start.date() else dt.time(0, 0)
        values = SessionValues(title, room, start.date(), start.time(), end_time)
        report = self.save(SetupChanges(sessions=[Row(None, values)]), desk)
        return report.added[Section.SESSIONS][0]

    def row(self, section: Section, row_id: int) -> Row[Any]:
        """The stored row, to edit and save back (its original is itself)."""
        snapshot = self.snapshot()
        rows: list[Row[Any]] = {
            Section.SESSIONS: snapshot.sessions,
            Section.CATEGORIES: snapshot.categories,
            Section.DELEGATIONS: snapshot.delegations,
        }[section]  # type: ignore[assignment]
        for row in rows:
            if row.id == row_id:
                return row
        raise SetupError(section, None, "id", Problem.NOT_FOUND, value=str(row_id))


def _when(values: SessionValues) -> tuple[dt.date, dt.time, dt.time]:
    return (
        values.day,
        values.start.replace(second=0, microsecond=0),
        values.end.replace(second=0, microsecond=0),
    )
