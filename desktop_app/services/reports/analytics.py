"""Figures the dashboard and both reports share: heat map, counts, top risks, deadlines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.assessment_schemas import AssessmentRead
from desktop_app.domain.entity import Entity
from desktop_app.domain.jurisdictions import vocabulary
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.phrase import Phrase
from desktop_app.domain.risk import SIZE
from desktop_app.domain.timeline import wording as t
from desktop_app.domain.timeline.events import Event
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.persistence.assessment_repo import read_assessments
from desktop_app.services.context import ServiceContext
from desktop_app.services.timeline.asof import register_on
from desktop_app.services.timeline.events import events_in

Q = TypeVar("Q")  # a select statement
HeatMap = list[list[int]]  # [likelihood-1][impact-1] -> count
JUST_HAPPENED_DAYS = 30  # the dashboard's events look back this far


def _live(query: Q, venture_ids: Sequence[int] | None = None, extra: Sequence[Any] = ()) -> Q:
    """Keep assessments that are live themselves and whose measure and venture are live too:
    archiving a measure or a venture takes its assessments out of every figure. `extra`: the
    as-of layer's conditions (assessments that existed on a date)."""
    live: Any = (query.join(Measure, col(Measure.id) == Assessment.measure_id)  # type: ignore[attr-defined]
                 .join(JointVenture, col(JointVenture.id) == Assessment.venture_id)
                 .where(col(Assessment.archived_at).is_(None), col(Measure.archived_at).is_(None),
                        col(JointVenture.archived_at).is_(None)))
    if venture_ids is not None:
        live = live.where(col(Assessment.venture_id).in_(list(venture_ids)))
    return live.where(*extra) if extra else live


def _live_assessments(venture_ids: Sequence[int] | None = None, extra: Sequence[Any] = ()) -> Any:
    return _live(select(Assessment), venture_ids, extra)


def heat_map(s: Session, *, residual: bool = True, venture_ids: Sequence[int] | None = None,
             extra: Sequence[Any] = ()) -> HeatMap:
    """Counts of live assessments per likelihood x impact cell, computed in SQL."""
    like = Assessment.residual_likelihood if residual else Assessment.inherent_likelihood
    imp = Assessment.residual_impact if residual else Assessment.inherent_impact
    query = _live(select(like, imp, func.count()), venture_ids, extra)
    grid = [[0] * SIZE for _ in range(SIZE)]
    for li, ii, n in s.exec(query.group_by(like, imp)):
        grid[li - 1][ii - 1] = n
    return grid


def count_by_level(
    s: Session, *, residual: bool = True, venture_ids: Sequence[int] | None = None, extra: Sequence[Any] = ()
) -> dict[str, int]:
    level = Assessment.residual_level if residual else Assessment.inherent_level
    query = _live(select(level, func.count()), venture_ids, extra)
    return {lv: n for lv, n in s.exec(query.group_by(level))}


def measures_by_status(s: Session, day: date, today: date) -> Counter[DayStatus]:
    """Live measures issued on `day` by their status then (the as-of layer's reading)."""
    view = register_on(s, day, today)
    return view.by_status(view.issued_ids)


def measures_by_jurisdiction(s: Session) -> dict[str, int]:
    query = (select(Measure.jurisdiction, func.count()).where(col(Measure.archived_at).is_(None))
             .group_by(Measure.jurisdiction))
    return dict(s.exec(query).all())


def ventures_exposed(s: Session, min_rank: int = 1) -> int:
    """Live ventures with at least one live assessment at or above residual rank `min_rank`."""
    query = _live(select(func.count(func.distinct(Assessment.venture_id)))).where(
        Assessment.residual_rank >= min_rank)
    return int(s.exec(query).one())


def top_risks(s: Session, limit: int = 10, venture_ids: Sequence[int] | None = None,
              extra: Sequence[Any] = ()) -> list[AssessmentRead]:
    """Highest residual level first, then residual score, then inherent level."""
    query = _live_assessments(venture_ids, extra).order_by(
        col(Assessment.residual_rank).desc(), col(Assessment.residual_score).desc(),
        col(Assessment.inherent_rank).desc(), col(Assessment.id),
    ).limit(limit)
    return read_assessments(s, list(s.exec(query)))


@dataclass(frozen=True, order=True)
class Deadline:
    """A dated event to act on: `kind` is consultation_ends, effective, review_due or review_overdue."""

    on: date
    kind: str
    label: str
    record: Entity = field(compare=False)  # a measure or an assessment
    record_id: int = field(compare=False)


def deadlines(s: Session, today: date, within_days: int = 90, limit: int | None = None) -> list[Deadline]:
    """Consultation ends and effective dates ahead; reviews due soon; every overdue review.

    With `limit`, only the nearest `limit` (earliest first): a large register has tens of thousands
    of open reviews and the dashboard lists a screenful, so the database picks them.
    """
    horizon = today + timedelta(days=within_days)
    found: list[Deadline] = []
    live = col(Measure.archived_at).is_(None)
    for mid, ref, day in s.exec(select(Measure.id, Measure.reference, Measure.consultation_ends_on).where(
            live, col(Measure.consultation_ends_on).between(today, horizon))):
        found.append(Deadline(day, "consultation_ends", Phrase(t.CONSULTATION_ENDS, ref=ref), Entity.MEASURE, mid))
    for mid, ref, day in s.exec(select(Measure.id, Measure.reference, Measure.effective_on).where(
            live, col(Measure.effective_on).between(today, horizon))):
        found.append(Deadline(day, "effective", Phrase(t.TAKES_EFFECT, ref=ref), Entity.MEASURE, mid))
    query = _live(select(Assessment.id, Assessment.next_review_on, Measure.reference, JointVenture.name)).where(
        Assessment.status != "closed", col(Assessment.next_review_on) <= horizon)
    if limit is not None:
        query = query.order_by(col(Assessment.next_review_on), col(Assessment.id)).limit(limit)
    for aid, day, ref, venture in s.exec(query):
        kind = "review_overdue" if day < today else "review_due"
        found.append(Deadline(day, kind, Phrase(t.REVIEW, ref=ref, venture=venture), Entity.ASSESSMENT, aid))
    found.sort()
    return found if limit is None else found[:limit]


def count_overdue(s: Session, today: date) -> int:
    """Live, open assessments whose next review date has passed."""
    query = _live(select(func.count()).select_from(Assessment)).where(
        Assessment.status != "closed", col(Assessment.next_review_on) < today)
    return int(s.exec(query).one())


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows, read in one transaction."""

    today: date
    heat_map: HeatMap
    by_level: dict[str, int]
    top: list[AssessmentRead]
    deadlines: list[Deadline]
    by_status: dict[DayStatus, int]
    by_jurisdiction: dict[str, int]
    ventures_exposed: int
    overdue: int  # every overdue review, though `deadlines` holds only the nearest
    # "Just happened / coming up": events of the last weeks and the next ones, and every event
    # still waiting for someone (a lapsed suspension to confirm, an overdue review).
    events: list[Event] = field(default_factory=list)
    waiting: int = 0


def dashboard(ctx: ServiceContext, *, within_days: int = 90, top: int = 10,
              deadline_limit: int | None = 200) -> DashboardData:
    """Read the dashboard figures as of `ctx.today()`."""
    today = ctx.today()
    # The window shows jurisdictions by name: build the name table here, in the worker that reads
    # the dashboard, rather than in the window's thread on its first paint (about 0.3 s).
    vocabulary()
    with ctx.db.session() as s:
        view = register_on(s, today, today)
        extra = view.assessment_conditions()
        # Every event before today still waiting for someone, and every event of the window.
        waiting = [e for e in events_in(s, today, end=today, reviews=False, facts=view.facts) if e.open]
        recent = events_in(s, today, today - timedelta(days=JUST_HAPPENED_DAYS), today + timedelta(days=within_days),
                           reviews=False, facts=view.facts)
        return DashboardData(
            today=today, heat_map=heat_map(s, extra=extra), by_level=count_by_level(s, extra=extra),
            top=top_risks(s, top, extra=extra), deadlines=deadlines(s, today, within_days, deadline_limit),
            by_status=dict(view.by_status(view.issued_ids)), by_jurisdiction=measures_by_jurisdiction(s),
            ventures_exposed=ventures_exposed(s), overdue=count_overdue(s, today),
            events=sorted({e.uid: e for e in (*waiting, *recent)}.values(), key=lambda e: e.sort_key),
            waiting=len(waiting) + count_overdue(s, today),
        )
