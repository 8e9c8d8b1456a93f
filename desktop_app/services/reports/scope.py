"""What a report as of a date covers, and the figures both reports print, computed once.

The PDF briefing and the Excel workbook build one `ReportScope` for the same options and read
every figure from `key_figures`, so they cannot disagree: the measures issued on the as-of date
(with a venture scope, the ones those ventures assess), the assessments that existed on it, and
the screening matches of measures that still applied on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.enums import ActionStatus
from desktop_app.domain.models import Assessment, JointVenture, Measure, MitigationAction
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.services.reports.tallies import tallies
from desktop_app.services.screening.exposures import Exposure
from desktop_app.services.timeline import asof
from desktop_app.services.timeline.asof import RegisterOnDate, register_on
from desktop_app.system.report_language import _, label

DEFAULT_CHANGES_DAYS = 90  # both reports list the audit trail's changes of the last 90 days by default
_OPEN_ACTIONS = [ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value]


def changes_since(since: date | None, as_of: date) -> date:
    """The first day of the changes a report lists: `since`, else 90 days before the as-of date."""
    return since or as_of - timedelta(days=DEFAULT_CHANGES_DAYS)


@dataclass(frozen=True)
class ReportScope:
    """One report's view of the register: the day, the ventures, the measures and assessments."""

    as_of: date
    since: date
    venture_ids: list[int] | None  # None: every live venture
    view: RegisterOnDate
    measure_ids: list[int] = field(default_factory=list)
    # Figures read once and shared by every section of the report (tallies.py).
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def assessments(self) -> list[Any]:
        """WHERE conditions of the assessments in scope: live, of live measures and ventures (the
        caller joins both), of the ventures in scope, existing on the as-of date."""
        conds: list[Any] = [col(Assessment.archived_at).is_(None), col(Measure.archived_at).is_(None),
                            col(JointVenture.archived_at).is_(None), *self.view.assessment_conditions()]
        if self.venture_ids is not None:
            conds.append(col(Assessment.venture_id).in_(self.venture_ids))
        return conds

    def joined(self, query: Any) -> Any:
        """`query` over assessments joined to their measure and venture, limited to the scope."""
        return (query.join(Measure, col(Measure.id) == Assessment.measure_id)
                .join(JointVenture, col(JointVenture.id) == Assessment.venture_id).where(*self.assessments()))

    def counts(self, e: Exposure) -> bool:
        """An unassessed, undismissed match of a measure that applied on the as-of date."""
        return not e.assessed and not e.dismissed and self.view.relevant(e.measure_id)

    def shows(self, e: Exposure) -> bool:
        """A match a report lists at all (assessed and dismissed ones too)."""
        return self.view.relevant(e.measure_id)

    def status_labels(self, s: Session, measure_ids: Sequence[int]) -> dict[int, str]:
        """Labels of these measures' states on the as-of date ("archived" for one not live)."""
        states = self.view.states_of(s, set(measure_ids))
        return {m: label(states[m].label) if m in states else _("archived") for m in measure_ids}


def report_scope(s: Session, as_of: date, today: date, since: date | None,
                 venture_ids: Sequence[int] | None, *, assessed_only: bool) -> ReportScope:
    """The scope of a report as of `as_of`; `assessed_only` (a venture scope) keeps only the
    measures the ventures in scope assess."""
    view = register_on(s, as_of, today, lean=True)
    asof.assessments_on(s, as_of, today)  # the levels, owners and reviews of that day, in every query below
    ids = view.issued_ids
    scope = ReportScope(as_of, changes_since(since, as_of), None if venture_ids is None else list(venture_ids), view)
    if assessed_only:
        assessed = set(s.exec(scope.joined(select(Assessment.measure_id)).distinct()).all())
        ids = [m for m in ids if m in assessed]
    return ReportScope(scope.as_of, scope.since, scope.venture_ids, view, ids)


@dataclass(frozen=True)
class KeyFigures:
    measures: int
    by_status: Counter[DayStatus]
    ventures: int
    ventures_assessed: int  # with at least one assessment in scope
    ventures_high: int  # with a residual level among the two worst
    high_levels: tuple[str, ...]  # labels of those levels, worst last
    worst_by_venture: Counter[int]  # residual rank -> ventures whose worst level it is
    assessments: int
    by_level: dict[str, int]
    overdue_reviews: int
    open_actions: int


def key_figures(s: Session, scope: ReportScope, matrix: RiskMatrix, ventures_total: int) -> KeyFigures:
    """Every headline figure of both reports, read in the report's transaction."""
    ranks = sorted({lv.rank for lv in matrix.levels})
    top = [lv for lv in matrix.ordered() if lv.rank >= ranks[-min(2, len(ranks))]]
    counts = tallies(s, scope)
    worst = Counter(counts.worst_rank.values())
    by_level = counts.by_level()
    overdue = counts.overdue
    actions = s.exec(scope.joined(select(func.count()).select_from(MitigationAction).join(
        Assessment, col(Assessment.id) == MitigationAction.assessment_id)).where(
        col(MitigationAction.status).in_(_OPEN_ACTIONS))).one()
    return KeyFigures(
        measures=len(scope.measure_ids), by_status=scope.view.by_status(scope.measure_ids), ventures=ventures_total,
        ventures_assessed=sum(worst.values()), ventures_high=sum(n for r, n in worst.items() if r >= top[0].rank),
        high_levels=tuple(lv.label for lv in top), worst_by_venture=worst, assessments=sum(by_level.values()),
        by_level=by_level, overdue_reviews=int(overdue), open_actions=int(actions))
