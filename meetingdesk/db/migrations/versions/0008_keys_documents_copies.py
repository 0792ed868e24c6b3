"""Badge keys that desks cannot abuse, identity documents as a type and four
characters, and a record of every copy of the database meetingdesk writes.

- event.public_key / event.sealed_key: an Ed25519 key pair, its private half
  sealed with the organisers' passphrase; event.signing_key (the HMAC secret of
  events made before) becomes optional and is erased by 'meetingdesk keys create'.
- event.id_document_types: the kinds of identity document a desk may record.
- event.purge_generation: raised by every purge, so offline copies made before
  it know to erase themselves.
- file_copy: the pre-upgrade and manual backups meetingdesk wrote, by exact path,
  so that a purge removes them and nothing else.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

from meetingdesk.domain.model import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.alter_column("signing_key", existing_type=sa.LargeBinary(64), nullable=True)
        batch.add_column(sa.Column("public_key", sa.LargeBinary(32), nullable=True))
        batch.add_column(sa.Column("sealed_key", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("id_document_types", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("purge_generation", sa.Integer(), nullable=False, server_default="0")
        )
    op.create_table(
        "file_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("made_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_file_copy")),
    )


def downgrade() -> None:
    op.drop_table("file_copy")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("purge_generation")
        batch.drop_column("id_document_types")
        batch.drop_column("sealed_key")
        batch.drop_column("public_key")
        batch.alter_column("signing_key", existing_type=sa.LargeBinary(64), nullable=False)
