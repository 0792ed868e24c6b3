"""What organisers take away after the meeting, as plain tables: attendance,
the list of participants in protocol order, every check-in, statistics, and the
paper fallback. The writers in ``meetingdesk.reports`` turn them into CSV, XLSX
and PDF."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from meetingdesk.db.engine import database_files
from meetingdesk.db.prepared import Prepared, utc
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain import names
from meetingdesk.domain.errors import ValidationError
from meetingdesk.domain.model import (
    Attendance,
    AuditEntry,
    Category,
    CheckIn,
    Delegate,
    Delegation,
    DelegationKind,
    MeetingSession,
    RegistrationStatus,
)
from meetingdesk.files import check_output
from meetingdesk.reports.cells import text
from meetingdesk.reports.model import DelegationBlock, Group, Member, Report, Sheet
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import the_event

KINDS = ("attendance", "participants", "checkins", "statistics", "sheets")

# Protocol: participating States, then partners, international organisations,
# NGOs, OSCE staff; the host and the press close the list.
GROUP_ORDER = (
    (DelegationKind.PARTICIPATING_STATE, "Participating States"),
    (DelegationKind.PARTNER_STATE, "Partners for Co-operation"),
    (DelegationKind.INTERNATIONAL_ORGANIZATION, "International Organizations"),
    (DelegationKind.NGO, "Non-governmental Organizations"),
    (DelegationKind.OSCE_STRUCTURE, "OSCE Executive Structures"),
    (DelegationKind.HOST, "Host Country and Organisers"),
    (DelegationKind.MEDIA, "Media"),
)

LOGGED_ACTIONS = {
    "checkin": "check-in",
    "checkin.undo": "check-in undone",
    "checkin.refused": "check-in refused",
    "attendance": "attendance",
    "attendance.refused": "attendance refused",
    "attendance.removed": "attendance removed",
    "badge.reissued": "badge reprinted",
}


# The attendance report's three statements, built once.
_SESSIONS = Prepared(
    select(
        MeetingSession.id, MeetingSession.title, MeetingSession.room, MeetingSession.starts_at
    ).order_by(MeetingSession.starts_at, MeetingSession.id)
)
_ATTENDANCE_PEOPLE = Prepared(
    select(
        Delegate.id,
        Delegation.name,
        Delegate.badge_name,
        Category.code,
        Delegate.badge_code,
        Delegate.status,
    )
    .join(Delegation, Delegation.id == Delegate.delegation_id)
    .join(Category, Category.id == Delegate.category_id)
    .order_by(Delegation.protocol_key, Delegate.sort_name, Delegate.id)
)
_ATTENDANCE_MARKS = Prepared(
    select(
        Attendance.session_id,
        Attendance.delegate_id,
        Attendance.at,
        Attendance.desk,
        Attendance.method,
        Delegate.badge_name,
        Delegation.name,
        Category.code,
    )
    .join(Delegate, Delegate.id == Attendance.delegate_id)
    .join(Delegation, Delegation.id == Delegate.delegation_id)
    .join(Category, Category.id == Delegate.category_id)
    .order_by(Attendance.session_id, Attendance.at, Attendance.delegate_id)
)


def _local(at: dt.datetime | None, zone: ZoneInfo, with_day: bool = False) -> str:
    if at is None:
        return ""
    local = at.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M" if with_day else "%H:%M")


def _moment(at: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A moment in the event's local time, without a zone: what a spreadsheet
    stores as a date and time (the sheet says which zone in its subtitle)."""
    return at.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)


class ExportService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow
        self._clock = clock

    def write(
        self, kind: str, fmt: str, out: Path, *, delimiter: str = ",", order: str = "en"
    ) -> Path:
        """Build the export and write it to ``out`` (csv, xlsx or pdf), never over
        the database, whole or not at all; return where it is."""
        if kind == "sheets" and fmt != "pdf":
            raise ValidationError("--format", "paper sheets are made for printing: use pdf")
        if fmt not in ("csv", "xlsx", "pdf"):
            raise ValidationError("--format", "csv, xlsx or pdf")
        protected = database_files(self._uow.engine.url)
        out = check_output(out, protected)  # before the work, not after it
        report = self.build(kind, order)
        if fmt == "csv":
            from meetingdesk.reports.tabular import write_csv

            write_csv(report, out, delimiter, protected)
        elif fmt == "xlsx":
            from meetingdesk.reports.tabular import write_xlsx

            write_xlsx(report, out, protected)
        else:
            from meetingdesk.reports.pdf import write_pdf

            write_pdf(report, out, protected)
        return out

    def build(self, kind: str, order: str = "en") -> Report:
        if kind not in KINDS:
            raise ValueError(f"unknown export {kind!r}: one of {', '.join(KINDS)}")
        if kind == "attendance":
            return self.attendance()
        if kind == "participants":
            return self.participants(order)
        if kind == "checkins":
            return self.checkins()
        if kind == "statistics":
            return self.statistics()
        return self.paper_sheets(order)

    def _heading(self, what: str) -> tuple[str, str, ZoneInfo]:
        with self._uow.read() as uow:
            event = the_event(uow.db)
            zone = ZoneInfo(event.time_zone)
            subtitle = (
                f"{event.title} — {event.venue}, {event.city},"
                f" {event.start_date:%d.%m.%Y}–{event.end_date:%d.%m.%Y}"
            )
        return what, subtitle, zone

    def _delegates(self, db: Any) -> list[Any]:
        return list(
            db.execute(
                select(
                    Delegate.id,
                    Delegate.honorific,
                    Delegate.given_name,
                    Delegate.family_name,
                    Delegate.badge_name,
                    Delegate.function,
                    Delegate.head_of_delegation,
                    Delegate.status,
                    Delegate.badge_code,
                    Delegation.id.label("delegation_id"),
                    Delegation.name.label("delegation"),
                    Delegation.name_fr,
                    Delegation.kind,
                    Delegation.protocol_key,
                    Category.code.label("category"),
                    Category.label.label("category_label"),
                )
                .join(Delegation, Delegation.id == Delegate.delegation_id)
                .join(Category, Category.id == Delegate.category_id)
                .order_by(Delegation.protocol_key, Delegate.sort_name, Delegate.id)
            ).all()
        )

    def attendance(self) -> Report:
        """The matrix of delegates by sessions and a list per session: joined and
        ordered by the database, read as the driver's tuples."""
        title, subtitle, zone = self._heading("Attendance")
        with self._uow.connect() as connection:
            sessions = _SESSIONS.rows(connection)
            people = _ATTENDANCE_PEOPLE.rows(connection)
            marks = _ATTENDANCE_MARKS.rows(connection)
        # Times in the event's zone; many marks share the same stored value.
        shown: dict[Any, dt.time] = {}

        def hhmm(at: Any) -> dt.time:
            found = shown.get(at)
            if found is None:
                local = utc(at).astimezone(zone)
                found = shown[at] = dt.time(local.hour, local.minute)
            return found

        at_of: dict[tuple[int, int], dt.time] = {}
        by_session: dict[int, list[list[Any]]] = defaultdict(list)
        for session_id, delegate_id, at, desk, method, name, delegation, category in marks:
            clock = hhmm(at)
            at_of[(delegate_id, session_id)] = clock
            by_session[session_id].append([clock, name, delegation, category, desk, method])
        headers = ["Delegation", "Name", "Category", "Badge code"] + [
            f"{t} ({_local(utc(start), zone, True)})" for _, t, _, start in sessions
        ]
        cancelled = RegistrationStatus.CANCELLED.value
        ids = [sid for sid, _, _, _ in sessions]
        matrix = [
            [delegation, name, category, code] + [at_of.get((pid, sid), "") for sid in ids]
            for pid, delegation, name, category, code, status in people
            if status != cancelled
        ]
        sheets = [Sheet("Attendance", headers, matrix)]
        listing: list[tuple[str, list[tuple[str, str]]]] = []
        for sid, session_title, room, start in sessions:
            rows = by_session[sid]
            sheets.append(
                Sheet(
                    session_title[:31],
                    ["Time", "Name", "Delegation", "Category", "Door", "How"],
                    rows,
                )
            )
            listing.append(
                (
                    f"{session_title} — {room}, {_local(utc(start), zone, True)}"
                    f" ({len(rows)} present)",
                    [(text(r[0]), f"{r[1]}, {r[2]}") for r in rows],
                )
            )
        return Report("attendance", title, subtitle, sheets, sessions=listing)

    def _groups(self, db: Any, order: str) -> list[Group]:
        rows = [r for r in self._delegates(db) if r.status is RegistrationStatus.REGISTERED]
        by_delegation: dict[int, list[Any]] = defaultdict(list)
        for r in rows:
            by_delegation[r.delegation_id].append(r)
        groups = []
        for kind, group_title in GROUP_ORDER:
            members = [v for v in by_delegation.values() if v[0].kind is kind]

            def key(people: list[Any]) -> str:
                first = people[0]
                if order == "fr":
                    return names.sort_key(first.name_fr or first.delegation)
                return str(first.protocol_key)

            blocks = []
            for people in sorted(members, key=key):
                first = people[0]
                shown = (first.name_fr or first.delegation) if order == "fr" else first.delegation
                heads_first = sorted(
                    people, key=lambda p: (not p.head_of_delegation, names.sort_key(p.family_name))
                )
                blocks.append(
                    DelegationBlock(
                        shown,
                        [
                            Member(
                                p.honorific,
                                p.given_name,
                                p.family_name,
                                p.function,
                                p.head_of_delegation,
                            )
                            for p in heads_first
                        ],
                    )
                )
            if blocks:
                groups.append(Group(group_title, blocks))
        return groups

    def participants(self, order: str = "en") -> Report:
        if order not in ("en", "fr"):
            raise ValueError("order is 'en' or 'fr'")
        title, subtitle, _ = self._heading("List of participants")
        with self._uow.read() as uow:
            groups = self._groups(uow.db, order)
        rows = [
            [
                g.title,
                d.name,
                m.honorific,
                m.given_name,
                m.family_name,
                m.function,
                "yes" if m.head else "",
            ]
            for g in groups
            for d in g.delegations
            for m in d.members
        ]
        sheet = Sheet(
            "Participants",
            [
                "Group",
                "Delegation",
                "Honorific",
                "Given name",
                "Family name",
                "Function",
                "Head of delegation",
            ],
            rows,
        )
        return Report("participants", title, subtitle, [sheet], groups=groups)

    def checkins(self) -> Report:
        title, subtitle, zone = self._heading("Check-ins and refused scans")
        with self._uow.read() as uow:
            people = {r.id: r for r in self._delegates(uow.db)}
            sessions = dict(uow.db.execute(select(MeetingSession.id, MeetingSession.title)).all())
            rows = []
            for e in uow.db.execute(
                select(AuditEntry)
                .where(AuditEntry.action.in_(list(LOGGED_ACTIONS)))
                .order_by(AuditEntry.seq)
            ).scalars():
                person = people.get(e.delegate_id) if e.delegate_id else None
                detail = e.detail
                what = ", ".join(
                    str(v)
                    for v in (
                        detail.get("reason"),
                        sessions.get(detail.get("session", -1)),
                        detail.get("method"),
                    )
                    if v
                )
                rows.append(
                    [
                        _moment(e.at, zone),
                        LOGGED_ACTIONS[e.action],
                        e.desk,
                        e.operator,
                        person.badge_name if person else "",
                        person.delegation if person else "",
                        person.badge_code if person else detail.get("scanned", ""),
                        what,
                    ]
                )
        sheet = Sheet(
            "Check-ins",
            ["Time", "What", "Desk", "Operator", "Name", "Delegation", "Badge code", "Detail"],
            rows,
        )
        return Report("checkins", title, subtitle, [sheet])

    def statistics(self) -> Report:
        title, subtitle, zone = self._heading("Statistics")
        with self._uow.read() as uow:
            people = [
                r for r in self._delegates(uow.db) if r.status is RegistrationStatus.REGISTERED
            ]
            arrived = set(
                uow.db.execute(
                    select(CheckIn.delegate_id).where(CheckIn.undone_at.is_(None))
                ).scalars()
            )
            sessions = [
                (s.id, s.title, s.starts_at)
                for s in uow.db.execute(
                    select(MeetingSession).order_by(MeetingSession.starts_at)
                ).scalars()
            ]
            attended: dict[int, int] = defaultdict(int)
            for session_id in uow.db.execute(select(Attendance.session_id)).scalars():
                attended[session_id] += 1

        def table(key: str) -> list[list[Any]]:
            expected: dict[str, int] = defaultdict(int)
            came: dict[str, int] = defaultdict(int)
            for p in people:
                expected[getattr(p, key)] += 1
                came[getattr(p, key)] += p.id in arrived
            return [
                [
                    k,
                    expected[k],
                    came[k],
                    f"{100 * came[k] / expected[k]:.0f}%" if expected[k] else "",
                ]
                for k in sorted(expected)
            ]

        by_category = table("category_label")
        by_delegation = table("delegation")
        by_session = [
            [title, _moment(starts, zone), attended[sid]] for sid, title, starts in sessions
        ]
        headers = ["", "Registered", "Arrived", "Share"]
        sheets = [
            Sheet("By category", ["Category", *headers[1:]], by_category),
            Sheet("By delegation", ["Delegation", *headers[1:]], by_delegation),
            Sheet("By session", ["Session", "Start", "Present"], by_session),
        ]
        charts = {
            "Arrivals by category": [(r[0], r[2]) for r in by_category],
            "Attendance by session": [(r[0], r[2]) for r in by_session],
        }
        return Report("statistics", title, subtitle, sheets, charts=charts)

    def paper_sheets(self, order: str = "en") -> Report:
        """The paper fallback: a check-in list per delegation, a sign-in sheet per session."""
        title, subtitle, zone = self._heading("Paper check-in lists and sign-in sheets")
        with self._uow.read() as uow:
            groups = self._groups(uow.db, order)
            sessions: list[tuple[str, list[tuple[str, str]]]] = [
                (f"{s.title} — {s.room}, {_local(s.starts_at, zone, True)}", [])
                for s in uow.db.execute(
                    select(MeetingSession).order_by(MeetingSession.starts_at)
                ).scalars()
            ]
        rows = [[d.name, m.display(), ""] for g in groups for d in g.delegations for m in d.members]
        sheet = Sheet("Check-in list", ["Delegation", "Name", "Signature"], rows)
        return Report("sheets", title, subtitle, [sheet], groups=groups, sessions=sessions)
