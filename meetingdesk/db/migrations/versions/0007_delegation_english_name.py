"""The English protocol name of a delegation, beside its French one.

A delegation is shown by its name ("United States") but ordered in protocol
lists by its full English name ("United States of America"); until now only a
folded sort key was kept, which organisers could not read or correct.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delegation") as batch:
        batch.add_column(sa.Column("name_en", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("delegation") as batch:
        batch.drop_column("name_en")
