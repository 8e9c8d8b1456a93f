"""Alembic environment and revisions of the register schema (run by persistence/migrate.py)."""
