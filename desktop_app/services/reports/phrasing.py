"""Screening's and ownership's English sentences worded again in the report language, fact by fact.

The domain words its reasons, routes and arithmetic as `Phrase`s: English text that keeps its
template and facts. In English a report prints that text as it is (byte for byte what screening
and the command line print); in another language each template is looked up in the reports'
catalog and its facts are worded the same way, so a sentence is translated whole, never glued
from translated fragments. User data (names, codes, quotes) stays as written.
"""

from __future__ import annotations

from desktop_app.domain.rewording import Speaker, reword
from desktop_app.services.screening.findings import Exposure
from desktop_app.system.report_language import DEFAULT, _, country, current, day, label, listed

REPORTS = Speaker(_, label, country, listed, day)


def worded(text: str) -> str:
    """`text` in the report language when it is a Phrase, Capital, Term or Places; as it is otherwise."""
    if current() == DEFAULT:
        return text
    return str(reword(text, REPORTS))


def route(e: Exposure) -> str:
    """How the measure reaches the item: `Exposure.flow` in English, the route worded again otherwise."""
    return worded(e.flow)
