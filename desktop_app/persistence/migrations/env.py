"""Alembic environment: runs on the connection the app hands over (never its own engine)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import desktop_app.domain.models  # noqa: F401  - registers the tables on SQLModel.metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes one
    raise RuntimeError("run migrations through desktop_app.persistence.migrate")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite ALTER TABLE goes through copy-and-move
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
