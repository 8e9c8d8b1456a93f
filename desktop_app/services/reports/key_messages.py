"""Page 1 of the board pack: the 3-6 key messages the register derives and ranks, as of a date.

The PDF's first page and the workbook's Summary both call `key_messages`, so they say the same.
Every rule scores its message; the highest scores are printed, in that order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session, col, select

from desktop_app.domain.enums import AssessmentStatus
from desktop_app.domain.models import Assessment, JointVenture
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.timeline.facts import DayStatus, day_after
from desktop_app.persistence.queries import chunks
from desktop_app.reports import document as d
from desktop_app.services.reports.movements import Movements
from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.reports.tallies import tallies
from desktop_app.services.screening.exposures import iter_screening
from desktop_app.services.screening.findings import EXPOSURE_KIND, NEEDS_DATA_KIND, Exposure
from desktop_app.services.timeline.asof import LEAN_BATCH

HORIZON_DAYS = 90  # suspensions that ended, or end, within this many days of the as-of date
MIN_MESSAGES, MAX_MESSAGES = 3, 6
NAMES_SHOWN = 4
SCREENED = (EXPOSURE_KIND, NEEDS_DATA_KIND)


@dataclass
class ScreeningDigest:
    """One screening pass, summarised: unassessed exposures by measure and by venture, needs data."""

    reached: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))  # measure -> venture names
    by_venture: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    owners: dict[str, str] = field(default_factory=dict)  # venture name -> owner
    total: int = 0
    pairs: int = 0
    needs_data: int = 0
    needs_items: int = 0


    def add(self, e: Exposure, scope: ReportScope, pairs: set[tuple[int, int]],
            items: set[tuple[int, str, str]]) -> None:
        """Count one finding of the streamed screening."""
        if e.kind == NEEDS_DATA_KIND and scope.view.relevant(e.measure_id):
            self.needs_data += 1
            items.add((e.venture_id, e.item_key, e.match.route.missing))
        elif e.kind == EXPOSURE_KIND and scope.counts(e):
            self.total += 1
            pairs.add((e.measure_id, e.venture_id))
            self.reached[e.measure_id].add(e.venture_name)
            self.by_venture[e.venture_name] += 1

    def finish(self, s: Session, pairs: set[tuple[int, int]], items: set[tuple[int, str, str]]) -> None:
        self.pairs, self.needs_items = len(pairs), len(items)
        if self.by_venture:
            self.owners = dict(s.exec(select(JointVenture.name, JointVenture.owner)
                                      .where(col(JointVenture.name).in_(list(self.by_venture)[:900]))).all())


def digest_screening(s: Session, scope: ReportScope) -> ScreeningDigest:
    """Screen the ventures in scope once for exposures and needs-data findings (streamed)."""
    out = ScreeningDigest()
    pairs: set[tuple[int, int]] = set()
    items: set[tuple[int, str, str]] = set()
    for e in iter_screening(s, scope.venture_ids, include_lifted=True, kinds=SCREENED):
        out.add(e, scope, pairs, items)
    out.finish(s, pairs, items)
    s.expunge_all()
    return out


def names(items: Iterable[str], shown: int = NAMES_SHOWN) -> str:
    """"A, B and C" or "A, B, C and 4 more", sorted for a stable text."""
    found = sorted(set(items), key=str.casefold)
    if len(found) > shown:
        return ", ".join(found[:shown]) + f" and {len(found) - shown:,} more"
    return ", ".join(found[:-1]) + (" and " if len(found) > 1 else "") + found[-1] if found else ""


def _reached(s: Session, scope: ReportScope, measure_ids: Iterable[int], clause: str = "") -> set[str]:
    """Ventures in scope with an assessment of these measures (of this clause or the whole measure)."""
    ids = list(measure_ids)
    query = (scope.joined(select(JointVenture.name).select_from(Assessment).distinct())
             .where(col(Assessment.measure_id).in_(ids)))
    if clause:
        query = query.where(col(Assessment.clause).in_(["", clause]))
    return set(s.exec(query).all())


def _suspensions(s: Session, scope: ReportScope, screening: ScreeningDigest) -> list[tuple[int, str]]:
    """Suspensions that ended or end within the horizon, one message per suspending instrument and end."""
    low, high = scope.as_of - timedelta(days=HORIZON_DAYS), scope.as_of + timedelta(days=HORIZON_DAYS)
    groups: dict[tuple[str, date], list[tuple[int, str, str]]] = defaultdict(list)
    for batch in chunks(scope.measure_ids, LEAN_BATCH):
        for f in scope.view.facts_of(s, batch).values():
            for w in f.windows:
                end = w.end
                if end is not None and not w.lifted and low <= end <= high and w.starts_on <= scope.as_of:
                    groups[(w.by, end)].append((f.id, f.reference, w.clause))
    out = []
    for (by, end), measures in groups.items():
        reached: set[str] = set()
        for mid, _ref, clause in measures:
            reached |= _reached(s, scope, [mid], clause) | screening.reached.get(mid, set())
        what = names(ref + (f" (clause {clause})" if clause else "") for _m, ref, clause in measures)
        lapsed = end < scope.as_of
        head = (f"The suspension by {by} ended on {end.isoformat()}: {what} "
                f"{'applies' if len(measures) == 1 else 'apply'} again from {day_after(end).isoformat()}"
                if lapsed else
                f"The suspension by {by} ends on {end.isoformat()}: {what} will apply again from "
                f"{day_after(end).isoformat()} unless it is extended")
        tail = (f"; it reaches {names(reached)}." if reached else "; it reaches none of our joint ventures.")
        score = (100 if lapsed else 90) + min(len(reached), 9) if reached else 30
        out.append((score, head + tail))
    return out


def _overdue_critical(s: Session, scope: ReportScope, matrix: RiskMatrix) -> list[tuple[int, str]]:
    top = max(matrix.levels, key=lambda lv: lv.rank)
    late = [Assessment.status != AssessmentStatus.CLOSED.value, col(Assessment.next_review_on) < scope.as_of,
            Assessment.residual_rank == top.rank]
    count = tallies(s, scope).overdue_by_rank.get(top.rank, 0)
    if not count:
        return []
    oldest = s.exec(scope.joined(select(JointVenture.name, Assessment.next_review_on).select_from(Assessment))
                    .where(*late).order_by(col(Assessment.next_review_on)).limit(1)).first()
    days = (scope.as_of - oldest[1]).days if oldest else 0
    return [(95, f"{count:,} {top.label} residual risk{'s are' if count > 1 else ' is'} overdue for review; "
                 f"the oldest, at {oldest[0] if oldest else ''}, by {days:,} days.")]


def _new_measures(s: Session, scope: ReportScope, moves: Movements,
                  screening: ScreeningDigest) -> list[tuple[int, str]]:
    new = [m for m in moves.new_measures if scope.view.issued(m)]
    if not new:
        return []
    reaching = {m: _reached(s, scope, [m]) | screening.reached.get(m, set()) for m in new}
    hit = {m: v for m, v in reaching.items() if v}
    since = moves.since.isoformat()
    if not hit:
        return [(20, f"{len(new):,} new measure{'s' if len(new) > 1 else ''} since {since}; none reaches "
                     "our joint ventures.")]
    refs = names(moves.new_measures[m] for m in hit)
    ventures = names(v for vs in hit.values() for v in vs)
    return [(80 + min(len(hit), 9), f"{len(hit):,} of {len(new):,} new measures since {since} reach our "
                                    f"joint ventures: {refs}, reaching {ventures}.")]


def _venture_moves(moves: Movements) -> list[tuple[int, str]]:
    up = [m for m in moves.venture_moves if m.up]
    down = [m for m in moves.venture_moves if not m.up]
    out = []
    if up:
        out.append((75, "Worst residual level rose since " + moves.since.isoformat() + " at " + names(
            f"{m.venture} ({m.before or 'none'} -> {m.after})" for m in up) + "."))
    if down:
        out.append((45, "Worst residual level fell since " + moves.since.isoformat() + " at " + names(
            f"{m.venture} ({m.before} -> {m.after or 'none'})" for m in down) + "."))
    return out


def _screening(screening: ScreeningDigest) -> list[tuple[int, str]]:
    out = []
    if screening.total:
        most = sorted(screening.by_venture.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[0]
        out.append((60, f"Screening finds {screening.total:,} exposure{'s' if screening.total > 1 else ''} "
                        f"nobody has assessed ({screening.pairs:,} measure-venture pair"
                        f"{'s' if screening.pairs > 1 else ''}); most at {most[0]} ({most[1]:,})."))
    if screening.needs_items:
        out.append((40, f"{screening.needs_items:,} item{'s' if screening.needs_items > 1 else ''} of our "
                        "joint ventures lack a fact screening needs (an origin or destination country), so "
                        f"{screening.needs_data:,} possible match{'es' if screening.needs_data > 1 else ''} "
                        "cannot be decided."))
    return out


def _status(s: Session, scope: ReportScope, matrix: RiskMatrix) -> list[tuple[int, str]]:
    """Quiet-day messages: the measures by status and the ventures by worst residual level."""
    counts = scope.view.by_status(scope.measure_ids)
    parts = [f"{counts[st]:,} {st.label}" for st in DayStatus if counts.get(st) and st is not DayStatus.NOT_YET_ISSUED]
    out = [(10, f"As of {scope.as_of.isoformat()}, " + (
        f"{len(scope.measure_ids):,} measures are in the register: {', '.join(parts)}." if parts
        else "no measure is in the register."))]
    worst = list(tallies(s, scope).worst_rank.items())
    if not worst:
        return [*out, (9, "No joint venture has a live risk assessment.")]
    top = max(rank for _v, rank in worst)
    label = next((lv.label for lv in matrix.levels if lv.rank == top), str(top))
    n = sum(1 for _v, rank in worst if rank == top)
    return [*out, (9, f"{len(worst):,} joint venture{'s carry' if len(worst) > 1 else ' carries'} assessed risk; "
                      f"the worst residual level is {label}, at {n:,} of them.")]


def key_messages(s: Session, scope: ReportScope, matrix: RiskMatrix, moves: Movements,
                 screening: ScreeningDigest) -> tuple[d.KeyMessage, ...]:
    """The ranked key messages: suspensions ended or ending within 90 days and the ventures they
    reach, critical risks overdue for review, new measures reaching ventures, ventures whose worst
    residual level moved, unassessed exposures and needs data; at least three, at most six."""
    found = [(score, "suspension", text) for score, text in _suspensions(s, scope, screening)]
    found += [(score, "overdue", text) for score, text in _overdue_critical(s, scope, matrix)]
    found += [(score, "new_measures", text) for score, text in _new_measures(s, scope, moves, screening)]
    found += [(score, "movement", text) for score, text in _venture_moves(moves)]
    found += [(score, "screening", text) for score, text in _screening(screening)]
    found.sort(key=lambda x: (-x[0], x[2]))
    chosen = found[:MAX_MESSAGES]
    if len(chosen) < MIN_MESSAGES:
        chosen += [(score, "status", text) for score, text in _status(s, scope, matrix)]
    if len(chosen) < MIN_MESSAGES:
        chosen.append((0, "quiet", f"No suspension ends within {HORIZON_DAYS} days of the as-of date and no "
                                   "residual level moved since the last briefing."))
    return tuple(d.KeyMessage(text, kind) for _score, kind, text in chosen)
