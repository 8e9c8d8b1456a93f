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
from desktop_app.system.report_language import _, day, label, n_, separator

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
        return _("{listed} and {n:,} more", listed=separator().join(found[:shown]), n=len(found) - shown)
    if len(found) > 1:
        return _("{listed} and {last}", listed=separator().join(found[:-1]), last=found[-1])
    return found[0] if found else ""


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
        what = names(_("{reference} (clause {clause})", reference=ref, clause=clause) if clause else ref
                     for _m, ref, clause in measures)
        lapsed = end < scope.as_of
        facts = {"by": by, "end": day(end), "what": what, "again": day(day_after(end)), "ventures": names(reached)}
        if lapsed:
            text = (n_("The suspension by {by} ended on {end}: {what} applies again from {again}; it reaches "
                       "{ventures}.", "The suspension by {by} ended on {end}: {what} apply again from {again}; "
                       "it reaches {ventures}.", len(measures), **facts) if reached else
                    n_("The suspension by {by} ended on {end}: {what} applies again from {again}; it reaches none "
                       "of our joint ventures.", "The suspension by {by} ended on {end}: {what} apply again from "
                       "{again}; it reaches none of our joint ventures.", len(measures), **facts))
        else:
            text = (_("The suspension by {by} ends on {end}: {what} will apply again from {again} unless it is "
                      "extended; it reaches {ventures}.", **facts) if reached else
                    _("The suspension by {by} ends on {end}: {what} will apply again from {again} unless it is "
                      "extended; it reaches none of our joint ventures.", **facts))
        score = (100 if lapsed else 90) + min(len(reached), 9) if reached else 30
        out.append((score, text))
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
    return [(95, n_("{count:,} {level} residual risk is overdue for review; the oldest, at {venture}, by {days:,} "
                    "days.", "{count:,} {level} residual risks are overdue for review; the oldest, at {venture}, by "
                    "{days:,} days.", count, count=count, level=label(top.label), venture=oldest[0] if oldest else "",
                    days=days))]


def _new_measures(s: Session, scope: ReportScope, moves: Movements,
                  screening: ScreeningDigest) -> list[tuple[int, str]]:
    new = [m for m in moves.new_measures if scope.view.issued(m)]
    if not new:
        return []
    reaching = {m: _reached(s, scope, [m]) | screening.reached.get(m, set()) for m in new}
    hit = {m: v for m, v in reaching.items() if v}
    since = day(moves.since)
    if not hit:
        return [(20, n_("{n:,} new measure since {since}; none reaches our joint ventures.",
                        "{n:,} new measures since {since}; none reaches our joint ventures.", len(new),
                        n=len(new), since=since))]
    refs = names(moves.new_measures[m] for m in hit)
    ventures = names(v for vs in hit.values() for v in vs)
    return [(80 + min(len(hit), 9), _("{hit:,} of {n:,} new measures since {since} reach our joint ventures: "
                                      "{refs}, reaching {ventures}.", hit=len(hit), n=len(new), since=since,
                                      refs=refs, ventures=ventures))]


def _venture_moves(moves: Movements) -> list[tuple[int, str]]:
    up = [m for m in moves.venture_moves if m.up]
    down = [m for m in moves.venture_moves if not m.up]
    out = []
    if up:
        out.append((75, _("Worst residual level rose since {since} at {ventures}.", since=day(moves.since),
                          ventures=names(_("{venture} ({before} -> {after})", venture=m.venture,
                                           before=label(m.before or "") or _("none"), after=label(m.after or ""))
                                         for m in up))))
    if down:
        out.append((45, _("Worst residual level fell since {since} at {ventures}.", since=day(moves.since),
                          ventures=names(_("{venture} ({before} -> {after})", venture=m.venture,
                                           before=label(m.before or ""), after=label(m.after or "") or _("none"))
                                         for m in down))))
    return out


def _screening(screening: ScreeningDigest) -> list[tuple[int, str]]:
    out = []
    if screening.total:
        most = sorted(screening.by_venture.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[0]
        pairs = n_("{n:,} measure-venture pair", "{n:,} measure-venture pairs", screening.pairs, n=screening.pairs)
        out.append((60, n_("Screening finds {n:,} exposure nobody has assessed ({pairs}); most at {venture} "
                           "({most:,}).", "Screening finds {n:,} exposures nobody has assessed ({pairs}); most at "
                           "{venture} ({most:,}).", screening.total, n=screening.total, pairs=pairs,
                           venture=most[0], most=most[1])))
    if screening.needs_items:
        matches = n_("{n:,} possible match", "{n:,} possible matches", screening.needs_data, n=screening.needs_data)
        out.append((40, n_("{n:,} item of our joint ventures lack a fact screening needs (an origin or destination "
                           "country), so {matches} cannot be decided.", "{n:,} items of our joint ventures lack a "
                           "fact screening needs (an origin or destination country), so {matches} cannot be "
                           "decided.", screening.needs_items, n=screening.needs_items, matches=matches)))
    return out


def _status(s: Session, scope: ReportScope, matrix: RiskMatrix) -> list[tuple[int, str]]:
    """Quiet-day messages: the measures by status and the ventures by worst residual level."""
    counts = scope.view.by_status(scope.measure_ids)
    parts = [_("{count:,} {status}", count=counts[st], status=label(st.label))
             for st in DayStatus if counts.get(st) and st is not DayStatus.NOT_YET_ISSUED]
    out = [(10, _("As of {day}, {n:,} measures are in the register: {statuses}.", day=day(scope.as_of),
                  n=len(scope.measure_ids), statuses=separator().join(parts)) if parts
            else _("As of {day}, no measure is in the register.", day=day(scope.as_of)))]
    worst = list(tallies(s, scope).worst_rank.items())
    if not worst:
        return [*out, (9, _("No joint venture has a live risk assessment."))]
    top = max(rank for _v, rank in worst)
    level = next((label(lv.label) for lv in matrix.levels if lv.rank == top), str(top))
    n = sum(1 for _v, rank in worst if rank == top)
    return [*out, (9, n_("{count:,} joint venture carries assessed risk; the worst residual level is {level}, at "
                         "{n:,} of them.", "{count:,} joint ventures carry assessed risk; the worst residual level "
                         "is {level}, at {n:,} of them.", len(worst), count=len(worst), level=level, n=n))]


def key_messages(s: Session, scope: ReportScope, matrix: RiskMatrix, moves: Movements,
                 screening: ScreeningDigest, extra: Iterable[tuple[int, str, str]] = ()) -> tuple[d.KeyMessage, ...]:
    """The ranked key messages: suspensions ended or ending within 90 days and the ventures they
    reach, critical risks overdue for review, new measures reaching ventures, ventures whose worst
    residual level moved, unassessed exposures and needs data, and `extra` (score, kind, text) ranked
    with them (ventures an ownership rule captures); at least three, at most six."""
    found = [(score, "suspension", text) for score, text in _suspensions(s, scope, screening)]
    found += [(score, "overdue", text) for score, text in _overdue_critical(s, scope, matrix)]
    found += [(score, "new_measures", text) for score, text in _new_measures(s, scope, moves, screening)]
    found += [(score, "movement", text) for score, text in _venture_moves(moves)]
    found += [(score, "screening", text) for score, text in _screening(screening)]
    found += list(extra)
    found.sort(key=lambda x: (-x[0], x[2]))
    chosen = found[:MAX_MESSAGES]
    if len(chosen) < MIN_MESSAGES:
        chosen += [(score, "status", text) for score, text in _status(s, scope, matrix)]
    if len(chosen) < MIN_MESSAGES:
        chosen.append((0, "quiet", _("No suspension ends within {days} days of the as-of date and no "
                                     "residual level moved since the last briefing.", days=HORIZON_DAYS)))
    return tuple(d.KeyMessage(text, kind) for _score, kind, text in chosen)
