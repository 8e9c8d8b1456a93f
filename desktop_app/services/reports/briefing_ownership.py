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
from desktop_app.services.reports.phrasing import worded
from desktop_app.system.report_language import _, label
from desktop_app.system.report_language import day as fmt_day

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
                         worded(h.held), worded(h.line), tuple(worded(c) for c in h.chains))


def _how(held: HeldResult) -> str:
    """How listed parties hold the decisive party, as one clause of the report language."""
    line = worded(held.line)
    if held.held == "unknown":
        if held.partner:
            return _("{partner} is held an unknown share by listed parties ({line})", partner=held.partner, line=line)
        return _("the venture is held an unknown share by listed parties ({line})", line=line)
    if held.partner:
        return _("{partner} is held {share} by listed parties ({line})", partner=held.partner,
                 share=worded(held.held), line=line)
    return _("the venture is held {share} by listed parties ({line})", share=worded(held.held), line=line)


def _message(rule: str, status: str, threshold: str, found: list[VentureResult], verdict: Verdict,
             on: date) -> str:
    # Whole sentences per case, so a translation can order the rule, the ventures and the chain freely.
    common = {"rule": rule, "status": label(status), "day": fmt_day(on), "threshold": threshold,
              "how": _how(found[0].decisive), "venture": found[0].venture}
    if verdict is Verdict.CAPTURED:
        if len(found) == 1:
            return _("Under {rule} ({status} on {day}, threshold {threshold}), {venture} is captured: {how}.",
                     **common)
        return _("Under {rule} ({status} on {day}, threshold {threshold}), {n:,} joint ventures are captured "
                 "through ownership ({names}); at {venture}, {how}.", n=len(found),
                 names=names(r.venture for r in found), **common)
    if len(found) == 1:
        return _("Under {rule} ({status} on {day}, threshold {threshold}), whether {venture} is captured is "
                 "unknown: {how}; record the missing shares or listing verdicts.", **common)
    return _("Under {rule} ({status} on {day}, threshold {threshold}), whether {n:,} joint ventures are "
             "captured is unknown ({names}); at {venture}, {how}; record the missing shares or listing verdicts.",
             n=len(found), names=names(r.venture for r in found), **common)


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
