"""The PDF risk briefing: read the register in one transaction, stream it into the renderer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from desktop_app.domain.enums import ActionStatus, AssessmentStatus
from desktop_app.domain.errors import NotFound, RegisterError
from desktop_app.domain.models import JointVenture
from desktop_app.domain.risk import SIZE
from desktop_app.domain.text import normalize_key
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.persistence.db import REPORT_CACHE_KIB, page_cache
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.reports import document as d
from desktop_app.reports.pdf.render import render_briefing
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.outputs import check_output, staged_output
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.services.reports import analytics, briefing_events, briefing_ownership, briefing_screening, issued
from desktop_app.services.reports import briefing_sections as sections
from desktop_app.services.reports.decisions import decisions
from desktop_app.services.reports.key_messages import ScreeningDigest, key_messages
from desktop_app.services.reports.movements import Movements, change_groups, movements
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.scope import ReportScope, key_figures, report_scope
from desktop_app.services.reports.tallies import Tallies, tallies
from desktop_app.system.heap import settle_survivors
from desktop_app.system.message_language import msg
from desktop_app.system.paths import resource
from desktop_app.system.report_language import N_, _, label, report_language, separator

TITLE = N_("Export risk briefing")
TOP_RISKS, TOP_BARS, MAX_DEADLINES = 15, 25, 300
BOARD_DEADLINES, BOARD_EXPOSURES, BOARD_CHANGES = 20, 12, 6  # the bounded board pack's shares
HORIZON_DAYS = 90
_OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class ReportOptionsError(RegisterError):
    """The report options cannot describe a briefing (e.g. `since` after `as_of`)."""


def write_briefing(ctx: ServiceContext, target: Path, options: ReportOptions, progress: Progress | None = None) -> Path:
    """Write the PDF briefing in the options' language (see `_write_briefing`)."""
    with report_language(options.lang):
        return _write_briefing(ctx, target, options, progress)


def _write_briefing(ctx: ServiceContext, target: Path, options: ReportOptions, progress: Progress | None = None
                    ) -> Path:
    """Write the PDF briefing to `target` atomically; an earlier file survives any failure.

    The register is read in one read transaction, ventures and measures in batches while the
    PDF is laid out, so memory stays bounded for large registers.
    """
    progress = progress or NullProgress()
    target = Path(target)
    as_of = options.as_of or ctx.today()
    if options.since and options.since > as_of:
        raise ReportOptionsError(msg(
            "--since {since} is after the as-of date {as_of}; changes can only be listed up to the date the "
            "briefing describes.", since=options.since, as_of=as_of))
    check_output(ctx, target, what="the briefing")  # before any work: never onto the register
    check(progress, 0.0, "Reading the register and screening for exposures")
    # Rendered to a temporary file, recorded in the audit trail, published before that record
    # commits and taken back if the commit fails: the register knows every briefing it issued.
    with staged_output(ctx, target, what="the briefing") as staged:
        with ctx.db.session() as s, page_cache(s, REPORT_CACHE_KIB):
            if options.since is None:  # since the last briefing the register issued, if any
                options = replace(options, since=issued.last_briefing(s, as_of))
            doc = assemble(s, ctx, options, as_of)
            check(progress, 0.08, "Laying out the briefing")
            # The document and the renderer's modules live through the layout: inside the entry
            # point's long-work block they join the frozen heap here (outside one, nothing happens).
            settle_survivors()
            pages = render_briefing(
                doc,
                staged.tmp,
                font_dir=resource("fonts"),
                tick=lambda f, text: check(progress, 0.1 + 0.88 * f, text),
            )
        issued.record_briefing(ctx, staged, options, as_of, doc.changes.since if doc.changes else as_of, pages)
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
        raise NotFound(msg(
            "No live joint venture is named {names}; check the spelling in the Joint ventures list (archived "
            "ventures are left out).", names=", ".join(repr(n) for n in missing)))
    ordered = sorted(found.items())
    return [v[0] for _, v in ordered], tuple(v[1] for _, v in ordered)


def _by_worst(counts: Tallies, venture_ids: list[int]) -> list[int]:
    """Ventures ordered by worst residual level, then by how many assessments they carry, then by
    name (the order `venture_ids` came in): the most exposed first, whatever their names' code points."""
    worst = {vid: (rank, sum(counts.per_venture[vid].values())) for vid, rank in counts.worst_rank.items()}
    position = {vid: i for i, vid in enumerate(venture_ids)}
    return sorted(venture_ids, key=lambda v: (-worst.get(v, (-1, 0))[0], -worst.get(v, (-1, 0))[1], position[v]))


def _grid(cells: dict[tuple[int, int], int]) -> tuple[tuple[int, ...], ...]:
    """[likelihood-1][impact-1] -> count, as the heat map draws it."""
    return tuple(tuple(cells.get((li, ii), 0) for ii in range(1, SIZE + 1)) for li in range(1, SIZE + 1))


def assemble(s: Session, ctx: ServiceContext, options: ReportOptions, as_of: date) -> d.Briefing:
    """Build the briefing document; detail sections stay lazy and read `s` while rendering."""
    venture_ids, names = _scope(s, options.ventures)
    matrix = load_matrix(s)
    levels = tuple(
        d.Level(lv.key, label(lv.label), lv.colour, lv.rank) for lv in sorted(matrix.levels, key=lambda lv: -lv.rank)
    )
    scope = report_scope(s, as_of, ctx.today(), options.since, venture_ids if names else None,
                         assessed_only=bool(names))
    figures = key_figures(s, scope, matrix, len(venture_ids))
    extra = scope.view.assessment_conditions()
    full = options.full
    screened = ScreeningDigest()  # filled by the one screening pass below
    exposures = briefing_screening.exposures(s, venture_ids if names else None, scope,
                                             None if full else BOARD_EXPOSURES, screened)
    moves = movements(s, scope.since, as_of, matrix, venture_ids if names else None)
    chosen, decisions_total = decisions(s, scope, screened)
    owned = briefing_ownership.digest(s, as_of, venture_ids if names else None, full=full)
    shown = [st for st in DayStatus if st is not DayStatus.NOT_YET_ISSUED]
    summary = d.Summary(
        measures_total=figures.measures,
        measures_by_status=tuple(d.Figure(label(st.label), figures.by_status[st]) for st in shown),
        in_force=figures.by_status[DayStatus.IN_FORCE],
        proposed=figures.by_status[DayStatus.PROPOSED],
        consultation=figures.by_status[DayStatus.CONSULTATION],
        ventures_total=len(venture_ids),
        ventures_exposed=figures.ventures_assessed,
        ventures_by_worst_level=tuple(d.Figure(lv.label, figures.worst_by_venture[lv.rank]) for lv in levels),
        assessments_total=figures.assessments,
        assessments_by_level=tuple(d.Figure(lv.label, figures.by_level.get(lv.key, 0)) for lv in levels),
        overdue_reviews=figures.overdue_reviews,
        unassessed_exposures=exposures.total,
    )
    grids = tuple(tuple(row) for row in matrix.grid)
    counts = tallies(s, scope)
    heat_maps = tuple(d.HeatMap(title, grids, _grid(cells), _grid(shift)) for title, cells, shift in (
        (_("Inherent risk"), counts.inherent_cells, moves.inherent_shift),
        (_("Residual risk"), counts.residual_cells, moves.residual_shift)))
    bars, bars_total = _venture_bars(s, counts, levels)
    deadlines, deadlines_total = briefing_events.deadlines(s, scope, ctx.today(), HORIZON_DAYS,
                                                           MAX_DEADLINES if full else BOARD_DEADLINES,
                                                           reviews=False)
    reviews, reviews_total = briefing_events.review_groups(s, scope, HORIZON_DAYS,
                                                           MAX_DEADLINES if full else BOARD_DEADLINES)
    cover = d.Cover(_(TITLE), as_of, options.prepared_by or ctx.actor, ctx.now(), _head(s),
                    label(options.confidentiality), names, scope.since)
    return d.Briefing(
        cover=cover,
        summary=summary,
        levels=levels,
        heat_maps=heat_maps,
        venture_bars=bars,
        venture_bars_total=bars_total,
        top_risks=_top_risks(s, scope, venture_ids, extra, moves),
        deadlines=deadlines,
        deadlines_total=deadlines_total,
        ventures=sections.ventures(s, _by_worst(tallies(s, scope), venture_ids) if full or names else [], scope),
        venture_count=len(venture_ids),
        measures=sections.measures(s, scope.measure_ids if full or names else [], scope),
        measure_count=len(scope.measure_ids),
        changes=sections.changes(s, scope.since, as_of, venture_ids if names else None),
        exposures=exposures,
        deadline_horizon_days=HORIZON_DAYS,
        key_messages=key_messages(s, scope, matrix, moves, screened, owned.messages),
        decisions=chosen,
        decisions_total=decisions_total,
        change_groups=change_groups(moves, MAX_DEADLINES if full else BOARD_CHANGES),
        full=full,
        dossier=bool(names) and not full,
        review_groups=reviews,
        review_groups_total=reviews_total,
        ownership=owned.section,
    )


def _head(s: Session) -> str:
    return audit.head_hash(s)


def _venture_bars(s: Session, counts: Tallies, levels: tuple[d.Level, ...]) -> tuple[tuple[d.VentureBar, ...], int]:
    rows = {vid: tuple(c.get(lv.key, 0) for lv in levels) for vid, c in counts.per_venture.items()}
    chosen = sorted(rows, key=lambda vid: (tuple(-n for n in rows[vid]), vid))[:TOP_BARS]
    names = dict(s.exec(select(JointVenture.id, JointVenture.name).where(col(JointVenture.id).in_(chosen))).all())
    return tuple(d.VentureBar(names[v], rows[v]) for v in chosen), len(rows)


def _movement(moves: Movements) -> dict[tuple[str, str], str]:
    return {(m.measure, m.venture): "new" if m.before is None else ("up" if m.up else "down")
            for m in moves.risk_moves}


def _top_risks(s: Session, scope: ReportScope, ids: list[int] | None, extra: list,
               moves: Movements) -> tuple[d.RiskRow, ...]:
    """The top risks with the measure's status on the as-of date (the clause's when the assessment
    names one), the first open action with its owner and due date, and the movement since."""
    found = analytics.top_risks(s, TOP_RISKS, venture_ids=ids, extra=extra)
    states = scope.view.states_of(s, {a.measure_id for a in found})
    marks = _movement(moves)
    rows = []
    for a in found:
        state = states.get(a.measure_id)
        status = label(state.status.label) if state is not None else _("archived")
        if state is not None and a.clause:
            status = next((label(c.status.label) for c in state.clauses if c.clause == a.clause), status)
        action = next((m for m in a.mitigation if m.status in _OPEN), None)
        rows.append(d.RiskRow(
            _("{reference} (clause {clause})", reference=a.measure_reference, clause=a.clause) if a.clause
            else a.measure_reference, a.measure_title, a.venture_name,
            separator().join(label(c.label) for c in a.channels), a.inherent_level, a.residual_level,
            label(a.treatment.label), a.owner,
            a.next_review_on, overdue=a.next_review_on < scope.as_of and a.status is not AssessmentStatus.CLOSED,
            measure_status=status, next_action=action.text if action else "",
            action_owner=(action.owner or a.owner) if action else "", action_due=action.due_on if action else None,
            movement=marks.get((a.measure_reference, a.venture_name), "")))
    return tuple(rows)
