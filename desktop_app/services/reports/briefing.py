"""The PDF risk briefing: read the register in one transaction, stream it into the renderer."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.enums import AssessmentStatus, MeasureStatus
from desktop_app.domain.errors import NotFound, RegisterError
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.text import normalize_key
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.reports import document as d
from desktop_app.reports.pdf.render import render_briefing
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.outputs import check_output, output_path
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.services.reports import analytics, briefing_screening
from desktop_app.services.reports import briefing_sections as sections
from desktop_app.services.reports.options import ReportOptions
from desktop_app.system.heap import settle_survivors
from desktop_app.system.paths import resource

TITLE = "Export risk briefing"
TOP_RISKS, TOP_BARS, MAX_DEADLINES = 15, 25, 300
HORIZON_DAYS = 90


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
    check_output(ctx, target, what="the briefing")  # before any work: never onto the register
    check(progress, 0.0, "Reading the register and screening for exposures")
    with ctx.db.session() as s:
        doc = assemble(s, ctx, options, as_of)
        check(progress, 0.08, "Laying out the briefing")
        # The document and the renderer's modules live through the layout: inside the entry
        # point's long-work block they join the frozen heap here (outside one, nothing happens).
        settle_survivors()
        with output_path(ctx, target, what="the briefing") as tmp:
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
        ventures=sections.ventures(s, venture_ids, statuses),
        venture_count=len(venture_ids),
        measures=sections.measures(s, measure_ids, statuses),
        measure_count=len(measure_ids),
        changes=sections.changes(s, options.since, as_of, ids if scope else None) if options.since else None,
        exposures=exposures,
        deadline_horizon_days=HORIZON_DAYS,
    )


def _head(s: Session) -> str:
    return audit.head_hash(s)


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


