"""Lineage lines and screening reasons in the report language, each one whole sentence built from its parts."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.timeline.facts import Window
from desktop_app.services.records.lineage import LinkView
from desktop_app.services.reports.phrasing import worded
from desktop_app.services.screening.findings import Exposure
from desktop_app.system.report_language import N_, _, day, label

# A link as one measure reads it, by the phrase LinkKind gives each side ("finalised by X").
_LINKS = {
    "finalises": N_("finalises {measure}"), "finalised by": N_("finalised by {measure}"),
    "amends": N_("amends {measure}"), "amended by": N_("amended by {measure}"),
    "suspends": N_("suspends {measure}"), "suspended by": N_("suspended by {measure}"),
    "supersedes": N_("supersedes {measure}"), "superseded by": N_("superseded by {measure}"),
    "responds to": N_("responds to {measure}"), "responded to by": N_("responded to by {measure}"),
}
# (a clause, an end date): a window suffered, and one the measure makes.
_SUSPENDED = {
    (False, True): N_("suspended by {by} from {start} through {end}"),
    (True, True): N_("clause {clause} suspended by {by} from {start} through {end}"),
    (False, False): N_("suspended by {by} from {start} through an open end"),
    (True, False): N_("clause {clause} suspended by {by} from {start} through an open end"),
}
_SUSPENDS = {
    (False, True): N_("suspends {measure} from {start} through {end}"),
    (True, True): N_("suspends {measure} clause {clause} from {start} through {end}"),
    (False, False): N_("suspends {measure} from {start} through an open end"),
    (True, False): N_("suspends {measure} clause {clause} from {start} through an open end"),
}
# A clause's state on the as-of date, with the dates it holds from and until when known.
_CLAUSE = {
    (False, False): N_("{clause}: {status} on {day}"),
    (True, False): N_("{clause}: {status} on {day} since {since}"),
    (False, True): N_("{clause}: {status} on {day}, until {until}"),
    (True, True): N_("{clause}: {status} on {day} since {since}, until {until}"),
}


def link_line(v: LinkView) -> str:
    """"finalised by X (note)"; a phrase this version does not know is shown as the link reads."""
    template = _LINKS.get(v.phrase)
    if template is None:
        return str(v)
    text = _(template, measure=v.other_reference)
    return _("{link} ({note})", link=text, note=v.note) if v.note else text


def window_line(w: Window, as_of: date) -> str:
    """The window the measure suffers, and each extension or lifting decided by the as-of date."""
    text = _(_SUSPENDED[(bool(w.clause), w.end is not None)], clause=w.clause, by=w.by, start=day(w.starts_on),
             end=day(w.end) if w.end else "")
    for c in w.changes:
        if c.decided_on <= as_of:
            text = _("{line}; {change} decided {day}", line=text, change=label(c.kind.label), day=day(c.decided_on))
    return text


def suspends_line(measure: str, clause: str, starts_on: date, end: date | None) -> str:
    return _(_SUSPENDS[(bool(clause), end is not None)], measure=measure, clause=clause, start=day(starts_on),
             end=day(end) if end else "")


def clause_line(clause: str, status: str, as_of: date, since: date | None, until: date | None) -> str:
    """A clause's state ('' names the whole measure), as `ClauseState.name` words it in English."""
    name = _("clause {clause}", clause=clause) if clause else _("whole measure")
    return _(_CLAUSE[(since is not None, until is not None)], clause=name, status=label(status), day=day(as_of),
             since=day(since) if since else "", until=day(until) if until else "")


# How a list entry was linked to the item (domain/matching's Hit.via); the detail after it is the
# matcher's Phrase, worded again in the report language (services/reports/phrasing.py).
VIAS = (N_("code"), N_("vocabulary"), N_("words"), N_("content"), N_("ownership"))


def reasons(e: Exposure) -> tuple[str, ...]:
    """One line per hit, as `Exposure.reasons` words it in English, with the link's kind translated."""
    return tuple(_("{via}: {detail} (the measure lists: {item})", via=label(h.via), detail=worded(h.detail),
                   item=worded(h.measure_item)) for h in e.hits)
