"""The assessment counts of one report, read in two grouped scans of the scope and kept for reuse.

The board pack prints a dozen figures over the same assessments (key figures, both heat maps,
residual levels per venture, overdue reviews, decisions, critical risks overdue). Asked one query
each, every figure scanned all the assessments again (at 100,000 assessments, most of the pack's
growth with the register). Here one scan groups by venture and residual level, one by the four
scores with the conditional counts summed alongside; each returns at most a few thousand rows
whatever the register's size, and every caller reads the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from desktop_app.domain.enums import AssessmentStatus, Treatment
from desktop_app.domain.models import Assessment

if TYPE_CHECKING:  # scope.py reads its key figures from here
    from desktop_app.services.reports.scope import ReportScope

HORIZON_DAYS = 90  # acceptances whose review falls within this many days are "expiring"


@dataclass(frozen=True)
class Tallies:
    """Counts of the assessments in a scope."""

    per_venture: dict[int, dict[str, int]]  # venture id -> residual level key -> assessments
    worst_rank: dict[int, int]  # venture id -> its worst residual rank
    inherent_cells: dict[tuple[int, int], int]  # (likelihood, impact) -> assessments
    residual_cells: dict[tuple[int, int], int]
    overdue: int  # open, next review before the as-of date
    overdue_by_rank: dict[int, int]  # residual rank -> overdue open assessments
    awaiting_approval: int  # status "in review"
    expiring_acceptances: int  # accepted, open, review within HORIZON_DAYS

    def by_level(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for levels in self.per_venture.values():
            for key, n in levels.items():
                out[key] += n
        return dict(out)


def tallies(s: Session, scope: ReportScope) -> Tallies:
    """The scope's counts, read once per scope (later calls return the same object)."""
    cached = scope.memo.get("tallies")
    if isinstance(cached, Tallies):
        return cached
    per_venture: dict[int, dict[str, int]] = defaultdict(dict)
    worst: dict[int, int] = {}
    for vid, key, rank, n in s.exec(scope.joined(
            select(Assessment.venture_id, Assessment.residual_level, Assessment.residual_rank, func.count()))
            .group_by(Assessment.venture_id, Assessment.residual_level, Assessment.residual_rank)):
        per_venture[vid][key] = per_venture[vid].get(key, 0) + int(n)
        worst[vid] = max(worst.get(vid, rank), rank)
    open_ = Assessment.status != AssessmentStatus.CLOSED.value
    late = open_ & (col(Assessment.next_review_on) < scope.as_of)
    expiring = (open_ & (Assessment.treatment == Treatment.ACCEPT.value)
                & (col(Assessment.next_review_on) <= scope.as_of + timedelta(days=HORIZON_DAYS)))
    awaiting = Assessment.status == AssessmentStatus.IN_REVIEW.value
    inherent: dict[tuple[int, int], int] = defaultdict(int)
    residual: dict[tuple[int, int], int] = defaultdict(int)
    overdue_by_rank: dict[int, int] = defaultdict(int)
    overdue = waiting = expiring_n = 0
    grouped = (Assessment.inherent_likelihood, Assessment.inherent_impact, Assessment.residual_likelihood,
               Assessment.residual_impact, Assessment.residual_rank)
    for il, ii, rl, ri, rank, n, n_late, n_waiting, n_expiring in s.exec(scope.joined(select(
            *grouped, func.count(), func.sum(case((late, 1), else_=0)), func.sum(case((awaiting, 1), else_=0)),
            func.sum(case((expiring, 1), else_=0)))).group_by(*grouped)):
        inherent[(il, ii)] += int(n)
        residual[(rl, ri)] += int(n)
        overdue_by_rank[rank] += int(n_late or 0)
        overdue += int(n_late or 0)
        waiting += int(n_waiting or 0)
        expiring_n += int(n_expiring or 0)
    found = Tallies(dict(per_venture), worst, dict(inherent), dict(residual), overdue, dict(overdue_by_rank),
                    waiting, expiring_n)
    scope.memo["tallies"] = found
    return found
