"""Screening: item countries, measure links, exposure dismissals, editable synonyms.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The synonym list as shipped when this revision was written, frozen here: a migration must seed
# the same rows whatever later versions of resources/synonyms.json say (edits after this revision
# are the register's own, audited).
SYNONYMS_AT_0002: dict[str, str] = {
    "spherical graphite": "graphite",
    "spheroidized graphite": "graphite",
    "spheroidised graphite": "graphite",
    "flake graphite": "graphite",
    "natural graphite": "graphite",
    "synthetic graphite": "graphite",
    "artificial graphite": "graphite",
    "lithium hydroxide": "lithium",
    "lithium carbonate": "lithium",
    "spodumene": "lithium",
    "lfp": "lithium iron phosphate",
    "lmfp": "lithium manganese iron phosphate",
    "ncm": "nickel cobalt manganese",
    "nmc": "nickel cobalt manganese",
    "nca": "nickel cobalt aluminium",
    "gan": "gallium nitride",
    "gaas": "gallium arsenide",
    "hbm": "high-bandwidth memory",
    "sme": "semiconductor manufacturing equipment",
    "ree": "rare earth",
    "rare earths": "rare earth",
    "germanium dioxide": "germanium",
    "gallium metal": "gallium",
    "germanium metal": "germanium",
    "cobalt hydroxide": "cobalt",
    "all goods": "*",
    "all imports": "*",
    "all products": "*",
}


def _seed_synonyms() -> None:
    """The synonym list as shipped when the register reaches this revision; later edits are audited."""
    mapping = SYNONYMS_AT_0002
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
