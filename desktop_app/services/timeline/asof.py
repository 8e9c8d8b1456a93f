"""The register as of a date: every measure's status (per clause) on that day, in one read.

Every figure that depends on a date goes through here (dashboard, tables, screening, heat maps,
top risks, counts, the PDF and the workbook), so they agree. `today` is the day the register is
read on: the recorded status of a measure holds from then on where its dates say otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, or_, select

from desktop_app.domain.errors import NotFound
from desktop_app.domain.models import Assessment, Measure
from desktop_app.domain.timeline.facts import BINDING, LIFTED, DayStatus, MeasureFacts
from desktop_app.domain.timeline.status import MeasureState, measure_state
from desktop_app.domain.timeline.status import status_on as status_on_day
from desktop_app.persistence.assessment_past import read_as_of, read_in, read_past
from desktop_app.persistence.measure_repo import find_by_reference
from desktop_app.persistence.queries import chunks
from desktop_app.persistence.time_repo import load_facts
from desktop_app.services.context import ServiceContext
from desktop_app.system.message_language import msg

LEAN_BATCH = 1_000


@dataclass(frozen=True)
class RegisterOnDate:
    """Live measures on `day` (as read on `today`): their facts and their status that day; the
    full state of a measure (per clause, with since, until and cause) is worked out when asked."""

    day: date
    today: date
    statuses: dict[int, DayStatus]
    facts: dict[int, MeasureFacts]  # every live measure's; empty for a lean view (see `facts_of`)

    def status(self, measure_id: int) -> DayStatus | None:
        """The measure's status on the day; None for a measure not in the register (archived)."""
        return self.statuses.get(measure_id)

    def state(self, measure_id: int) -> MeasureState | None:
        """The measure's state on the day, per clause (None for a measure not in the register)."""
        f = self.facts.get(measure_id)
        return None if f is None else measure_state(f, self.day, self.today)

    def facts_of(self, s: Session, measure_ids: Collection[int]) -> dict[int, MeasureFacts]:
        """The facts of these measures: kept ones, or read now for a lean view."""
        if self.facts:
            return {m: self.facts[m] for m in measure_ids if m in self.facts}
        return load_facts(s, [m for m in measure_ids if m in self.statuses])

    def states_of(self, s: Session, measure_ids: Collection[int]) -> dict[int, MeasureState]:
        """The states of these measures on the day, per clause (a batch of a report)."""
        return {m: measure_state(f, self.day, self.today) for m, f in self.facts_of(s, measure_ids).items()}

    def issued(self, measure_id: int) -> bool:
        """In the register on the day: live and not "not yet issued"."""
        status = self.status(measure_id)
        return status is not None and status is not DayStatus.NOT_YET_ISSUED

    def relevant(self, measure_id: int) -> bool:
        """Issued and not repealed or expired on the day: what screening and exposures count."""
        status = self.status(measure_id)
        return self.issued(measure_id) and status not in LIFTED

    @property
    def issued_ids(self) -> list[int]:
        return sorted(m for m in self.statuses if self.issued(m))

    @property
    def in_force_ids(self) -> list[int]:
        return sorted(m for m, s in self.statuses.items() if s in BINDING)

    def by_status(self, measure_ids: Collection[int] | None = None) -> Counter[DayStatus]:
        ids = self.statuses if measure_ids is None else measure_ids
        return Counter(self.statuses[m] for m in ids if m in self.statuses)

    def measure_conditions(self) -> list[Any]:
        """SQL conditions keeping the measures issued on the day (none when every live one is)."""
        issued = self.issued_ids
        if len(issued) == len(self.statuses):
            return []
        unissued = sorted(set(self.statuses) - set(issued))
        return [col(Measure.id).notin_(unissued) if len(unissued) < len(issued) else col(Measure.id).in_(issued)]

    def assessment_conditions(self) -> list[Any]:
        """SQL conditions keeping the assessments that existed on the day: assessed by then, of a
        measure issued by then (the smaller of the two id lists goes into the query)."""
        # An assessment imported without a date (never assumed to be today) is shown on every
        # day: left out, it would vanish from every report.
        conds: list[Any] = [or_(col(Assessment.assessed_on).is_(None), col(Assessment.assessed_on) <= self.day)]
        issued = self.issued_ids
        if len(issued) == len(self.statuses):
            return conds
        unissued = sorted(set(self.statuses) - set(issued))
        if len(unissued) < len(issued):
            conds.append(col(Assessment.measure_id).notin_(unissued))
        else:
            conds.append(col(Assessment.measure_id).in_(issued))
        return conds


def register_on(s: Session, day: date, today: date, measure_ids: Collection[int] | None = None,
                *, lean: bool = False) -> RegisterOnDate:
    """Read the live measures (only `measure_ids` when given) and derive their status on `day`.

    `lean` keeps the statuses only, reading the facts LEAN_BATCH measures at a time (reports over a
    large register: 10,000 measures' facts are 7 MB); `facts_of` reads a batch's facts again.
    """
    if not lean:
        facts = load_facts(s, measure_ids)
        return RegisterOnDate(day, today, {mid: status_on_day(f, day, today) for mid, f in facts.items()}, facts)
    ids = measure_ids if measure_ids is not None else list(s.exec(
        select(Measure.id).where(col(Measure.archived_at).is_(None))))
    statuses: dict[int, DayStatus] = {}
    for batch in chunks(sorted(ids), LEAN_BATCH):
        statuses.update((mid, status_on_day(f, day, today)) for mid, f in load_facts(s, batch).items())
    return RegisterOnDate(day, today, statuses, {})


def assessments_on(s: Session, day: date, today: date) -> None:
    """From now on, this (read) session's queries see each assessment as it stood at the end of
    `day`: its levels, treatment, status, owner and review date then, undone from the audit trail;
    none recorded after the day. For today or later the live table is read, at no extra cost."""
    read_as_of(s, None)
    if day < today:
        read_as_of(s, read_past(s, day))


def on_the_day(s: Session, statement: Any) -> Any:
    """A statement to run on the session's connection, reading the assessments of the session's
    day (`assessments_on`); the session's own queries need nothing."""
    return read_in(s, statement)


def measures_in_force_on(s: Session, day: date, today: date) -> list[int]:
    """Ids of the live measures in force on `day` (any clause in force counts)."""
    return register_on(s, day, today).in_force_ids


def statuses_on(s: Session, day: date, today: date) -> dict[int, DayStatus]:
    """Each live measure's status on `day`."""
    return dict(register_on(s, day, today).statuses)


def status_on(s: Session, measure_id: int, day: date, today: date) -> MeasureState:
    """One measure's state on `day`, per clause; NotFound for an archived or unknown measure."""
    state = register_on(s, day, today, [measure_id]).state(measure_id)
    if state is None:
        raise NotFound(msg("No live measure with id {id}.", id=measure_id))
    return state


def measure_status(ctx: ServiceContext, reference: str, day: date | None = None) -> MeasureState:
    """The state on `day` (default today) of the measure with this reference, per clause."""
    with ctx.db.session() as s:
        row = find_by_reference(s, reference)
        if row is None or row.id is None:
            raise NotFound(msg("No measure with reference {reference!r}.", reference=reference))
        return status_on(s, row.id, day or ctx.today(), ctx.today())


def register_view(ctx: ServiceContext, day: date | None = None) -> RegisterOnDate:
    """The register as of `day` (default today), read in one transaction."""
    with ctx.db.session() as s:
        return register_on(s, day or ctx.today(), ctx.today())
