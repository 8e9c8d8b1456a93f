"""Ownership in the briefing and the workbook: key messages, the bounded section and the appendix."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from desktop_app.domain.ownership.aggregate import Verdict, pct
from desktop_app.reports.ownership_document import OwnershipLine, OwnershipSection, RuleTally
from desktop_app.services.ownership.results import HeldResult, VentureResult, results_on
from desktop_app.services.reports.key_messages import names

BOARD_LINES = 10  # captured and unknown ventures the board pack shows with their chains
CAPTURED_SCORE, UNKNOWN_SCORE = 97, 70  # key-message ranks: a capture outranks all but a lapsed suspension
KIND = "ownership"


@dataclass(frozen=True)
class OwnershipDigest:
    """Every venture's result on the as-of date, read once, and what the reports make of it."""

    results: tuple[VentureResult, ...]
    section: OwnershipSection | None  # None: no rule has listed parties to draw on
    messages: tuple[tuple[int, str, str], ...]  # (score, kind, text) for key_messages


def line_of(r: VentureResult, held: HeldResult | None = None) -> OwnershipLine:
    """A venture's result under a rule as a line: the decisive party (or `held`) and its arithmetic."""
    h = held or r.decisive
    return OwnershipLine(r.venture, r.rule.measure_reference, r.status_label, pct(r.rule.threshold),
                         r.verdict.value if held is None else h.verdict.value, h.partner,
                         h.held, h.line, h.chains)


def _message(rule: str, status: str, threshold: str, found: list[VentureResult], verdict: Verdict,
             day: date) -> str:
    first = found[0].decisive
    who = f"{first.partner} is" if first.partner else "the venture is"
    share = "an unknown share" if first.held == "unknown" else first.held
    how = f"{who} held {share} by listed parties ({first.line})"
    head = f"Under {rule} ({status} on {day.isoformat()}, threshold {threshold}), "
    if verdict is Verdict.CAPTURED:
        what = (f"{found[0].venture} is captured: " if len(found) == 1 else
                f"{len(found):,} joint ventures are captured through ownership ({names(r.venture for r in found)}); "
                f"at {found[0].venture}, ")
        return head + what + how + "."
    what = (f"whether {found[0].venture} is captured is unknown: " if len(found) == 1 else
            f"whether {len(found):,} joint ventures are captured is unknown ({names(r.venture for r in found)}); "
            f"at {found[0].venture}, ")
    return head + what + how + "; record the missing shares or listing verdicts."


def _messages(results: list[VentureResult], day: date) -> list[tuple[int, str, str]]:
    """One message per rule in force and verdict: captured ventures, then ventures that may be."""
    groups: dict[tuple[str, Verdict], list[VentureResult]] = defaultdict(list)
    for r in results:
        if r.in_force and r.verdict is not Verdict.NOT_CAPTURED:
            groups[(r.rule.measure_reference, r.verdict)].append(r)
    out = []
    for (rule, verdict), found in groups.items():
        score = (CAPTURED_SCORE if verdict is Verdict.CAPTURED else UNKNOWN_SCORE) + min(len(found), 2)
        text = _message(rule, found[0].status_label, pct(found[0].rule.threshold), found, verdict, day)
        out.append((score, KIND, text))
    return out


def digest(s: Session, day: date, venture_ids: Collection[int] | None = None, *, full: bool = False,
           shown: int = BOARD_LINES) -> OwnershipDigest:
    """The ownership results of the ventures in scope on `day` (all live ones when None)."""
    results = results_on(s, day, venture_ids)
    if not results:
        return OwnershipDigest((), None, ())
    tallies: dict[str, list[VentureResult]] = defaultdict(list)
    for r in results:
        tallies[r.rule.measure_reference].append(r)
    tally = tuple(RuleTally(rule, found[0].status_label, pct(found[0].rule.threshold),
                            sum(1 for r in found if r.verdict is Verdict.CAPTURED),
                            sum(1 for r in found if r.verdict is Verdict.UNKNOWN), len(found))
                  for rule, found in tallies.items())
    # Captured before unknown, rules in force first: what the board must act on leads.
    flagged = sorted((r for r in results if r.verdict is not Verdict.NOT_CAPTURED),
                     key=lambda r: (r.verdict is not Verdict.CAPTURED, not r.in_force))
    appendix = tuple(line_of(r) for r in results) if full else ()
    section = OwnershipSection(day, tally, tuple(line_of(r) for r in flagged[:shown]), len(flagged), appendix)
    return OwnershipDigest(tuple(results), section, tuple(_messages(results, day)))
