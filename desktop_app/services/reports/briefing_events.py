"""The briefing's deadlines: the register's events from the as-of date on, and reviews due."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from desktop_app.domain.enums import AssessmentStatus
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.persistence.queries import chunks
from desktop_app.reports import document as d
from desktop_app.services.reports import event_lines
from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.timeline.asof import LEAN_BATCH
from desktop_app.services.timeline.events import events_in
from desktop_app.system.report_language import _, label


def deadlines(s: Session, scope: ReportScope, today: date, horizon_days: int,
              limit: int, *, reviews: bool = True) -> tuple[tuple[d.DeadlineRow, ...], int]:
    """Events of the measures in scope from the as-of date through the horizon (consultation
    ends, effective dates of measures and clauses, suspension starts and ends, extensions),
    lapsed suspensions still waiting for confirmation on that date, and reviews due or overdue."""
    as_of = scope.as_of
    horizon = as_of + timedelta(days=horizon_days)
    found = [d.DeadlineRow(e.on, label(e.kind.label.capitalize()), event_lines.line(e))
             for batch in chunks(scope.measure_ids, LEAN_BATCH)
             for e in events_in(s, today, None, horizon, reviews=False, facts=scope.view.facts_of(s, batch))
             if e.on >= as_of or (e.open and e.on <= as_of)]
    # Regulatory events first: the calendar lists them before any review (reviews: `review_groups`).
    found.sort(key=lambda r: (r.on, r.kind, r.subject, r.venture))
    if not reviews:
        return tuple(found[:limit]), len(found)
    due = [Assessment.status != AssessmentStatus.CLOSED.value, col(Assessment.next_review_on) <= horizon]
    total = len(found) + int(s.exec(scope.joined(select(func.count()).select_from(Assessment)).where(*due)).one())
    query = (scope.joined(select(Assessment.next_review_on, Measure.reference, JointVenture.name)).where(*due)
             .order_by(col(Assessment.next_review_on), col(Assessment.id)).limit(limit))
    for day, ref, venture in s.exec(query):
        found.append(d.DeadlineRow(day, _("Review overdue") if day < as_of else _("Review due"),
                                   _("Review: {measure}", measure=ref), venture))
    found.sort(key=lambda r: (r.on, r.kind, r.subject, r.venture))
    return tuple(found[:limit]), total


def review_groups(s: Session, scope: ReportScope, horizon_days: int,
                  limit: int) -> tuple[tuple[d.ReviewGroup, ...], int]:
    """Open reviews overdue on the as-of date or due within the horizon, grouped by owner (the
    most overdue owners first): the calendar's second part, one row per owner however many."""
    as_of = scope.as_of
    horizon = as_of + timedelta(days=horizon_days)
    late = col(Assessment.next_review_on) < as_of
    query = (scope.joined(select(Assessment.owner, func.sum(case((late, 1), else_=0)),
                                 func.min(Assessment.next_review_on), func.count()).select_from(Assessment))
             .where(Assessment.status != AssessmentStatus.CLOSED.value, col(Assessment.next_review_on) <= horizon)
             .group_by(Assessment.owner))
    rows = []
    for owner, late_count, oldest, count in s.exec(query):
        overdue = int(late_count or 0)
        oldest_days = (as_of - oldest).days if overdue and oldest else 0
        nxt = None if overdue == count else oldest if not overdue else None
        rows.append(d.ReviewGroup(owner or _("(no owner)"), overdue, oldest_days, int(count) - overdue, nxt))
    rows.sort(key=lambda g: (-g.overdue, -g.oldest_days, -g.due, g.owner.casefold()))
    return tuple(rows[:limit]), len(rows)
