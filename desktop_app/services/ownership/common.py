"""What the ownership services share: validation into issues, party and measure look-ups."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlmodel import Session, col, select

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import parse_model
from desktop_app.domain.measure_schemas import MeasureRead
from desktop_app.domain.models import Measure, Party
from desktop_app.domain.text import normalize_key
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.persistence.measure_repo import find_by_reference
from desktop_app.services.timeline.asof import register_on
from desktop_app.system.message_language import msg

M = TypeVar("M", bound=BaseModel)


def valid(model: type[M], data: dict[str, Any], what: str) -> M:
    """`data` validated into `model`, or ValidationFailed naming every field at fault."""
    parsed, issues = parse_model(model, data)
    if parsed is None:
        raise ValidationFailed(issues, what)
    return parsed


def find_parties(s: Session, name: str) -> list[Party]:
    return list(s.exec(select(Party).where(Party.name_key == normalize_key(name)).order_by(col(Party.country))))


def party_named(s: Session, name: str, country: str | None = None) -> Party:
    """The party with this name (and country, when given or when two share the name)."""
    found = find_parties(s, name)
    if country is not None:
        found = [p for p in found if p.country == country]
    if not found:
        raise NotFound(msg("No party {name!r} in {country}.", name=name, country=country) if country else
                       msg("No party {name!r}.", name=name))
    if len(found) > 1:
        where = ", ".join(p.country or msg("no country") for p in found)
        raise NotFound(msg("{count} parties are named {name!r} ({countries}); give the country too.",
                           count=len(found), name=name, countries=where))
    return found[0]


def measure_row(s: Session, reference: str | int) -> Measure:
    row = s.get(Measure, reference) if isinstance(reference, int) else find_by_reference(s, reference)
    if row is None or row.archived_at is not None:
        raise NotFound(msg("No measure {reference!r}.", reference=reference))
    return row


def rule_status_on(s: Session, measure: MeasureRead, day: date) -> MeasureStatus | None:
    """A rule's status on `day` (None: not yet issued) through the register's as-of layer: its
    dates, status history, clauses and suspension windows (the affiliates rule is suspended on
    2026-06-01 by a window, and back in force once the window ended)."""
    return rule_statuses_on(s, [measure], day)[measure.id]


def rule_statuses_on(s: Session, measures: Sequence[MeasureRead], day: date) -> dict[int, MeasureStatus | None]:
    """`rule_status_on` for several rules, reading the as-of layer once for all of them."""
    layer = register_on(s, day, date.today(), [m.id for m in measures])
    out: dict[int, MeasureStatus | None] = {}
    for m in measures:
        state = layer.state(m.id)
        if state is None or state.status is DayStatus.UNKNOWN:
            out[m.id] = m.status_on(day)  # archived, or nothing the layer can tell: the history says
        elif state.status is DayStatus.NOT_YET_ISSUED:
            out[m.id] = None
        else:
            out[m.id] = MeasureStatus(state.status.value)
    return out
