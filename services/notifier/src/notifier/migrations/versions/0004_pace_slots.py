"""pace_slots: per-destination send slots shared by every notifier replica

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'pace_slots',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('next_at', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )


def downgrade() -> None:
    op.drop_table('pace_slots')
