"""Badge printing is tracked: when each badge generation was printed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from meetingdesk.domain.model import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("badge_issue") as batch:
        batch.add_column(sa.Column("printed_at", UtcDateTime(), nullable=True))
    # Until now a badge issue was recorded when it was reprinted, and printed then.
    op.execute(sa.text("UPDATE badge_issue SET printed_at = at"))


def downgrade() -> None:
    with op.batch_alter_table("badge_issue") as batch:
        batch.drop_column("printed_at")
