"""The entities of a meeting, as SQLAlchemy 2 typed mappings.

The invariants that several desks must never break live in the schema itself,
so they hold whatever code writes the rows: a badge code is unique, a delegate
has at most one live check-in (a partial unique index), and one attendance per
delegate and session.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on both engines (SQLite has no time zones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: meetingdesk stores aware UTC times only")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


# Search keys are compared by code point so that prefix ranges use the index:
# SQLite's default BINARY collation does that; PostgreSQL needs "C".
SearchKey = String(80).with_variant(String(80, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(entity: type[Base]) -> Table:
    """The Core table of an entity, for bulk statements that skip the ORM."""
    table = entity.__table__
    assert isinstance(table, Table)
    return table


class DelegationKind(enum.StrEnum):
    PARTICIPATING_STATE = "participating_state"
    PARTNER_STATE = "partner_state"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    NGO = "ngo"
    OSCE_STRUCTURE = "osce_structure"
    HOST = "host"
    MEDIA = "media"


class RegistrationStatus(enum.StrEnum):
    REGISTERED = "registered"
    CANCELLED = "cancelled"


class EntryMethod(enum.StrEnum):
    SCAN = "scan"
    MANUAL = "manual"


class SearchField(enum.IntEnum):
    """Which name a search key came from; the order is the ranking order."""

    FAMILY = 0
    GIVEN = 1
    OTHER_NAME = 2  # badge name and native-script name
    DELEGATION = 3
    BADGE_CODE = 4


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        length=32,
        values_callable=lambda c: [m.value for m in c],
        validate_strings=True,
    )


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    venue: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))
    organiser: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    time_zone: Mapped[str] = mapped_column(String(64))
    # A short public tag that tells one event's badge codes from another's.
    code_tag: Mapped[str] = mapped_column(String(4), unique=True)
    # Badges are signed with an Ed25519 private key sealed with the organisers'
    # passphrase, and verified with the public key (migration 0008). Events made
    # before kept an HMAC secret here, used until it is replaced (keys create).
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary(64))
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    sealed_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    attendance_requires_checkin: Mapped[bool] = mapped_column(Boolean, default=False)
    # Added by migration 0006: the language of the fixed texts printed on badges,
    # and those texts themselves (see badges.texts), editable as event data.
    badge_language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    badge_texts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Added by migration 0008: the kinds of identity document a desk records
    # (None: the defaults), and a counter every purge raises so that offline
    # copies made before it erase themselves.
    id_document_types: Mapped[list[dict[str, str]] | None] = mapped_column(JSON)
    purge_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Added by migration 0009: the version of domain.names that built the search
    # keys (None: before 0.2); a database built by another is re-indexed at opening.
    search_keys_version: Mapped[int | None] = mapped_column(Integer)

    sessions: Mapped[list[MeetingSession]] = relationship(
        back_populates="event", order_by="MeetingSession.starts_at"
    )

    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_in_order"),)


class MeetingSession(Base):
    """One sitting of the meeting (opening, a working session, closing)."""

    __tablename__ = "meeting_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    room: Mapped[str] = mapped_column(String(120), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    event: Mapped[Event] = relationship(back_populates="sessions")

    __table_args__ = (CheckConstraint("ends_at > starts_at", name="times_in_order"),)


class Category(Base):
    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    colour: Mapped[str] = mapped_column(String(7))  # "#RRGGBB"
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Added by migration 0002: the desk records which identity document it saw.
    requires_id_check: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Added by migration 0006: the label as printed on badges (None: the label).
    badge_label: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        CheckConstraint("length(colour) = 7 AND substr(colour, 1, 1) = '#'", name="colour_hex"),
    )


class Delegation(Base):
    """A national delegation, an international organisation, an NGO, ..."""

    __tablename__ = "delegation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[DelegationKind] = mapped_column(_enum(DelegationKind, "delegation_kind"))
    country_code: Mapped[str | None] = mapped_column(String(2))
    protocol_key: Mapped[str] = mapped_column(String(200))
    # Added by migration 0005: lists of participants can follow the French order.
    name_fr: Mapped[str | None] = mapped_column(String(200))
    # Added by migration 0007: the English protocol name ("United States of
    # America"); ``protocol_key`` is its sort key. None: the name.
    name_en: Mapped[str | None] = mapped_column(String(200))


class Delegate(Base):
    __tablename__ = "delegate"

    id: Mapped[int] = mapped_column(primary_key=True)
    honorific: Mapped[str] = mapped_column(String(40), default="")
    given_name: Mapped[str] = mapped_column(String(150))
    family_name: Mapped[str] = mapped_column(String(150))
    badge_name: Mapped[str] = mapped_column(String(300))
    native_name: Mapped[str | None] = mapped_column(String(300))
    function: Mapped[str] = mapped_column(String(300), default="")
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), index=True)
    head_of_delegation: Mapped[bool] = mapped_column(Boolean, default=False)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    # Whether there is a photo, without loading it.
    has_photo: Mapped[bool] = column_property(
        photo.column.is_not(None)  # type: ignore[attr-defined]  # a MappedColumn here
    )
    status: Mapped[RegistrationStatus] = mapped_column(
        _enum(RegistrationStatus, "registration_status"), default=RegistrationStatus.REGISTERED
    )
    badge_code: Mapped[str] = mapped_column(String(16), unique=True)
    badge_generation: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(300), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    delegation: Mapped[Delegation] = relationship(lazy="joined", innerjoin=True)
    category: Mapped[Category] = relationship(lazy="joined", innerjoin=True)

    __table_args__ = (CheckConstraint("badge_generation >= 1", name="generation_positive"),)


class SearchKeyRow(Base):
    """One folded word of one of a delegate's names (see domain.names)."""

    __tablename__ = "search_key"

    # The primary key is the search order: ranked prefix search walks one
    # field's keys in order, delegate by delegate, and needs no sort. On SQLite
    # the table is that index itself (WITHOUT ROWID): one B-tree fewer to write.
    field: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    key: Mapped[str] = mapped_column(SearchKey, primary_key=True)
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegate.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (
        # Multi-word queries check the other words per candidate delegate.
        Index("ix_search_key_delegate_key", "delegate_id", "key"),
        {"sqlite_with_rowid": False},
    )


class CheckIn(Base):
    __tablename__ = "checkin"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    desk: Mapped[str] = mapped_column(String(60))
    operator: Mapped[str] = mapped_column(String(60))
    method: Mapped[EntryMethod] = mapped_column(_enum(EntryMethod, "entry_method"))
    badge_generation: Mapped[int] = mapped_column(Integer)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    undone_by: Mapped[str | None] = mapped_column(String(60))
    # Added by migration 0002; only the document type and its last four
    # characters are kept, never the whole number.
    id_document: Mapped[str | None] = mapped_column(String(30))
    id_last_four: Mapped[str | None] = mapped_column(String(4))

    __table_args__ = (
        Index(
            "uq_checkin_live_delegate",
            "delegate_id",
            unique=True,
            sqlite_where=text("undone_at IS NULL"),
            postgresql_where=text("undone_at IS NULL"),
        ),
        Index("ix_checkin_at", "at"),
    )


class Attendance(Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_session.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    desk: Mapped[str] = mapped_column(String(60))
    operator: Mapped[str] = mapped_column(String(60))
    method: Mapped[EntryMethod] = mapped_column(_enum(EntryMethod, "entry_method"))

    __table_args__ = (UniqueConstraint("delegate_id", "session_id"),)


class BadgeIssue(Base):
    """One generation of a delegate's badge: issued (first print, or a reprint that
    revoked the one before, with its reason), and when it was last printed."""

    __tablename__ = "badge_issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"))
    generation: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    operator: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(String(40))
    # Added by migration 0006: which desk issued it ("" before then).
    desk: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # Added by migration 0003: None until the badge of this generation is printed.
    printed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("delegate_id", "generation"),)


class AuditEntry(Base):
    """Append-only log of every state change and every refused scan.

    Each entry's hash covers its content and the previous entry's hash, so an
    edited entry breaks the chain from there on and a deleted one leaves a gap
    in ``seq``; ``AuditHead`` remembers the last entry, so deleting the tail is
    detected as well.
    """

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    desk: Mapped[str] = mapped_column(String(60))
    operator: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    delegate_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The single row that serialises appends to the audit chain."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class FileCopy(Base):
    """A copy of the database meetingdesk wrote (before an upgrade, or a backup),
    by its exact path: what a purge must find and erase too."""

    __tablename__ = "file_copy"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(20))  # "pre-upgrade", "backup"
    made_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class ImportMapping(Base):
    """Which field a spreadsheet header was mapped to, remembered for next time."""

    __tablename__ = "import_mapping"

    header: Mapped[str] = mapped_column(String(200), primary_key=True)  # folded header
    field: Mapped[str] = mapped_column(String(40))


class StoredLayout(Base):
    """A badge layout made in the designer: its JSON (pictures embedded), kept in
    the database so every desk that shares it prints the same badges."""

    __tablename__ = "badge_layout"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    saved_by: Mapped[str] = mapped_column(String(120))  # "desk / operator"
