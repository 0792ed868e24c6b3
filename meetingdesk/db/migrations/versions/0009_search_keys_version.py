"""The version of the search keys a database holds.

- event.search_keys_version: the ``domain.names.KEYS_VERSION`` that built the
  rows of search_key. Left empty here: opening the database re-indexes it with
  the spellings of this version (services.search.ensure_current_keys), in one
  transaction, so that no migration depends on how names are spelled.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("search_keys_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("search_keys_version")
