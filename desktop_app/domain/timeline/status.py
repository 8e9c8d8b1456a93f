"""The status of a measure or clause on any date, from its dates, its history and its windows.

Without an explicit history the history is derived from the dates (announced: consultation when
a consultation end is recorded, else adopted when it takes effect later, else proposed for a
measure still only proposed; effective: in force; removed: repealed). Dates after the last
explicit entry extend an explicit history. Before the first dated step the status is "not yet
issued"; where nothing dated tells, "unknown", never today's status. The recorded status holds
from today on when the dates say otherwise. A suspension window makes the measure or clause
suspended from its first through its last day; the day after, the underlying status is back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.phrase import Phrase, Term, joined
from desktop_app.domain.timeline import wording as t
from desktop_app.domain.timeline.facts import (
    UNSUSPENDABLE,
    Clause,
    DayStatus,
    MeasureFacts,
    Step,
    day_after,
    day_before,
)

# Which status speaks for a measure whose clauses differ: the most binding one.
_PRIORITY = (DayStatus.IN_FORCE, DayStatus.SUSPENDED, DayStatus.ADOPTED, DayStatus.CONSULTATION,
             DayStatus.PROPOSED, DayStatus.EXPIRED, DayStatus.REPEALED, DayStatus.UNKNOWN,
             DayStatus.NOT_YET_ISSUED)
RECORDED = t.RECORDED


@dataclass(frozen=True, slots=True)
class ClauseState:
    """A clause ('' for a measure without clauses) on a date: its status, since when and until
    when it holds (None: as far back or forward as the register knows), and the record behind it."""

    clause: str
    status: DayStatus
    since: date | None
    until: date | None
    cause: str
    window_id: int | None = None

    @property
    def name(self) -> str:
        return Phrase(t.CLAUSE_NAME, clause=self.clause) if self.clause else t.WHOLE_MEASURE


@dataclass(frozen=True)
class MeasureState:
    """A measure on a date: the most binding status of its clauses, and each clause's own."""

    measure_id: int
    reference: str
    day: date
    status: DayStatus
    clauses: tuple[ClauseState, ...]

    @property
    def partial(self) -> bool:
        return len({c.status for c in self.clauses}) > 1

    @property
    def label(self) -> str:
        """`in force (clause 2 suspended)` when clauses differ, else the status."""
        others = [c for c in self.clauses if c.status is not self.status]
        if not others:
            return Term(self.status.label)
        parts = [Phrase(t.CLAUSE_STATUS, clause=c.name, status=Term(c.status.label)) for c in others]
        return Phrase(t.MIXED_STATUS, status=Term(self.status.label), others=joined(parts, t.STATUSES))

    def of_clause(self, label: str) -> ClauseState | None:
        folded = label.casefold()
        return next((c for c in self.clauses if c.clause.casefold() == folded), None)


def date_steps(f: MeasureFacts) -> list[Step]:
    """The history the dates tell, oldest first."""
    steps: list[Step] = []
    if f.announced_on is not None:
        ends = f.consultation_ends_on
        if ends is not None and ends >= f.announced_on:
            steps.append(Step(f.announced_on, DayStatus.CONSULTATION, t.ANNOUNCED_CONSULTATION))
            if f.effective_on is None or f.effective_on > day_after(ends):
                steps.append(Step(day_after(ends), DayStatus.PROPOSED, t.CONSULTATION_ENDED))
        elif f.effective_on is not None and f.effective_on > f.announced_on:
            steps.append(Step(f.announced_on, DayStatus.ADOPTED, Phrase(t.ANNOUNCED_TAKES_EFFECT, day=f.effective_on)))
        elif f.effective_on is None:
            early = f.status in (MeasureStatus.PROPOSED, MeasureStatus.CONSULTATION)
            steps.append(Step(f.announced_on, DayStatus.of(f.status) if early else DayStatus.UNKNOWN,
                              t.ANNOUNCED if early else t.ANNOUNCED_NO_DATE))
    if f.effective_on is not None:
        steps.append(Step(f.effective_on, DayStatus.IN_FORCE, t.EFFECTIVE_DATE))
    if f.removed_on is not None:
        gone = f.status if f.status in (MeasureStatus.REPEALED, MeasureStatus.EXPIRED) else MeasureStatus.REPEALED
        steps.append(Step(f.removed_on, DayStatus.of(gone), t.REMOVAL_DATE))
    steps.sort(key=lambda s: s.on)  # stable: on one day, the later kind of date wins
    return steps


def base_steps(f: MeasureFacts, today: date) -> list[Step]:
    """Explicit history, dates after it, and the recorded status from today where they disagree."""
    steps = list(f.history)
    last = steps[-1].on if steps else None
    steps += [s for s in date_steps(f) if last is None or s.on > last]
    if not f.history:
        now = _last(steps, today)
        if now is None or now.status is not DayStatus.of(f.status):
            steps.append(Step(today, DayStatus.of(f.status), RECORDED, recorded=True))
            steps.sort(key=lambda s: (s.on, s.recorded))
    return steps


def _last(steps: Iterable[Step], day: date) -> Step | None:
    found = None
    for step in steps:
        if step.on <= day:
            found = step
    return found


def _underlying(steps: list[Step], clause: Clause | None, day: date, today: date) -> tuple[DayStatus, str]:
    step = _last(steps, day)
    if step is None:
        dated = [s for s in steps if not s.recorded]
        status, cause = ((DayStatus.NOT_YET_ISSUED, Phrase(t.FIRST_DATED, day=dated[0].on)) if dated
                         else (DayStatus.UNKNOWN, t.NO_DATES))
    else:
        status, cause = step.status, step.cause
    if clause is None:
        return status, cause
    if clause.expires_on is not None and day > clause.expires_on:
        return DayStatus.EXPIRED, Phrase(t.CLAUSE_EXPIRED, clause=clause.label, day=clause.expires_on)
    if clause.effective_on is not None:
        if day < clause.effective_on and status is DayStatus.IN_FORCE:
            return DayStatus.ADOPTED, Phrase(t.CLAUSE_TAKES_EFFECT, clause=clause.label, day=clause.effective_on)
        if day >= clause.effective_on and status in (DayStatus.ADOPTED, DayStatus.UNKNOWN):
            return DayStatus.IN_FORCE, Phrase(t.CLAUSE_EFFECTIVE, clause=clause.label)
    if clause.status is not None and day >= today:
        return DayStatus.of(clause.status), Phrase(t.CLAUSE_RECORDED, clause=clause.label)
    return status, cause


def _evaluate(f: MeasureFacts, steps: list[Step], clause: Clause | None, label: str, day: date,
              today: date) -> tuple[DayStatus, str, int | None]:
    status, cause = _underlying(steps, clause, day, today)
    if status in UNSUSPENDABLE:
        return status, cause, None
    for w in f.windows:
        if w.applies_to(label) and w.covers(day):
            end = w.end
            return (DayStatus.SUSPENDED, Phrase(t.SUSPENDED_UNTIL, by=w.by, day=end) if end else
                    Phrase(t.SUSPENDED_OPEN, by=w.by), w.id)
    ended = [w for w in f.windows if w.applies_to(label) and w.end is not None and w.end < day]
    if ended:
        latest = max(ended, key=lambda w: w.end or w.starts_on)
        assert latest.end is not None
        said = t.SUSPENSION_LIFTED if latest.lifted else t.SUSPENSION_ENDED
        return status, Phrase(said, cause=cause, by=latest.by, day=latest.end), latest.id
    return status, cause, None


def _breakpoints(f: MeasureFacts, steps: list[Step], clause: Clause | None) -> list[date]:
    points = {s.on for s in steps}
    for w in f.windows:
        points.add(w.starts_on)
        if w.end is not None:
            points.add(day_after(w.end))
    if clause is not None:
        points |= {d for d in (clause.effective_on,) if d is not None}
        if clause.expires_on is not None:
            points.add(day_after(clause.expires_on))
    return sorted(points)


def _span(at: Callable[[date], DayStatus], day: date, points: list[date]) -> tuple[date | None, date | None]:
    """Since when and until when `at` keeps the status it has on `day`."""
    now = at(day)
    since = until = None
    for point in reversed([p for p in points if p <= day]):
        if at(day_before(point)) is not now:
            since = point
            break
    for point in (p for p in points if p > day):
        if at(point) is not now:
            until = day_before(point)
            break
    return since, until


def clause_state(f: MeasureFacts, label: str, day: date, today: date) -> ClauseState:
    """One clause of `f` ('' for the whole measure) on `day`, seen from `today`."""
    steps = base_steps(f, today)
    clause = f.clause(label) if label else None
    status, cause, window = _evaluate(f, steps, clause, label, day, today)
    since, until = _span(lambda d: _evaluate(f, steps, clause, label, d, today)[0], day,
                         _breakpoints(f, steps, clause))
    return ClauseState(clause.label if clause else label, status, since, until, cause, window)


def measure_state(f: MeasureFacts, day: date, today: date) -> MeasureState:
    """The measure on `day`: each clause's state (one line for a measure without clauses)."""
    labels = [c.label for c in f.clauses] or [""]
    states = tuple(clause_state(f, label, day, today) for label in labels)
    found = {s.status for s in states}
    status = next(p for p in _PRIORITY if p in found)
    return MeasureState(f.id, f.reference, day, status, states)


def status_on(f: MeasureFacts, day: date, today: date) -> DayStatus:
    """The measure's status on `day` (the most binding of its clauses'), without the spans and
    causes `measure_state` works out: what a whole register's figures need."""
    steps = base_steps(f, today)
    labels = [c.label for c in f.clauses] or [""]
    found = {_evaluate(f, steps, f.clause(label) if label else None, label, day, today)[0] for label in labels}
    return next(p for p in _PRIORITY if p in found)
