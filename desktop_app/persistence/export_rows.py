"""Stored rows for exports as plain tuples, a page at a time in id order (no record objects)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
    "status", "assessed_on", "assessor",
)
_ASSESSMENT_SELECT = (
    _A.id, _M.reference, _V.name, _A.channels, _A.inherent_likelihood, _A.inherent_impact,
    _A.residual_likelihood, _A.residual_impact, _A.treatment, _A.rationale, _A.owner, _A.next_review_on,
    _A.status, _A.assessed_on, _A.assessor,
)
# (assessment_id, text, owner, due_on, status) of one mitigation action.
ActionRow = Sequence[Any]


@dataclass(frozen=True, slots=True)
class AssessmentPage:
    """Up to PAGE assessment rows (ASSESSMENT_FIELDS) and their actions by assessment id."""

    rows: Sequence[Sequence[Any]]
    actions: dict[int, list[ActionRow]]


def _live(query: Select[Any], include_archived: bool) -> Select[Any]:
    return query if include_archived else query.where(_A.archived_at.is_(None))


def count_assessments(session: Session, *, include_archived: bool = False) -> int:
    return session.execute(_live(select(func.count()).select_from(Assessment.__table__),  # type: ignore[attr-defined]
                                 include_archived)).scalar_one()


def assessment_pages(
    session: Session, *, include_archived: bool = False, page: int = PAGE
) -> Iterator[AssessmentPage]:
    """Every (live) assessment in id order with its measure reference and venture name, one
    keyset page at a time, so memory stays bounded on every backend; each page's mitigation
    actions come from one range query, in position order."""
    base = _live(
        select(*_ASSESSMENT_SELECT)
        .join_from(Assessment.__table__, Measure.__table__, _M.id == _A.measure_id)  # type: ignore[attr-defined]
        .join(JointVenture.__table__, _V.id == _A.venture_id),  # type: ignore[attr-defined]
        include_archived,
    ).order_by(_A.id).limit(page)
    actions_query = select(_ACT.assessment_id, _ACT.text, _ACT.owner, _ACT.due_on, _ACT.status)
    last = None
    while True:
        rows = session.execute(base if last is None else base.where(_A.id > last)).all()
        if not rows:
            return
        first, last = rows[0][0], rows[-1][0]
        actions: dict[int, list[ActionRow]] = defaultdict(list)
        for action in session.execute(
            actions_query.where(_ACT.assessment_id.between(first, last))
            .order_by(_ACT.assessment_id, _ACT.position)
        ):
            actions[action[0]].append(action)
        yield AssessmentPage(rows, actions)
        if len(rows) < page:
            return
