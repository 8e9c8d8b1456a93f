"""Phrases, Terms, Places and dates worded again in another language: one recursion for the window and the reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.matching.vocabulary import HOME
from desktop_app.domain.phrase import Capital, Phrase, Places, Term
from desktop_app.system import message_language


@dataclass(frozen=True)
class Speaker:
    """How one language says things: a whole template with its facts, a vocabulary label, a
    country, a list of names and a day (the reports and the window each have their own)."""

    say: Callable[..., str]  # (template, **facts) -> the sentence
    label: Callable[[str], str]
    country: Callable[[str, str], str]  # (ISO code, English name) -> name
    listed: Callable[[list[str]], str]
    day: Callable[[date], str]


def reword(text: object, speaker: Speaker) -> object:
    """`text` said by `speaker` when it is a Phrase, Capital, Term, Places or date (facts first, so a
    sentence is translated whole, never glued from translated fragments); anything else as it is."""
    if isinstance(text, Phrase):
        return speaker.say(text.template, **{k: reword(v, speaker) for k, v in text.facts.items()})
    if isinstance(text, Capital):
        said = str(reword(text.of, speaker))
        return said[:1].upper() + said[1:]
    if isinstance(text, Places):
        return speaker.listed([speaker.label(n) if c == HOME else speaker.country(c, n)
                               for c, n in zip(text.codes, text.names, strict=True)])
    if isinstance(text, Term):
        return speaker.label(text)
    if isinstance(text, date):
        return speaker.day(text)
    return text


INTERFACE = Speaker(message_language.msg, message_language.label, message_language.country,
                    message_language.listed, message_language.day)


def worded(text: str) -> str:
    """`text` in the interface language (the messages' catalog) when it is a Phrase, Capital, Term
    or Places; exactly as it is in English, and for user data."""
    if message_language.language() == message_language.SOURCE:
        return text
    return str(reword(text, INTERFACE))
