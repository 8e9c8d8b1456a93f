"""Possible duplicates of a new measure: the same authority and date and a similar title (rapidfuzz)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz, utils
from sqlalchemy import func, or_, select

from desktop_app.domain.models import Measure
from desktop_app.services.context import ServiceContext

# token_sort_ratio (0-100) from which two titles count as "similar": reworded or reordered
# titles of one announcement score above it, two different announcements of one authority on
# one day (e.g. "export ban on gallium" / "export licensing of graphite") well below.
SIMILAR_TITLE = 80
M = Measure.__table__.c


@dataclass(frozen=True)
class SimilarMeasure:
    """A live measure a new one may repeat, and how alike their titles are (0-100)."""

    id: int
    reference: str
    title: str
    score: float
    same: str  # which date they share: "announced" or "effective"


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()) if value else None
    except ValueError:
        return None  # a date the form has not accepted yet is no basis for a warning


def similar_measures(ctx: ServiceContext, data: Mapping[str, Any], *, exclude_id: int | None = None,
                     cutoff: float = SIMILAR_TITLE) -> list[SimilarMeasure]:
    """Live measures of the same authority announced or taking effect on the same day as `data`,
    whose title is similar to its title; most similar first. A warning to show, never a refusal:
    two measures may rightly share all three."""
    authority, title = str(data.get("authority") or "").strip(), str(data.get("title") or "").strip()
    announced, effective = _day(data.get("announced_on")), _day(data.get("effective_on"))
    if not authority or not title or (announced is None and effective is None):
        return []
    same_day = [column == day for column, day in ((M.announced_on, announced), (M.effective_on, effective))
                if day is not None]
    stmt = (select(M.id, M.reference, M.title, M.announced_on)
            .where(M.archived_at.is_(None), func.lower(func.trim(M.authority)) == authority.lower(), or_(*same_day)))
    if exclude_id is not None:
        stmt = stmt.where(M.id != exclude_id)
    found = []
    with ctx.db.session() as s:
        for row in s.execute(stmt):
            score = fuzz.token_sort_ratio(title, row.title, processor=utils.default_process)
            if score >= cutoff:
                same = "announced" if announced is not None and row.announced_on == announced else "effective"
                found.append(SimilarMeasure(row.id, row.reference, row.title, score, same))
    return sorted(found, key=lambda m: -m.score)
