"""The briefing's deadlines: the register's events from the as-of date on, and reviews due."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.enums import AssessmentStatus
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.persistence.queries import chunks
from desktop_app.reports import document as d
from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.timeline.asof import LEAN_BATCH
from desktop_app.services.timeline.events import events_in


def deadlines(s: Session, scope: ReportScope, today: date, horizon_days: int,
              limit: int) -> tuple[tuple[d.DeadlineRow, ...], int]:
    """Events of the measures in scope from the as-of date through the horizon (consultation
    ends, effective dates of measures and clauses, suspension starts and ends, extensions),
    lapsed suspensions still waiting for confirmation on that date, and reviews due or overdue."""
    as_of = scope.as_of
    horizon = as_of + timedelta(days=horizon_days)
    found = [d.DeadlineRow(e.on, e.kind.label.capitalize(), e.title)
             for batch in chunks(scope.measure_ids, LEAN_BATCH)
             for e in events_in(s, today, None, horizon, reviews=False, facts=scope.view.facts_of(s, batch))
             if e.on >= as_of or (e.open and e.on <= as_of)]
    due = [Assessment.status != AssessmentStatus.CLOSED.value, col(Assessment.next_review_on) <= horizon]
    total = len(found) + int(s.exec(scope.joined(select(func.count()).select_from(Assessment)).where(*due)).one())
    query = (scope.joined(select(Assessment.next_review_on, Measure.reference, JointVenture.name)).where(*due)
             .order_by(col(Assessment.next_review_on), col(Assessment.id)).limit(limit))
    for day, ref, venture in s.exec(query):
        found.append(d.DeadlineRow(day, "Review overdue" if day < as_of else "Review due", f"Review: {ref}", venture))
    found.sort(key=lambda r: (r.on, r.kind, r.subject, r.venture))
    return tuple(found[:limit]), total
