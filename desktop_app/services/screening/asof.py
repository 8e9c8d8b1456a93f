"""A venture as of a date: which measures applied, and what changed between two dates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import Session, col, select

from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.models import Assessment, AuditEntry, JointVenture, Measure
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.persistence.venture_repo import find_by_name
from desktop_app.services.context import ServiceContext
from desktop_app.services.screening.exposures import screen_in
from desktop_app.services.timeline.asof import register_on
from desktop_app.system.message_language import msg

APPLYING = frozenset({DayStatus.IN_FORCE})
RELIEVED = frozenset({DayStatus.SUSPENDED, DayStatus.REPEALED, DayStatus.EXPIRED})
_LEVELS = ("inherent_level", "residual_level")


@dataclass(frozen=True)
class MeasureOnDate:
    """One measure relevant to the venture, as it stood on the date."""

    measure_id: int
    reference: str
    title: str
    status: DayStatus | None  # None: not yet issued on that date; of the assessed clause, if one is named
    applies: bool
    assessed: bool
    screened: bool  # found by screening the venture's current key items
    assessment_id: int | None
    inherent_level: str | None
    residual_level: str | None


@dataclass(frozen=True)
class VentureOnDate:
    venture_id: int
    venture_name: str
    day: date
    measures: list[MeasureOnDate]

    @property
    def applying(self) -> list[MeasureOnDate]:
        return [m for m in self.measures if m.applies]


@dataclass(frozen=True)
class StatusMove:
    measure_id: int
    reference: str
    before: DayStatus | None
    after: DayStatus | None


@dataclass(frozen=True)
class LevelMove:
    assessment_id: int
    measure_reference: str
    before: tuple[str | None, str | None]  # (inherent, residual); None when it did not exist
    after: tuple[str | None, str | None]


@dataclass(frozen=True)
class VentureDiff:
    venture_id: int
    venture_name: str
    since: date
    until: date
    added: list[StatusMove]
    changed: list[StatusMove]
    lifted: list[StatusMove]
    levels: list[LevelMove]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.lifted or self.levels)


def _venture(s: Session, venture: int | str) -> JointVenture:
    row = s.get(JointVenture, venture) if isinstance(venture, int) else find_by_name(s, venture)
    if row is None:
        raise NotFound(msg("No joint venture {name!r}.", name=venture))
    return row


def levels_on(s: Session, assessment_ids: list[int], day: date) -> dict[int, tuple[str | None, str | None]]:
    """Each assessment's (inherent, residual) level at the end of `day`, replayed from the audit
    trail; (None, None) when it did not exist yet or was archived then. An assessment recorded
    later than its assessment date (an import) counts from that date with its first levels."""
    state: dict[int, dict[str, object]] = {a: {} for a in assessment_ids}
    first: dict[int, dict[str, object]] = {}
    if assessment_ids:
        entries = s.exec(select(AuditEntry).where(AuditEntry.entity == "assessment",
                                                  col(AuditEntry.entity_id).in_(assessment_ids))
                         .order_by(col(AuditEntry.id)))
        for e in entries:
            aid = e.entity_id or 0
            changes = {k: v[1] for k, v in json.loads(e.changes).items() if isinstance(v, list)}
            first.setdefault(aid, changes)
            if datetime.fromisoformat(e.at).astimezone(UTC).date() <= day:
                state[aid].update({k: v for k, v in changes.items() if k in (*_LEVELS, "archived_at")})
    for aid, created in first.items():
        # Recorded after the fact (e.g. imported): its assessment date says since when it held.
        assessed_on = created.get("assessed_on")
        if not state[aid] and isinstance(assessed_on, str) and date.fromisoformat(assessed_on) <= day:
            state[aid] = {k: created.get(k) for k in _LEVELS}
    out: dict[int, tuple[str | None, str | None]] = {}
    for aid, fields in state.items():
        if fields.get("archived_at"):
            out[aid] = (None, None)
        else:
            inherent, residual = fields.get("inherent_level"), fields.get("residual_level")
            out[aid] = (str(inherent) if inherent else None, str(residual) if residual else None)
    return out


def _relevant(s: Session, venture_id: int) -> tuple[dict[int, int], set[int], dict[int, str]]:
    """(measure id -> assessment id) for the venture's assessments, measure ids screening finds,
    and the clause each assessment depends on."""
    rows = list(s.exec(select(Assessment.id, Assessment.measure_id, Assessment.clause)
                       .where(Assessment.venture_id == venture_id)))
    assessed = {m: a for a, m, _c in rows}
    clauses = {m: c for _a, m, c in rows if c}
    screened = {e.measure_id for e in screen_in(s, venture=venture_id, include_lifted=True)
                if not e.dismissed}
    return assessed, screened, clauses


def venture_on(ctx: ServiceContext, venture: int | str, day: date) -> VentureOnDate:
    """Measures assessed for or found by screening for the venture, with their status on `day`."""
    with ctx.db.session() as s:
        v = _venture(s, venture)
        assert v.id is not None
        assessed, screened, clauses = _relevant(s, v.id)
        view = register_on(s, day, ctx.today())
        ids = sorted(set(assessed) | screened)
        rows = {m.id: m for m in s.exec(select(Measure).where(col(Measure.id).in_(ids)))} if ids else {}
        levels = levels_on(s, list(assessed.values()), day)
        out = []
        for mid in ids:
            m = rows[mid]
            state = view.state(mid)
            if state is None:  # archived measures are not part of the register's past view
                continue
            clause = state.of_clause(clauses.get(mid, "")) if mid in clauses else None
            status: DayStatus | None = clause.status if clause is not None else state.status
            if status is DayStatus.NOT_YET_ISSUED:
                status = None
            aid = assessed.get(mid)
            inherent, residual = levels.get(aid, (None, None)) if aid else (None, None)
            out.append(MeasureOnDate(mid, m.reference, m.title, status, status in APPLYING, aid is not None,
                                     mid in screened, aid, inherent, residual))
        out.sort(key=lambda r: (not r.applies, r.reference.casefold()))
        return VentureOnDate(v.id, v.name, day, out)


def venture_diff(ctx: ServiceContext, venture: int | str, since: date, until: date) -> VentureDiff:
    """Measures added, whose status changed, or lifted between the dates; levels that moved."""
    if until < since:
        raise ValidationFailed([Issue("until", Severity.ERROR, msg("must not be before the first date"))], "diff")
    before, after = venture_on(ctx, venture, since), venture_on(ctx, venture, until)
    old = {m.measure_id: m for m in before.measures}
    added, changed, lifted, levels = [], [], [], []
    for m in after.measures:
        prev = old[m.measure_id]
        move = StatusMove(m.measure_id, m.reference, prev.status, m.status)
        if prev.status == m.status:
            pass
        elif prev.status is None:
            added.append(move)
        elif prev.status in APPLYING and m.status in RELIEVED:
            lifted.append(move)
        else:
            changed.append(move)
        was, now = (prev.inherent_level, prev.residual_level), (m.inherent_level, m.residual_level)
        if m.assessment_id is not None and was != now:
            levels.append(LevelMove(m.assessment_id, m.reference, was, now))
    return VentureDiff(after.venture_id, after.venture_name, since, until, added, changed, lifted, levels)
