"""Apply import rows a batch at a time: bulk reads of existing records, bulk writes, chained audit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session, col, select

from desktop_app.domain.assessment_schemas import validate_assessment
from desktop_app.domain.cells import cell_text
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ArchivedRecord, RegisterError
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.measure_schemas import validate_measure
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.text import normalize_key
from desktop_app.domain.venture_schemas import validate_venture
from desktop_app.persistence import assessment_repo, measure_repo, venture_repo
from desktop_app.persistence.bulk_repo import Write, write_batch
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.persistence.queries import chunks
from desktop_app.persistence.record_state import written_state
from desktop_app.services.audit import AuditWriter
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.codecs import Codec
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.records.common import snapshot


@dataclass
class RowOutcome:
    row: int
    key: str
    action: str  # create | update | unchanged | reject
    messages: list[str] = field(default_factory=list)


class Lookup:
    """Keys, labels and archive flags of the register, read once per import transaction."""

    def __init__(self, s: Session, today: date, with_pairs: bool = False) -> None:
        self._today = today
        self.measures: dict[str, int] = {}
        self.references: dict[int, str] = {}
        self.archived_measures: set[int] = set()
        for mid, key, ref, archived in s.exec(
                select(Measure.id, Measure.reference_key, Measure.reference, Measure.archived_at)):
            self.measures[key], self.references[mid] = mid, ref
            if archived is not None:
                self.archived_measures.add(mid)
        self.ventures: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.archived_ventures: set[int] = set()
        for vid, key, name, archived in s.exec(
                select(JointVenture.id, JointVenture.name_key, JointVenture.name, JointVenture.archived_at)):
            self.ventures[key], self.names[vid] = vid, name
            if archived is not None:
                self.archived_ventures.add(vid)
        self._measure_of: dict[str, int | None] = {}
        self._venture_of: dict[str, int | None] = {}
        pairs = select(Assessment.id, Assessment.measure_id, Assessment.venture_id)
        self.pairs: dict[tuple[int, int], int] = (
            {(m, v): a for a, m, v in s.exec(pairs)} if with_pairs else {}
        )

    def measure_id(self, reference: str) -> int | None:
        # Memoised by the cell's text: an assessment file names each measure many times.
        try:
            return self._measure_of[reference]
        except KeyError:
            found = self._measure_of[reference] = self.measures.get(normalize_key(reference))
            return found

    def venture_id(self, name: str) -> int | None:
        try:
            return self._venture_of[name]
        except KeyError:
            found = self._venture_of[name] = self.ventures.get(normalize_key(name))
            return found

    def today(self) -> date:
        return self._today


Prepared = tuple[dict[str, list[Any]], str, Write]  # (changes, audit label, write)


@dataclass(frozen=True)
class Adapter:
    """What the batch loop needs to know about one entity."""

    kind: Any  # records.EntityKind
    children: dict[type, str]
    validate: Callable[[dict[str, Any], date], tuple[BaseModel | None, list[Issue]]]
    existing_id: Callable[[Lookup, dict[str, object]], int | None]
    prepare: Callable[[ServiceContext, Lookup, Any, Any, RiskMatrix | None], Prepared]


def _write(values: dict[str, Any], children: Callable[[int], Any], before: Any) -> Write:
    return Write(values, children, before.id if before else None, before.version if before else None)


def _prepare_measure(ctx: ServiceContext, lk: Lookup, model: Any, before: Any, _m: Any) -> Prepared:
    return (measures.measure_changes(before, model), model.reference,
            _write(measure_repo.main_values(model), lambda i: measure_repo.child_rows(i, model), before))


def _prepare_venture(ctx: ServiceContext, lk: Lookup, model: Any, before: Any, _m: Any) -> Prepared:
    return (ventures.venture_changes(before, model), model.name,
            _write(venture_repo.main_values(model), lambda i: venture_repo.child_rows(i, model), before))


_NOTHING: tuple[Any, ...] = (None, "", [])


def created_assessment_changes(model: Any, scored: assessment_repo.Scored) -> dict[str, list[Any]]:
    """`assessments.assessment_changes(None, model, scored)` for a new record, without walking
    the values again: the snapshot is already JSON-ready, and with nothing before, every
    non-empty value is a change (a test checks both give the same audit text)."""
    proposed = snapshot(model) | {
        "residual_likelihood": scored.residual_likelihood, "residual_impact": scored.residual_impact,
        "assessor": scored.assessor, "assessed_on": scored.assessed_on.isoformat(),
        "next_review_on": scored.next_review_on.isoformat(),
        "inherent_level": scored.inherent_level, "residual_level": scored.residual_level,
    }
    # Truthy values are never empty; only falsy ones (0, False, None, '', []) need the test.
    return {key: [None, value] for key, value in proposed.items() if value or value not in _NOTHING}


def _prepare_assessment(ctx: ServiceContext, lk: Lookup, model: Any, before: Any,
                        matrix: RiskMatrix | None) -> Prepared:
    if model.measure_id in lk.archived_measures or model.venture_id in lk.archived_ventures:
        raise ArchivedRecord("the measure or joint venture is archived; restore it before assessing")
    assert matrix is not None
    scored = assessments.score(ctx, model, matrix)
    label = f"{lk.references[model.measure_id]} x {lk.names[model.venture_id]}"
    changes = (assessments.assessment_changes(before, model, scored) if before is not None
               else created_assessment_changes(model, scored))
    return (changes, label,
            _write(assessment_repo.main_values(model, scored),
                   lambda i: assessment_repo.child_rows(i, model), before))


def _pair_id(lk: Lookup, cells: dict[str, object]) -> int | None:
    mid = lk.measure_id(cell_text(cells.get("measure_reference")))
    vid = lk.venture_id(cell_text(cells.get("venture")))
    return lk.pairs.get((mid, vid)) if mid and vid else None


ADAPTERS: dict[str, Adapter] = {
    "measures": Adapter(measures.KIND, measure_repo.CHILDREN, validate_measure,
                        lambda lk, c: lk.measure_id(cell_text(c.get("reference"))), _prepare_measure),
    "ventures": Adapter(ventures.KIND, venture_repo.CHILDREN, lambda d, _t: validate_venture(d),
                        lambda lk, c: lk.venture_id(cell_text(c.get("name"))), _prepare_venture),
    "assessments": Adapter(assessments.KIND, assessment_repo.CHILDREN, validate_assessment, _pair_id,
                           _prepare_assessment),
}


class BatchApplier:
    """Validates and writes rows batch by batch inside one import transaction."""

    def __init__(self, s: Session, ctx: ServiceContext, codec: Codec, write: bool) -> None:
        self.s, self.ctx, self.codec, self.write = s, ctx, codec, write
        self.adapter = ADAPTERS[codec.entity]
        self.lookup = Lookup(s, ctx.today(), with_pairs=codec.entity == "assessments")
        self.matrix = load_matrix(s) if codec.entity == "assessments" else None
        self.auditor = AuditWriter(s, ctx)

    def apply(self, batch: Sequence[tuple[int, dict[str, object]]]) -> list[RowOutcome]:
        """Check every row of `batch`; write the good ones unless writing is off."""
        table = self.adapter.kind.table
        ids = [self.adapter.existing_id(self.lookup, cells) for _, cells in batch]
        known = sorted({i for i in ids if i is not None})
        rows = [r for chunk in chunks(known)
                for r in self.s.exec(select(table).where(col(table.id).in_(chunk)))]
        befores = {r.id: r for r in self.adapter.kind.read(self.s, rows)}
        outcomes, pending = [], []
        for (number, cells), record_id in zip(batch, ids, strict=True):
            label = " x ".join(cell_text(cells.get(c)) for c in self.codec.key_columns)
            outcome = RowOutcome(number, label, "reject")
            outcomes.append(outcome)
            try:
                prepared = self._row(outcome, cells, befores.get(record_id))
            except RegisterError as exc:
                outcome.messages.append(f"row {number}: {exc}")
                continue
            if prepared is not None:
                pending.append((outcome, prepared))
        if self.write and pending:
            written = write_batch(self.s, table, self.adapter.children, [p[2] for _, p in pending],
                                  self.ctx.now())
            entity = self.adapter.kind.name
            for (outcome, (changes, label, write)), record_id in zip(pending, written, strict=True):
                action = AuditAction.UPDATE if outcome.action == "update" else AuditAction.CREATE
                # The state as written, not read back: a tenth of a large import's time otherwise.
                state = written_state(entity, record_id, write.values, write.children(record_id))
                self.auditor.add(action, entity, record_id, label, changes, state)
            self.auditor.flush()
            self.s.expire_all()  # Core writes bypassed the identity map
        return outcomes

    def _row(self, outcome: RowOutcome, cells: dict[str, object], before: Any) -> Prepared | None:
        if before is not None and before.archived:
            raise ArchivedRecord("the existing record is archived; restore it first")
        existing = {k: v for k, v in before.to_update().items() if k != "version"} if before else None
        data, cell_errors = self.codec.from_cells(cells, existing, self.lookup)
        for column, message in cell_errors:
            outcome.messages.append(f"row {outcome.row}, column {column}: {message}")
        if cell_errors:
            return None
        model, issues = self.adapter.validate(data, self.ctx.today())
        for issue in issues:
            outcome.messages.append(
                f"row {outcome.row}, column {self.codec.column_for(issue.field)}: {issue.message}")
        if model is None or any(i.severity is Severity.ERROR for i in issues):
            return None
        prepared = self.adapter.prepare(self.ctx, self.lookup, model, before, self.matrix)
        outcome.action = ("update" if prepared[0] else "unchanged") if before else "create"
        return prepared if outcome.action != "unchanged" else None
