"""The tables' view of time: a measure's status column and status filter read the as-of layer, and
an "as of" date keeps only the measures issued and the assessments existing on that day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement
from sqlmodel import Session

from desktop_app.domain.entity import Entity
from desktop_app.domain.models import Measure
from desktop_app.services.timeline.asof import RegisterOnDate, assessments_on, on_the_day, register_on

__all__ = ["RegisterOnDate", "assessments_on", "conditions", "measure_view", "needs_view", "on_the_day", "restatus",
           "sort_by_status", "view_for"]

_M = Measure.__table__.c  # type: ignore[attr-defined]


def needs_view(entity: Entity, q: Any) -> bool:
    return (entity is Entity.MEASURE and (q.status is not None or q.as_of is not None or q.sort == "status")) or (
        entity is Entity.ASSESSMENT and q.as_of is not None)


def view_for(s: Session, q: Any, today: date) -> RegisterOnDate:
    """The register on the query's day; the session then reads the assessments of that day too."""
    assessments_on(s, q.as_of or today, today)
    return register_on(s, q.as_of or today, today)


def conditions(entity: Entity, q: Any, view: RegisterOnDate | None) -> list[ColumnElement[bool]]:
    """Measures: issued on the as-of date, with the status asked for then; assessments: existing then."""
    if view is None:
        return []
    if entity is Entity.ASSESSMENT:
        return list(view.assessment_conditions())
    ids = [m for m, st in view.statuses.items()
           if (q.as_of is None or view.issued(m)) and (q.status is None or st.value == q.status)]
    return [_M.id.in_(ids)] if (q.as_of is not None or q.status is not None) else []


def sort_by_status(ids: list[int], view: RegisterOnDate, descending: bool) -> list[int]:
    """Measure ids ordered by their status on the day (stable: the SQL order breaks ties)."""
    return sorted(ids, key=lambda m: view.status(m) or "", reverse=descending)


def restatus(rows: Sequence[Any], status_index: int, view: RegisterOnDate) -> list[Any]:
    """Rows of measures with the status column replaced by the status on the view's day."""
    out = []
    for row in rows:
        status = view.status(row.id)
        values = list(row.values)
        if status is not None:
            values[status_index] = status.value
        out.append(replace(row, values=tuple(values)))
    return out


def measure_view(s: Session, as_of: date | None, today: date, ids: Sequence[int]) -> RegisterOnDate:
    """The state on the day of just these measures (one page of the table)."""
    return register_on(s, as_of or today, today, ids)
