"""Database plumbing the services share: one DATABASE_URL, each service its own Alembic history."""
