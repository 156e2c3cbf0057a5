"""delivery: one alert per document (dedupe_key); digest timing uses 0002's subscriptions.schedule

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dedupe_key', sa.String(length=300), nullable=True))
    # Existing rows keep their own event as their key, so they never suppress anything new.
    op.execute("UPDATE deliveries SET dedupe_key = event_id WHERE dedupe_key IS NULL")
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_delivery_subscription_dedupe', ['subscription_id', 'dedupe_key'])


def downgrade() -> None:
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_constraint('uq_delivery_subscription_dedupe', type_='unique')
        batch_op.drop_column('dedupe_key')
