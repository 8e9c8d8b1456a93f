"""The briefing's ownership section as plain data: who a rule captures, through whom, with the arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Every string below is user data or already-worded register output: renderers print it literally.


@dataclass(frozen=True, slots=True)
class OwnershipLine:
    """One venture under one rule on the as-of date: its result, the party it comes from
    (a partner, or "" for the venture as a whole), the share listed parties hold and how."""

    venture: str
    rule: str  # the measure's reference
    status: str  # the rule's status on the as-of date, as a label
    threshold: str  # e.g. "50%"
    result: str  # "captured", "unknown" or "not captured"
    party: str
    held: str  # e.g. "55%", "20% or more"
    arithmetic: str  # in one line
    chains: tuple[str, ...] = ()  # "A [listed] -50%-> B -50%-> C", top party first


@dataclass(frozen=True, slots=True)
class RuleTally:
    """Ventures a rule captures, or may, on the as-of date."""

    rule: str
    status: str
    threshold: str
    captured: int
    unknown: int
    ventures: int


@dataclass(frozen=True)
class OwnershipSection:
    """The board pack's bounded section (`lines`: the first captured and unknown ventures of
    `shown_of`) and, in the full briefing, every venture's result (`appendix`)."""

    as_of: date
    tallies: tuple[RuleTally, ...]
    lines: tuple[OwnershipLine, ...]
    shown_of: int
    appendix: tuple[OwnershipLine, ...] = ()
