"""channel secrets at rest: every channels.config encrypted with CHANNEL_SECRET_KEYS (downgrade decrypts)

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from notifier import crypto

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The column as stored (plain JSON), whatever the model's type does today.
channels = sa.table("channels", sa.column("id", sa.String(32)), sa.column("config", sa.JSON()))


def _rows() -> list[tuple[str, object]]:
    return [
        (row.id, row.config) for row in op.get_bind().execute(sa.select(channels.c.id, channels.c.config))
    ]


def _write(channel_id: str, config: object) -> None:
    op.get_bind().execute(channels.update().where(channels.c.id == channel_id).values(config=config))


def upgrade() -> None:
    rows = [(channel_id, config) for channel_id, config in _rows() if not crypto.is_sealed(config)]
    if not rows:
        return  # an empty database migrates without a key
    keyring = crypto.current()
    for channel_id, config in rows:
        _write(channel_id, keyring.seal(dict(config) if isinstance(config, dict) else {}))


def downgrade() -> None:
    rows = [(channel_id, config) for channel_id, config in _rows() if crypto.is_sealed(config)]
    if not rows:
        return
    keyring = crypto.current()
    for channel_id, config in rows:
        _write(channel_id, keyring.open(config))
