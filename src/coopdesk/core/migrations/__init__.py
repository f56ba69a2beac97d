"""Alembic migrations of the coopdesk schema, shipped inside the package."""
