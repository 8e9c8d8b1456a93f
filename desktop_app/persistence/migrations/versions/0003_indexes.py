"""Indexes for the Assessments table's sorts and filters: each starts with archived_at, so the
live rows come out of the index already in order (no sort of 100,000 rows, no table lookups).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 23:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# name -> columns; the same list as Assessment.__table_args__ in domain/models.py
INDEXES = {
    "ix_assessment_live_owner": ["archived_at", "owner"],
    "ix_assessment_live_status": ["archived_at", "status"],
    "ix_assessment_live_treatment": ["archived_at", "treatment"],
    "ix_assessment_live_assessor": ["archived_at", "assessor"],
    "ix_assessment_live_channels": ["archived_at", "channels"],
    "ix_assessment_live_assessed": ["archived_at", "assessed_on"],
    "ix_assessment_live_review": ["archived_at", "next_review_on"],
    # The overdue count and filter (next review passed, not closed) read only this index.
    "ix_assessment_live_overdue": ["archived_at", "next_review_on", "status"],
    "ix_assessment_live_updated": ["archived_at", "updated_at"],
    "ix_assessment_live_inherent": ["archived_at", "inherent_rank"],
    "ix_assessment_live_residual": ["archived_at", "residual_rank", "residual_score"],
    "ix_assessment_live_score": ["archived_at", "residual_score"],
    "ix_assessment_live_cell": ["archived_at", "residual_likelihood", "residual_impact"],
    "ix_assessment_live_likelihood": ["archived_at", "residual_likelihood"],
    "ix_assessment_live_impact": ["archived_at", "residual_impact"],
    # Joined sorts (measure, venture) walk the parent's key index and fetch each one's live
    # assessments in id order from these; they replace the single-column foreign key indexes.
    "ix_assessment_measure_live": ["measure_id", "archived_at"],
    "ix_assessment_venture_live": ["venture_id", "archived_at"],
}


REPLACED = {"ix_assessment_measure_id": ["measure_id"], "ix_assessment_venture_id": ["venture_id"]}


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        for name in REPLACED:
            batch_op.drop_index(name)
        for name, columns in INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # Fresh statistics, so the planner knows archived_at holds one value and picks these.
        op.execute("ANALYZE")


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        for name in reversed(INDEXES):
            batch_op.drop_index(name)
        for name, columns in REPLACED.items():
            batch_op.create_index(name, columns, unique=False)
