"""The first schema: event, sessions, categories, delegations, delegates, search keys,
check-ins, attendance, badge issues and the audit chain.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from meetingdesk.domain.model import SearchKey, UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("venue", sa.String(200), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("organiser", sa.String(200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("code_tag", sa.String(4), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(64), nullable=False),
        sa.Column("attendance_requires_checkin", sa.Boolean(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name="ck_event_dates_in_order"),
        sa.PrimaryKeyConstraint("id", name="pk_event"),
        sa.UniqueConstraint("code_tag", name="uq_event_code_tag"),
    )
    op.create_table(
        "meeting_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("room", sa.String(120), nullable=False),
        sa.Column("starts_at", UtcDateTime(), nullable=False),
        sa.Column("ends_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name="ck_meeting_session_times_in_order"),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            ondelete="CASCADE",
            name="fk_meeting_session_event_id_event",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_session"),
    )
    op.create_table(
        "category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "length(colour) = 7 AND substr(colour, 1, 1) = '#'", name="ck_category_colour_hex"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_category"),
        sa.UniqueConstraint("code", name="uq_category_code"),
    )
    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column(
            "kind",
            _enum(
                "delegation_kind",
                "participating_state",
                "partner_state",
                "international_organization",
                "ngo",
                "osce_structure",
                "host",
                "media",
            ),
            nullable=False,
        ),
        sa.Column("country_code", sa.String(2), nullable=True),
        sa.Column("protocol_key", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_delegation"),
        sa.UniqueConstraint("name", name="uq_delegation_name"),
    )
    op.create_table(
        "delegate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("honorific", sa.String(40), nullable=False),
        sa.Column("given_name", sa.String(150), nullable=False),
        sa.Column("family_name", sa.String(150), nullable=False),
        sa.Column("badge_name", sa.String(300), nullable=False),
        sa.Column("native_name", sa.String(300), nullable=True),
        sa.Column("function", sa.String(300), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("head_of_delegation", sa.Boolean(), nullable=False),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column(
            "status", _enum("registration_status", "registered", "cancelled"), nullable=False
        ),
        sa.Column("badge_code", sa.String(16), nullable=False),
        sa.Column("badge_generation", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(300), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("badge_generation >= 1", name="ck_delegate_generation_positive"),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name="fk_delegate_category_id_category"
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name="fk_delegate_delegation_id_delegation"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_delegate"),
        sa.UniqueConstraint("badge_code", name="uq_delegate_badge_code"),
    )
    op.create_index("ix_delegate_category_id", "delegate", ["category_id"])
    op.create_index("ix_delegate_delegation_id", "delegate", ["delegation_id"])
    op.create_index("ix_delegate_sort_name", "delegate", ["sort_name"])
    op.create_table(
        "search_key",
        sa.Column("field", sa.SmallInteger(), nullable=False),
        sa.Column("key", SearchKey, nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegate.id"],
            ondelete="CASCADE",
            name="fk_search_key_delegate_id_delegate",
        ),
        sa.PrimaryKeyConstraint("field", "key", "delegate_id", name="pk_search_key"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_search_key_delegate_key", "search_key", ["delegate_id", "key"])
    entry_method = _enum("entry_method", "scan", "manual")
    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("desk", sa.String(60), nullable=False),
        sa.Column("operator", sa.String(60), nullable=False),
        sa.Column("method", entry_method, nullable=False),
        sa.Column("badge_generation", sa.Integer(), nullable=False),
        sa.Column("undone_at", UtcDateTime(), nullable=True),
        sa.Column("undone_by", sa.String(60), nullable=True),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegate.id"],
            ondelete="CASCADE",
            name="fk_checkin_delegate_id_delegate",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_checkin"),
    )
    op.create_index("ix_checkin_at", "checkin", ["at"])
    op.create_index(
        "uq_checkin_live_delegate",
        "checkin",
        ["delegate_id"],
        unique=True,
        sqlite_where=sa.text("undone_at IS NULL"),
        postgresql_where=sa.text("undone_at IS NULL"),
    )
    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("desk", sa.String(60), nullable=False),
        sa.Column("operator", sa.String(60), nullable=False),
        sa.Column("method", entry_method, nullable=False),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegate.id"],
            ondelete="CASCADE",
            name="fk_attendance_delegate_id_delegate",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["meeting_session.id"],
            ondelete="CASCADE",
            name="fk_attendance_session_id_meeting_session",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_attendance"),
        sa.UniqueConstraint(
            "delegate_id", "session_id", name="uq_attendance_delegate_id_session_id"
        ),
    )
    op.create_index("ix_attendance_session_id", "attendance", ["session_id"])
    op.create_table(
        "badge_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("operator", sa.String(60), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegate.id"],
            ondelete="CASCADE",
            name="fk_badge_issue_delegate_id_delegate",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_badge_issue"),
        sa.UniqueConstraint(
            "delegate_id", "generation", name="uq_badge_issue_delegate_id_generation"
        ),
    )
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("desk", sa.String(60), nullable=False),
        sa.Column("operator", sa.String(60), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entry"),
    )
    op.create_index("ix_audit_entry_delegate_id", "audit_entry", ["delegate_id"])
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_audit_head_single_row"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
    )
    # The chain starts from a fixed genesis hash; appends lock and advance this row.
    op.execute(sa.text(f"INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '{'0' * 64}')"))


def downgrade() -> None:
    for table in (
        "audit_head",
        "audit_entry",
        "badge_issue",
        "attendance",
        "checkin",
        "search_key",
        "delegate",
        "delegation",
        "category",
        "meeting_session",
        "event",
    ):
        op.drop_table(table)
