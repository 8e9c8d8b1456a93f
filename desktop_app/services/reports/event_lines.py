"""Calendar lines in the report language: an event's subject rebuilt from its fields as one sentence."""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop_app.domain.timeline.events import Event, EventKind
from desktop_app.system.report_language import DEFAULT, _, current, day

_LAST_DAY = re.compile(r"\(last day (\d{4}-\d{2}-\d{2})\)$")
_CONFIRMED = re.compile(r"confirmed not extended \((.*)\)$")


def line(e: Event) -> str:
    """The event's subject: the timeline's own English title in English; in another language the
    same sentence from the catalog, with the event's reference, clause and dates filled in."""
    if current() == DEFAULT:
        return e.title
    what = _("{reference} clause {clause}", reference=e.reference, clause=e.clause) if e.clause else e.reference
    simple = {
        EventKind.CONSULTATION_ENDS: lambda: _("Consultation ends: {measure}", measure=e.reference),
        EventKind.EFFECTIVE: lambda: _("Takes effect: {measure}", measure=e.reference),
        EventKind.REMOVED: lambda: _("Removed: {measure}", measure=e.reference),
        EventKind.CLAUSE_EFFECTIVE: lambda: _("Clause {clause} takes effect: {measure}", clause=e.clause,
                                              measure=e.reference),
        EventKind.EXPIRES: lambda: _("Clause {clause} expires: {measure}", clause=e.clause, measure=e.reference),
        EventKind.SUSPENSION_STARTS: lambda: _("Suspension starts: {what}", what=what),
        EventKind.SUSPENSION_ENDS: lambda: _("Suspension ends: {what} (last day; in force again from {again} "
                                             "unless extended)", what=what, again=day(e.on + timedelta(days=1))),
    }
    if e.kind in simple:
        return simple[e.kind]()
    if e.kind in (EventKind.EXTENSION, EventKind.LIFTING):
        found = _LAST_DAY.search(e.title)
        until = day(date.fromisoformat(found.group(1))) if found else _("open-ended")
        if e.kind is EventKind.EXTENSION:
            return _("Suspension extended: {what} (last day {until})", what=what, until=until)
        return _("Suspension lifted: {what} (last day {until})", what=what, until=until)
    if e.kind is EventKind.CONFIRM:
        end = day(e.on - timedelta(days=1))
        who = _CONFIRMED.search(e.title)
        if who:
            return _("Suspension of {what} ended on {end}: confirmed not extended ({who})", what=what, end=end,
                     who=who.group(1))
        return _("Suspension of {what} ended on {end}: confirm it was not extended", what=what, end=end)
    return e.title  # a kind this module does not know yet: the timeline's own words

