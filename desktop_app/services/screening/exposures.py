"""Exposure screening: which measures reach which ventures' key items, and what is unassessed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.assessment_schemas import AssessmentRead
from desktop_app.domain.enums import AuditAction, ImpactChannel, ItemDirection, MeasureStatus
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.matching.exposure import (
    LIFTED,
    Flow,
    Hit,
    Synonyms,
    VentureProfile,
    measure_profile,
    venture_profile,
)
from desktop_app.domain.matching.exposure_index import ExposureIndex
from desktop_app.domain.models import Assessment, ExposureDismissal, JointVenture, Measure, Synonym, VentureItem
from desktop_app.domain.text import has_control_chars, normalize_key, split_list
from desktop_app.persistence.measure_repo import find_by_reference, read_measures
from desktop_app.persistence.queries import chunks
from desktop_app.persistence.venture_repo import find_by_name
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.progress import Cancelled, NullProgress, Progress
from desktop_app.services.records.assessments import create_assessment
from desktop_app.services.records.groups import load_index

DISMISSAL = "exposure_dismissal"
REASON_MAX = 4_000
# Placeholder scores of a drafted assessment: mid-scale until the assessor sets them.
DRAFT_LIKELIHOOD = DRAFT_IMPACT = 3
# Measures screened per page by the streaming screening.
PAGE = 200
# Ventures whose items are read at once: the raw rows of 900 (IN's limit) were 7 MB at a time.
VENTURE_CHUNK = 200


@dataclass(frozen=True)
class Dismissal:
    id: int
    reason: str
    actor: str
    dismissed_at: datetime
    current: bool  # False once the measure or the item changed since the dismissal


@dataclass(frozen=True)
class Exposure:
    """One measure reaching one key item of one venture, and why."""

    measure_id: int
    measure_reference: str
    measure_title: str
    measure_status: MeasureStatus
    venture_id: int
    venture_name: str
    item_key: str
    item_name: str
    direction: ItemDirection
    flow: str
    countries_unknown: bool
    hits: tuple[Hit, ...]
    fingerprint: str
    import_flow: bool
    assessed: bool
    dismissal: Dismissal | None

    @property
    def dismissed(self) -> bool:
        return self.dismissal is not None and self.dismissal.current

    @property
    def reasons(self) -> tuple[str, ...]:
        """One line per hit, as `export-risk screen` prints it (for reports)."""
        return tuple(f"{h.via}: {h.detail} (measure item: {h.measure_item})" for h in self.hits)

    @property
    def why(self) -> str:
        """What matched and which way, in one line."""
        what = "; ".join(f"{h.detail} ({h.measure_item})" for h in self.hits)
        return f"{self.direction.label} '{self.item_name}': {what}. {self.flow}"


def _resolve(
    s: Session, measure: int | str | None, venture: int | str | None
) -> tuple[int | None, int | None]:
    mid = vid = None
    if measure is not None:
        row = s.get(Measure, measure) if isinstance(measure, int) else find_by_reference(s, measure)
        if row is None:
            raise NotFound(f"No measure {measure!r}.")
        mid = row.id
    if venture is not None:
        vrow = s.get(JointVenture, venture) if isinstance(venture, int) else find_by_name(s, venture)
        if vrow is None:
            raise NotFound(f"No joint venture {venture!r}.")
        vid = vrow.id
    return mid, vid


def venture_id_for(ctx: ServiceContext, name: str) -> int:
    """The id of the joint venture with this name (any spacing or case); NotFound otherwise."""
    with ctx.db.session() as s:
        return _resolve(s, None, name)[1] or 0


def load_synonyms(s: Session) -> Synonyms:
    return Synonyms({r.term: r.means for r in s.exec(select(Synonym))})


def screen_in(
    s: Session, *, measure: int | str | None = None, venture: int | str | None = None,
    include_lifted: bool = False,
) -> list[Exposure]:
    """Every current match (assessed, dismissed or not) inside an open session."""
    mid, vid = _resolve(s, measure, venture)
    mq = select(Measure).where(col(Measure.archived_at).is_(None))
    vq = select(JointVenture).where(col(JointVenture.archived_at).is_(None))
    if mid is not None:
        mq = select(Measure).where(Measure.id == mid)
    if vid is not None:
        vq = select(JointVenture).where(JointVenture.id == vid)
    else:
        vq = vq.where(JointVenture.stage != "closed")
    return list(_stream(s, mq, vq, include_lifted or mid is not None, clear=False))


def iter_screening(
    s: Session, venture_ids: Collection[int] | None = None, *, include_lifted: bool = False,
    batch: int = PAGE, clear: bool = True,
) -> Iterator[Exposure]:
    """Every current match of live measures against live, open ventures (only `venture_ids`
    when given), in `screen_in`'s order, yielded measure page by measure page.

    The index over ventures is built once; measures, their assessed pairs and dismissals are
    read a page at a time and the session's identity map is cleared between pages, so memory
    holds one page's matches, never all of them (93,000 at 100,000 assessments). `clear=False`
    leaves the identity map alone, for callers still holding ORM objects of the session.
    """
    vq = select(JointVenture).where(col(JointVenture.archived_at).is_(None), JointVenture.stage != "closed")
    if venture_ids is not None:
        vq = vq.where(col(JointVenture.id).in_(list(venture_ids)))
    mq = select(Measure).where(col(Measure.archived_at).is_(None))
    return _stream(s, mq, vq, include_lifted, batch=batch, clear=clear)


def _stream(s: Session, mq: Any, vq: Any, include_lifted: bool, *, batch: int = PAGE,
            clear: bool) -> Iterator[Exposure]:
    """Matches of the measures of `mq` against the ventures of `vq`, ordered by measure
    reference, then venture name, then item (the order people read the list in)."""
    synonyms = load_synonyms(s)
    names: dict[int, str] = {}
    index = ExposureIndex(_venture_profiles(s, vq, synonyms, names))
    # Sort keys once per venture, not once per match.
    name_keys = {vid: normalize_key(name) for vid, name in names.items()}
    groups = load_index(s).members()  # targets naming a group reach its member countries
    return _pages_of_matches(s, mq, index, synonyms, name_keys, names, include_lifted, batch, clear, groups)


def _venture_profiles(s: Session, vq: Any, synonyms: Synonyms, names: dict[int, str]) -> Iterator[VentureProfile]:
    """What matching needs of each venture of `vq` (noting its name in `names`), read as plain
    columns: full venture records of 2,000 ventures took 23 MB at once, the profiles 14 MB."""
    query = select(JointVenture.id, JointVenture.name, JointVenture.country)
    if vq.whereclause is not None:
        query = query.where(vq.whereclause)
    heads = list(s.exec(query))
    shared: dict[Any, Any] = {}  # what recurs across ventures' items, held once
    for chunk in chunks(heads, VENTURE_CHUNK):
        items: dict[int, list[tuple[str, str, list[str], list[str]]]] = defaultdict(list)
        for venture_id, name, direction, codes, countries in s.exec(
            select(VentureItem.venture_id, VentureItem.name, VentureItem.direction, VentureItem.codes,
                   VentureItem.countries)
            .where(col(VentureItem.venture_id).in_([vid for vid, _, _ in chunk]))
            .order_by(VentureItem.position)
        ):
            items[venture_id].append((name, direction, split_list(codes), split_list(countries)))
        for vid, name, country in chunk:
            names[vid] = name
            yield venture_profile(vid, name, country, items[vid], synonyms, shared)


def _pages_of_matches(
    s: Session, mq: Any, index: ExposureIndex, synonyms: Synonyms, name_keys: dict[int, str],
    names: dict[int, str], include_lifted: bool, batch: int, clear: bool,
    groups: dict[str, frozenset[str]] | None = None,
) -> Iterator[Exposure]:
    last: str | None = None
    while True:
        page_query = mq if last is None else mq.where(col(Measure.reference_key) > last)
        rows = list(s.exec(page_query.order_by(col(Measure.reference_key)).limit(batch)))
        if not rows:
            return
        last = rows[-1].reference_key
        measures = [m for m in read_measures(s, rows) if include_lifted or m.status not in LIFTED]
        ids = [m.id for m in measures]
        pairs: set[tuple[int, int]] = set()
        dismissals: dict[tuple[int, int, str], ExposureDismissal] = {}
        for chunk in chunks(ids):
            pairs.update((a, v) for a, v in s.exec(select(Assessment.measure_id, Assessment.venture_id)
                                                   .where(col(Assessment.measure_id).in_(chunk))))
            dismissals.update(((d.measure_id, d.venture_id, d.item_key), d) for d in s.exec(
                select(ExposureDismissal).where(col(ExposureDismissal.measure_id).in_(chunk))))
        out: list[Exposure] = []
        for m in measures:
            profile = measure_profile(m.id, m.reference, m.jurisdiction, m.measure_type, m.targets,
                                      m.excluded, [(i.name, i.codes) for i in m.items], synonyms, groups)
            found = index.match(profile)
            found.sort(key=lambda f: name_keys[f.venture_id])  # stable: item order within a venture
            import_flow = profile.flow is Flow.IMPORT
            for f in found:
                d = dismissals.get((m.id, f.venture_id, f.item_key))
                dismissal = None if d is None else Dismissal(d.id or 0, d.reason, d.actor, d.dismissed_at,
                                                             d.fingerprint == f.fingerprint)
                out.append(Exposure(m.id, m.reference, m.title, m.status, f.venture_id,
                                    names[f.venture_id], f.item_key, f.item_name, f.direction, f.flow,
                                    f.countries_unknown, f.hits, f.fingerprint, import_flow,
                                    (m.id, f.venture_id) in pairs, dismissal))
        if clear:
            s.expunge_all()  # this page's rows are matched: keep the identity map small
        yield from out
        if len(rows) < batch:
            return


def screen(
    ctx: ServiceContext, *, measure: int | str | None = None, venture: int | str | None = None,
    include_assessed: bool = False, include_dismissed: bool = False, include_lifted: bool = False,
) -> list[Exposure]:
    """Matches of live measures against live ventures' key items.

    By default only unassessed, undismissed matches of measures not repealed or expired;
    a measure asked for by reference is screened whatever its status.
    """
    with ctx.db.session() as s:
        found = screen_in(s, measure=measure, venture=venture, include_lifted=include_lifted)
    return [e for e in found
            if (include_assessed or not e.assessed) and (include_dismissed or not e.dismissed)]


def unassessed_exposures(
    ctx: ServiceContext, *, measure: int | str | None = None, venture: int | str | None = None
) -> list[Exposure]:
    """Every match without an assessment that nobody dismissed (for the Exposures view)."""
    return screen(ctx, measure=measure, venture=venture)


def unassessed_in(s: Session, venture_ids: Collection[int] | None = None) -> list[Exposure]:
    """Unassessed, undismissed matches inside an open session (one screening of the whole
    register, for the reports' read transaction), limited to `venture_ids` when given."""
    return [e for e in iter_screening(s, venture_ids, clear=False) if not e.assessed and not e.dismissed]


def count_unassessed(ctx: ServiceContext, progress: Progress | None = None) -> int:
    """The number the dashboard badge shows (counted as the matches stream: none are held);
    raises Cancelled as soon as `progress` is cancelled."""
    progress = progress or NullProgress()
    count = 0
    with ctx.db.session() as s:
        for e in iter_screening(s):
            if progress.cancelled():
                raise Cancelled()
            count += not e.assessed and not e.dismissed
    return count


def _channels(exposures: Sequence[Exposure]) -> list[ImpactChannel]:
    found: list[ImpactChannel] = []
    for e in exposures:
        if e.import_flow:
            channel = ImpactChannel.TARIFF_COST
        elif e.direction is ItemDirection.INPUT:
            channel = ImpactChannel.INPUT_SUPPLY
        elif e.direction is ItemDirection.TECHNOLOGY_IN:
            channel = ImpactChannel.TECHNOLOGY_LICENCE
        else:
            channel = ImpactChannel.EXPORT_SALES
        if channel not in found:
            found.append(channel)
    return found


def draft_assessment(
    ctx: ServiceContext, measure_id: int, venture_id: int, *,
    likelihood: int = DRAFT_LIKELIHOOD, impact: int = DRAFT_IMPACT,
) -> AssessmentRead:
    """Turn the exposures of a measure x venture pair into a draft assessment (audited)."""
    with ctx.db.session() as s:
        found = screen_in(s, measure=measure_id, venture=venture_id)
        exposures = [e for e in found if not e.dismissed] or found
        venture = s.get(JointVenture, venture_id)
    if not exposures:
        raise NotFound("Screening finds no exposure of this joint venture to this measure.")
    lines = "\n".join(f"- {e.why}" for e in exposures)
    rationale = ("Drafted from screening; the scores are placeholders until assessed.\n"
                 f"Matched:\n{lines}")
    return create_assessment(ctx, {
        "measure_id": measure_id, "venture_id": venture_id, "channels": _channels(exposures),
        "inherent_likelihood": likelihood, "inherent_impact": impact, "rationale": rationale[:30_000],
        "owner": venture.owner if venture else "", "status": "draft",
    })


def _reason(text: str) -> str:
    reason = text.strip()
    problem = ("is required" if not reason else
               f"is {len(reason):,} characters long; the limit is {REASON_MAX:,}" if len(reason) > REASON_MAX
               else "contains control characters" if has_control_chars(reason) else "")
    if problem:
        raise ValidationFailed([Issue("reason", Severity.ERROR, problem)], "dismissal")
    return reason


def dismiss_exposure(
    ctx: ServiceContext, measure_id: int, venture_id: int, item_key: str, reason: str
) -> Exposure:
    """Dismiss one match with a reason (audited); it returns if the measure or the item changes."""
    reason = _reason(reason)
    with ctx.db.session(write=True) as s:
        current = [e for e in screen_in(s, measure=measure_id, venture=venture_id) if e.item_key == item_key]
        if not current:
            raise NotFound("Screening finds no such exposure (the measure or the item may have changed).")
        e = current[0]
        row = s.exec(select(ExposureDismissal).where(
            ExposureDismissal.measure_id == measure_id, ExposureDismissal.venture_id == venture_id,
            ExposureDismissal.item_key == item_key)).first()
        before = None if row is None else {"reason": row.reason, "fingerprint": row.fingerprint}
        if row is None:
            row = ExposureDismissal(measure_id=measure_id, venture_id=venture_id, item_key=item_key,
                                    item_name=e.item_name, fingerprint=e.fingerprint, reason=reason,
                                    actor=ctx.actor, dismissed_at=ctx.now())
        else:
            row.item_name, row.fingerprint, row.reason = e.item_name, e.fingerprint, reason
            row.actor, row.dismissed_at = ctx.actor, ctx.now()
        s.add(row)
        s.flush()
        after = {"reason": reason, "fingerprint": e.fingerprint}
        changes = {k: [None if before is None else before[k], v] for k, v in after.items()}
        changes["item"] = [None, e.item_name]
        audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, DISMISSAL, row.id,
                     f"{e.measure_reference} x {e.venture_name}: {e.item_name}", changes)
        return replace(e, dismissal=Dismissal(row.id or 0, reason, ctx.actor, row.dismissed_at, True))


def undismiss_exposure(ctx: ServiceContext, dismissal_id: int) -> None:
    """Put a dismissed match back on the list (audited)."""
    with ctx.db.session(write=True) as s:
        row = s.get(ExposureDismissal, dismissal_id)
        if row is None:
            raise NotFound(f"No dismissal with id {dismissal_id}.")
        measure, venture = s.get(Measure, row.measure_id), s.get(JointVenture, row.venture_id)
        label = f"{measure.reference if measure else row.measure_id} x " \
                f"{venture.name if venture else row.venture_id}: {row.item_name}"
        s.delete(row)
        s.flush()
        audit.record(s, ctx, AuditAction.RESTORE, DISMISSAL, dismissal_id, label,
                     {"reason": [row.reason, None]})


def list_dismissals(ctx: ServiceContext) -> list[tuple[str, str, str, Dismissal]]:
    """(measure reference, venture name, item, dismissal) for every dismissal on record."""
    with ctx.db.session() as s:
        current = {(e.measure_id, e.venture_id, e.item_key): e.fingerprint
                   for e in screen_in(s, include_lifted=True)}
        rows = s.exec(select(ExposureDismissal, Measure.reference, JointVenture.name)
                      .join(Measure, col(Measure.id) == ExposureDismissal.measure_id)
                      .join(JointVenture, col(JointVenture.id) == ExposureDismissal.venture_id)
                      .order_by(col(ExposureDismissal.id))).all()
        return [(ref, name, d.item_name,
                 Dismissal(d.id or 0, d.reason, d.actor, d.dismissed_at,
                           current.get((d.measure_id, d.venture_id, d.item_key)) == d.fingerprint))
                for d, ref, name in rows]
