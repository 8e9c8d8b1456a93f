"""Screening: item countries, measure links, exposure dismissals, editable synonyms.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import json
import unicodedata

import sqlalchemy as sa
from alembic import op

from desktop_app.paths import resource

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _seed_synonyms() -> None:
    """The synonym list as shipped when the register reaches this revision; later edits are audited."""
    with resource("synonyms.json").open(encoding="utf-8") as fh:
        mapping = json.load(fh)["synonyms"]
    table = sa.table("synonym", sa.column("term"), sa.column("term_key"), sa.column("means"))
    rows = []
    for term, means in mapping.items():
        key = " ".join(unicodedata.normalize("NFKC", term).split()).casefold()
        rows.append({"term": term, "term_key": key, "means": means})
    if rows:
        op.bulk_insert(table, rows)


def upgrade() -> None:
    with op.batch_alter_table("venture_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("countries", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "measure_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_measure_id", sa.Integer(), nullable=False),
        sa.Column("to_measure_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("from_measure_id <> to_measure_id", name="ck_measure_link_self"),
        sa.ForeignKeyConstraint(["from_measure_id"], ["measure.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["to_measure_id"], ["measure.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("from_measure_id", "to_measure_id", "kind", name="uq_measure_link"),
    )
    with op.batch_alter_table("measure_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_link_from_measure_id"), ["from_measure_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_measure_link_to_measure_id"), ["to_measure_id"], unique=False)

    op.create_table(
        "exposure_dismissal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("venture_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=False),
        sa.Column("item_name", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("length(reason) > 0", name="ck_dismissal_reason"),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["venture_id"], ["joint_venture.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("measure_id", "venture_id", "item_key", name="uq_exposure_dismissal"),
    )
    with op.batch_alter_table("exposure_dismissal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exposure_dismissal_measure_id"), ["measure_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exposure_dismissal_venture_id"), ["venture_id"], unique=False)

    op.create_table(
        "synonym",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.Text(), nullable=False),
        sa.Column("term_key", sa.Text(), nullable=False),
        sa.Column("means", sa.Text(), nullable=False),
        sa.CheckConstraint("length(term_key) > 0", name="ck_synonym_term"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("term_key"),
    )
    _seed_synonyms()


def downgrade() -> None:
    op.drop_table("synonym")
    with op.batch_alter_table("exposure_dismissal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exposure_dismissal_venture_id"))
        batch_op.drop_index(batch_op.f("ix_exposure_dismissal_measure_id"))
    op.drop_table("exposure_dismissal")
    with op.batch_alter_table("measure_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_link_to_measure_id"))
        batch_op.drop_index(batch_op.f("ix_measure_link_from_measure_id"))
    op.drop_table("measure_link")
    with op.batch_alter_table("venture_item", schema=None) as batch_op:
        batch_op.drop_column("countries")
