"""Remembered column mappings of imported spreadsheets.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mapping",
        sa.Column("header", sa.String(200), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("header", name="pk_import_mapping"),
    )


def downgrade() -> None:
    op.drop_table("import_mapping")
