"""Identity checks at the desk: categories that require one, and what was seen.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("category") as batch:
        batch.add_column(
            sa.Column("requires_id_check", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("checkin") as batch:
        batch.add_column(sa.Column("id_document", sa.String(30), nullable=True))
        batch.add_column(sa.Column("id_last_four", sa.String(4), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checkin") as batch:
        batch.drop_column("id_last_four")
        batch.drop_column("id_document")
    with op.batch_alter_table("category") as batch:
        batch.drop_column("requires_id_check")
