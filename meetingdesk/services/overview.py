"""What the desk shows besides a single delegate: live counts, arrivals over the
last hours, the list of all delegates, and whether anything changed elsewhere."""

from __future__ import annotations

import datetime as dt
import enum
import time
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Select, case, func, select, true

from meetingdesk.db.prepared import utc
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.model import (
    AuditEntry,
    AuditHead,
    Category,
    CheckIn,
    Delegate,
    Delegation,
    MeetingSession,
    RegistrationStatus,
)
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import the_event
from meetingdesk.services.registry import printed_condition

_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")

# More changes than this since the last look: read every row again.
CHANGED_ROWS_AT_MOST = 500
LISTED_SLICE = 2_000  # ids fetched at a time for the delegates list


@dataclass(frozen=True, slots=True)
class CategoryCount:
    code: str
    label: str
    colour: str
    expected: int  # registered, not cancelled
    checked_in: int


@dataclass(frozen=True, slots=True)
class Counts:
    categories: tuple[CategoryCount, ...]
    arrivals: tuple[tuple[dt.datetime, int], ...]  # (start of slot, local time) -> check-ins
    slot_minutes: int

    @property
    def expected(self) -> int:
        return sum(c.expected for c in self.categories)

    @property
    def checked_in(self) -> int:
        return sum(c.checked_in for c in self.categories)


@dataclass(frozen=True, slots=True)
class DelegateRow:
    """One line of the delegates table."""

    id: int
    badge_code: str
    name: str
    native_name: str | None
    family_name: str
    delegation: str
    delegation_id: int
    protocol_key: str
    category_code: str
    category_label: str
    category_colour: str
    function: str
    email: str | None
    head_of_delegation: bool
    cancelled: bool
    checked_in_at: dt.datetime | None
    badge_printed: bool


class ListOrder(enum.IntEnum):
    """What the delegates list is sorted by (the columns of the Delegates tab)."""

    NAME = 0  # family name first, in any script (the stored sort key)
    NATIVE = 1
    DELEGATION = 2  # protocol order
    CATEGORY = 3
    FUNCTION = 4
    STATUS = 5
    ARRIVED = 6
    BADGE = 7
    CODE = 8


@dataclass(frozen=True, slots=True)
class DelegateFilter:
    """A name search, category, delegation, registration and "not yet arrived"
    (to call the delegations that are late)."""

    category: str | None = None
    delegation: int | None = None
    status: str | None = None  # "registered" / "cancelled"
    not_arrived: bool = False
    found: frozenset[int] | None = None  # those a name search found (None: no search)

    def accepts(self, row: DelegateRow) -> bool:
        """The same choice as ``OverviewService.listed``, for one row read again."""
        if self.found is not None and row.id not in self.found:
            return False
        if self.category is not None and row.category_code != self.category:
            return False
        if self.delegation is not None and row.delegation_id != self.delegation:
            return False
        if self.status == "registered" and row.cancelled:
            return False
        if self.status == "cancelled" and not row.cancelled:
            return False
        return not (self.not_arrived and (row.checked_in_at is not None or row.cancelled))


@dataclass(frozen=True, slots=True)
class Listed:
    """Who the delegates list shows, in order (ids only: their rows are read a
    page at a time, as they come into view), and how many are registered."""

    ids: list[int]
    total: int


class OverviewService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow
        self._clock = clock

    def version(self) -> int:
        """Grows with every change any desk makes (the audit chain's length):
        cheap enough to ask every second."""
        with self._uow.read() as uow:
            return int(uow.db.execute(select(AuditHead.seq).where(AuditHead.id == 1)).scalar_one())

    def changed_since(self, seq: int) -> frozenset[int] | None:
        """The delegates whose rows any desk may have changed after audit entry
        ``seq``; None when a change may touch any row (an import, a category
        renamed) or too many did: read everyone again."""
        with self._uow.read() as uow:
            rows = uow.db.execute(
                select(AuditEntry.delegate_id, AuditEntry.action)
                .where(AuditEntry.seq > seq)
                .limit(CHANGED_ROWS_AT_MOST + 1)
            ).all()
        if len(rows) > CHANGED_ROWS_AT_MOST:
            return None
        ids = set()
        for delegate_id, action in rows:
            if delegate_id is not None:
                ids.add(int(delegate_id))
            elif not action.endswith("refused"):  # a refused scan changes no row
                return None
        return frozenset(ids)

    def counts(self, slot_minutes: int = 30) -> Counts:
        """Checked in against expected per category, and the arrivals of the
        meeting day in slots: from an hour before the day's first session (08:00
        at the latest, or the first arrival if earlier) to the end of its last
        session (or now, if later)."""
        live = (CheckIn.undone_at.is_(None)) & (CheckIn.delegate_id == Delegate.id)
        with self._uow.read() as uow:
            db = uow.db
            zone = ZoneInfo(the_event(db).time_zone)
            rows = db.execute(
                select(
                    Category.code,
                    Category.label,
                    Category.colour,
                    func.count(Delegate.id),
                    func.count(CheckIn.id),
                )
                .join(Delegate, Delegate.category_id == Category.id, isouter=True)
                .join(CheckIn, live, isouter=True)
                .where((Delegate.status == RegistrationStatus.REGISTERED) | Delegate.id.is_(None))
                .group_by(
                    Category.id, Category.code, Category.label, Category.colour, Category.sort_order
                )
                .order_by(Category.sort_order, Category.code)
            ).all()
            now = self._clock().astimezone(zone)
            midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
            tomorrow = midnight + dt.timedelta(days=1)
            sessions = db.execute(
                select(MeetingSession.starts_at, MeetingSession.ends_at).where(
                    MeetingSession.starts_at >= midnight.astimezone(dt.UTC),
                    MeetingSession.starts_at < tomorrow.astimezone(dt.UTC),
                )
            ).all()
            times = [
                at.astimezone(zone)
                for at in db.execute(
                    select(CheckIn.at).where(
                        CheckIn.undone_at.is_(None),
                        CheckIn.at >= midnight.astimezone(dt.UTC),
                        CheckIn.at < tomorrow.astimezone(dt.UTC),
                    )
                ).scalars()
            ]
        slot = dt.timedelta(minutes=slot_minutes)
        first = min(
            [midnight.replace(hour=8)]
            + [utc(s).astimezone(zone) - dt.timedelta(hours=1) for s, _ in sessions]
            + times
        )
        last = max([now] + [utc(e).astimezone(zone) for _, e in sessions] + times)
        first_start = first.replace(minute=first.minute - first.minute % slot_minutes)
        first_start = first_start.replace(second=0, microsecond=0)
        slots = max(1, -(-(min(last, tomorrow) - first_start) // slot))
        buckets = [0] * slots
        for at in times:
            index = (at - first_start) // slot
            if 0 <= index < slots:
                buckets[index] += 1
        return Counts(
            categories=tuple(CategoryCount(*row) for row in rows),
            arrivals=tuple((first_start + i * slot, n) for i, n in enumerate(buckets)),
            slot_minutes=slot_minutes,
        )

    def listed(
        self,
        chosen: DelegateFilter = DelegateFilter(),  # frozen
        order: ListOrder = ListOrder.DELEGATION,
        descending: bool = False,
    ) -> Listed:
        """The delegates ``chosen`` lets through, sorted by the database (ties in
        protocol order), as ids: at 100,000 delegates a few hundred milliseconds,
        where reading every row took seconds."""
        cancelled = Delegate.status == RegistrationStatus.CANCELLED
        conditions: list[Any] = []
        if chosen.category is not None:
            conditions.append(Category.code == chosen.category)
        if chosen.delegation is not None:
            conditions.append(Delegate.delegation_id == chosen.delegation)
        if chosen.status == "registered":
            conditions.append(~cancelled)
        elif chosen.status == "cancelled":
            conditions.append(cancelled)
        if chosen.not_arrived:
            conditions += [CheckIn.id.is_(None), ~cancelled]
        orders: dict[ListOrder, list[Any]] = {
            ListOrder.NAME: [Delegate.sort_name],
            ListOrder.NATIVE: [func.coalesce(Delegate.native_name, "")],
            ListOrder.DELEGATION: [Delegation.protocol_key],
            ListOrder.CATEGORY: [Category.label],
            ListOrder.FUNCTION: [func.lower(Delegate.function)],
            ListOrder.STATUS: [case((cancelled, 1), else_=0)],
            # Not yet arrived first (NULLs sort differently on each engine).
            ListOrder.ARRIVED: [case((CheckIn.at.is_(None), 0), else_=1), CheckIn.at],
            ListOrder.BADGE: [case((printed_condition(), 1), else_=0)],
            ListOrder.CODE: [Delegate.badge_code],
        }
        key = orders[order]
        if descending:
            key = [part.desc() for part in key]
        statement = (
            _with_their_rows(select(Delegate.id))
            .where(*conditions)
            .order_by(*key, Delegation.protocol_key, Delegate.sort_name, Delegate.id)
        )
        ids: list[int] = []
        with self._uow.connect() as connection:
            # Plain tuples from the driver, in slices, giving up the GIL between
            # them: the ORM's one pass over 100,000 rows held it for 50 ms while
            # the window's thread waited.
            result = connection.execute(statement)
            cursor = result.cursor
            while part := cursor.fetchmany(LISTED_SLICE):
                ids.extend(row[0] for row in part)
                time.sleep(0)
            result.close()
            total = _registered(connection)
        if chosen.found is not None:
            found = chosen.found
            ids = [i for i in ids if i in found]
        return Listed(ids, total)

    def registered(self) -> int:
        """How many delegates the event has (cancelled registrations included)."""
        with self._uow.connect() as connection:
            return _registered(connection)

    def delegates(self, only: Collection[int] | None = None) -> list[DelegateRow]:
        """Everyone, in protocol order; ``only``: just these delegates (at most
        ``CHANGED_ROWS_AT_MOST``), as they are now."""
        printed = printed_condition()
        chosen = Delegate.id.in_(list(only)) if only is not None else true()
        with self._uow.read() as uow:
            rows = uow.db.execute(
                _with_their_rows(
                    select(
                        Delegate.id,
                        Delegate.badge_code,
                        Delegate.badge_name,
                        Delegate.native_name,
                        Delegate.family_name,
                        Delegation.name,
                        Delegation.id,
                        Delegation.protocol_key,
                        Category.code,
                        Category.label,
                        Category.colour,
                        Delegate.function,
                        Delegate.email,
                        Delegate.head_of_delegation,
                        case((Delegate.status == RegistrationStatus.CANCELLED, True), else_=False),
                        CheckIn.at,
                        printed,
                    )
                )
                .where(chosen)
                .order_by(Delegation.protocol_key, Delegate.sort_name, Delegate.id)
            ).all()
        return [DelegateRow(*tuple(row)) for row in rows]


def _registered(connection: Connection) -> int:
    """How many delegates the event has, cancelled registrations included."""
    return int(connection.execute(select(func.count(Delegate.id))).scalar_one())


def _with_their_rows(query: _Query) -> _Query:
    """A delegate joined to her delegation, her category and her check-in (if any)."""
    return (
        query.join(Delegation, Delegation.id == Delegate.delegation_id)
        .join(Category, Category.id == Delegate.category_id)
        .join(
            CheckIn,
            (CheckIn.delegate_id == Delegate.id) & CheckIn.undone_at.is_(None),
            isouter=True,
        )
    )
