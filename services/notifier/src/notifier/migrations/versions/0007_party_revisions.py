"""party revisions: each delivery keeps its document key, party-list fingerprint and the event it revises

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_key", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("parties_fingerprint", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("revises_event_id", sa.String(length=300), nullable=True))
        batch_op.create_index("ix_deliveries_document_key", ["document_key"], unique=False)
    # Rows told about a document before this migration are found by its key; their fingerprint stays
    # unknown (NULL), so the next stage of such a document is never a revision.
    op.execute("UPDATE deliveries SET document_key = dedupe_key WHERE dedupe_key LIKE 'document:%'")


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_document_key")
        batch_op.drop_column("revises_event_id")
        batch_op.drop_column("parties_fingerprint")
        batch_op.drop_column("document_key")
