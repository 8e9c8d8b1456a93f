"""Stored rows for exports as plain tuples, a page at a time in id order (no record objects)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlmodel import Session

from desktop_app.domain.models import Assessment, JointVenture, Measure, MitigationAction

PAGE = 2_000
_A = Assessment.__table__.c  # type: ignore[attr-defined]
_M = Measure.__table__.c  # type: ignore[attr-defined]
_V = JointVenture.__table__.c  # type: ignore[attr-defined]
_ACT = MitigationAction.__table__.c  # type: ignore[attr-defined]

# The columns of one assessment row, in this order (id first: the keyset and the action key).
ASSESSMENT_FIELDS = (
    "id", "measure_reference", "venture_name", "channels", "inherent_likelihood", "inherent_impact",
    "residual_likelihood", "residual_impact", "treatment", "rationale", "owner", "next_review_on",
    "status", "assessed_on", "assessor", "clause", "version",
)
_ASSESSMENT_SELECT = (
    _A.id, _M.reference, _V.name, _A.channels, _A.inherent_likelihood, _A.inherent_impact,
    _A.residual_likelihood, _A.residual_impact, _A.treatment, _A.rationale, _A.owner, _A.next_review_on,
    _A.status, _A.assessed_on, _A.assessor, _A.clause, _A.version,
)
# Then the columns of one of its mitigation actions (all NULL for an assessment without any).
ACTION_FIELDS = ("action_text", "action_owner", "action_due_on", "action_status")
_ACTION_SELECT = (_ACT.text, _ACT.owner, _ACT.due_on, _ACT.status)


def _live(query: Select[Any], include_archived: bool) -> Select[Any]:
    return query if include_archived else query.where(_A.archived_at.is_(None))


def count_assessments(session: Session, *, include_archived: bool = False) -> int:
    return session.execute(_live(select(func.count()).select_from(Assessment.__table__),  # type: ignore[attr-defined]
                                 include_archived)).scalar_one()


def assessment_pages(
    session: Session, *, include_archived: bool = False, page: int = PAGE
) -> Iterator[Sequence[Sequence[Any]]]:
    """Every (live) assessment in id order, one range of `page` ids at a time (memory stays
    bounded on every backend), as rows of ASSESSMENT_FIELDS + ACTION_FIELDS: the measure
    reference and venture name joined in, and its mitigation actions too, one row per action
    in position order (one row with NULL action columns when it has none). A range holds
    whole assessments, so an assessment's rows never straddle two pages."""
    first, top = session.execute(select(func.min(_A.id), func.max(_A.id))).one()
    if first is None:
        return
    query = _live(
        select(*_ASSESSMENT_SELECT, *_ACTION_SELECT)
        .join_from(Assessment.__table__, Measure.__table__, _M.id == _A.measure_id)  # type: ignore[attr-defined]
        .join(JointVenture.__table__, _V.id == _A.venture_id)  # type: ignore[attr-defined]
        .outerjoin(MitigationAction.__table__, _ACT.assessment_id == _A.id),  # type: ignore[attr-defined]
        include_archived,
    ).order_by(_A.id, _ACT.position)
    for low in range(first, top + 1, page):
        rows = session.execute(query.where(_A.id >= low, _A.id < low + page)).all()
        if rows:
            yield rows
