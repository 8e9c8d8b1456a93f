"""Every dated event of the register in one list; confirmations; CSV and iCalendar output."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.models.timeline import EventConfirmation
from desktop_app.domain.phrase import Phrase
from desktop_app.domain.text import has_control_chars
from desktop_app.domain.timeline.events import Event, EventKind, measure_events, uid
from desktop_app.domain.timeline.facts import MeasureFacts
from desktop_app.domain.timeline.wording import REVIEW
from desktop_app.persistence.time_repo import load_facts
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.system.atomic import atomic_output
from desktop_app.system.message_language import msg

NOTE_MAX = 4_000
CSV_COLUMNS = ("date", "kind", "title", "measure_reference", "clause", "detail", "needs_action", "uid")


def confirmations(s: Session) -> dict[str, str]:
    """Confirmed event uid -> `who on when`."""
    return {u: f"{actor}, {at.date().isoformat() if isinstance(at, datetime) else str(at)[:10]}"
            for u, actor, at in s.exec(select(EventConfirmation.uid, EventConfirmation.actor,
                                              EventConfirmation.confirmed_at))}


def _reviews(s: Session, start: date | None, end: date | None, today: date) -> list[Event]:
    query = (select(Assessment.id, Assessment.next_review_on, Measure.reference, Measure.reference_key,
                    JointVenture.name, JointVenture.name_key, Assessment.measure_id)
             .join(Measure, col(Measure.id) == Assessment.measure_id)
             .join(JointVenture, col(JointVenture.id) == Assessment.venture_id)
             .where(col(Assessment.archived_at).is_(None), col(Measure.archived_at).is_(None),
                    col(JointVenture.archived_at).is_(None), Assessment.status != "closed"))
    if start is not None:
        query = query.where(col(Assessment.next_review_on) >= start)
    if end is not None:
        query = query.where(col(Assessment.next_review_on) <= end)
    return [Event(day, EventKind.REVIEW_DUE, uid("review", mkey, vkey), Phrase(REVIEW, ref=ref, venture=venture), ref,
                  measure_id=mid, record=("assessment", aid), open=day < today)
            for aid, day, ref, mkey, venture, vkey, mid in s.exec(query)]


def events_in(s: Session, today: date, start: date | None = None, end: date | None = None,
              *, reviews: bool = True, facts: Mapping[int, MeasureFacts] | None = None) -> list[Event]:
    """Every event dated from `start` through `end` (None: no bound), oldest first; `facts`: the
    measures' facts when the caller has read them already (the reports' as-of view)."""
    done = confirmations(s)
    found = [e for f in (load_facts(s) if facts is None else facts).values() for e in measure_events(f, today, done)
             if (start is None or e.on >= start) and (end is None or e.on <= end)]
    if reviews:
        found += _reviews(s, start, end, today)
    found.sort(key=lambda e: e.sort_key)
    return found


def list_events(ctx: ServiceContext, start: date | None = None, end: date | None = None,
                *, reviews: bool = True) -> list[Event]:
    with ctx.db.session() as s:
        return events_in(s, ctx.today(), start, end, reviews=reviews)


def open_confirmations(ctx: ServiceContext) -> list[Event]:
    """Lapsed suspensions nobody has confirmed (or extended) yet."""
    return [e for e in list_events(ctx, reviews=False) if e.kind is EventKind.CONFIRM and e.open]


def confirm_event(ctx: ServiceContext, event_uid: str, note: str = "") -> Event:
    """Confirm that a lapsed suspension was not extended (audited); the event stops waiting."""
    note = note.strip()
    if len(note) > NOTE_MAX or has_control_chars(note):
        raise ValidationFailed([Issue("note", Severity.ERROR, msg("must be plain text of at most {limit:,} characters",
                                                                limit=NOTE_MAX))], "confirmation")
    with ctx.db.session(write=True) as s:
        event = next((e for e in events_in(s, ctx.today(), reviews=False) if e.uid == event_uid.strip()), None)
        if event is None or event.kind is not EventKind.CONFIRM:
            raise NotFound(msg("No lapsed suspension waits for confirmation under {uid!r}; `export-risk events` "
                               "lists them.", uid=event_uid))
        if not event.open:
            return event
        row = EventConfirmation(uid=event.uid, kind=event.kind.value, label=event.title, note=note,
                                actor=ctx.actor, confirmed_at=ctx.now())
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, Entity.EVENT_CONFIRMATION, row.id, event.title,
                     {"uid": [None, event.uid], "note": [None, note], "measure": [None, event.reference]})
        return replace(event, open=False, title=event.title.replace(
            "confirm it was not extended", f"confirmed not extended ({ctx.actor})"))


def to_csv(events: list[Event]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in events:
        writer.writerow([e.on.isoformat(), e.kind.label, e.title, e.reference, e.clause, e.detail,
                         "yes" if e.open else "", e.uid])
    return out.getvalue()


def _calendar_text(text: str) -> str:
    """iCalendar text has line breaks but no carriage returns: every break becomes a newline."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def to_ics(events: list[Event], stamp: datetime) -> bytes:
    """An iCalendar file with one all-day VEVENT per event; UIDs stay the same across exports."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    cal = Calendar()
    cal.add("prodid", "-//Export Risk Register//events//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Export risk register events")
    for e in events:
        item: Any = VEvent()
        item.add("uid", e.uid)
        item.add("dtstamp", stamp.astimezone(UTC))
        item.add("dtstart", e.on)
        item.add("summary", _calendar_text(e.title))
        item.add("categories", [e.kind.label])
        if e.detail or e.clause:
            item.add("description", _calendar_text(
                "\n".join(x for x in (e.detail, f"clause {e.clause}" if e.clause else "") if x)))
        cal.add_component(item)
    return cal.to_ical()


def count_open(s: Session, today: date) -> int:
    """Events waiting for someone: unconfirmed lapsed suspensions and overdue reviews."""
    lapsed = sum(1 for e in events_in(s, today, reviews=False) if e.open)
    overdue = s.exec(select(func.count()).select_from(Assessment).where(
        col(Assessment.archived_at).is_(None), Assessment.status != "closed",
        col(Assessment.next_review_on) < today)).one()
    return lapsed + int(overdue)


def write_ics(ctx: ServiceContext, events: list[Event], target: Path) -> Path:
    """Write `events` as an iCalendar file, atomically."""
    with atomic_output(Path(target), "wb") as fh:
        fh.write(to_ics(events, ctx.now()))
    return Path(target)
