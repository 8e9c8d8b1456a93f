"""Registers built at an older revision and filled with today's records, for migration tests."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from desktop_app.persistence import migrate
from desktop_app.persistence.db import make_engine
from desktop_app.services.context import ServiceContext

# Rows the old migrations seed themselves: replaced by the source's.
SEEDED = ("risk_cell", "risk_level", "synonym", "taxonomy_relation", "taxonomy_term", "crosswalk",
          "jurisdiction_group_member", "jurisdiction_group")
# The old register keeps its own (empty) trail: the source's entries link to a sealed start that
# the old revision did not have, and the records are sealed by the upgrade's seal entry anyway.
# Its seals and marker too (from 0005 on): the upgrade to `revision` made them for the old register.
OWN = ("audit_entry", "audit_head", "record_seal", "register_marker")


def register_at(source: ServiceContext, path: Path, revision: str = "0004") -> None:
    """A register built at `revision` holding `source`'s records (the columns that exist then)."""
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revision)
    present = set(inspect(engine).get_table_names())
    tables = [t.name for t in SQLModel.metadata.sorted_tables if t.name in present and t.name not in OWN]
    with source.db.engine.connect() as src, engine.begin() as dst:
        for table in (t for t in SEEDED if t in present):  # 0006 and 0008 seed vocabularies
            dst.execute(text(f"DELETE FROM {table}"))
        for table in tables:
            columns = [c["name"] for c in inspect(engine).get_columns(table)]
            names = ", ".join(columns)
            rows = [dict(r._mapping) for r in src.execute(text(f"SELECT {names} FROM {table}"))]
            if rows:
                dst.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + c for c in columns)})"),
                            rows)
    assert migrate.current_revision(engine) == revision
    engine.dispose()
