"""Content thresholds (de minimis): the share of a product's value made of inputs of one origin."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.ownership import wording as w
from desktop_app.domain.ownership.aggregate import ZERO, Verdict
from desktop_app.domain.phrase import Phrase
from desktop_app.domain.text import normalize_key

FOUR = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class ContentInput:
    product: str
    name: str
    origin: str  # "" : not recorded
    share: Decimal | None  # percent of the product's value; None: not known


@dataclass(frozen=True, slots=True)
class DeMinimis:
    share: Decimal  # percent: 0.1 for MOFCOM No. 61's clause I(1)
    origin: str
    items: tuple[str, ...]  # empty: any input of the origin
    technology: bool  # products made with the origin's technology are captured whatever the share


@dataclass(frozen=True, slots=True)
class ContentResult:
    product: str
    share: Decimal  # the known share of counted inputs (a floor when `unknown`)
    unknown: bool
    verdict: Verdict
    lines: tuple[str, ...]


def four(value: Decimal) -> str:
    """A content share with four decimals, as the thresholds are written: 0.1000%."""
    return f"{value.quantize(FOUR)}%"


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize_key(text).replace("-", " ").replace(",", " ").split())


def counts(name: str, items: Sequence[str]) -> bool:
    """Whether an input is one of the rule's items: the same name, or every word of an item in it."""
    if not items:
        return True
    words = _words(name)
    return any(normalize_key(name) == normalize_key(i) or (_words(i) and _words(i) <= words) for i in items)


def _line(product: str, template: str, **facts: object) -> Phrase:
    return Phrase(w.LINE, name=product, said=Phrase(template, **facts))


def content_check(product: str, inputs: Iterable[ContentInput], rule: DeMinimis,
                  technology_from: Iterable[str] = ()) -> ContentResult:
    """Captured at or above the rule's share (0.1000% is, 0.0999% is not); unknown when an input
    that would count has no share or no origin and the known part stays below; the sum shown."""
    lines: list[str] = []
    total, unknown = ZERO, False
    for i in inputs:
        if not counts(i.name, rule.items):
            continue
        if not i.origin:
            unknown = True
            lines.append(_line(product, w.NO_ORIGIN, input=i.name))
        elif i.origin != rule.origin:
            continue
        elif i.share is None:
            unknown = True
            lines.append(_line(product, w.NO_SHARE, input=i.name, origin=i.origin))
        else:
            total += i.share
            lines.append(_line(product, w.OF_VALUE, input=i.name, origin=i.origin, share=four(i.share)))
    if rule.technology and rule.origin in set(technology_from):
        lines.append(_line(product, w.MADE_WITH, origin=rule.origin))
        return ContentResult(product, total, unknown, Verdict.CAPTURED, tuple(lines))
    if total >= rule.share:
        verdict, said = Verdict.CAPTURED, w.CONTENT_AT_OR_ABOVE
    elif unknown:
        verdict, said = Verdict.UNKNOWN, w.CONTENT_UNKNOWN
    else:
        verdict, said = Verdict.NOT_CAPTURED, w.CONTENT_BELOW
    lines.append(_line(product, said, origin=rule.origin, total=four(total), share=four(rule.share)))
    return ContentResult(product, total, unknown, verdict, tuple(lines))
