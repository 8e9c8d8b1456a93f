"""What the time functions are handed: a measure's dates, history, clauses and suspension windows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop_app.domain.enums import MeasureStatus, Vocabulary


class DayStatus(Vocabulary):
    """A status on a date: the recorded statuses plus what only a date can say."""

    NOT_YET_ISSUED = "not_yet_issued"
    PROPOSED = "proposed"
    CONSULTATION = "consultation"
    ADOPTED = "adopted"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    REPEALED = "repealed"
    EXPIRED = "expired"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, status: MeasureStatus | str) -> DayStatus:
        return cls(str(getattr(status, "value", status)))


# Statuses a suspension window cannot change: nothing to suspend before issue or after removal.
UNSUSPENDABLE = frozenset({DayStatus.NOT_YET_ISSUED, DayStatus.REPEALED, DayStatus.EXPIRED})
# Statuses under which a measure binds someone on that date (screening and "in force" counts).
BINDING = frozenset({DayStatus.IN_FORCE})
# Statuses of a measure that no longer applies at all.
LIFTED = frozenset({DayStatus.REPEALED, DayStatus.EXPIRED})


class ChangeKind(Vocabulary):
    """How a dated record moves a window's end: later (extension) or earlier (lifting)."""

    EXTENSION = "extension"
    LIFTING = "lifting"


@dataclass(frozen=True, slots=True)
class Step:
    """From `on`, the status is `status`; `cause` names the record that says so."""

    on: date
    status: DayStatus
    cause: str
    recorded: bool = False  # the recorded status anchored on today, not a dated fact


@dataclass(frozen=True, slots=True)
class WindowChange:
    """An extension or a lifting: decided on `decided_on`, the window's last day is now `ends_on`
    (None: open-ended)."""

    kind: ChangeKind
    decided_on: date
    ends_on: date | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Window:
    """A suspension of a measure (or one clause: `clause`, '' for the whole measure) by the
    suspension measure `suspension_reference`, from `starts_on` through its last day `ends_on`."""

    id: int
    measure_id: int
    clause: str
    starts_on: date
    ends_on: date | None
    suspension_id: int | None = None
    suspension_reference: str = ""
    changes: tuple[WindowChange, ...] = ()
    note: str = ""
    key: str = ""  # natural key (suspension, measure, clause) for stable event identifiers

    @property
    def end(self) -> date | None:
        """The last day suspended after every recorded extension and lifting (None: open-ended)."""
        end = self.ends_on
        for change in sorted(self.changes, key=lambda c: c.decided_on):
            end = change.ends_on
        return end

    @property
    def lifted(self) -> bool:
        ordered = sorted(self.changes, key=lambda c: c.decided_on)
        return bool(ordered) and ordered[-1].kind is ChangeKind.LIFTING

    def covers(self, day: date) -> bool:
        end = self.end
        return self.starts_on <= day and (end is None or day <= end)

    def applies_to(self, clause: str) -> bool:
        return not self.clause or self.clause.casefold() == clause.casefold()

    @property
    def by(self) -> str:
        return self.suspension_reference or "a suspension (instrument not recorded)"


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause with its own dates: in force from `effective_on`, lapsing after `expires_on`
    (a temporary general licence, say); `status` is its own recorded status, if any."""

    label: str
    effective_on: date | None = None
    expires_on: date | None = None
    status: MeasureStatus | None = None
    title: str = ""


@dataclass(frozen=True, slots=True)
class MeasureFacts:
    """One measure as the time functions need it."""

    id: int
    reference: str
    status: MeasureStatus
    announced_on: date | None = None
    consultation_ends_on: date | None = None
    effective_on: date | None = None
    removed_on: date | None = None
    history: tuple[Step, ...] = ()
    clauses: tuple[Clause, ...] = ()
    windows: tuple[Window, ...] = field(default=())
    key: str = ""  # the reference's normalised key

    def clause(self, label: str) -> Clause | None:
        return next((c for c in self.clauses if c.label.casefold() == label.casefold()), None)


def day_before(day: date) -> date:
    return day - timedelta(days=1)


def day_after(day: date) -> date:
    return day + timedelta(days=1)
