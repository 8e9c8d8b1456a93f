"""Calendar lines in the report language: an event's title worded again from its template and facts."""

from __future__ import annotations

from desktop_app.domain.timeline.events import Event
from desktop_app.services.reports.phrasing import worded


def line(e: Event) -> str:
    """The event's subject: the timeline's own English title in English; in another language the
    same sentence from the catalog, with the event's reference, clause and dates worded too."""
    return worded(e.title)
