"""The French name of a delegation, for lists in French protocol order.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delegation") as batch:
        batch.add_column(sa.Column("name_fr", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("delegation") as batch:
        batch.drop_column("name_fr")
