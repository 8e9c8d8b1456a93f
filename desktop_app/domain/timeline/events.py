"""Every dated event of a measure, each with an identifier that stays the same across exports."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.timeline.facts import ChangeKind, MeasureFacts, Window, day_after

UID_DOMAIN = "export-risk-register"


class EventKind(Vocabulary):
    CONSULTATION_ENDS = "consultation_ends"
    EFFECTIVE = "effective"
    CLAUSE_EFFECTIVE = "clause_effective"
    EXPIRES = "expires"
    REMOVED = "removed"
    SUSPENSION_STARTS = "suspension_starts"
    SUSPENSION_ENDS = "suspension_ends"
    EXTENSION = "extension"
    LIFTING = "lifting"
    CONFIRM = "confirm_not_extended"
    REVIEW_DUE = "review_due"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    EventKind.CONSULTATION_ENDS: "consultation ends", EventKind.EFFECTIVE: "takes effect",
    EventKind.CLAUSE_EFFECTIVE: "clause takes effect", EventKind.EXPIRES: "clause expires",
    EventKind.REMOVED: "removed", EventKind.SUSPENSION_STARTS: "suspension starts",
    EventKind.SUSPENSION_ENDS: "suspension ends", EventKind.EXTENSION: "suspension extended",
    EventKind.LIFTING: "suspension lifted", EventKind.CONFIRM: "confirm not extended",
    EventKind.REVIEW_DUE: "review due",
}


@dataclass(frozen=True)
class Event:
    """A dated event. `uid` is built from natural keys (references, names, clause labels), so the
    same event keeps it across exports and registers. `open` marks an event waiting for someone:
    a lapsed suspension nobody has confirmed (or extended) yet, or an overdue review."""

    on: date
    kind: EventKind
    uid: str
    title: str
    reference: str
    clause: str = ""
    detail: str = ""
    measure_id: int | None = None
    record: tuple[str, int] | None = None  # ("measure" | "assessment" | "window", id) to open
    open: bool = False

    @property
    def sort_key(self) -> tuple[date, str, str]:
        return self.on, self.reference.casefold(), self.kind.value


def uid(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def confirm_uid(w: Window, end: date) -> str:
    """The identifier of "suspension ended on `end`: confirm": a new end needs a new confirmation."""
    return uid("confirm", w.key or w.id, end.isoformat())


def measure_events(f: MeasureFacts, today: date, confirmed: Mapping[str, str] | None = None) -> list[Event]:
    """Consultation end, effective and removal dates, clause dates, window starts, ends,
    extensions and liftings, and one "confirm it was not extended" event per lapsed window end
    (open until confirmed: `confirmed` maps confirmed uids to who confirmed and when)."""
    confirmed = confirmed or {}
    key, ref = f.key or f.reference, f.reference
    out: list[Event] = []

    def add(on: date | None, kind: EventKind, title: str, clause: str = "", detail: str = "",
            ident: tuple[object, ...] = ()) -> None:
        if on is not None:
            out.append(Event(on, kind, uid(kind.value, key, clause, *ident), title, ref, clause, detail, f.id,
                             ("measure", f.id)))

    add(f.consultation_ends_on, EventKind.CONSULTATION_ENDS, f"Consultation ends: {ref}")
    add(f.effective_on, EventKind.EFFECTIVE, f"Takes effect: {ref}")
    add(f.removed_on, EventKind.REMOVED, f"Removed: {ref}")
    for c in f.clauses:
        if c.effective_on is not None and c.effective_on != f.effective_on:
            add(c.effective_on, EventKind.CLAUSE_EFFECTIVE, f"Clause {c.label} takes effect: {ref}", c.label,
                c.title)
        add(c.expires_on, EventKind.EXPIRES, f"Clause {c.label} expires: {ref}", c.label, c.title)
    for w in f.windows:
        out += window_events(f, w, today, confirmed)
    return out


def window_events(f: MeasureFacts, w: Window, today: date, confirmed: Mapping[str, str]) -> list[Event]:
    ref, what = f.reference, f"{f.reference}" + (f" clause {w.clause}" if w.clause else "")
    ident = w.key or w.id
    record = ("measure", f.id)  # opening a window event opens the suspended measure

    def event(on: date, kind: EventKind, title: str, detail: str = "", *extra: object,
              event_uid: str | None = None, open_: bool = False) -> Event:
        return Event(on, kind, event_uid or uid(kind.value, ident, *extra), title, ref, w.clause, detail,
                     f.id, record, open_)

    out = [event(w.starts_on, EventKind.SUSPENSION_STARTS, f"Suspension starts: {what}", f"by {w.by}")]
    for change in sorted(w.changes, key=lambda c: c.decided_on):
        until = change.ends_on.isoformat() if change.ends_on else "open-ended"
        kind = EventKind.EXTENSION if change.kind is ChangeKind.EXTENSION else EventKind.LIFTING
        verb = "extended" if kind is EventKind.EXTENSION else "lifted"
        out.append(event(change.decided_on, kind, f"Suspension {verb}: {what} (last day {until})", change.note,
                         change.decided_on.isoformat()))
    end = w.end
    if end is None:
        return out
    out.append(event(end, EventKind.SUSPENSION_ENDS, f"Suspension ends: {what} (last day; in force again "
                     f"from {day_after(end)} unless extended)", f"by {w.by}"))
    if not w.lifted and day_after(end) <= today:
        key = confirm_uid(w, end)
        who = confirmed.get(key)
        title = (f"Suspension of {what} ended on {end}: " +
                 (f"confirmed not extended ({who})" if who else "confirm it was not extended"))
        out.append(event(day_after(end), EventKind.CONFIRM, title, f"by {w.by}", event_uid=key,
                         open_=who is None))
    return out
