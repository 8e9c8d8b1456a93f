"""Ownership: parties and their owners, parties named by listing measures, ownership thresholds,
verdicts on possible name matches; content shares of venture products and de minimis rules.

Existing registers move forward: every partner becomes a party (one per normalised name and
country, named as first written), with no owners recorded. No listing or threshold is invented:
a party-listing measure's threshold is 50% until someone records another.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-03 23:30:00
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"  # after time (revision ids are names, not an order)
branch_labels = None
depends_on = None


def _key(text: str) -> str:
    """The party key as this revision writes it (frozen: NFKC, whitespace folded, case-folded)."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def upgrade() -> None:
    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("length(name_key) > 0", name="ck_party_name"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key", "country", name="uq_party_name_country"),
    )
    op.create_index("ix_party_name_key", "party", ["name_key"], unique=False)
    op.create_table(
        "party_owner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owned_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("share", sa.Numeric(7, 4), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("owned_id <> owner_id", name="ck_party_owner_self"),
        sa.CheckConstraint("share IS NULL OR (share >= 0 AND share <= 100)", name="ck_party_owner_share"),
        sa.ForeignKeyConstraint(["owned_id"], ["party.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["owner_id"], ["party.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("owned_id", "owner_id", name="uq_party_owner"),
    )
    op.create_index("ix_party_owner_owned_id", "party_owner", ["owned_id"], unique=False)
    op.create_index("ix_party_owner_owner_id", "party_owner", ["owner_id"], unique=False)
    op.create_table(
        "listed_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("list_name", sa.Text(), nullable=False),
        sa.Column("listed_from", sa.Date(), nullable=True),
        sa.Column("listed_until", sa.Date(), nullable=True),
        sa.CheckConstraint("length(name) > 0", name="ck_listed_party_name"),
        sa.CheckConstraint("listed_until IS NULL OR listed_from IS NULL OR listed_until >= listed_from",
                           name="ck_listed_party_dates"),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_listed_party_measure_id", "listed_party", ["measure_id"], unique=False)
    op.create_table(
        "ownership_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("threshold", sa.Numeric(7, 4), nullable=False),
        sa.Column("lists", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("threshold > 0 AND threshold <= 100", name="ck_ownership_rule_threshold"),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("measure_id", name="uq_ownership_rule_measure"),
    )
    op.create_index("ix_ownership_rule_measure_id", "ownership_rule", ["measure_id"], unique=False)
    op.create_table(
        "party_match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("listed_party_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("state IN ('confirmed', 'rejected')", name="ck_party_match_state"),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["listed_party_id"], ["listed_party.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("party_id", "listed_party_id", name="uq_party_match"),
    )
    op.create_index("ix_party_match_party_id", "party_match", ["party_id"], unique=False)
    op.create_index("ix_party_match_listed_party_id", "party_match", ["listed_party_id"], unique=False)
    _content_tables()
    _parties_from_partners()


def _content_tables() -> None:
    op.create_table(
        "content_share",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("venture_id", sa.Integer(), nullable=False),
        sa.Column("product", sa.Text(), nullable=False),
        sa.Column("input_name", sa.Text(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("share", sa.Numeric(9, 4), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("length(product) > 0 AND length(input_name) > 0", name="ck_content_share_names"),
        sa.CheckConstraint("share IS NULL OR (share >= 0 AND share <= 100)", name="ck_content_share_share"),
        sa.ForeignKeyConstraint(["venture_id"], ["joint_venture.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("venture_id", "product", "input_name", "origin", name="uq_content_share"),
    )
    op.create_index("ix_content_share_venture_id", "content_share", ["venture_id"], unique=False)
    op.create_table(
        "de_minimis_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("share", sa.Numeric(9, 4), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("technology", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("share > 0 AND share <= 100", name="ck_de_minimis_rule_share"),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("measure_id", name="uq_de_minimis_rule_measure"),
    )
    op.create_index("ix_de_minimis_rule_measure_id", "de_minimis_rule", ["measure_id"], unique=False)


def _parties_from_partners() -> None:
    """One party per partner's normalised name and country, named as first written."""
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT name, country FROM partner ORDER BY venture_id, position, id"))
    seen: dict[tuple[str, str], str] = {}
    for name, country in rows:
        key = (_key(name), country or "")
        if key[0] and key not in seen:
            seen[key] = " ".join(name.split())
    if not seen:
        return
    now = datetime.now(UTC)
    party = sa.table("party", sa.column("name"), sa.column("name_key"), sa.column("country"), sa.column("aliases"),
                     sa.column("notes"), sa.column("created_at", sa.DateTime(timezone=True)),
                     sa.column("updated_at", sa.DateTime(timezone=True)))
    op.bulk_insert(party, [{"name": name, "name_key": key, "country": country, "aliases": "", "notes": "",
                            "created_at": now, "updated_at": now} for (key, country), name in seen.items()])


def downgrade() -> None:
    for table in ("de_minimis_rule", "content_share", "party_match", "ownership_rule", "listed_party", "party_owner",
                  "party"):
        op.drop_table(table)
