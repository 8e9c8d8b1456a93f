"""The Excel risk workbook: read the register in one transaction, stream it into the renderer."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.entity import EXPORT_PARTNERS, VENTURE_BASE_COLUMNS, VERSION_COLUMN, Entity, partner_columns
from desktop_app.domain.enums import (
    ActionStatus,
    AssessmentStatus,
    MeasureStatus,
    MeasureType,
    Treatment,
    VentureStage,
    Vocabulary,
)
from desktop_app.domain.errors import NotFound, RegisterError
from desktop_app.domain.models import Assessment, AuditEntry, JointVenture, Measure, MitigationAction, Partner
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.text import join_list, normalize_key
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.persistence.assessment_repo import read_assessments
from desktop_app.persistence.db import STREAMING_CACHE_KIB, page_cache
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.persistence.measure_repo import read_measures
from desktop_app.persistence.venture_repo import read_ventures
from desktop_app.reports.workbook_document import (
    Column,
    ColumnKind,
    KeyFigure,
    LevelStyle,
    MatrixSheet,
    SummarySheet,
    TableSheet,
    WorkbookDocument,
)
from desktop_app.reports.xlsx.render import render_workbook
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.codecs import CODECS
from desktop_app.services.intake.codecs import ventures as venture_codec
from desktop_app.services.outputs import check_output, output_path
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.services.records.groups import load_index
from desktop_app.services.reports import (
    analytics,
    briefing_ownership,
    issued,
    workbook_ownership,
    workbook_screening,
    workbook_time,
)
from desktop_app.services.reports.decisions import decisions
from desktop_app.services.reports.key_messages import digest_screening, key_messages
from desktop_app.services.reports.movements import movements
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.scope import ReportScope, changes_since, key_figures, report_scope
from desktop_app.services.reports.workbook_language import localized
from desktop_app.system.message_language import msg
from desktop_app.system.report_language import _, label, report_language

log = logging.getLogger(__name__)
BATCH = 500
K = ColumnKind
_SCORE = (1, 5)
_SCORE_PROMPT = "1 (lowest) to 5 (highest)"
# Column kinds and drop-downs by import column name; unnamed columns are plain wrapped text.
_KINDS: dict[str, Column] = {
    c.name: c for c in (
        Column("title", K.TEXT, 40), Column("jurisdiction", K.TEXT, 18), Column("country", K.TEXT, 18),
        Column("measure_type", K.TEXT, 22, tuple(MeasureType.choices())),
        Column("items", K.LONG_TEXT, 30), Column("codes", K.CODE, 30), Column("targets", K.TEXT, 24),
        Column("excluded", K.TEXT, 18), Column("targets_note", K.LONG_TEXT, 24), Column("source_url", K.URL),
        Column("summary", K.LONG_TEXT), Column("notes", K.LONG_TEXT),
        Column("status_history", K.LONG_TEXT, 36),
        Column("stage", K.TEXT, 12, tuple(VentureStage.choices())),
        Column("inputs", K.LONG_TEXT, 30), Column("outputs", K.LONG_TEXT, 30),
        Column("technologies_in", K.LONG_TEXT, 30), Column("technologies_out", K.LONG_TEXT, 30),
        Column("value_at_stake", K.DECIMAL), Column("currency", K.CODE, 9),
        Column("likelihood", K.INTEGER, None, (), _SCORE, _SCORE_PROMPT),
        Column("impact", K.INTEGER, None, (), _SCORE, _SCORE_PROMPT),
        Column("residual_likelihood", K.INTEGER, None, (), _SCORE, _SCORE_PROMPT),
        Column("residual_impact", K.INTEGER, None, (), _SCORE, _SCORE_PROMPT),
        Column("treatment", K.TEXT, 12, tuple(Treatment.choices())), Column("rationale", K.LONG_TEXT),
        Column("mitigation", K.LONG_TEXT), Column("channels", K.TEXT, 26),
        Column("next_review_on", K.DATE), Column("assessed_on", K.DATE),
        Column("announced_on", K.DATE), Column("consultation_ends_on", K.DATE),
        Column("effective_on", K.DATE), Column("removed_on", K.DATE), Column("due_on", K.DATE),
        Column("inherent_level", K.LEVEL), Column("residual_level", K.LEVEL),
        Column("share", K.DECIMAL, 10), Column("at_utc", K.DATETIME), Column("entity_id", K.INTEGER),
        Column("id", K.INTEGER, 8), Column("changes", K.LONG_TEXT, 80), Column("version", K.INTEGER, 8),
    )
}


def _columns(names: Sequence[str], status: type[Vocabulary] | None = None) -> tuple[Column, ...]:
    """The sheet's columns by name; a `status` column offers the choices of `status`."""
    out = []
    for name in names:
        if name == "status" and status is not None:
            out.append(Column(name, K.TEXT, 13, tuple(status.choices())))
        elif name.startswith("partner_") and name.endswith(("_country", "_share")):
            country = name.endswith("country")
            out.append(Column(name, K.TEXT if country else K.DECIMAL, 14 if country else 10))
        else:
            base = _KINDS.get(name, Column(name))
            out.append(Column(name, base.kind, base.width, base.choices, base.whole, base.prompt))
    return tuple(out)


def _pages(s: Session, query: Any, key: Any, batch: int = BATCH) -> Iterator[list[Any]]:
    """Keyset pages of `query` ordered by the unique `key`, the session cleared between pages."""
    last = None
    while True:
        page_query = query if last is None else query.where(key > last)
        rows = list(s.exec(page_query.order_by(key).limit(batch)))
        if not rows:
            return
        # ORM pages continue after the last key; column pages carry their key first.
        last = rows[-1][0] if hasattr(rows[-1], "_mapping") else getattr(rows[-1], key.key)
        yield rows
        s.expunge_all()  # what was read is written out; keep the identity map small


def _scoped(query: Any, column: Any, venture_ids: list[int] | None) -> Any:
    return query if venture_ids is None else query.where(col(column).in_(venture_ids))


class _Assembler:
    """Builds the document's sheets over one open read transaction."""

    def __init__(self, s: Session, matrix: RiskMatrix, scope: ReportScope) -> None:
        self.s, self.matrix, self.scope, self.venture_ids = s, matrix, scope, scope.venture_ids
        self.places = load_index(s)  # jurisdictions are shown by name; the import reads names back

    def label(self, key: str) -> str:
        try:
            return self.matrix.level(key).label
        except KeyError:
            return key

    def count(self, query: Any) -> int:
        return int(self.s.exec(select(func.count()).select_from(query.subquery())).one())

    def measures(self) -> TableSheet:
        codec, spec = CODECS[Entity.MEASURE], Entity.MEASURE.record
        names = codec.columns_for([])
        view = self.scope.view
        # The measures issued on the as-of date (a later one is not named), with their status then.
        query = select(Measure).where(col(Measure.archived_at).is_(None), *view.measure_conditions())

        def rows() -> Iterator[tuple[object, ...]]:
            for page in _pages(self.s, query, col(Measure.reference_key)):
                for read in read_measures(self.s, page):
                    cells = codec.to_cells(read)
                    cells["jurisdiction"] = self.places.name(read.jurisdiction)
                    cells["targets"] = join_list(self.places.names(read.targets))
                    cells["excluded"] = join_list(self.places.names(read.excluded))
                    yield tuple(cells.get(n, "") for n in names)

        return TableSheet.titled(spec.title, _columns(names, MeasureStatus), rows(), self.count(query))

    def ventures(self) -> tuple[TableSheet, TableSheet]:
        codec, spec = CODECS[Entity.VENTURE], Entity.VENTURE.record
        live = _scoped(select(JointVenture).where(col(JointVenture.archived_at).is_(None)),
                       JointVenture.id, self.venture_ids)
        live_ids = select(live.subquery().c.id)
        per_venture = (select(func.count().label("n")).where(col(Partner.venture_id).in_(live_ids))
                       .group_by(Partner.venture_id).subquery())
        most = self.s.exec(select(func.max(per_venture.c.n))).one()
        names = VENTURE_BASE_COLUMNS + partner_columns(max(EXPORT_PARTNERS, int(most or 0))) + (VERSION_COLUMN,)

        def rows() -> Iterator[tuple[object, ...]]:
            for page in _pages(self.s, live, col(JointVenture.name_key)):
                for read in read_ventures(self.s, page):
                    cells = codec.to_cells(read)
                    cells["country"] = self.places.name(read.country)
                    cells.update(venture_codec.item_cells(read, self.places.name))  # supplier/destination names
                    for n, partner in enumerate(read.partners, start=1):
                        cells[f"partner_{n}_country"] = self.places.name(partner.country) if partner.country else ""
                    yield tuple(cells.get(n, "") for n in names)

        partner_query = (
            select(Partner.id, JointVenture.name, Partner.position, Partner.name, Partner.country,
                   Partner.share)
            .join(JointVenture, col(JointVenture.id) == Partner.venture_id)
            .where(col(JointVenture.id).in_(live_ids)))

        def partner_rows() -> Iterator[tuple[object, ...]]:
            for page in _pages(self.s, partner_query, col(Partner.id)):
                for _pid, venture, position, name, country, share in page:
                    yield venture, position + 1, name, self.places.local_name(country) if country else "", share

        partner_cols = (Column("venture", K.TEXT, 30), Column("position", K.INTEGER, 9),
                        Column("name", K.TEXT, 30), Column("country", K.TEXT, 18), Column("share", K.DECIMAL))
        return (TableSheet.titled(spec.title, _columns(names), rows(), self.count(live)),
                TableSheet.titled("Partners", partner_cols, partner_rows(), self.count(partner_query)))

    def assessments(self) -> TableSheet:
        codec, spec = CODECS[Entity.ASSESSMENT], Entity.ASSESSMENT.record
        names = (*codec.columns_for([]), *Entity.ASSESSMENT.record.computed)
        query = self.scope.joined(select(Assessment))

        def rows() -> Iterator[tuple[object, ...]]:
            for page in _pages(self.s, query, col(Assessment.id)):
                for read in read_assessments(self.s, page):
                    cells = codec.to_cells(read)
                    cells["inherent_level"] = self.label(read.inherent_level)
                    cells["residual_level"] = self.label(read.residual_level)
                    yield tuple(cells.get(n, "") for n in names)

        return TableSheet.titled(spec.title, _columns(names, AssessmentStatus), rows(), self.count(query))

    def mitigations(self) -> TableSheet:
        query = _scoped(
            select(MitigationAction.id, Measure.reference, JointVenture.name, MitigationAction.text,
                   MitigationAction.owner, MitigationAction.due_on, MitigationAction.status,
                   Assessment.residual_level)
            .join(Assessment, col(Assessment.id) == MitigationAction.assessment_id)
            .join(Measure, col(Measure.id) == Assessment.measure_id)
            .join(JointVenture, col(JointVenture.id) == Assessment.venture_id)
            .where(*self.scope.assessments()), Assessment.venture_id, None)

        def rows() -> Iterator[tuple[object, ...]]:
            for page in _pages(self.s, query, col(MitigationAction.id)):
                for _id, ref, venture, text, owner, due, status, level in page:
                    yield ref, venture, text, owner, due, _label(ActionStatus, status), label(self.label(level))

        names = ("measure_reference", "venture", "action", "owner", "due_on", "status", "residual_level")
        columns = _columns(names, ActionStatus)
        columns = (Column("measure_reference", K.TEXT, 30), Column("venture", K.TEXT, 30),
                   Column("action", K.LONG_TEXT), *columns[3:])
        return TableSheet.titled("Mitigations", columns, rows(), self.count(query))

    def changes(self, since: date, until: date) -> TableSheet:
        start = datetime.combine(since, time.min, UTC).isoformat(timespec="microseconds")
        end = datetime.combine(until + timedelta(days=1), time.min, UTC).isoformat(timespec="microseconds")
        query = select(AuditEntry).where(col(AuditEntry.at) >= start, col(AuditEntry.at) < end)

        def rows() -> Iterator[tuple[object, ...]]:
            for page in _pages(self.s, query, col(AuditEntry.id)):
                for e in page:
                    at = datetime.fromisoformat(e.at).astimezone(UTC)
                    changes = json.dumps(json.loads(e.changes), ensure_ascii=False, sort_keys=True)
                    yield e.id, at, e.actor, e.action, e.entity, e.entity_id, e.entity_label, changes

        names = ("id", "at_utc", "actor", "action", "entity", "entity_id", "record", "changes")
        return TableSheet.titled("Changes", _columns(names), rows(), self.count(query))


def _label(vocabulary: Any, value: str) -> str:
    try:
        return label(str(vocabulary(value).label))
    except ValueError:
        return value


def _venture_ids(s: Session, names: tuple[str, ...]) -> list[int] | None:
    if not names:
        return None
    found = dict(s.exec(select(JointVenture.name_key, JointVenture.id)).all())
    missing = [n for n in names if normalize_key(n) not in found]
    if missing:
        raise NotFound(msg("No joint venture named {names} in the register.",
                           names=", ".join(repr(m) for m in missing)))
    return [found[normalize_key(n)] for n in names]


def _figures(s: Session, a: _Assembler, tables: dict[str, TableSheet]) -> tuple[KeyFigure, ...]:
    scope = a.scope
    f = key_figures(s, scope, a.matrix, tables["Joint ventures"].expected_rows)
    day = scope.as_of.isoformat()
    return (
        KeyFigure(_("Measures in scope on {day}", day=day), f.measures),
        KeyFigure(_("Measures in force on {day}", day=day), f.by_status[DayStatus.IN_FORCE]),
        KeyFigure(_("Joint ventures"), f.ventures),
        KeyFigure(_("Assessments on {day}", day=day), f.assessments),
        KeyFigure(_("Joint ventures with a {levels} residual risk", levels=_(" or ").join(map(label, f.high_levels))),
                  f.ventures_high),
        KeyFigure(_("Reviews overdue on {day}", day=day), f.overdue_reviews),
        KeyFigure(_("Open mitigation actions"), f.open_actions),
        KeyFigure(_("Audit entries since {day}", day=scope.since.isoformat()), tables["Changes"].expected_rows),
    )


def _summary(ctx: ServiceContext, s: Session, a: _Assembler, options: ReportOptions,
             tables: dict[str, TableSheet], owned: Sequence[tuple[int, str, str]] = ()) -> SummarySheet:
    as_of, extra = a.scope.as_of, a.scope.view.assessment_conditions()
    by_level = analytics.count_by_level(s, venture_ids=a.venture_ids, extra=extra)
    scope = "; ".join(options.ventures)
    # The briefing's page 1, from the same functions: the two reports say the same things.
    moves = movements(s, a.scope.since, as_of, a.matrix, a.venture_ids)
    screened = digest_screening(s, a.scope)
    chosen, total = decisions(s, a.scope, screened)
    return SummarySheet(
        title=_("Export risk workbook, as of {day}", day=as_of.isoformat()), as_of=as_of,
        generated_at=ctx.now().astimezone(UTC), prepared_by=options.prepared_by or ctx.actor,
        confidentiality=label(options.confidentiality),
        scope=_("Joint ventures: {names}", names=scope) if scope else _("All joint ventures"),
        changes_since=a.scope.since, figures=_figures(s, a, tables),
        heat_map=tuple(tuple(r) for r in analytics.heat_map(s, venture_ids=a.venture_ids, extra=extra)),
        by_level=tuple((lv.key, by_level.get(lv.key, 0)) for lv in a.matrix.ordered()),
        head_hash=audit.head_hash(s),
        key_messages=tuple(m.text for m in key_messages(s, a.scope, a.matrix, moves, screened, owned)),
        decisions=tuple((x.text, x.owner, x.due_on) for x in chosen), decisions_total=total,
    )


def write_workbook(
    ctx: ServiceContext, target: Path, options: ReportOptions, progress: Progress | None = None
) -> Path:
    """Write the Excel risk workbook to `target` atomically: an earlier file there survives any
    failure or cancellation. The Measures, Joint ventures and Assessments sheets import back."""
    with report_language(options.lang):
        return _write_workbook(ctx, target, options, progress)


def _write_workbook(ctx: ServiceContext, target: Path, options: ReportOptions, progress: Progress | None) -> Path:
    progress = progress or NullProgress()
    as_of = options.as_of or ctx.today()
    since = changes_since(options.since, as_of)
    if since > as_of:
        raise RegisterError(msg("The changes date {since} is after the as-of date {as_of}; nothing was written.",
                                since=since, as_of=as_of))
    target = check_output(ctx, Path(target), what="the workbook")  # before any work
    check(progress, 0.0, "Reading the register and screening for exposures")
    with (ctx.db.session() as s, page_cache(s, STREAMING_CACHE_KIB),
          output_path(ctx, target, what="the workbook") as tmp):
        matrix = load_matrix(s)
        if options.since is None:  # like the briefing: since the last briefing issued, if any
            since = changes_since(issued.last_briefing(s, as_of), as_of)
        venture_ids = _venture_ids(s, options.ventures)
        scope = report_scope(s, as_of, ctx.today(), since, venture_ids, assessed_only=venture_ids is not None)
        a = _Assembler(s, matrix, scope)
        ventures, partners = a.ventures()
        exposures, tally = workbook_screening.exposures_sheet(s, a.venture_ids, scope)
        owned = briefing_ownership.digest(s, as_of, venture_ids)
        sheets = [a.measures(), workbook_time.statuses_sheet(s, scope), workbook_time.clauses_sheet(s, scope),
                  workbook_time.windows_sheet(s, scope),
                  ventures, partners, a.assessments(), a.mitigations(), exposures,
                  workbook_screening.lineage_sheet(s), workbook_time.events_sheet(s, scope, ctx.today()),
                  a.changes(since, as_of),
                  # After Changes: the sheets before keep their places (and their tables' ids).
                  workbook_ownership.ownership_sheet(owned.results, as_of), *workbook_ownership.record_sheets(s)]
        tables = {t.title: t for t in sheets}
        levels = tuple(LevelStyle(lv.key, lv.label, lv.colour, lv.rank, lv.review_days)
                       for lv in matrix.ordered())
        summary = _summary(ctx, s, a, options, tables, owned.messages)

        def finished_summary() -> SummarySheet:  # the Summary is written after every table
            return workbook_screening.with_unassessed(summary, tally.unassessed, tally.matches)

        doc = WorkbookDocument(finished_summary, levels, MatrixSheet(matrix.grid), [localized(t) for t in sheets],
                               _("Changes"))
        result = render_workbook(doc, tmp, lambda fraction, text: check(progress, fraction, text))
    for warning in result.warnings:
        log.warning("%s: %s", target, warning)
    return Path(target)
