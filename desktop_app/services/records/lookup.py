"""Search live measures and joint ventures by text for the form pickers: (id, label) pairs."""

from __future__ import annotations

from sqlalchemy import func, or_
from sqlmodel import col, select

from desktop_app.domain.errors import NotFound
from desktop_app.domain.models import JointVenture, Measure
from desktop_app.domain.text import normalize_key
from desktop_app.services.context import ServiceContext
from desktop_app.system.message_language import msg

DEFAULT_LIMIT = 50


def _pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def measure_label(reference: str, title: str) -> str:
    return f"{reference} — {title}" if title else reference


def search_measures(ctx: ServiceContext, text: str, limit: int = DEFAULT_LIMIT) -> list[tuple[int, str]]:
    """Live (not archived) measures whose reference or title contains `text`, by reference."""
    key = _pattern(normalize_key(text))
    lowered = _pattern(text.strip().lower())
    query = (
        select(Measure.id, Measure.reference, Measure.title)
        .where(col(Measure.archived_at).is_(None))
        .where(or_(col(Measure.reference_key).like(key, escape="\\"),
                   func.lower(col(Measure.title)).like(lowered, escape="\\")))
        .order_by(col(Measure.reference_key))
        .limit(limit)
    )
    with ctx.db.session() as s:
        return [(int(i), measure_label(ref, title)) for i, ref, title in s.exec(query)]


def search_ventures(ctx: ServiceContext, text: str, limit: int = DEFAULT_LIMIT) -> list[tuple[int, str]]:
    """Live (not archived) joint ventures whose name contains `text`, by name."""
    key = _pattern(normalize_key(text))
    query = (
        select(JointVenture.id, JointVenture.name)
        .where(col(JointVenture.archived_at).is_(None))
        .where(col(JointVenture.name_key).like(key, escape="\\"))
        .order_by(col(JointVenture.name_key))
        .limit(limit)
    )
    with ctx.db.session() as s:
        return [(int(i), name) for i, name in s.exec(query)]


def measure_choice(ctx: ServiceContext, measure_id: int) -> tuple[int, str]:
    """(id, label) of one measure, archived or not, for a picker showing a saved choice."""
    with ctx.db.session() as s:
        row = s.get(Measure, measure_id)
        if row is None:
            raise NotFound(msg("No measure with id {id}.", id=measure_id))
        return measure_id, measure_label(row.reference, row.title)


def venture_choice(ctx: ServiceContext, venture_id: int) -> tuple[int, str]:
    """(id, label) of one joint venture, archived or not."""
    with ctx.db.session() as s:
        row = s.get(JointVenture, venture_id)
        if row is None:
            raise NotFound(msg("No joint venture with id {id}.", id=venture_id))
        return venture_id, row.name
