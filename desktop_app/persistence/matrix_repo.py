"""The risk matrix as stored (levels and cells) and re-levelling of assessments."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, select

from desktop_app.domain.models import Assessment, RiskCell, RiskLevel
from desktop_app.domain.risk import SIZE, RiskLevelDef, RiskMatrix


def load_matrix(session: Session) -> RiskMatrix:
    levels = tuple(
        RiskLevelDef(lv.key, lv.label, lv.colour, lv.rank, lv.review_days)
        for lv in session.exec(select(RiskLevel).order_by(RiskLevel.rank))
    )
    grid = [[""] * SIZE for _ in range(SIZE)]
    for cell in session.exec(select(RiskCell)):
        grid[cell.likelihood - 1][cell.impact - 1] = cell.level_key
    return RiskMatrix(levels, tuple(tuple(row) for row in grid))


def save_matrix(session: Session, matrix: RiskMatrix) -> int:
    """Replace levels and cells, then re-level every assessment; returns how many changed."""
    existing = {lv.key: lv for lv in session.exec(select(RiskLevel))}
    # Ranks are unique: park the old ones out of the way before writing the new ones.
    for i, lv in enumerate(existing.values()):
        lv.rank = -1 - i
        session.add(lv)
    session.flush()
    for d in matrix.levels:
        row = existing.pop(d.key, None) or RiskLevel(key=d.key, label="", colour="", rank=0, review_days=1)
        row.label, row.colour, row.rank, row.review_days = d.label, d.colour, d.rank, d.review_days
        session.add(row)
    session.flush()
    for li, row_keys in enumerate(matrix.grid, start=1):
        for ii, key in enumerate(row_keys, start=1):
            cell = session.get(RiskCell, (li, ii)) or RiskCell(likelihood=li, impact=ii, level_key=key)
            cell.level_key = key
            session.add(cell)
    session.flush()
    for stale in existing.values():
        session.delete(stale)
    session.flush()
    return relevel_assessments(session, matrix)


def relevel_assessments(session: Session, matrix: RiskMatrix) -> int:
    """Recompute stored levels from the matrix, one UPDATE per grid cell and score kind."""
    changed = 0
    for li in range(1, SIZE + 1):
        for ii in range(1, SIZE + 1):
            lv = matrix.level_for(li, ii)
            for like, imp, level, rank in (
                (Assessment.inherent_likelihood, Assessment.inherent_impact,
                 Assessment.inherent_level, Assessment.inherent_rank),
                (Assessment.residual_likelihood, Assessment.residual_impact,
                 Assessment.residual_level, Assessment.residual_rank),
            ):
                result = session.execute(
                    update(Assessment)
                    .where(like == li, imp == ii, level != lv.key)  # type: ignore[arg-type]
                    .values({level: lv.key, rank: lv.rank})
                    .execution_options(synchronize_session=False)
                )
                changed += result.rowcount or 0  # type: ignore[attr-defined]
    return changed
