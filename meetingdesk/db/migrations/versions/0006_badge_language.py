"""Badges in the meeting's language, and reprints that name their desk.

The fixed texts a badge prints (head of delegation, reprint mark, month names)
become event data in the badge language chosen for the event; a category gets
the label it shows on badges; a badge issue records the desk that made it, so a
desk that loses a race to reprint can say "reprinted just now at Desk 2".

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(
            sa.Column("badge_language", sa.String(8), nullable=False, server_default="en")
        )
        batch.add_column(sa.Column("badge_texts", sa.JSON(), nullable=True))
    with op.batch_alter_table("category") as batch:
        batch.add_column(sa.Column("badge_label", sa.String(120), nullable=True))
    with op.batch_alter_table("badge_issue") as batch:
        batch.add_column(sa.Column("desk", sa.String(60), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("badge_issue") as batch:
        batch.drop_column("desk")
    with op.batch_alter_table("category") as batch:
        batch.drop_column("badge_label")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("badge_texts")
        batch.drop_column("badge_language")
