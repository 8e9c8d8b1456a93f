"""Trigram full-text index of the assessments' own searchable text (owner, rationale), SQLite only.

An FTS5 external-content table over `assessment` (it stores only the index, not a second copy
of the text), kept in step by triggers so every write path (services, the batched import,
bulk loads, restores) stays consistent without application code. The measure and venture
parts of an assessment search go through those small tables' own rows, so renames need nothing.
PostgreSQL keeps its LIKE search and gets nothing here.

A SQLite built without FTS5 or its trigram tokenizer (before 3.34) is left without the index;
the search then falls back to LIKE. A later migration that rebuilds `assessment` through
batch_alter_table (copy and move) drops these triggers with the old table: it must re-create
them (`TRIGGERS` below) and run 'rebuild'.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLE = "assessment_search"
COLUMNS = "owner, rationale"
_NEW = "new.id, new.owner, new.rationale"
_OLD = "'delete', old.id, old.owner, old.rationale"
# The documented external-content pattern: an index entry is removed by handing FTS5 the
# exact values it was built from, so an update removes the old values before adding the new.
TRIGGERS = {
    f"{TABLE}_insert": f"AFTER INSERT ON assessment BEGIN "
                       f"INSERT INTO {TABLE}(rowid, {COLUMNS}) VALUES ({_NEW}); END",
    f"{TABLE}_delete": f"AFTER DELETE ON assessment BEGIN "
                       f"INSERT INTO {TABLE}({TABLE}, rowid, {COLUMNS}) VALUES ({_OLD}); END",
    f"{TABLE}_update": f"AFTER UPDATE OF id, owner, rationale ON assessment BEGIN "
                       f"INSERT INTO {TABLE}({TABLE}, rowid, {COLUMNS}) VALUES ({_OLD}); "
                       f"INSERT INTO {TABLE}(rowid, {COLUMNS}) VALUES ({_NEW}); END",
}


def _trigram_available() -> bool:
    bind = op.get_bind()
    try:
        with bind.begin_nested():  # a savepoint: a refusal leaves the upgrade's transaction intact
            bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')")
            bind.exec_driver_sql("DROP TABLE temp.trigram_probe")
    except DBAPIError:  # "no such module: fts5" / "no such tokenizer: trigram"
        return False
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite" or not _trigram_available():
        return
    # detail=none keeps only which rows hold each trigram (3.5 MB at 100,000 assessments, against
    # 15 MB with positions): the search asks for a word's trigrams and re-checks with LIKE anyway.
    op.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5({COLUMNS}, content='assessment', "
               "content_rowid='id', tokenize='trigram', detail=none)")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")  # index the rows already there


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
