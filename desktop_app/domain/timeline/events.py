"""Every dated event of a measure, each with an identifier that stays the same across exports."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.phrase import Phrase
from desktop_app.domain.timeline import wording as t
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

    add(f.consultation_ends_on, EventKind.CONSULTATION_ENDS, Phrase(t.CONSULTATION_ENDS, ref=ref))
    add(f.effective_on, EventKind.EFFECTIVE, Phrase(t.TAKES_EFFECT, ref=ref))
    add(f.removed_on, EventKind.REMOVED, Phrase(t.REMOVED, ref=ref))
    for c in f.clauses:
        if c.effective_on is not None and c.effective_on != f.effective_on:
            add(c.effective_on, EventKind.CLAUSE_EFFECTIVE, Phrase(t.CLAUSE_TAKES_EFFECT_ON, clause=c.label, ref=ref),
                c.label, c.title)
        add(c.expires_on, EventKind.EXPIRES, Phrase(t.CLAUSE_EXPIRES_ON, clause=c.label, ref=ref), c.label, c.title)
    for w in f.windows:
        out += window_events(f, w, today, confirmed)
    return out


def window_events(f: MeasureFacts, w: Window, today: date, confirmed: Mapping[str, str]) -> list[Event]:
    ref = f.reference
    what = Phrase(t.OF_CLAUSE, ref=ref, clause=w.clause) if w.clause else ref
    ident = w.key or w.id
    record = ("measure", f.id)  # opening a window event opens the suspended measure

    def event(on: date, kind: EventKind, title: str, detail: str = "", *extra: object,
              event_uid: str | None = None, open_: bool = False) -> Event:
        return Event(on, kind, event_uid or uid(kind.value, ident, *extra), title, ref, w.clause, detail,
                     f.id, record, open_)

    out = [event(w.starts_on, EventKind.SUSPENSION_STARTS, Phrase(t.SUSPENSION_STARTS, what=what),
                 Phrase(t.SUSPENDED_BY, by=w.by))]
    for change in sorted(w.changes, key=lambda c: c.decided_on):
        until = change.ends_on or t.OPEN_ENDED
        kind = EventKind.EXTENSION if change.kind is ChangeKind.EXTENSION else EventKind.LIFTING
        said = t.SUSPENSION_EXTENDED if kind is EventKind.EXTENSION else t.SUSPENSION_LIFTED_ON
        out.append(event(change.decided_on, kind, Phrase(said, what=what, until=until), change.note,
                         change.decided_on.isoformat()))
    end = w.end
    if end is None:
        return out
    out.append(event(end, EventKind.SUSPENSION_ENDS, Phrase(t.SUSPENSION_ENDS, what=what, day=day_after(end)),
                     Phrase(t.SUSPENDED_BY, by=w.by)))
    if not w.lifted and day_after(end) <= today:
        key = confirm_uid(w, end)
        who = confirmed.get(key)
        title = (Phrase(t.CONFIRMED_NOT_EXTENDED, what=what, end=end, who=who) if who
                 else Phrase(t.CONFIRM_NOT_EXTENDED, what=what, end=end))
        out.append(event(day_after(end), EventKind.CONFIRM, title, Phrase(t.SUSPENDED_BY, by=w.by), event_uid=key,
                         open_=who is None))
    return out
