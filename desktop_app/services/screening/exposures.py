"""Exposure screening: which measures reach which ventures' items, and what data the rest waits on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.enums import MeasureType
from desktop_app.domain.errors import NotFound
from desktop_app.domain.matching.exposure_index import ExposureIndex
from desktop_app.domain.matching.profiles import VentureProfile, measure_profile
from desktop_app.domain.matching.ventures import venture_profile
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary
from desktop_app.domain.models import (
    Assessment,
    ExposureDismissal,
    FlowDecision,
    JointVenture,
    Measure,
    Partner,
    VentureItem,
)
from desktop_app.domain.text import normalize_key, split_list
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.persistence.measure_repo import find_by_reference, read_measures
from desktop_app.persistence.queries import chunks
from desktop_app.persistence.venture_repo import find_by_name
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership.screening import OwnershipScreen
from desktop_app.services.progress import Cancelled, NullProgress, Progress
from desktop_app.services.screening.findings import (
    EXPOSURE_KIND,
    NEEDS_DATA_KIND,
    Dismissal,
    Exposure,
    NeedsData,
)
from desktop_app.services.screening.vocabulary import load_vocabulary
from desktop_app.services.timeline.asof import register_on
from desktop_app.system.heap import settle_survivors
from desktop_app.system.message_language import msg

__all__ = ["Exposure", "NeedsData", "group_needs", "iter_screening", "needs_data", "screen", "screen_in",
           "unassessed_in"]
ALL_KINDS = frozenset({EXPOSURE_KIND, NEEDS_DATA_KIND})
# Statuses on the day under which a measure reaches no one (a suspended one still does: its
# suspension can end, and screening shows what it would reach).
NOT_APPLYING = frozenset({DayStatus.REPEALED, DayStatus.EXPIRED, DayStatus.NOT_YET_ISSUED})
EXPOSURES = frozenset({EXPOSURE_KIND})
# Measures screened per page by the streaming screening.
PAGE = 200
# Ventures whose items are read at once: the raw rows of 900 (IN's limit) were 7 MB at a time.
VENTURE_CHUNK = 200


def _resolve(s: Session, measure: int | str | None, venture: int | str | None) -> tuple[int | None, int | None]:
    mid = vid = None
    if measure is not None:
        row = s.get(Measure, measure) if isinstance(measure, int) else find_by_reference(s, measure)
        if row is None:
            raise NotFound(msg("No measure {reference!r}.", reference=measure))
        mid = row.id
    if venture is not None:
        vrow = s.get(JointVenture, venture) if isinstance(venture, int) else find_by_name(s, venture)
        if vrow is None:
            raise NotFound(msg("No joint venture {name!r}.", name=venture))
        vid = vrow.id
    return mid, vid


def venture_id_for(ctx: ServiceContext, name: str) -> int:
    """The id of the joint venture with this name (any spacing or case); NotFound otherwise."""
    with ctx.db.session() as s:
        return _resolve(s, None, name)[1] or 0


def screen_in(
    s: Session, *, measure: int | str | None = None, venture: int | str | None = None,
    include_lifted: bool = False, kinds: Collection[str] = EXPOSURES, as_of: date | None = None,
    progress: Progress | None = None,
) -> list[Exposure]:
    """Every finding of `kinds` (assessed, dismissed or not) on `as_of` (default today) inside an
    open session; raises Cancelled as soon as `progress` is cancelled."""
    mid, vid = _resolve(s, measure, venture)
    mq = select(Measure).where(col(Measure.archived_at).is_(None))
    vq = select(JointVenture).where(col(JointVenture.archived_at).is_(None))
    if mid is not None:
        mq = select(Measure).where(Measure.id == mid)
    if vid is not None:
        vq = select(JointVenture).where(JointVenture.id == vid)
    else:
        vq = vq.where(JointVenture.stage != "closed")
    found = _stream(s, mq, vq, include_lifted or mid is not None, frozenset(kinds), clear=False,
                    day=as_of or date.today())
    if progress is None:
        return list(found)
    out: list[Exposure] = []
    for e in found:
        if progress.cancelled():
            raise Cancelled()
        out.append(e)
    return out


def iter_screening(
    s: Session, venture_ids: Collection[int] | None = None, *, include_lifted: bool = False,
    batch: int = PAGE, clear: bool = True, kinds: Collection[str] = EXPOSURES, as_of: date | None = None,
) -> Iterator[Exposure]:
    """Every current finding of live measures against live, open ventures (only `venture_ids`
    when given), in `screen_in`'s order, yielded measure page by measure page.

    The index over ventures is built once; measures, their assessed pairs and dismissals are
    read a page at a time and the session's identity map is cleared between pages, so memory
    holds one page's findings, never all of them. `clear=False` leaves the identity map alone,
    for callers still holding ORM objects of the session.
    """
    vq = select(JointVenture).where(col(JointVenture.archived_at).is_(None), JointVenture.stage != "closed")
    if venture_ids is not None:
        vq = vq.where(col(JointVenture.id).in_(list(venture_ids)))
    mq = select(Measure).where(col(Measure.archived_at).is_(None))
    return _stream(s, mq, vq, include_lifted, frozenset(kinds), batch=batch, clear=clear, day=as_of or date.today())


def _stream(s: Session, mq: Any, vq: Any, include_lifted: bool, kinds: frozenset[str], *, batch: int = PAGE,
            clear: bool, day: date) -> Iterator[Exposure]:
    """Findings on `day` of the measures of `mq` against the ventures of `vq`, ordered by measure
    reference, then venture name, then item (the order people read the list in)."""
    vocabulary = load_vocabulary(s)
    names: dict[int, str] = {}
    index = ExposureIndex(venture_profiles(s, vq, vocabulary, names), vocabulary)
    # Sort keys once per venture, not once per finding.
    name_keys = {vid: normalize_key(name) for vid, name in names.items()}
    # Ownership rules are read on the same day: who is listed then, and the rule's own status.
    ownership = OwnershipScreen(s, list(names), day)
    # The index and the vocabulary live through the whole screening: out of the collector's
    # sight from here (in the window, full collections rescanning them held the GUI thread).
    settle_survivors()
    return _pages(s, mq, index, vocabulary, name_keys, names, include_lifted, kinds, batch, clear, ownership, day)


def venture_profiles(s: Session, vq: Any, vocabulary: ScreeningVocabulary,
                     names: dict[int, str]) -> Iterator[VentureProfile]:
    """What matching needs of each venture of `vq` (noting its name in `names`): items, the
    activity and notes read for flows in words, partners, and the inferred flows rejected."""
    query = select(JointVenture.id, JointVenture.name, JointVenture.country, JointVenture.activity,
                   JointVenture.notes)
    if vq.whereclause is not None:
        query = query.where(vq.whereclause)
    heads = list(s.exec(query))
    shared: dict[Any, Any] = {}  # what recurs across ventures' items, held once
    for chunk in chunks(heads, VENTURE_CHUNK):
        settle_survivors()  # the profiles made so far live on in the index
        ids = [h[0] for h in chunk]
        items: dict[int, list[tuple[str, str, list[str], list[str], str]]] = defaultdict(list)
        for venture_id, name, direction, codes, countries, stage in s.exec(
            select(VentureItem.venture_id, VentureItem.name, VentureItem.direction, VentureItem.codes,
                   VentureItem.countries, VentureItem.stage)
            .where(col(VentureItem.venture_id).in_(ids)).order_by(VentureItem.position)
        ):
            items[venture_id].append((name, direction, split_list(codes), split_list(countries), stage))
        partners: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for venture_id, name, country in s.exec(select(Partner.venture_id, Partner.name, Partner.country)
                                                .where(col(Partner.venture_id).in_(ids)).order_by(Partner.position)):
            partners[venture_id].append((name, country))
        rejected: dict[int, set[tuple[str, str]]] = defaultdict(set)
        for venture_id, key, country in s.exec(
                select(FlowDecision.venture_id, FlowDecision.item_key, FlowDecision.country)
                .where(col(FlowDecision.venture_id).in_(ids), FlowDecision.state == "rejected")):
            rejected[venture_id].add((key, country))
        for vid, name, country, activity, notes in chunk:
            names[vid] = name
            yield venture_profile(vid, name, country, items[vid], vocabulary, shared,
                                  texts=(("activity", activity), ("notes", notes)), partners=partners[vid],
                                  rejected=rejected[vid])


def _pages(
    s: Session, mq: Any, index: ExposureIndex, vocabulary: ScreeningVocabulary, name_keys: dict[int, str],
    names: dict[int, str], include_lifted: bool, kinds: frozenset[str], batch: int, clear: bool,
    ownership: OwnershipScreen, day: date,
) -> Iterator[Exposure]:
    last: str | None = None
    while True:
        page_query = mq if last is None else mq.where(col(Measure.reference_key) > last)
        rows = list(s.exec(page_query.order_by(col(Measure.reference_key)).limit(batch)))
        if not rows:
            return
        last = rows[-1].reference_key
        # A measure's status on the day through the as-of layer (dates, clauses, suspension
        # windows): one that expired, was repealed or is not yet issued then is left out.
        on_day = register_on(s, day, date.today(), [r.id for r in rows if r.id is not None], lean=True).statuses
        measures = [m for m in read_measures(s, rows)
                    if include_lifted or on_day.get(m.id, DayStatus.UNKNOWN) not in NOT_APPLYING]
        ids = [m.id for m in measures]
        pairs: set[tuple[int, int]] = set()
        dismissals: dict[tuple[int, int, str], ExposureDismissal] = {}
        for chunk in chunks(ids):
            pairs.update((a, v) for a, v in s.exec(select(Assessment.measure_id, Assessment.venture_id)
                                                   .where(col(Assessment.measure_id).in_(chunk))))
            dismissals.update(((d.measure_id, d.venture_id, d.item_key), d) for d in s.exec(
                select(ExposureDismissal).where(col(ExposureDismissal.measure_id).in_(chunk))))
        screened = set(ids)
        by_id = {r.id: r for r in rows if r.id in screened}
        ownership.prepare(list(by_id.values()))
        out: list[Exposure] = []
        for m in measures:
            profile = measure_profile(m.id, m.reference, m.jurisdiction, m.measure_type, m.targets, m.excluded,
                                      [(i.name, i.codes, i.stage.value if i.stage else "") for i in m.items],
                                      vocabulary, title=m.title, summary=m.summary)
            found = [f for f in ownership.adjust(by_id[m.id], index.match(profile), names) if f.kind in kinds]
            found.sort(key=lambda f: name_keys[f.venture_id])  # stable: item order within a venture
            for f in found:
                d = dismissals.get((m.id, f.venture_id, f.item_key))
                dismissal = None if d is None else Dismissal(d.id or 0, d.reason, d.actor, d.dismissed_at,
                                                             d.fingerprint == f.fingerprint)
                out.append(Exposure(f, m.reference, m.title, m.status, MeasureType(m.measure_type),
                                    names[f.venture_id], (m.id, f.venture_id) in pairs, dismissal))
        if clear:
            s.expunge_all()  # this page's rows are matched: keep the identity map small
        else:
            settle_survivors()  # the findings kept so far live on (screen_in holds them all)
        yield from out
        if len(rows) < batch:
            return


def screen(
    ctx: ServiceContext, *, measure: int | str | None = None, venture: int | str | None = None,
    include_assessed: bool = False, include_dismissed: bool = False, include_lifted: bool = False,
    kinds: Collection[str] = EXPOSURES, progress: Progress | None = None,
) -> list[Exposure]:
    """Findings of live measures against live ventures' items: by default exposures only, and
    only unassessed, undismissed ones of measures not repealed or expired; a measure asked for by
    reference is screened whatever its status. Needs-data findings are never assessed or
    dismissed: they go away when the missing country is recorded. Raises Cancelled as soon as
    `progress` is cancelled (the window closing)."""
    with ctx.db.session() as s:
        found = screen_in(s, measure=measure, venture=venture, include_lifted=include_lifted, kinds=kinds,
                          progress=progress)
    return [e for e in found if e.kind != EXPOSURE_KIND
            or ((include_assessed or not e.assessed) and (include_dismissed or not e.dismissed))]


def unassessed_exposures(
    ctx: ServiceContext, *, measure: int | str | None = None, venture: int | str | None = None
) -> list[Exposure]:
    """Every exposure without an assessment that nobody dismissed (for the Exposures view)."""
    return screen(ctx, measure=measure, venture=venture)


def unassessed_in(s: Session, venture_ids: Collection[int] | None = None) -> list[Exposure]:
    """Unassessed, undismissed exposures inside an open session (one screening of the whole
    register, for the reports' read transaction), limited to `venture_ids` when given."""
    return [e for e in iter_screening(s, venture_ids, clear=False) if not e.assessed and not e.dismissed]


def count_unassessed(ctx: ServiceContext, progress: Progress | None = None) -> int:
    """The number the dashboard badge shows (counted as the findings stream: none are held);
    raises Cancelled as soon as `progress` is cancelled."""
    progress = progress or NullProgress()
    count = 0
    with ctx.db.session() as s:
        for e in iter_screening(s):
            if progress.cancelled():
                raise Cancelled()
            count += not e.assessed and not e.dismissed
    return count


def needs_data(ctx: ServiceContext, *, venture: int | str | None = None,
               measure: int | str | None = None) -> list[NeedsData]:
    """What to record to decide the rest: one line per item and missing fact, with the measures
    that depend on it, the most-depended-on first."""
    with ctx.db.session() as s:
        found = screen_in(s, venture=venture, measure=measure, kinds={NEEDS_DATA_KIND})
    return group_needs(found)


def group_needs(found: Iterable[Exposure]) -> list[NeedsData]:
    """Needs-data findings (any other kind is skipped) grouped by item and missing fact,
    the most-depended-on first."""
    grouped: dict[tuple[int, str, str], list[Exposure]] = defaultdict(list)
    for e in found:
        if e.kind == NEEDS_DATA_KIND:
            grouped[(e.venture_id, e.item_key, e.match.route.missing)].append(e)
    out = []
    for (vid, key, missing), group in grouped.items():
        first = group[0]
        measures = tuple(dict.fromkeys((e.measure_id, e.measure_reference, e.flow) for e in group))
        out.append(NeedsData(vid, first.venture_name, key, first.item_name, first.direction, missing,
                             first.match.recorded_item, measures))
    out.sort(key=lambda n: (-n.count, normalize_key(n.venture_name), n.item_key))
    return out
