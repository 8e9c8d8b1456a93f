"""Register marker and sealed record states.

`register_marker` names the database an Export Risk Register beside SQLite's application id (a
PostgreSQL database has no such id) and gives the register an identity its backups share.
`audit_entry.state_hash` carries the written record's state digest into the hash chain, and
`record_seal` holds the states no entry covers; `migrate.upgrade` seals those after every
upgrade (persistence/seals.py), in the same transaction.

`audit_entry` gains its column with a plain ALTER TABLE (never copy-and-move): a rebuilt table
would lose its append-only triggers.

Revision ID: 0005
Revises: 0009
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0009"  # last: it seals the records every earlier migration left
branch_labels = None
depends_on = None

APPLICATION = "Export Risk Register"


def upgrade() -> None:
    op.create_table(
        "register_marker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application", sa.Text(), nullable=False),
        sa.Column("register_id", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_register_marker_single"),
        sa.PrimaryKeyConstraint("id"),
    )
    marker = sa.table("register_marker", sa.column("id"), sa.column("application"), sa.column("register_id"),
                      sa.column("created_at"))
    op.bulk_insert(marker, [{"id": 1, "application": APPLICATION, "register_id": uuid.uuid4().hex,
                             "created_at": datetime.now(UTC).isoformat(timespec="seconds")}])
    op.create_table(
        "record_seal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("state_hash", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_record_seal_audit_id", "record_seal", ["audit_id"], unique=False)
    op.create_index("ix_record_seal_record", "record_seal", ["entity", "entity_id"], unique=False)
    op.add_column("audit_entry", sa.Column("state_hash", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_entry", "state_hash")
    op.drop_index("ix_record_seal_record", table_name="record_seal")
    op.drop_index("ix_record_seal_audit_id", table_name="record_seal")
    op.drop_table("record_seal")
    op.drop_table("register_marker")
