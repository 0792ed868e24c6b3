"""The event and its people: set-up, walk-ins, edits, cancellations, reprints."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, fields, replace

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain import names
from meetingdesk.domain.errors import Invalid, NotFound, ValidationError
from meetingdesk.domain.model import (
    BadgeIssue,
    Category,
    Delegate,
    Delegation,
    RegistrationStatus,
)
from meetingdesk.domain.values import Action, ActionResult, DelegateSummary, Desk, IdCheck, Outcome
from meetingdesk.services import audit, codes
from meetingdesk.services.checkin import CheckInService
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.identify import summarise, the_event
from meetingdesk.services.keys import KeyRing
from meetingdesk.services.search import SearchService, index_delegate

log = logging.getLogger("meetingdesk.registry")

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
# The longest each field may be, as the schema has it (checked before the
# database, which on PostgreSQL would refuse with the values in its message).
FIELD_LIMITS = {
    "given_name": 150,
    "family_name": 150,
    "honorific": 40,
    "badge_name": 300,
    "native_name": 300,
    "function": 300,
    "email": 254,
    "phone": 40,
    "notes": 2000,
}
REPRINT_REASONS = ("lost", "damaged", "name-corrected")


@dataclass(frozen=True, slots=True)
class DelegateFields:
    """What a person enters for a delegate; ``badge_name`` defaults to
    "given family" when left empty."""

    given_name: str
    family_name: str
    delegation_id: int
    category_code: str
    honorific: str = ""
    badge_name: str = ""
    native_name: str | None = None
    function: str = ""
    head_of_delegation: bool = False
    email: str | None = None
    phone: str | None = None
    notes: str = ""

    def cleaned(self) -> DelegateFields:
        """Trimmed, NFC-normalised, validated; raises ValidationError naming the field."""
        values = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = unicodedata.normalize("NFC", value.strip())
            values[f.name] = value
        out = replace(self, **values)
        if not out.family_name:
            raise ValidationError("family_name", "the family name is required", Invalid.REQUIRED)
        for name, limit in FIELD_LIMITS.items():
            value = getattr(out, name)
            if isinstance(value, str):
                if len(value) > limit:
                    raise ValidationError(
                        name, f"longer than {limit} characters", Invalid.TOO_LONG, limit=limit
                    )
                control = CONTROL.search(value)
                if control is not None:
                    code = f"U+{ord(control.group()):04X}"
                    raise ValidationError(
                        name,
                        f"a control character ({code}): remove it",
                        Invalid.CONTROL_CHARACTER,
                        code=code,
                    )
        if out.email and not EMAIL.match(out.email):
            raise ValidationError(
                "email",
                f"{out.email!r} is not an e-mail address",
                Invalid.NOT_AN_EMAIL,
                value=out.email,
            )
        if not out.badge_name:
            out = replace(out, badge_name=auto_badge_name(out.given_name, out.family_name))
        if len(out.badge_name) > 300:
            raise ValidationError(
                "badge_name", "longer than 300 characters", Invalid.TOO_LONG, limit=300
            )
        return replace(
            out,
            native_name=out.native_name or None,
            email=out.email or None,
            phone=out.phone or None,
        )


@dataclass(frozen=True, slots=True)
class EditResult:
    summary: DelegateSummary
    changed: tuple[str, ...]  # field names
    badge_printed: bool  # the current badge was printed already

    @property
    def name_on_badge_changed(self) -> bool:
        """A name printed on the badge changed: a printed badge shows the old one."""
        return bool(set(self.changed) & NAME_FIELDS)


# The names a badge prints.
NAME_FIELDS = frozenset({"honorific", "badge_name", "native_name"})


def printed_condition() -> ColumnElement[bool]:
    """True for a delegate whose current badge generation has been printed."""
    return exists().where(
        BadgeIssue.delegate_id == Delegate.id,
        BadgeIssue.generation == Delegate.badge_generation,
        BadgeIssue.printed_at.is_not(None),
    )


def auto_badge_name(given_name: str, family_name: str) -> str:
    """The name on the badge when nobody set it separately."""
    return f"{given_name} {family_name}".strip()


class RegistryService:
    def __init__(
        self, uow: UnitOfWorkFactory, clock: Clock = system_clock, keys: KeyRing | None = None
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._keys = keys or KeyRing(uow)
        self._checkin = CheckInService(uow, clock)
        self._search = SearchService(uow)

    def categories(self) -> list[Category]:
        with self._uow.read() as uow:
            rows = list(uow.db.execute(select(Category).order_by(Category.sort_order)).scalars())
            uow.db.expunge_all()
            return rows

    def delegations(self) -> list[Delegation]:
        with self._uow.read() as uow:
            rows = list(
                uow.db.execute(select(Delegation).order_by(Delegation.protocol_key)).scalars()
            )
            uow.db.expunge_all()
            return rows

    # --- delegates ----------------------------------------------------------------

    def delegate(self, delegate_id: int) -> DelegateSummary:
        with self._uow.read() as uow:
            return summarise(self._delegate(uow.db, delegate_id))

    def fields_of(self, delegate_id: int) -> DelegateFields:
        """What the edit dialog starts from."""
        with self._uow.read() as uow:
            d = self._delegate(uow.db, delegate_id)
            return DelegateFields(
                given_name=d.given_name,
                family_name=d.family_name,
                delegation_id=d.delegation_id,
                category_code=d.category.code,
                honorific=d.honorific,
                badge_name=d.badge_name,
                native_name=d.native_name,
                function=d.function,
                head_of_delegation=d.head_of_delegation,
                email=d.email,
                phone=d.phone,
                notes=d.notes,
            )

    def photo(self, delegate_id: int) -> bytes | None:
        with self._uow.read() as uow:
            photo: bytes | None = uow.db.execute(
                select(Delegate.photo).where(Delegate.id == delegate_id)
            ).scalar_one_or_none()
            return photo

    def similar(self, given_name: str, family_name: str) -> list[int]:
        """Delegates with the same name (``names.same_name``: the same folded words
        and, where both are written in another script, the same letters): a
        walk-in may already exist."""
        wanted = names.words(given_name) + names.words(family_name)
        if not wanted:
            return []
        hits = self._search.search(" ".join(wanted), limit=None)
        with self._uow.read() as uow:
            same = []
            for hit in hits.hits:
                d = self._delegate(uow.db, hit.delegate_id)
                if names.same_name(d.given_name, d.family_name, given_name, family_name):
                    same.append(d.id)
            return same

    def register_walk_in(
        self,
        data: DelegateFields,
        desk: Desk,
        check_in: bool = True,
        id_check: IdCheck | None = None,
    ) -> tuple[DelegateSummary, ActionResult | None]:
        """Register someone on the spot, give them a badge code, and check them in."""
        data = data.cleaned()
        with self._uow.write() as uow:
            now = self._clock()
            the_event(uow.db)
            delegate = Delegate(
                badge_code=self._unused_code(uow.db),
                badge_generation=1,
                updated_at=now,
                status=RegistrationStatus.REGISTERED,
            )
            self._apply(uow.db, delegate, data)
            uow.db.add(delegate)
            uow.db.flush()
            index_delegate(uow.db, delegate, delegate.delegation.name)
            audit.append(
                uow.db, desk, "delegate.created", now, delegate_id=delegate.id, walk_in=True
            )
            uow.commit()
            summary = summarise(delegate)
        log.info("desk=%s registered walk-in delegate=%s", desk.name, summary.id)
        result = self._checkin.check_in_delegate(summary.id, desk, id_check) if check_in else None
        return summary, result

    def edit(self, delegate_id: int, data: DelegateFields, desk: Desk) -> EditResult:
        """Save a delegate's details. The name on the badge follows a corrected
        given or family name unless it was set separately; the result says
        whether what the badge shows changed and whether that badge was printed."""
        data = data.cleaned()
        with self._uow.write() as uow:
            delegate = self._delegate(uow.db, delegate_id)
            derived = delegate.badge_name == auto_badge_name(
                delegate.given_name, delegate.family_name
            )
            if derived and data.badge_name == delegate.badge_name:
                data = replace(data, badge_name=auto_badge_name(data.given_name, data.family_name))
            before = {f.name: getattr(delegate, f.name, None) for f in fields(data)}
            before_category = delegate.category.code
            self._apply(uow.db, delegate, data)
            changed = sorted(
                name
                for name, old in before.items()
                if name in Delegate.__table__.c and getattr(delegate, name) != old
            )
            if delegate.category.code != before_category:
                changed.append("category_code")
            printed = bool(
                uow.db.execute(
                    select(printed_condition()).where(Delegate.id == delegate_id)
                ).scalar()
            )
            if not changed:
                return EditResult(summarise(delegate), (), printed)
            delegate.updated_at = self._clock()
            uow.db.flush()
            index_delegate(uow.db, delegate, delegate.delegation.name)
            # Field names only: the values are personal data.
            audit.append(
                uow.db,
                desk,
                "delegate.edited",
                delegate.updated_at,
                delegate_id=delegate.id,
                fields=changed,
            )
            uow.commit()
            return EditResult(summarise(delegate), tuple(changed), printed)

    def set_cancelled(self, delegate_id: int, cancelled: bool, desk: Desk) -> ActionResult:
        with self._uow.write() as uow:
            delegate = self._delegate(uow.db, delegate_id)
            status = RegistrationStatus.CANCELLED if cancelled else RegistrationStatus.REGISTERED
            action = Action.CANCEL if cancelled else Action.RESTORE
            if delegate.status is status:
                return ActionResult(Outcome.ALREADY, action, delegate=summarise(delegate))
            delegate.status = status
            delegate.updated_at = self._clock()
            audit.append(
                uow.db,
                desk,
                f"delegate.{status.value}",
                delegate.updated_at,
                delegate_id=delegate.id,
            )
            uow.commit()
            return ActionResult(
                Outcome.DONE, action, delegate=summarise(delegate), at=delegate.updated_at
            )

    def reissue_badge(self, delegate_id: int, reason: str, desk: Desk) -> DelegateSummary:
        """A new badge generation: every earlier badge of this delegate is refused from now."""
        if reason not in REPRINT_REASONS:
            raise ValidationError(
                "reason",
                f"say why: one of {', '.join(REPRINT_REASONS)}",
                Invalid.NOT_A_REASON,
                value=", ".join(REPRINT_REASONS),
            )
        with self._uow.write() as uow:
            now = self._clock()
            delegate = self._delegate(uow.db, delegate_id)
            if delegate.badge_generation >= codes.MAX_GENERATION:
                raise ValidationError(
                    "generation", "this badge cannot be reprinted again", Invalid.NO_MORE_REPRINTS
                )
            delegate.badge_generation += 1
            delegate.updated_at = now
            uow.db.add(
                BadgeIssue(
                    delegate_id=delegate.id,
                    generation=delegate.badge_generation,
                    at=now,
                    desk=desk.name,
                    operator=desk.operator,
                    reason=reason,
                )
            )
            audit.append(
                uow.db,
                desk,
                "badge.reissued",
                now,
                delegate_id=delegate.id,
                generation=delegate.badge_generation,
                reason=reason,
            )
            uow.commit()
            log.info(
                "desk=%s reissued badge of delegate=%s, generation %s (%s)",
                desk.name,
                delegate.id,
                delegate.badge_generation,
                reason,
            )
            return summarise(delegate)

    def scan_payload(self, delegate_id: int) -> str:
        """The signed text for the QR code of the delegate's current badge (needs
        the event's key: KeysLocked until the passphrase is given)."""
        signer = self._keys.signer()
        with self._uow.read() as uow:
            delegate = self._delegate(uow.db, delegate_id)
            return signer.sign(delegate.badge_code, delegate.badge_generation)

    def find_by_code(self, code: str) -> DelegateSummary:
        with self._uow.read() as uow:
            delegate = uow.db.execute(
                select(Delegate).where(Delegate.badge_code == codes.normalise_code(code))
            ).scalar_one_or_none()
            if delegate is None:
                raise NotFound(f"no delegate has the badge code {code!r}", (code,))
            return summarise(delegate)

    # --- helpers ------------------------------------------------------------------

    @staticmethod
    def _delegate(db: Session, delegate_id: int) -> Delegate:
        delegate = db.get(Delegate, delegate_id)
        if delegate is None:
            raise NotFound(f"there is no delegate with id {delegate_id}")
        return delegate

    @staticmethod
    def _unused_code(db: Session) -> str:
        while True:
            code = codes.new_code()
            if db.execute(select(Delegate.id).where(Delegate.badge_code == code)).first() is None:
                return code

    @staticmethod
    def _apply(db: Session, delegate: Delegate, data: DelegateFields) -> None:
        delegation = db.get(Delegation, data.delegation_id) if data.delegation_id else None
        if delegation is None:
            raise ValidationError(
                "delegation",
                f"there is no delegation {data.delegation_id}",
                Invalid.NO_SUCH,
                value=data.delegation_id,
            )
        category = db.execute(
            select(Category).where(Category.code == data.category_code.upper())
        ).scalar_one_or_none()
        if category is None:
            raise ValidationError(
                "category",
                f"there is no category {data.category_code!r}",
                Invalid.NO_SUCH,
                value=data.category_code,
            )
        delegate.honorific = data.honorific
        delegate.given_name = data.given_name
        delegate.family_name = data.family_name
        delegate.badge_name = data.badge_name
        delegate.native_name = data.native_name
        delegate.function = data.function
        delegate.delegation = delegation
        delegate.category = category
        delegate.head_of_delegation = data.head_of_delegation
        delegate.email = data.email
        delegate.phone = data.phone
        delegate.notes = data.notes
        delegate.sort_name = names.sort_key(f"{data.family_name} {data.given_name}")[:300]
