"""Screening's and ownership's English sentences worded again in the report language, fact by fact.

The domain words its reasons, routes and arithmetic as `Phrase`s: English text that keeps its
template and facts. In English a report prints that text as it is (byte for byte what screening
and the command line print); in another language each template is looked up in the reports'
catalog and its facts are worded the same way, so a sentence is translated whole, never glued
from translated fragments. User data (names, codes, quotes) stays as written.
"""

from __future__ import annotations

from datetime import date

from desktop_app.domain.matching.vocabulary import HOME
from desktop_app.domain.phrase import Phrase, Places, Term
from desktop_app.services.screening.findings import Exposure, sentence
from desktop_app.system.report_language import DEFAULT, _, country, current, day, label, listed


def worded(text: str) -> str:
    """`text` in the report language when it is a Phrase, Term or Places; as it is otherwise."""
    if current() == DEFAULT:
        return text
    return _word(text)


def _word(text: object) -> object:
    if isinstance(text, Phrase):
        return _(text.template, **{k: _word(v) for k, v in text.facts.items()})
    if isinstance(text, Places):
        return listed([label(n) if c == HOME else country(c, n) for c, n in zip(text.codes, text.names,
                                                                                     strict=True)])
    if isinstance(text, Term):
        return label(text)
    if isinstance(text, date):
        return day(text)
    return text


def route(e: Exposure) -> str:
    """How the measure reaches the item: `Exposure.flow` in English, the route worded again otherwise."""
    if current() == DEFAULT:
        return e.flow
    return sentence(worded(e.match.route.text))
