"""api_limits and email_recipients: shared API abuse limits and email recipient confirmation

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'api_limits',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('next_at', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )
    op.create_table(
        'email_recipients',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('channel_id', sa.String(length=32), nullable=False),
        sa.Column('address', sa.String(length=320), nullable=False),
        sa.Column('code_hash', sa.String(length=64), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('channel_id', 'address', name='uq_email_recipient_channel_address'),
    )
    op.create_index('ix_email_recipients_channel_id', 'email_recipients', ['channel_id'])


def downgrade() -> None:
    op.drop_index('ix_email_recipients_channel_id', table_name='email_recipients')
    op.drop_table('email_recipients')
    op.drop_table('api_limits')
