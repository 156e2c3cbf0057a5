"""The subscriptions REST API (FastAPI)."""
