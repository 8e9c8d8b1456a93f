"""The PDF risk briefing: read the register in one transaction, stream it into the renderer."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.atomic import atomic_path
from desktop_app.domain.enums import (
    ActionStatus,
    AssessmentStatus,
    ImpactChannel,
    ItemDirection,
    MeasureStatus,
    MeasureType,
    Treatment,
    VentureStage,
)
from desktop_app.domain.errors import NotFound, RegisterError
from desktop_app.domain.models import (
    Assessment,
    AuditEntry,
    JointVenture,
    Measure,
    MitigationAction,
    Partner,
    VentureItem,
)
from desktop_app.domain.text import normalize_key, split_list
from desktop_app.paths import resource
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.persistence.measure_repo import read_measures
from desktop_app.persistence.queries import chunks
from desktop_app.reports import document as d
from desktop_app.reports.pdf import render_briefing
from desktop_app.services import analytics, audit, briefing_screening
from desktop_app.services.context import ServiceContext
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.services.report_options import ReportOptions

TITLE = "Export risk briefing"
BATCH = 100  # ventures or measures read per query while rendering
TOP_RISKS, TOP_BARS, MAX_DEADLINES, MAX_CHANGES = 15, 25, 300, 500
HORIZON_DAYS = 90
NOT_ISSUED = "not yet issued"


class ReportOptionsError(RegisterError):
    """The report options cannot describe a briefing (e.g. `since` after `as_of`)."""


def write_briefing(ctx: ServiceContext, target: Path, options: ReportOptions, progress: Progress | None = None) -> Path:
    """Write the PDF briefing to `target` atomically; an earlier file survives any failure.

    The register is read in one read transaction, ventures and measures in batches while the
    PDF is laid out, so memory stays bounded for large registers.
    """
    progress = progress or NullProgress()
    target = Path(target)
    as_of = options.as_of or ctx.today()
    if options.since and options.since > as_of:
        raise ReportOptionsError(
            f"--since {options.since} is after the as-of date {as_of}; "
            "changes can only be listed up to the date the briefing describes."
        )
    if target.is_dir():
        raise ReportOptionsError(f"{target} is a folder; give a file name such as briefing.pdf.")
    check(progress, 0.0, "Reading the register and screening for exposures")
    with ctx.db.session() as s:
        doc = assemble(s, ctx, options, as_of)
        check(progress, 0.08, "Laying out the briefing")
        with atomic_path(target) as tmp:
            render_briefing(
                doc,
                tmp,
                font_dir=resource("fonts"),
                tick=lambda f, text: check(progress, 0.1 + 0.88 * f, text),
            )
    progress.report(1.0, f"Wrote {target.name}")
    return target


def _scope(s: Session, names: Sequence[str]) -> tuple[list[int], tuple[str, ...]]:
    """Live venture ids (by name order) and the names as stored; NotFound names the unknown ones."""
    live = col(JointVenture.archived_at).is_(None)
    if not names:
        rows = s.exec(
            select(JointVenture.id, JointVenture.name)
            .where(live)
            .order_by(col(JointVenture.name_key), col(JointVenture.id))
        ).all()
        return [r[0] for r in rows], ()
    found: dict[str, tuple[int, str]] = {}
    missing = []
    for name in dict.fromkeys(names):
        row = s.exec(
            select(JointVenture.id, JointVenture.name).where(JointVenture.name_key == normalize_key(name), live)
        ).first()
        if row is None:
            missing.append(name)
        else:
            found[normalize_key(row[1])] = (row[0], row[1])
    if missing:
        raise NotFound(
            "No live joint venture is named "
            + ", ".join(repr(n) for n in missing)
            + "; check the spelling in the Joint ventures list (archived ventures are left out)."
        )
    ordered = sorted(found.items())
    return [v[0] for _, v in ordered], tuple(v[1] for _, v in ordered)


def assemble(s: Session, ctx: ServiceContext, options: ReportOptions, as_of: date) -> d.Briefing:
    """Build the briefing document; detail sections stay lazy and read `s` while rendering."""
    venture_ids, scope = _scope(s, options.ventures)
    ids = venture_ids  # live ventures only: an archived venture's assessments are left out too
    matrix = load_matrix(s)
    levels = tuple(
        d.Level(lv.key, lv.label, lv.colour, lv.rank) for lv in sorted(matrix.levels, key=lambda lv: -lv.rank)
    )
    statuses = analytics.statuses_on(s, as_of)
    live_a = col(Assessment.archived_at).is_(None)
    in_scope_a = [live_a, col(Assessment.venture_id).in_(ids)]
    if not scope:
        measure_ids = [m for m, st in statuses.items() if st is not None]
    else:
        assessed = set(s.exec(select(Assessment.measure_id).where(*in_scope_a).distinct()).all())
        measure_ids = [m for m, st in statuses.items() if st is not None and m in assessed]
    by_status = Counter(statuses[m] for m in measure_ids)
    worst = Counter(
        rank
        for _, rank in s.exec(
            select(Assessment.venture_id, func.max(Assessment.residual_rank))
            .where(*in_scope_a)
            .group_by(Assessment.venture_id)
        )
    )
    by_level = analytics.count_by_level(s, venture_ids=ids)
    overdue = s.exec(
        select(func.count())
        .select_from(Assessment)
        .where(
            *in_scope_a,
            Assessment.status != AssessmentStatus.CLOSED.value,
            col(Assessment.next_review_on) < as_of,
        )
    ).one()
    exposures = briefing_screening.exposures(s, venture_ids if scope else None, statuses)
    summary = d.Summary(
        measures_total=len(measure_ids),
        measures_by_status=tuple(d.Figure(st.label, by_status[st]) for st in MeasureStatus),
        in_force=by_status[MeasureStatus.IN_FORCE],
        proposed=by_status[MeasureStatus.PROPOSED],
        consultation=by_status[MeasureStatus.CONSULTATION],
        ventures_total=len(venture_ids),
        ventures_exposed=sum(worst.values()),
        ventures_by_worst_level=tuple(d.Figure(lv.label, worst[lv.rank]) for lv in levels),
        assessments_total=sum(by_level.values()),
        assessments_by_level=tuple(d.Figure(lv.label, by_level.get(lv.key, 0)) for lv in levels),
        overdue_reviews=int(overdue),
        unassessed_exposures=exposures.total,
    )
    grids = tuple(tuple(row) for row in matrix.grid)
    heat_maps = tuple(
        d.HeatMap(title, grids, tuple(tuple(r) for r in analytics.heat_map(s, residual=res, venture_ids=ids)))
        for title, res in (("Inherent risk", False), ("Residual risk", True))
    )
    bars, bars_total = _venture_bars(s, in_scope_a, levels)
    deadlines, deadlines_total = _deadlines(s, as_of, in_scope_a, measure_ids)
    cover = d.Cover(
        TITLE,
        as_of,
        options.prepared_by or ctx.actor,
        ctx.now(),
        _head(s),
        options.confidentiality,
        scope,
        options.since,
    )
    return d.Briefing(
        cover=cover,
        summary=summary,
        levels=levels,
        heat_maps=heat_maps,
        venture_bars=bars,
        venture_bars_total=bars_total,
        top_risks=_top_risks(s, ids, as_of),
        deadlines=deadlines,
        deadlines_total=deadlines_total,
        ventures=_ventures(s, venture_ids, statuses),
        venture_count=len(venture_ids),
        measures=_measures(s, measure_ids, statuses),
        measure_count=len(measure_ids),
        changes=_changes(s, options.since, as_of, ids if scope else None) if options.since else None,
        exposures=exposures,
        deadline_horizon_days=HORIZON_DAYS,
    )


def _head(s: Session) -> str:
    return audit.head_hash(s)


def _label(vocab: type, value: str) -> str:
    try:
        return vocab(value).label
    except ValueError:
        return value


def _venture_bars(s: Session, where: list, levels: tuple[d.Level, ...]) -> tuple[tuple[d.VentureBar, ...], int]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for vid, key, n in s.exec(
        select(Assessment.venture_id, Assessment.residual_level, func.count())
        .where(*where)
        .group_by(Assessment.venture_id, Assessment.residual_level)
    ):
        counts[vid][key] = n
    rows = {vid: tuple(c.get(lv.key, 0) for lv in levels) for vid, c in counts.items()}
    chosen = sorted(rows, key=lambda vid: (tuple(-n for n in rows[vid]), vid))[:TOP_BARS]
    names = dict(s.exec(select(JointVenture.id, JointVenture.name).where(col(JointVenture.id).in_(chosen))).all())
    return tuple(d.VentureBar(names[v], rows[v]) for v in chosen), len(rows)


def _top_risks(s: Session, ids: list[int] | None, as_of: date) -> tuple[d.RiskRow, ...]:
    return tuple(
        d.RiskRow(
            a.measure_reference,
            a.measure_title,
            a.venture_name,
            ", ".join(c.label for c in a.channels),
            a.inherent_level,
            a.residual_level,
            a.treatment.label,
            a.owner,
            a.next_review_on,
            overdue=a.next_review_on < as_of and a.status is not AssessmentStatus.CLOSED,
        )
        for a in analytics.top_risks(s, TOP_RISKS, venture_ids=ids)
    )


def _deadlines(s: Session, as_of: date, where: list, measure_ids: list[int]) -> tuple[tuple[d.DeadlineRow, ...], int]:
    horizon = as_of + timedelta(days=HORIZON_DAYS)
    wanted = set(measure_ids)
    found: list[d.DeadlineRow] = []
    for kind, column in (
        ("Consultation ends", Measure.consultation_ends_on),
        ("Takes effect", Measure.effective_on),
    ):
        for mid, ref, day in s.exec(
            select(Measure.id, Measure.reference, column).where(
                col(Measure.archived_at).is_(None), col(column).between(as_of, horizon)
            )
        ):
            if mid in wanted:
                found.append(d.DeadlineRow(day, kind, ref))
    reviews = [
        *where,
        Assessment.status != AssessmentStatus.CLOSED.value,
        col(Assessment.next_review_on) <= horizon,
    ]
    total = len(found) + int(s.exec(select(func.count()).select_from(Assessment).where(*reviews)).one())
    query = (
        select(Assessment.next_review_on, Measure.reference, JointVenture.name)
        .join(Measure, col(Measure.id) == Assessment.measure_id)
        .join(JointVenture, col(JointVenture.id) == Assessment.venture_id)
        .where(*reviews)
        .order_by(col(Assessment.next_review_on), col(Assessment.id))
        .limit(MAX_DEADLINES)
    )
    for day, ref, venture in s.exec(query):
        found.append(d.DeadlineRow(day, "Review overdue" if day < as_of else "Review due", f"Review: {ref}", venture))
    found.sort(key=lambda r: (r.on, r.kind, r.subject, r.venture))
    return tuple(found[:MAX_DEADLINES]), total


def _changes(s: Session, since: date, as_of: date, ids: list[int] | None) -> d.Changes:
    start = datetime.combine(since, time.min, UTC).isoformat(timespec="microseconds")
    end = datetime.combine(as_of + timedelta(days=1), time.min, UTC).isoformat(timespec="microseconds")
    where = [col(AuditEntry.at) >= start, col(AuditEntry.at) < end]
    if ids is not None:  # a briefing limited to some ventures shows only their changes and shared ones
        own = select(Assessment.id).where(col(Assessment.venture_id).in_(ids))
        where.append(
            (col(AuditEntry.entity).notin_(["joint_venture", "assessment"]))
            | ((AuditEntry.entity == "joint_venture") & col(AuditEntry.entity_id).in_(ids))
            | ((AuditEntry.entity == "assessment") & col(AuditEntry.entity_id).in_(own))
        )
    counts = s.exec(
        select(AuditEntry.entity, AuditEntry.action, func.count())
        .where(*where)
        .group_by(AuditEntry.entity, AuditEntry.action)
        .order_by(AuditEntry.entity, AuditEntry.action)
    ).all()
    rows = []
    for e in s.exec(
        select(
            AuditEntry.at,
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_label,
            AuditEntry.changes,
        )
        .where(*where)
        .order_by(col(AuditEntry.id).desc())
        .limit(MAX_CHANGES)
    ):
        try:
            # A new record lists every field: only edits say which fields changed.
            fields = () if e[2] == "create" else tuple(f.replace("_", " ") for f in json.loads(e[5]))
        except (ValueError, TypeError):
            fields = ()
        rows.append(
            d.ChangeRow(
                datetime.fromisoformat(e[0]),
                e[1],
                e[2].replace("_", " "),
                e[3].replace("_", " "),
                e[4],
                fields,
            )
        )
    return d.Changes(
        since,
        sum(n for *_, n in counts),
        tuple(d.Figure(_change_label(ent, act), n) for ent, act, n in counts),
        tuple(rows),
    )


_PAST = {
    "create": "created",
    "update": "updated",
    "archive": "archived",
    "restore": "restored",
    "import": "imported",
    "configure": "changed",
    "restore_database": "restored from a backup",
}


def _change_label(entity: str, action: str) -> str:
    """E.g. "measure updated"; an import entry is one file: "files imported"."""
    if entity == "import":
        return "files imported"
    return f"{entity.replace('_', ' ')} {_PAST.get(action, action.replace('_', ' '))}"


def _status_label(statuses: dict[int, MeasureStatus | None], mid: int) -> str:
    if mid not in statuses:
        return "archived"
    st = statuses[mid]
    return st.label if st is not None else NOT_ISSUED


def _ventures(
    s: Session, venture_ids: list[int], statuses: dict[int, MeasureStatus | None]
) -> Iterator[d.VentureSection]:
    """Venture sections, read BATCH ventures at a time (columns only, no ORM objects)."""
    for batch in chunks(venture_ids, BATCH):
        partners: dict[int, list[d.Partner]] = defaultdict(list)
        items: dict[int, list[d.KeyItem]] = defaultdict(list)
        lines: dict[int, list[d.AssessmentLine]] = defaultdict(list)
        for vid, name, country, share in s.exec(
            select(Partner.venture_id, Partner.name, Partner.country, Partner.share)
            .where(col(Partner.venture_id).in_(batch))
            .order_by(Partner.position)
        ):
            partners[vid].append(d.Partner(name, country, f"{share:.2f} %"))
        for vid, name, direction, codes in s.exec(
            select(VentureItem.venture_id, VentureItem.name, VentureItem.direction, VentureItem.codes)
            .where(col(VentureItem.venture_id).in_(batch))
            .order_by(VentureItem.position)
        ):
            items[vid].append(d.KeyItem(name, _label(ItemDirection, direction), tuple(split_list(codes))))
        rows = s.exec(
            select(
                Assessment.id,
                Assessment.venture_id,
                Assessment.measure_id,
                Measure.reference,
                Measure.title,
                Assessment.channels,
                Assessment.inherent_level,
                Assessment.residual_level,
                Assessment.treatment,
                Assessment.status,
                Assessment.owner,
                Assessment.next_review_on,
            )
            .join(Measure, col(Measure.id) == Assessment.measure_id)
            .where(col(Assessment.venture_id).in_(batch), col(Assessment.archived_at).is_(None))
            .order_by(
                col(Assessment.residual_rank).desc(),
                col(Assessment.residual_score).desc(),
                col(Assessment.inherent_rank).desc(),
                Measure.reference_key,
            )
        ).all()
        actions: dict[int, list[d.Action]] = defaultdict(list)
        for part in chunks([r[0] for r in rows]):
            for aid, text, owner, due, status in s.exec(
                select(
                    MitigationAction.assessment_id,
                    MitigationAction.text,
                    MitigationAction.owner,
                    MitigationAction.due_on,
                    MitigationAction.status,
                )
                .where(col(MitigationAction.assessment_id).in_(part))
                .order_by(MitigationAction.position)
            ):
                actions[aid].append(d.Action(text, owner, due, _label(ActionStatus, status)))
        for aid, vid, mid, ref, title, channels, inh, res, treat, status, owner, review in rows:
            lines[vid].append(
                d.AssessmentLine(
                    ref,
                    title,
                    _status_label(statuses, mid),
                    ", ".join(_label(ImpactChannel, c) for c in split_list(channels)),
                    inh,
                    res,
                    _label(Treatment, treat),
                    _label(AssessmentStatus, status),
                    owner,
                    review,
                    tuple(actions[aid]),
                )
            )
        ventures = {
            r[0]: r
            for r in s.exec(
                select(
                    JointVenture.id,
                    JointVenture.name,
                    JointVenture.country,
                    JointVenture.location,
                    JointVenture.activity,
                    JointVenture.sector,
                    JointVenture.stage,
                    JointVenture.owner,
                    JointVenture.value_at_stake,
                    JointVenture.currency,
                ).where(col(JointVenture.id).in_(batch))
            )
        }
        for vid in batch:
            _, name, country, location, activity, sector, stage, owner, value, currency = ventures[vid]
            money = f"{value:,.2f} {currency}".strip() if value is not None else ""
            yield d.VentureSection(
                name,
                country,
                location,
                activity,
                sector,
                _label(VentureStage, stage),
                owner,
                money,
                tuple(partners[vid]),
                tuple(items[vid]),
                tuple(lines[vid]),
            )


def _measures(
    s: Session, measure_ids: list[int], statuses: dict[int, MeasureStatus | None]
) -> Iterator[d.MeasureEntry]:
    keys = dict(s.exec(select(Measure.id, Measure.reference_key).where(col(Measure.archived_at).is_(None))).all())
    ordered = sorted(measure_ids, key=lambda mid: (keys.get(mid, ""), mid))
    for batch in chunks(ordered, BATCH):
        rows = s.exec(select(Measure).where(col(Measure.id).in_(batch)).order_by(col(Measure.reference_key))).all()
        lineage = briefing_screening.lineage(s, batch, statuses)
        for m in read_measures(s, rows):
            yield d.MeasureEntry(
                m.reference,
                m.title,
                m.jurisdiction,
                _label(MeasureType, m.measure_type),
                _status_label(statuses, m.id),
                m.authority,
                m.original_title,
                tuple(d.StatusStep(h.valid_from, h.status.label, h.note) for h in m.status_history),
                m.announced_on,
                m.consultation_ends_on,
                m.effective_on,
                m.removed_on,
                tuple(d.KeyItem(i.name, "", tuple(i.codes)) for i in m.items),
                tuple(m.targets),
                tuple(m.excluded),
                m.summary,
                m.source_url,
                lineage.get(m.id, ()),
            )
        s.expunge_all()  # keep the identity map from growing with every batch
