"""An invented, realistic sample of the Madrid meeting, for trying the desk and
for measuring it at scale.

Everything comes from ``resources/demo/madrid.json`` and a seeded random
generator, so the same seed always gives the same delegates, codes and keys.
Names are common given and family names drawn at random: nobody real.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

from meetingdesk.db.bulk import bulk_insert
from meetingdesk.domain import names
from meetingdesk.domain.model import (
    Category,
    Delegation,
    DelegationKind,
    MeetingSession,
    RegistrationStatus,
    SearchKeyRow,
    table_of,
)
from meetingdesk.domain.values import Desk
from meetingdesk.services import codes
from meetingdesk.services.app import Services
from meetingdesk.services.importer import insert_delegates
from meetingdesk.services.search import key_rows
from meetingdesk.services.setup import EventDetails

log = logging.getLogger("meetingdesk.demo")

DEFAULT_DELEGATES = 300
MAX_DELEGATES = 100_000
CANCELLED_SHARE = 0.02
FEMALE_SHARE = 0.42
BATCH = 5_000
DEMO_DESK = Desk("Demo set-up", "demo")
# The demo's badge key is sealed with this (published) passphrase: the demo's
# people are invented, and every demo database still gets keys of its own.
DEMO_PASSPHRASE = "meetingdesk demo"


def load_population() -> dict[str, Any]:
    text = files("meetingdesk.resources").joinpath("demo/madrid.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@dataclass(frozen=True, slots=True)
class Name:
    latin: str
    native: str | None


def _name(entry: str) -> Name:
    latin, _, native = entry.partition("|")
    return Name(latin.replace("_", " "), native.replace("_", " ") or None)


class _People:
    """Draws invented people from the name pools, reproducibly."""

    def __init__(self, data: dict[str, Any], rng: random.Random) -> None:
        self.data = data
        self.rng = rng
        self.pools = data["pools"]
        self.pool_names = sorted(self.pools)

    def person(self, pool_name: str) -> tuple[str, Name, Name]:
        rng = self.rng
        if pool_name == "mixed":
            pool_name = rng.choice(self.pool_names)
        pool = self.pools[pool_name]
        gender = "female" if rng.random() < FEMALE_SHARE else "male"
        given = _name(rng.choice(pool[gender]))
        family_list = (
            pool.get("family_f", pool["family_m"]) if gender == "female" else pool["family_m"]
        )
        family = _name(rng.choice(family_list))
        if pool_name == "es":
            # Spanish names carry both surnames.
            second = _name(rng.choice(pool["family_m"]))
            if second.latin != family.latin:
                family = Name(f"{family.latin} {second.latin}", None)
        return gender, given, family


def _iter_delegates(
    data: dict[str, Any],
    rng: random.Random,
    count: int,
    delegation_ids: dict[str, int],
    category_for_kind: dict[str, tuple[int, str]],
    now: dt.datetime,
) -> Iterator[dict[str, Any]]:
    people = _People(data, rng)
    delegations = data["delegations"]
    weights = [d["weight"] for d in delegations]
    by_name = {d["name"]: d for d in delegations}
    featured = data["featured"]
    used_codes: set[str] = set()
    heads: set[str] = set()
    for index in range(count):
        delegation = rng.choices(delegations, weights)[0]
        gender, given, family = people.person(delegation["pool"])
        honorific = rng.choice(data["honorifics"][gender])
        native = f"{given.native} {family.native}" if given.native and family.native else None
        if index < len(featured):
            entry = featured[index]
            delegation = by_name[entry["delegation"]]
            honorific = entry["honorific"]
            given, family = Name(entry["given"], None), Name(entry["family"], None)
            native = entry.get("native")
        kind = delegation["kind"]
        if kind in ("participating_state", "partner_state", "host"):
            function = rng.choice(data["functions"]["state"])
        elif kind == "media":
            function = rng.choice(data["functions"]["media"])
        else:
            function = rng.choice(data["functions"]["organisation"])
        head = kind in ("participating_state", "partner_state") and delegation["name"] not in heads
        if head:
            heads.add(delegation["name"])
            function = "Head of Delegation"
        code = codes.new_code(rng)
        while code in used_codes:
            code = codes.new_code(rng)
        used_codes.add(code)
        local = ".".join(names.words(f"{given.latin} {family.latin}"))[:40]
        domain = (delegation.get("country_code") or "org").lower()
        category_id, _ = category_for_kind[kind]
        yield {
            "honorific": honorific,
            "given_name": given.latin,
            "family_name": family.latin,
            "badge_name": f"{given.latin} {family.latin}",
            "native_name": native,
            "function": function,
            "delegation_id": delegation_ids[delegation["name"]],
            "category_id": category_id,
            "head_of_delegation": head,
            "email": f"{local}{index}@{domain}.example",
            "phone": f"+34 6{rng.randrange(10**7, 10**8)}",
            "status": (
                RegistrationStatus.CANCELLED
                if not head and rng.random() < CANCELLED_SHARE
                else RegistrationStatus.REGISTERED
            ),
            "badge_code": code,
            "badge_generation": 1,
            "notes": "",
            "sort_name": names.sort_key(f"{family.latin} {given.latin}")[:300],
            "updated_at": now,
            "_delegation": delegation["name"],
        }


def build_demo(
    services: Services, delegates: int = DEFAULT_DELEGATES, seed: int = 1, today: bool = False
) -> int:
    """Write the demo event into an empty database; return the number of delegates.

    ``today``: a meeting in progress: its first day is today, a session is running
    now, and part of the delegates checked in this morning and went in."""
    if not 0 <= delegates <= MAX_DELEGATES:
        raise ValueError(f"--delegates must be between 0 and {MAX_DELEGATES}")
    data = load_population()
    rng = random.Random(seed)
    event = data["event"]
    zone = ZoneInfo(event["time_zone"])
    now = services.clock()
    local_now = now.astimezone(zone)
    start = local_now.date() if today else dt.date.fromisoformat(event["start_date"])
    length = dt.date.fromisoformat(event["end_date"]) - dt.date.fromisoformat(event["start_date"])
    shift = _running_now(data["sessions"], local_now) if today else dt.timedelta(0)
    services.setup.create_event(
        EventDetails(
            title=event["title"],
            venue=event["venue"],
            city=event["city"],
            organiser=event["organiser"],
            start_date=start,
            end_date=start + length,
            time_zone=event["time_zone"],
        ),
        DEMO_DESK,
        passphrase=DEMO_PASSPHRASE,
        rng=rng,
    )
    with services.uow.write() as uow:
        db = uow.db
        event_id = services.setup.event().id
        for session in data["sessions"]:
            day = start + dt.timedelta(days=session["day"])
            moved = shift if session["day"] == 0 else dt.timedelta(0)
            begins, ends = (
                _clamp(day, dt.time.fromisoformat(session[key]), moved, zone)
                for key in ("start", "end")
            )
            if ends <= begins:
                continue  # pushed past the end of the day
            db.add(
                MeetingSession(
                    event_id=event_id,
                    title=session["title"],
                    room=session["room"],
                    starts_at=begins,
                    ends_at=ends,
                )
            )
        category_for_kind: dict[str, tuple[int, str]] = {}
        for order, cat in enumerate(data["categories"]):
            category = Category(
                code=cat["code"],
                label=cat["label"],
                colour=cat["colour"],
                sort_order=order,
                requires_id_check=cat.get("requires_id_check", False),
            )
            db.add(category)
            db.flush()
            for kind in cat["kinds"]:
                category_for_kind[kind] = (category.id, cat["code"])
        delegation_ids: dict[str, int] = {}
        for d in data["delegations"]:
            delegation = Delegation(
                name=d["name"],
                kind=DelegationKind(d["kind"]),
                country_code=d.get("country_code"),
                protocol_key=d.get("protocol_key") or names.sort_key(d["name"]),
                name_fr=d.get("name_fr"),
            )
            db.add(delegation)
            db.flush()
            delegation_ids[d["name"]] = delegation.id
        rows = _iter_delegates(data, rng, delegates, delegation_ids, category_for_kind, now)
        batch: list[dict[str, Any]] = []
        written = 0

        def flush() -> None:
            nonlocal written
            if not batch:
                return
            ids = insert_delegates(
                db, [{k: v for k, v in row.items() if not k.startswith("_")} for row in batch]
            )
            keys = key_rows(
                (delegate_id, row, row["_delegation"])
                for delegate_id, row in zip(ids, batch, strict=True)
            )
            bulk_insert(db, table_of(SearchKeyRow), keys)
            written += len(batch)
            batch.clear()

        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                flush()
        flush()
        if today:
            _this_morning(db, rng, zone, now)
        uow.commit()
    log.info("demo event written: %d delegates, seed %d", written, seed)
    return written


def _running_now(sessions: list[dict[str, Any]], local_now: dt.datetime) -> dt.timedelta:
    """How far to move the first day's programme so that one of its sessions
    started half an hour ago (in steps of fifteen minutes): the least move."""
    wanted = local_now.replace(second=0, microsecond=0, tzinfo=None) - dt.timedelta(minutes=30)
    wanted -= dt.timedelta(minutes=wanted.minute % 15)
    # Just after midnight: the session began at midnight, on today's programme.
    wanted = max(wanted, local_now.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None))
    moves = [
        wanted - dt.datetime.combine(wanted.date(), dt.time.fromisoformat(s["start"]))
        for s in sessions
        if s["day"] == 0
    ]
    return min(moves, key=abs)


def _clamp(day: dt.date, at: dt.time, shift: dt.timedelta, zone: ZoneInfo) -> dt.datetime:
    """``at`` on ``day`` moved by ``shift``, kept within that day."""
    moved = dt.datetime.combine(day, at) + shift
    moved = min(
        max(moved, dt.datetime.combine(day, dt.time(0, 0))),
        dt.datetime.combine(day, dt.time.max),  # running until the day's last moment
    )
    return moved.replace(tzinfo=zone)


DEMO_DESKS = ("Desk 1", "Desk 2")
ARRIVED_SHARE = 0.45
ATTENDING_SHARE = 0.8


def _this_morning(db: Any, rng: random.Random, zone: ZoneInfo, now: dt.datetime) -> None:
    """Check-ins since the doors opened and attendance in the sessions that began,
    each in the audit log as the desks would have written it."""
    from sqlalchemy import select

    from meetingdesk.domain.model import Attendance, CheckIn, Delegate, EntryMethod
    from meetingdesk.services import audit

    local_now = now.astimezone(zone)
    doors = local_now.replace(hour=7, minute=30, second=0, microsecond=0)
    opened = min(doors, local_now - dt.timedelta(hours=2))
    people = list(
        db.execute(
            select(Delegate.id, Delegate.badge_generation).where(
                Delegate.status == RegistrationStatus.REGISTERED
            )
        ).all()
    )
    arrived = sorted(
        (
            (opened + (local_now - opened) * rng.random() ** 0.7, delegate_id, generation)
            for delegate_id, generation in people
            if rng.random() < ARRIVED_SHARE
        ),
    )
    happened: list[tuple[dt.datetime, int, Any]] = []
    record: Any
    for at, delegate_id, generation in arrived:
        desk = Desk(rng.choice(DEMO_DESKS), "demo")
        method = EntryMethod.SCAN if rng.random() < 0.85 else EntryMethod.MANUAL
        record = CheckIn(
            delegate_id=delegate_id,
            at=at,
            desk=desk.name,
            operator=desk.operator,
            method=method,
            badge_generation=generation,
        )
        detail = {"method": method.value, "generation": generation}
        happened.append((at, delegate_id, (record, desk, "checkin", detail)))
    started = db.execute(
        select(MeetingSession.id, MeetingSession.starts_at)
        .where(MeetingSession.starts_at <= now)
        .order_by(MeetingSession.starts_at)
    ).all()
    for session_id, starts_at in started:
        door = Desk(f"Door {session_id}", "demo")
        for arrived_at, delegate_id, _ in arrived:
            if arrived_at > starts_at + dt.timedelta(minutes=20) or rng.random() > ATTENDING_SHARE:
                continue
            at = max(arrived_at, starts_at - dt.timedelta(minutes=10)) + dt.timedelta(
                seconds=rng.randint(30, 900)
            )
            if at > now:
                continue
            record = Attendance(
                delegate_id=delegate_id,
                session_id=session_id,
                at=at,
                desk=door.name,
                operator=door.operator,
                method=EntryMethod.SCAN,
            )
            detail = {"session": session_id, "method": "scan"}
            happened.append((at, delegate_id, (record, door, "attendance", detail)))
    # In the order it happened, as the audit chain would have recorded it.
    for at, delegate_id, (record, desk, action, detail) in sorted(happened, key=lambda h: h[0]):
        db.add(record)
        audit.append(db, desk, action, at, delegate_id=delegate_id, **detail)
    db.flush()
