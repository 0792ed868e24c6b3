"""Printing badges: choose who, render the layout, remember what was printed.

A badge is "printed" when its current generation has a printed time, and it
gets one only when the print system took the job (or the person who saved a
PDF says it will be printed): rendering is not printing. A reprint renders the
next generation first, then raises the generation (which revokes every earlier
badge of that person at once, at every desk) in the same transaction that sends
the new badge to the printer: a printer that refuses, or a cancel, revokes
nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from meetingdesk.badges.data import BadgeData
from meetingdesk.badges.texts import BadgeTexts
from meetingdesk.db.engine import database_files
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.errors import Invalid, NotFound, ValidationError
from meetingdesk.domain.model import (
    BadgeIssue,
    Category,
    Delegate,
    Delegation,
    Event,
    RegistrationStatus,
)
from meetingdesk.domain.values import (
    BadgeWarning,
    DelegateSummary,
    Desk,
    JobOutcome,
    PrintJobResult,
)
from meetingdesk.files import atomic_output, check_output, refused_for
from meetingdesk.services import audit, codes
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import summarise, the_event
from meetingdesk.services.keys import KeyRing, KeysLocked
from meetingdesk.services.layouts import LayoutLibrary
from meetingdesk.services.registry import REPRINT_REASONS, RegistryService, printed_condition

log = logging.getLogger("meetingdesk.badges")

DEFAULT_LAYOUT = "a6-portrait"
FIRST_PRINT = "first print"
CHUNK = 5_000  # ids per IN (...) list: well inside every engine's parameter limit


@dataclass(frozen=True)
class PrintResult:
    """Badges rendered to a PDF. ``badges`` holds (delegate id, generation) in the
    order they appear: what ``record_printed`` marks once the sheet really went
    to a printer (or the person says the PDF will be printed)."""

    out: Path
    layout: str
    printed: int
    pages: int
    badges: tuple[tuple[int, int], ...] = ()
    skipped_cancelled: int = 0
    warnings: list[BadgeWarning] = field(default_factory=list)


@dataclass(frozen=True)
class PrintRecord:
    """What ``record_printed`` wrote: how many badges now count as printed, and
    the delegates reprinted since the sheet was rendered (their badge on it is
    revoked already, so it was not recorded)."""

    recorded: int
    superseded: tuple[int, ...] = ()


class ReprintOutcome(enum.Enum):
    DONE = "done"
    SUPERSEDED = "superseded"  # another desk reprinted it first: nothing changed here
    PRINT_REFUSED = "print_refused"  # the printer did not take the job: nothing revoked
    PRINT_CANCELLED = "print_cancelled"  # cancelled while printing: nothing revoked


@dataclass(frozen=True)
class IssueRecord:
    """Who issued a badge generation, and when."""

    generation: int
    at: dt.datetime
    desk: str
    operator: str
    reason: str


@dataclass(frozen=True)
class ReprintResult:
    outcome: ReprintOutcome
    delegate: DelegateSummary
    generation: int  # the generation the database holds after the attempt
    reason: str
    out: Path | None = None  # the new badge (DONE only)
    printed: bool = False  # recorded as printed (the printer took it, or asked to)
    by: IssueRecord | None = None  # SUPERSEDED: the reprint that came first
    detail: str = ""  # PRINT_REFUSED: what the print system said
    warnings: tuple[BadgeWarning, ...] = ()


class PrintSent(Protocol):
    """Sends a finished PDF to a printer; says whether the print system took it."""

    def __call__(self, pdf: Path) -> PrintJobResult: ...


def event_dates(event: Event) -> str:
    """ "Madrid · 3–4 December 2026" in the event's badge language."""
    span = BadgeTexts.of(event.badge_language, event.badge_texts).dates(
        event.start_date, event.end_date
    )
    return f"{event.city} · {span}" if event.city else span


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


def _choice(db: Session, query: _Query, only_codes: Sequence[str], category: str | None) -> _Query:
    """``query`` over delegates, narrowed to a list of codes or a category; an
    unknown code or category is said, not ignored."""
    query = (
        query.select_from(Delegate)
        .join(Delegation, Delegation.id == Delegate.delegation_id)
        .join(Category, Category.id == Delegate.category_id)
    )
    if only_codes:
        wanted = [codes.normalise_code(c) for c in only_codes]
        found = set(
            db.execute(select(Delegate.badge_code).where(Delegate.badge_code.in_(wanted))).scalars()
        )
        unknown = [c for c in wanted if c not in found]
        if unknown:
            raise NotFound(f"no delegate has the badge code {', '.join(unknown)}", tuple(unknown))
        query = query.where(Delegate.badge_code.in_(wanted))
    if category is not None:
        if db.execute(select(Category.id).where(Category.code == category.upper())).first() is None:
            raise NotFound(f"there is no category {category!r}")
        query = query.where(Category.code == category.upper())
    return query


class BadgeService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock = system_clock,
        keys: KeyRing | None = None,
        layouts: LayoutLibrary | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self.keys = keys or KeyRing(uow)
        self._registry = RegistryService(uow, clock, self.keys)
        self.layouts = layouts or LayoutLibrary(uow, clock)

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
            query = _choice(uow.db, select(Delegate.id, Delegate.status), only_codes, category)
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

    def count(
        self,
        *,
        only_codes: Sequence[str] = (),
        category: str | None = None,
        not_printed: bool = False,
    ) -> tuple[int, int]:
        """How many ``select`` would choose, and leave out, counted by the
        database (what a desk shows after every change at any desk)."""
        with self._uow.read() as uow:
            query = _choice(uow.db, select(Delegate.status, func.count()), only_codes, category)
            if not_printed:
                query = query.where(~printed_condition())
            rows = uow.db.execute(query.group_by(Delegate.status)).all()
        by_status: dict[RegistrationStatus, int] = {status: n for status, n in rows}
        chosen = by_status.get(RegistrationStatus.REGISTERED, 0)
        skipped = sum(by_status.values()) - chosen if only_codes else 0
        return chosen, skipped

    def is_printed(self, delegate_id: int) -> bool:
        with self._uow.read() as uow:
            return bool(
                uow.db.execute(
                    select(printed_condition()).where(Delegate.id == delegate_id)
                ).scalar()
            )

    def _protected(self) -> list[Path]:
        return database_files(self._uow.engine.url)

    def render(
        self,
        delegate_ids: Sequence[int],
        out: Path,
        *,
        layout: str = DEFAULT_LAYOUT,
        progress: Callable[[int, int | None], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        skipped_cancelled: int = 0,
    ) -> PrintResult:
        """Render the badges to ``out``; records nothing (a PDF is not a print)."""
        chosen = self.layouts.load(layout)
        if not delegate_ids:
            raise ValidationError(
                "delegates", "nobody to print: the choice is empty", Invalid.EMPTY_CHOICE
            )
        out = check_output(out, self._protected())
        badges = self.badge_data(delegate_ids)
        from meetingdesk.badges.render import BadgeRenderer  # ReportLab: only when printing

        with atomic_output(out, self._protected()) as partial:
            report = BadgeRenderer(chosen).render(
                badges, partial, total=len(badges), progress=progress, cancelled=cancelled
            )
        log.info("rendered %d badges (%s) to %s", report.badges, chosen.name, out.name)
        return PrintResult(
            out=out,
            layout=chosen.name,
            printed=report.badges,
            pages=report.pages,
            badges=tuple((b.delegate_id, b.generation) for b in badges),
            skipped_cancelled=skipped_cancelled,
            warnings=list(report.warnings),
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
        """Render the badges and record them as printed: for a PDF that goes
        straight to a printer (``badges --mark-printed``, benchmarks)."""
        result = self.render(
            delegate_ids,
            out,
            layout=layout,
            progress=progress,
            cancelled=cancelled,
            skipped_cancelled=skipped_cancelled,
        )
        self.record_printed(result, desk)
        return result

    def record_printed(self, result: PrintResult, desk: Desk, via: str = "printer") -> PrintRecord:
        """The badges of a rendered sheet were printed (the print system took the
        job, or the person says the PDF will be printed): one transaction. A badge
        reprinted since the sheet was rendered is left out and reported."""
        now = self._clock()
        with self._uow.write() as uow:
            db = uow.db
            current: dict[int, int] = {}
            ids = [d for d, _ in result.badges]
            for start in range(0, len(ids), CHUNK):
                current.update(
                    (delegate_id, generation)
                    for delegate_id, generation in db.execute(
                        select(Delegate.id, Delegate.badge_generation).where(
                            Delegate.id.in_(ids[start : start + CHUNK])
                        )
                    ).all()
                )
            pairs = [(d, g) for d, g in result.badges if current.get(d) == g]
            superseded = tuple(d for d, g in result.badges if current.get(d) != g)
            existing: set[tuple[int, int]] = set()
            for start in range(0, len(pairs), CHUNK):
                chunk = pairs[start : start + CHUNK]
                existing.update(
                    (delegate_id, generation)
                    for delegate_id, generation in db.execute(
                        select(BadgeIssue.delegate_id, BadgeIssue.generation).where(
                            tuple_(BadgeIssue.delegate_id, BadgeIssue.generation).in_(chunk)
                        )
                    ).all()
                )
            new = [
                {
                    "delegate_id": d,
                    "generation": g,
                    "at": now,
                    "desk": desk.name,
                    "operator": desk.operator,
                    "reason": FIRST_PRINT,
                    "printed_at": now,
                }
                for d, g in pairs
                if (d, g) not in existing
            ]
            if new:
                db.execute(insert(BadgeIssue), new)
            again = [p for p in pairs if p in existing]
            for start in range(0, len(again), CHUNK):
                db.execute(
                    update(BadgeIssue)
                    .where(
                        tuple_(BadgeIssue.delegate_id, BadgeIssue.generation).in_(
                            again[start : start + CHUNK]
                        )
                    )
                    .values(printed_at=now)
                    .execution_options(synchronize_session=False)
                )
            if pairs:
                audit.append(
                    db,
                    desk,
                    "badges.printed",
                    now,
                    count=len(pairs),
                    layout=result.layout,
                    via=via,
                    delegates=[d for d, _ in pairs][:1000],
                )
            uow.commit()
        log.info(
            "desk=%s recorded %d badges as printed (%s), %d superseded",
            desk.name,
            len(pairs),
            via,
            len(superseded),
        )
        return PrintRecord(len(pairs), superseded)

    def reprint_target(self, code: str) -> tuple[DelegateSummary, IssueRecord | None]:
        """Whose badge a code names, and its last reprint, for the reprint dialog."""
        delegate = self._registry.find_by_code(code)
        with self._uow.read() as uow:
            return delegate, _last_issue(uow.db, delegate.id)

    def reprint(
        self,
        delegate_id: int,
        reason: str,
        desk: Desk,
        out: Path,
        *,
        layout: str = DEFAULT_LAYOUT,
        expected_generation: int | None = None,
        send: PrintSent | None = None,
        mark_printed: bool = False,
    ) -> ReprintResult:
        """Revoke the delegate's current badge and issue the next generation, as
        one step: the new badge is rendered first; then one transaction raises the
        generation, records the issue and the audit entry, sends the PDF to the
        printer (``send``) and moves it to ``out``. If the printer does not take
        it, nothing is revoked. ``expected_generation`` is the generation the
        person asking saw: when another desk reprinted meanwhile, nothing happens
        and the result says who did."""
        if reason not in REPRINT_REASONS:
            raise ValidationError(
                "reason",
                f"say why: one of {', '.join(REPRINT_REASONS)}",
                Invalid.NOT_A_REASON,
                value=", ".join(REPRINT_REASONS),
            )
        chosen = self.layouts.load(layout)  # an unusable layout must not revoke anyone's badge
        protected = self._protected()
        out = check_output(out, protected)
        with self._uow.read() as uow:
            delegate = _delegate(uow.db, delegate_id)
            if delegate.status is RegistrationStatus.CANCELLED:
                raise ValidationError(
                    "code", "this registration is cancelled: no badge to reprint", Invalid.CANCELLED
                )
            seen = delegate.badge_generation if expected_generation is None else expected_generation
            if delegate.badge_generation != seen:
                return self._superseded(uow.db, delegate, reason)
            if seen >= codes.MAX_GENERATION:
                raise ValidationError(
                    "generation", "this badge cannot be reprinted again", Invalid.NO_MORE_REPRINTS
                )
            stamp = delegate.updated_at
            badge = replace(next(self._badge_data(uow.db, [delegate_id])), generation=seen + 1)
            badge = self._signed(uow.db, badge)
        from meetingdesk.badges.render import BadgeRenderer  # ReportLab: only when printing

        renderer = BadgeRenderer(chosen)
        partial = out.with_name(f".{out.name}.{os.getpid()}.part")
        try:
            try:
                report = renderer.render([badge], partial)
            except OSError as exc:
                raise refused_for(out, exc) from exc
            with self._uow.write() as uow:
                db = uow.db
                now = self._clock()
                row = db.execute(
                    select(Delegate).where(Delegate.id == delegate_id).with_for_update()
                ).scalar_one()
                if row.badge_generation != seen:
                    return self._superseded(db, row, reason)
                before = summarise(row)
                if row.updated_at != stamp:  # edited meanwhile: the badge shows the new data
                    fresh = replace(next(self._badge_data(db, [delegate_id])), generation=seen + 1)
                    report = renderer.render([self._signed(db, fresh)], partial)
                row.badge_generation = seen + 1
                row.updated_at = now
                issue = BadgeIssue(
                    delegate_id=delegate_id,
                    generation=seen + 1,
                    at=now,
                    desk=desk.name,
                    operator=desk.operator,
                    reason=reason,
                )
                db.add(issue)
                db.flush()
                printed = mark_printed
                if send is not None:
                    job = send(partial)
                    if job.outcome is not JobOutcome.ACCEPTED:
                        # Rolled back with the unit of work: the old badge stays valid.
                        log.info(
                            "desk=%s reprint of delegate=%s not printed (%s): nothing revoked",
                            desk.name,
                            delegate_id,
                            job.outcome.value,
                        )
                        return ReprintResult(
                            ReprintOutcome.PRINT_CANCELLED
                            if job.outcome is JobOutcome.CANCELLED
                            else ReprintOutcome.PRINT_REFUSED,
                            before,
                            seen,
                            reason,
                            detail=job.detail,
                        )
                    printed = True
                if printed:
                    issue.printed_at = now
                audit.append(
                    db,
                    desk,
                    "badge.reissued",
                    now,
                    delegate_id=delegate_id,
                    generation=seen + 1,
                    reason=reason,
                    printed=printed,
                )
                summary = summarise(row)
                # The new badge exists before the old one is revoked.
                try:
                    os.replace(partial, out)
                except OSError as exc:
                    raise refused_for(out, exc) from exc
                try:
                    uow.commit()
                except BaseException:
                    out.unlink(missing_ok=True)  # its generation was never issued
                    raise
        finally:
            partial.unlink(missing_ok=True)
        log.info(
            "desk=%s reprinted badge of delegate=%s as generation %d (%s)",
            desk.name,
            delegate_id,
            seen + 1,
            reason,
        )
        return ReprintResult(
            ReprintOutcome.DONE,
            summary,
            seen + 1,
            reason,
            out=out,
            printed=printed,
            warnings=tuple(report.warnings),
        )

    def _superseded(self, db: Session, delegate: Delegate, reason: str) -> ReprintResult:
        last = _last_issue(db, delegate.id)
        log.info("reprint of delegate=%s superseded by another desk", delegate.id)
        return ReprintResult(
            ReprintOutcome.SUPERSEDED,
            summarise(delegate),
            delegate.badge_generation,
            reason,
            by=last,
        )

    def _signed(self, db: Session, badge: BadgeData) -> BadgeData:
        event = the_event(db)
        payload = self.keys.signer().sign(badge.badge_code, badge.generation)
        texts = BadgeTexts.of(event.badge_language, event.badge_texts)
        return replace(badge, payload=payload, reprint_text=texts.reprint_mark(badge.generation))

    def badge_data(self, delegate_ids: Sequence[int]) -> list[BadgeData]:
        """What the badges of these delegates show, in the order given."""
        with self._uow.read() as uow:
            return list(self._badge_data(uow.db, delegate_ids))

    # --- for the layout designer ---------------------------------------------------------
    def preview_data(self, delegate_id: int) -> BadgeData:
        """What this delegate's badge shows, for a preview: signed when the keys
        are unlocked, else with an unsigned code of the same length (a preview
        is never a badge)."""
        try:
            signer: codes.Signer | _PreviewSigner = self.keys.signer()
        except KeysLocked:
            signer = _PreviewSigner()
        with self._uow.read() as uow:
            found = list(self._badge_data(uow.db, [delegate_id], signer))
        if not found:
            raise NotFound(f"there is no delegate with id {delegate_id}")
        return found[0]

    def design_samples(self) -> dict[DesignSample, BadgeData]:
        """Invented people who test a layout: the longest name, an Arabic name, a
        Cyrillic one, nobody's photo; with the event's own title, dates and texts."""
        with self._uow.read() as uow:
            event = the_event(uow.db)
            dates = event_dates(event)
            texts = BadgeTexts.of(event.badge_language, event.badge_texts)
            category = uow.db.execute(
                select(
                    Category.code,
                    func.coalesce(Category.badge_label, Category.label),
                    Category.colour,
                )
                .order_by(Category.id)
                .limit(1)
            ).first()
            title, language = event.title, event.badge_language
        code, label, colour = category or ("DEL", "Delegation", "#1565C0")
        signer = _PreviewSigner()
        common = BadgeData(
            event_title=title,
            event_dates=dates,
            honorific="",
            badge_name="",
            native_name=None,
            function="",
            delegation="",
            category_label=label,
            category_colour=colour,
            head_of_delegation=False,
            badge_code="",
            generation=1,
            payload="",
            head_of_delegation_text=texts.head_of_delegation,
            category_code=code,
            language=language,
        )
        people = {
            DesignSample.LONGEST: (
                "Dr.",
                "María de los Ángeles Inmaculada Fernández-Villaverde y García de la Concepción",
                None,
                "Deputy Director-General for International Police Co-operation",
                "Spain",
                "EXAM PLE1",
            ),
            DesignSample.ARABIC: (
                "",
                "Abdelrahman Ben Youssef Al-Mansouri",
                "عبد الرحمن بن يوسف المنصوري",
                "Director of Counter-Terrorism",
                "Morocco",
                "EXAM PLE2",
            ),
            DesignSample.CYRILLIC: (
                "Col.",
                "Jovan Jovanović",
                "Јован Јовановић",
                "Head of the Counter-Terrorism Unit",
                "Serbia",
                "EXAM PLE3",
            ),
            DesignSample.NO_PHOTO: (
                "Ms.",
                "Elena Papadopoulou",
                "Έλενα Παπαδοπούλου",
                "Police Attaché",
                "Greece",
                "EXAM PLE4",
            ),
        }
        photo = sample_photo()
        samples = {}
        for sample, (honorific, name, native, function, delegation, printed) in people.items():
            badge_code = printed.replace(" ", "")
            samples[sample] = replace(
                common,
                honorific=honorific,
                badge_name=name,
                native_name=native,
                function=function,
                delegation=delegation,
                badge_code=badge_code,
                payload=signer.sign(badge_code, 1),
                photo=None if sample is DesignSample.NO_PHOTO else photo,
            )
        return samples

    def design_values(self, longest: int = 200) -> dict[str, list[str]]:
        """What the event's badges print in each text, as far as it decides
        whether a text must shrink: per variable, its distinct values with the
        most letters and those with the longest word (``longest`` of each)."""
        with self._uow.read() as uow:
            event = the_event(uow.db)
            texts = BadgeTexts.of(event.badge_language, event.badge_texts)
            columns = {
                "badge_name": Delegate.badge_name,
                "native_name": Delegate.native_name,
                "function": Delegate.function,
                "honorific": Delegate.honorific,
            }
            values: dict[str, list[str]] = {}
            for variable, column in columns.items():
                rows = uow.db.execute(
                    select(column)
                    .where(Delegate.status == RegistrationStatus.REGISTERED, column.is_not(None))
                    .distinct()
                    .order_by(func.length(column).desc())
                    .limit(longest * 20)
                ).scalars()
                values[variable] = _longest([str(v) for v in rows], longest)
            values["delegation"] = _longest(
                [str(v) for v in uow.db.execute(select(Delegation.name)).scalars()], longest
            )
            values["category_label"] = [
                str(v)
                for v in uow.db.execute(
                    select(func.coalesce(Category.badge_label, Category.label))
                ).scalars()
            ]
            generation = uow.db.execute(select(func.max(Delegate.badge_generation))).scalar()
            values["event_title"] = [event.title]
            values["event_dates"] = [event_dates(event)]
            values["head_of_delegation"] = [texts.head_of_delegation]
            values["reprint_marker"] = [texts.reprint_mark(max(int(generation or 1), 2))]
            values["badge_code"] = ["WWWW WWWW"]
        return values

    def _badge_data(
        self,
        db: Session,
        delegate_ids: Sequence[int],
        signer: codes.Signer | _PreviewSigner | None = None,
    ) -> Iterator[BadgeData]:
        # Before any work: KeysLocked says what is missing.
        signer = signer or self.keys.signer()
        event = the_event(db)
        dates = event_dates(event)
        texts = BadgeTexts.of(event.badge_language, event.badge_texts)
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
                        func.coalesce(Category.badge_label, Category.label).label("label"),
                        Category.colour,
                        Category.code.label("category_code"),
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
                payload=signer.sign(row.badge_code, row.badge_generation),
                photo=row.photo,
                delegate_id=row.id,
                head_of_delegation_text=texts.head_of_delegation,
                reprint_text=texts.reprint_mark(row.badge_generation),
                category_code=row.category_code,
                language=event.badge_language,
            )


class DesignSample(enum.Enum):
    LONGEST = "longest"
    ARABIC = "arabic"
    CYRILLIC = "cyrillic"
    NO_PHOTO = "no_photo"


class _PreviewSigner:
    """Codes as long as signed ones, so a preview's QR code is as dense as a
    badge's, but signed by nobody: no desk accepts them."""

    tag = "PREVIEW"

    def sign(self, code: str, generation: int) -> str:
        body = f"{codes.PREFIX}{code}{generation}"
        return body + "Z" * (codes.PAYLOAD_LENGTH - len(body))


def _longest(values: list[str], count: int) -> list[str]:
    """The ``count`` values with the most letters and the ``count`` with the
    longest word: the ones that decide whether a text fits."""
    by_length = sorted(values, key=len, reverse=True)[:count]
    by_word = sorted(values, key=lambda v: max(map(len, v.split()), default=0), reverse=True)
    chosen = dict.fromkeys(by_length + by_word[:count])
    return list(chosen)


def sample_photo() -> bytes:
    """A grey head-and-shoulders outline: a photo's place on a preview."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (120, 150), (207, 216, 220))
    draw = ImageDraw.Draw(image)
    draw.ellipse((35, 20, 85, 75), fill=(144, 164, 174))
    draw.ellipse((15, 80, 105, 190), fill=(144, 164, 174))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _delegate(db: Session, delegate_id: int) -> Delegate:
    delegate = db.get(Delegate, delegate_id)
    if delegate is None:
        raise NotFound(f"there is no delegate with id {delegate_id}")
    return delegate


def _last_issue(db: Session, delegate_id: int) -> IssueRecord | None:
    issue = db.execute(
        select(BadgeIssue)
        .where(BadgeIssue.delegate_id == delegate_id, BadgeIssue.generation > 1)
        .order_by(BadgeIssue.generation.desc())
        .limit(1)
    ).scalar_one_or_none()
    if issue is None:
        return None
    return IssueRecord(issue.generation, issue.at, issue.desk, issue.operator, issue.reason)
