"""Alembic environment: runs on the connection the app hands over (never its own engine)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import desktop_app.domain.models  # noqa: F401  - registers the tables on SQLModel.metadata
from desktop_app.persistence.search_index import is_index_table

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes one
    raise RuntimeError("run migrations through desktop_app.persistence.migrate")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite ALTER TABLE goes through copy-and-move
    compare_type=True,
    # The search index (an FTS5 table and its shadow tables) is not a model: autogenerate must
    # neither propose dropping it nor see it as drift.
    include_name=lambda name, kind, _parent: kind != "table" or not is_index_table(name or ""),
)
with context.begin_transaction():
    context.run_migrations()
