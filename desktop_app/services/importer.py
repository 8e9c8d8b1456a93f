"""Import measures, ventures or assessments from CSV/XLSX: all or nothing, audited, dry-runnable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session, select

from desktop_app.domain.assessment_schemas import validate_assessment
from desktop_app.domain.cells import cell_text
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ImportRejected, RegisterError
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.measure_schemas import validate_measure
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.text import normalize_key
from desktop_app.domain.venture_schemas import validate_venture
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.services import assessments, audit, measures, ventures
from desktop_app.services.codecs import CODECS, Codec
from desktop_app.services.context import ServiceContext
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.services.tabular import Table, read_table

ENTITIES = tuple(CODECS)
BATCH = 500


@dataclass
class RowOutcome:
    row: int
    key: str
    action: str  # create | update | unchanged | reject
    messages: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    entity: str
    file: str
    sha256: str
    sheet: str | None
    dry_run: bool
    outcomes: list[RowOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        return (f"{self.file}: {self.count('create')} {verb} created, {self.count('update')} updated, "
                f"{self.count('unchanged')} unchanged, {self.count('reject')} rejected")


class _Lookup:
    """Key -> id maps for the import's transaction, filled once."""

    def __init__(self, s: Session, today: date) -> None:
        self._today = today
        self.measures = {k: i for i, k in s.exec(select(Measure.id, Measure.reference_key))}
        self.ventures = {k: i for i, k in s.exec(select(JointVenture.id, JointVenture.name_key))}

    def measure_id(self, reference: str) -> int | None:
        return self.measures.get(normalize_key(reference))

    def venture_id(self, name: str) -> int | None:
        return self.ventures.get(normalize_key(name))

    def today(self) -> date:
        return self._today


@dataclass(frozen=True)
class _Entity:
    kind: Any  # records.EntityKind
    validate: Callable[[dict[str, Any], date], tuple[BaseModel | None, list[Issue]]]
    existing: Callable[[Session, _Lookup, dict[str, Any]], Any]
    save: Callable[..., tuple[Any, bool]]


def _measure_row(s: Session, lk: _Lookup, data: dict[str, Any]) -> Measure | None:
    mid = lk.measure_id(str(data.get("reference", "")))
    return s.get(Measure, mid) if mid else None


def _venture_row(s: Session, lk: _Lookup, data: dict[str, Any]) -> JointVenture | None:
    vid = lk.venture_id(str(data.get("name", "")))
    return s.get(JointVenture, vid) if vid else None


def _assessment_row(s: Session, lk: _Lookup, data: dict[str, Any]) -> Assessment | None:
    return s.exec(select(Assessment).where(
        Assessment.measure_id == data.get("measure_id"), Assessment.venture_id == data.get("venture_id")
    )).first()


_ENTITIES: dict[str, _Entity] = {
    "measures": _Entity(measures.KIND, validate_measure, _measure_row, measures.save_measure_in),
    "ventures": _Entity(ventures.KIND, lambda d, _t: validate_venture(d), _venture_row,
                        ventures.save_venture_in),
    "assessments": _Entity(assessments.KIND, validate_assessment, _assessment_row,
                           assessments.save_assessment_in),
}


class _DryRunDone(Exception):
    """Raised to roll back a dry run's transaction."""


@retrying_write
def run_import(
    ctx: ServiceContext, path: Path, entity: str, *, dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import `path` as `entity`; on any row error nothing is written and ImportRejected lists them."""
    if entity not in CODECS:
        raise RegisterError(f"Unknown import entity {entity!r}; use one of {', '.join(ENTITIES)}.")
    progress = progress or NullProgress()
    codec = CODECS[entity]
    table = read_table(path, entity)
    report = ImportReport(entity, table.name, table.sha256, table.sheet, dry_run)
    _check_columns(table, codec, report)
    try:
        with ctx.db.session(write=True) as s:
            _apply_rows(s, ctx, table, codec, _ENTITIES[entity], report, progress)
            if report.errors and not dry_run:
                raise ImportRejected(
                    f"{table.name}: {len(report.errors)} error(s); nothing was imported.", report.errors
                )
            if dry_run:
                raise _DryRunDone
            if report.count("create") or report.count("update"):
                audit.record(s, ctx, AuditAction.IMPORT, "import", None, table.name, {
                    "file": [None, table.name], "sha256": [None, table.sha256], "entity": [None, entity],
                    "created": [None, report.count("create")], "updated": [None, report.count("update")],
                    "unchanged": [None, report.count("unchanged")],
                })
    except _DryRunDone:
        pass
    return report


def _check_columns(table: Table, codec: Codec, report: ImportReport) -> None:
    missing = sorted(codec.required - set(table.columns))
    if missing:
        raise ImportRejected(
            f"{table.name}: missing required column(s) {', '.join(missing)}; nothing was imported. "
            f"Expected columns: {', '.join(codec.columns)}."
        )
    known = set(codec.columns)
    for column in table.columns:
        if column and column not in known and not column.startswith("partner_"):
            report.warnings.append(f"column {column!r} is not an import column and was ignored")
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        key = codec.key_of(cells)
        if key.strip("\x1f") and key in seen:
            report.errors.append(f"row {number}: duplicate key {key.replace(chr(31), ' x ')!r} "
                                 f"(also on row {seen[key]})")
        seen.setdefault(key, number)


def _apply_rows(
    s: Session, ctx: ServiceContext, table: Table, codec: Codec, ent: _Entity, report: ImportReport,
    progress: Progress,
) -> None:
    lookup = _Lookup(s, ctx.today())
    matrix = load_matrix(s) if codec.entity == "assessments" else None
    total = max(len(table.rows), 1)
    for index, (number, cells) in enumerate(table.rows):
        if index % BATCH == 0:
            check(progress, index / total, f"Row {index:,} of {total:,}")
        label = " x ".join(cell_text(cells.get(c)) for c in codec.key_columns)
        outcome = RowOutcome(number, label, "reject")
        report.outcomes.append(outcome)
        try:
            _apply_row(s, ctx, cells, codec, ent, lookup, matrix, outcome)
        except RegisterError as exc:
            outcome.messages.append(f"row {number}: {exc}")
        report.errors.extend(m for m in outcome.messages if outcome.action == "reject")
        report.warnings.extend(m for m in outcome.messages if outcome.action != "reject")
    check(progress, 1.0, f"{total:,} rows checked")


def _apply_row(
    s: Session, ctx: ServiceContext, cells: dict[str, object], codec: Codec, ent: _Entity,
    lookup: _Lookup, matrix: Any, outcome: RowOutcome,
) -> None:
    probe, cell_errors = codec.from_cells(cells, None, lookup)
    row = ent.existing(s, lookup, probe)
    before = ent.kind.read(s, [row])[0] if row is not None else None
    if before is not None and before.archived:
        outcome.messages.append(f"row {outcome.row}: the existing record is archived; restore it first")
        return
    existing = {k: v for k, v in before.to_update().items() if k != "version"} if before else None
    data, cell_errors = codec.from_cells(cells, existing, lookup) if before else (probe, cell_errors)
    for column, message in cell_errors:
        outcome.messages.append(f"row {outcome.row}, column {column}: {message}")
    if cell_errors:
        return
    model, issues = ent.validate(data, ctx.today())
    errors = [i for i in issues if i.severity is Severity.ERROR]
    for issue in issues:
        col_name = codec.column_for(issue.field)
        outcome.messages.append(f"row {outcome.row}, column {col_name}: {issue.message}")
    if model is None or errors:
        return
    extra = {"matrix": matrix} if matrix is not None else {}
    _, changed = ent.save(s, ctx, row, model, before, **extra)
    outcome.action = ("update" if changed else "unchanged") if before else "create"
