"""Badge layouts made in the designer, stored in the database.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from meetingdesk.domain.model import UtcDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "badge_layout",
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("saved_at", UtcDateTime(), nullable=False),
        sa.Column("saved_by", sa.String(120), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_badge_layout"),
    )


def downgrade() -> None:
    op.drop_table("badge_layout")
