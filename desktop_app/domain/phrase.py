"""English sentences that keep their facts, so a report can word them again in another language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

# Every template the domain words a sentence with, in declaration order: the reports' catalog
# holds them (tools/report_catalog.py reads this list), so a translation exists for each.
_TEMPLATES: list[str] = []


def template(text: str) -> str:
    """Declares an English template with {named} facts; returns it unchanged."""
    _TEMPLATES.append(text)
    return text


def templates() -> tuple[str, ...]:
    return tuple(dict.fromkeys(_TEMPLATES))


class Phrase(str):
    """English text, exactly as the template and facts spell it (every caller that reads it as a
    string sees the same bytes as before), that also keeps the template and the facts."""

    template: str
    facts: dict[str, object]

    def __new__(cls, template: str, /, **facts: object) -> Phrase:
        self = super().__new__(cls, template.format(**facts))
        self.template, self.facts = template, facts
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))  # pickled (a spooled report row) as the plain English text


class Term(str):
    """A word of a fixed vocabulary (a measure type, a stage, a source of evidence) that the
    reports translate as a label."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))


def term(text: str) -> Term:
    """Declares a fixed word for the catalog, as `template` does, and returns it as a Term."""
    return Term(template(text))


class Places(str):
    """Countries joined for an English sentence ("the United States and Germany"), keeping each
    code and English name so another language can name and join them its own way."""

    codes: tuple[str, ...]
    names: tuple[str, ...]

    def __new__(cls, english: str, codes: Sequence[str], names: Sequence[str]) -> Places:
        self = super().__new__(cls, english)
        self.codes, self.names = tuple(codes), tuple(names)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))


class Capital(str):
    """English text with its first letter raised for the start of a sentence, keeping the text it
    was made from (a Phrase) so another language words that and raises its own first letter."""

    of: str

    def __new__(cls, text: str) -> Capital:
        self = super().__new__(cls, text[:1].upper() + text[1:])
        self.of = text
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))


JOINED = template("{first}{rest}")


def joined(parts: Iterable[str], between: str = JOINED) -> str:
    """Parts written one after the other ("" for none) with the template `between` (its facts
    {first} and {rest}; by default nothing between them), each keeping its facts."""
    items = [p for p in parts if p]
    if not items:
        return ""
    out = items[-1]
    for p in reversed(items[:-1]):
        out = Phrase(between, first=p, rest=out)
    return out
