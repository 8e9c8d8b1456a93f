"""Alembic revisions, one file each, applied in order by persistence/migrate.py."""
