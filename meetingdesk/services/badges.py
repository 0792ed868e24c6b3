"""Printing badges: choose who, render the layout, remember what was printed.

A badge is "printed" when its current generation has a printed time. A reprint
first raises the generation (which revokes every earlier badge of that person at
once, at every desk) and then prints the new one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, exists, insert, select, tuple_, update
from sqlalchemy.orm import Session

from meetingdesk.badges.data import BadgeData
from meetingdesk.badges.layout import load_layout
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.errors import NotFound, ValidationError
from meetingdesk.domain.model import (
    BadgeIssue,
    Category,
    Delegate,
    Delegation,
    Event,
    RegistrationStatus,
)
from meetingdesk.domain.values import Desk
from meetingdesk.services import audit, codes
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import the_event
from meetingdesk.services.registry import RegistryService

log = logging.getLogger("meetingdesk.badges")

DEFAULT_LAYOUT = "a6-portrait"
FIRST_PRINT = "first print"
CHUNK = 5_000  # ids per IN (...) list: well inside every engine's parameter limit


@dataclass
class PrintResult:
    out: Path
    layout: str
    printed: int
    pages: int
    skipped_cancelled: int = 0
    warnings: list[str] = field(default_factory=list)


def event_dates(event: Event) -> str:
    """ "Madrid · 3–4 December 2026", "Vienna · 30 November – 1 December 2026"."""
    start, end = event.start_date, event.end_date
    if start == end:
        span = f"{start.day} {start:%B %Y}"
    elif (start.year, start.month) == (end.year, end.month):
        span = f"{start.day}–{end.day} {end:%B %Y}"
    elif start.year == end.year:
        span = f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    else:
        span = f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"
    return f"{event.city} · {span}" if event.city else span


def printed_condition() -> ColumnElement[bool]:
    """True for a delegate whose current badge generation has been printed."""
    return exists().where(
        BadgeIssue.delegate_id == Delegate.id,
        BadgeIssue.generation == Delegate.badge_generation,
        BadgeIssue.printed_at.is_not(None),
    )


class BadgeService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow
        self._clock = clock
        self._registry = RegistryService(uow, clock)

    def select(
        self,
        *,
        only_codes: Sequence[str] = (),
        category: str | None = None,
        not_printed: bool = False,
        delegate_ids: Sequence[int] | None = None,
    ) -> tuple[list[int], int]:
        """Delegates to print, in protocol order, and how many cancelled ones
        the choice left out (cancelled registrations get no badge)."""
        with self._uow.read() as uow:
            query = (
                select(Delegate.id, Delegate.status)
                .join(Delegation, Delegation.id == Delegate.delegation_id)
                .join(Category, Category.id == Delegate.category_id)
            )
            if only_codes:
                wanted = [codes.normalise_code(c) for c in only_codes]
                found = set(
                    uow.db.execute(
                        select(Delegate.badge_code).where(Delegate.badge_code.in_(wanted))
                    ).scalars()
                )
                unknown = [c for c in wanted if c not in found]
                if unknown:
                    raise NotFound(f"no delegate has the badge code {', '.join(unknown)}")
                query = query.where(Delegate.badge_code.in_(wanted))
            if category is not None:
                if (
                    uow.db.execute(
                        select(Category.id).where(Category.code == category.upper())
                    ).first()
                    is None
                ):
                    raise NotFound(f"there is no category {category!r}")
                query = query.where(Category.code == category.upper())
            if delegate_ids is not None:
                query = query.where(Delegate.id.in_(list(delegate_ids)))
            if not_printed:
                query = query.where(~printed_condition())
            rows = uow.db.execute(
                query.order_by(Delegation.protocol_key, Delegate.sort_name, Delegate.id)
            ).all()
        chosen = [r.id for r in rows if r.status is RegistrationStatus.REGISTERED]
        # Only worth saying when someone asked for them by code.
        skipped = len(rows) - len(chosen) if only_codes else 0
        return chosen, skipped

    def is_printed(self, delegate_id: int) -> bool:
        with self._uow.read() as uow:
            return bool(
                uow.db.execute(
                    select(printed_condition()).where(Delegate.id == delegate_id)
                ).scalar()
            )

    def print_badges(
        self,
        delegate_ids: Sequence[int],
        out: Path,
        desk: Desk,
        *,
        layout: str = DEFAULT_LAYOUT,
        progress: Callable[[int, int | None], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        skipped_cancelled: int = 0,
    ) -> PrintResult:
        """Render the badges to ``out`` and record them as printed."""
        chosen = load_layout(layout)
        if not delegate_ids:
            raise ValidationError("delegates", "nobody to print: the choice is empty")
        badges = self.badge_data(delegate_ids)
        from meetingdesk.badges.render import BadgeRenderer  # ReportLab: only when printing

        report = BadgeRenderer(chosen).render(
            badges, out, total=len(badges), progress=progress, cancelled=cancelled
        )
        self._record_printed(delegate_ids, desk, chosen.name)
        log.info("desk=%s printed %d badges (%s) to %s", desk.name, report.badges, chosen.name, out)
        return PrintResult(
            out=out,
            layout=chosen.name,
            printed=report.badges,
            pages=report.pages,
            skipped_cancelled=skipped_cancelled,
            warnings=report.warnings + [f"no font for {m}" for m in report.missing_glyphs],
        )

    def reprint(
        self, code: str, reason: str, desk: Desk, out: Path, layout: str = DEFAULT_LAYOUT
    ) -> PrintResult:
        """Revoke the delegate's current badge and print the next generation."""
        load_layout(layout)  # an unusable layout must not revoke anyone's badge
        delegate = self._registry.find_by_code(code)
        if delegate.cancelled:
            raise ValidationError("code", "this registration is cancelled: no badge to reprint")
        self._registry.reissue_badge(delegate.id, reason, desk)
        return self.print_badges([delegate.id], out, desk, layout=layout)

    def badge_data(self, delegate_ids: Sequence[int]) -> list[BadgeData]:
        """What the badges of these delegates show, in the order given."""
        with self._uow.read() as uow:
            return list(self._badge_data(uow.db, delegate_ids))

    def _badge_data(self, db: Session, delegate_ids: Sequence[int]) -> Iterator[BadgeData]:
        event = the_event(db)
        dates = event_dates(event)
        key, tag = event.signing_key, event.code_tag
        order = {delegate_id: i for i, delegate_id in enumerate(delegate_ids)}
        rows: list[Any] = []
        for chunk_start in range(0, len(delegate_ids), CHUNK):
            chunk = list(delegate_ids[chunk_start : chunk_start + CHUNK])
            rows.extend(
                db.execute(
                    select(
                        Delegate.id,
                        Delegate.honorific,
                        Delegate.badge_name,
                        Delegate.native_name,
                        Delegate.function,
                        Delegate.head_of_delegation,
                        Delegate.badge_code,
                        Delegate.badge_generation,
                        Delegate.photo,
                        Delegation.name.label("delegation"),
                        Category.label,
                        Category.colour,
                    )
                    .join(Delegation, Delegation.id == Delegate.delegation_id)
                    .join(Category, Category.id == Delegate.category_id)
                    .where(Delegate.id.in_(chunk))
                ).all()
            )
        rows.sort(key=lambda r: order[r.id])
        for row in rows:
            native = (
                row.native_name if row.native_name and row.native_name != row.badge_name else None
            )
            yield BadgeData(
                event_title=event.title,
                event_dates=dates,
                honorific=row.honorific,
                badge_name=row.badge_name,
                native_name=native,
                function=row.function,
                delegation=row.delegation,
                category_label=row.label,
                category_colour=row.colour,
                head_of_delegation=row.head_of_delegation,
                badge_code=row.badge_code,
                generation=row.badge_generation,
                payload=codes.sign(key, tag, row.badge_code, row.badge_generation),
                photo=row.photo,
            )

    def _record_printed(self, delegate_ids: Sequence[int], desk: Desk, layout: str) -> None:
        now = self._clock()
        with self._uow.write() as uow:
            db = uow.db
            pairs: list[tuple[int, int]] = []
            for start in range(0, len(delegate_ids), CHUNK):
                chunk_ids = list(delegate_ids[start : start + CHUNK])
                pairs.extend(
                    (r.id, r.badge_generation)
                    for r in db.execute(
                        select(Delegate.id, Delegate.badge_generation).where(
                            Delegate.id.in_(chunk_ids)
                        )
                    )
                )
            existing: set[tuple[int, int]] = set()
            for start in range(0, len(pairs), CHUNK):
                chunk = pairs[start : start + CHUNK]
                existing.update(
                    (r.delegate_id, r.generation)
                    for r in db.execute(
                        select(BadgeIssue.delegate_id, BadgeIssue.generation).where(
                            tuple_(BadgeIssue.delegate_id, BadgeIssue.generation).in_(chunk)
                        )
                    )
                )
            new = [
                {
                    "delegate_id": d,
                    "generation": g,
                    "at": now,
                    "operator": desk.operator,
                    "reason": FIRST_PRINT,
                    "printed_at": now,
                }
                for d, g in pairs
                if (d, g) not in existing
            ]
            if new:
                db.execute(insert(BadgeIssue), new)
            reprinted = [p for p in pairs if p in existing]
            for start in range(0, len(reprinted), CHUNK):
                chunk = reprinted[start : start + CHUNK]
                db.execute(
                    update(BadgeIssue)
                    .where(tuple_(BadgeIssue.delegate_id, BadgeIssue.generation).in_(chunk))
                    .values(printed_at=now)
                    .execution_options(synchronize_session=False)
                )
            audit.append(
                db,
                desk,
                "badges.printed",
                now,
                count=len(pairs),
                layout=layout,
                delegates=[d for d, _ in pairs][:1000],
            )
            uow.commit()
