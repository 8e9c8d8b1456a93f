"""Apply import rows a batch at a time: bulk reads of existing records, bulk writes, chained audit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlmodel import Session, col, select

from desktop_app.domain.assessment_schemas import AssessmentCreate, AssessmentRead, validate_assessment
from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.cells import cell_date, cell_int, cell_text
from desktop_app.domain.entity import VERSION_COLUMN, Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ArchivedRecord, RegisterError, ValidationFailed
from desktop_app.domain.fields import Issue, RecordMeta, Severity
from desktop_app.domain.measure_schemas import MeasureCreate, MeasureRead, validate_measure
from desktop_app.domain.models import Partner
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.text import normalize_key
from desktop_app.domain.time_schemas import (
    ClauseCreate,
    ClauseRead,
    WindowCreate,
    WindowRead,
    validate_clause,
    validate_window,
)
from desktop_app.domain.venture_schemas import JointVentureCreate, JointVentureRead, validate_venture
from desktop_app.persistence import assessment_repo, measure_repo, time_repo, venture_repo
from desktop_app.persistence.bulk_repo import Write, write_batch
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.persistence.queries import chunks
from desktop_app.persistence.record_state import written_state
from desktop_app.services.audit import AuditWriter
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake import partner_owners
from desktop_app.services.intake.codecs import Codec
from desktop_app.services.intake.import_lookup import Lookup
from desktop_app.services.intake.suggest import vocabulary_problem
from desktop_app.services.ownership.parties import partner_parties
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.records.common import snapshot
from desktop_app.services.records.registry import KINDS
from desktop_app.services.timeline import windows
from desktop_app.system.message_language import msg

CreateT = TypeVar("CreateT", bound=BaseModel)
ReadT = TypeVar("ReadT", bound=RecordMeta)


def cell_message(row: int, column: str, problem: object) -> str:
    """A row's problem in one cell, the column named: `row 3, column share: ...`."""
    return msg("row {row}, column {column}: {problem}", row=row, column=column, problem=problem)


def row_message(row: int, problem: object) -> str:
    """A problem of a whole row: `row 3: ...`."""
    return msg("row {row}: {problem}", row=row, problem=problem)


@dataclass
class RowOutcome:
    """What one file row does: `action` is create, update, unchanged, reject, conflict (an older
    version than the register's, not resolved) or kept (a conflict resolved for the register)."""

    row: int
    key: str
    action: str
    messages: list[str] = field(default_factory=list)
    # {field: [register's value, file's value]} of an update or a conflict (JSON-ready values)
    changes: dict[str, list[Any]] = field(default_factory=dict)
    file_version: int | None = None
    stored_version: int | None = None
    conflict: str = ""  # what the conflict is, for the report's list of conflicts


@dataclass(frozen=True)
class ConflictPolicy:
    """What to do with rows older than the stored record: refuse (default), overwrite all, or
    as chosen per row (`choices`: row number -> "overwrite" or "keep")."""

    overwrite_all: bool = False
    choices: dict[int, str] = field(default_factory=dict)

    def choice(self, row: int) -> str | None:
        return "overwrite" if self.overwrite_all else self.choices.get(row)


Prepared = tuple[dict[str, list[Any]], str, Write]  # (changes, audit label, write)


@dataclass(frozen=True)
class Adapter(Generic[CreateT, ReadT]):
    """What the batch loop needs to know about one entity, besides its codec and services."""

    children: dict[type, str]
    validate: Callable[[dict[str, Any], date], tuple[CreateT | None, list[Issue]]]
    existing_id: Callable[[Lookup, dict[str, object]], int | None]
    prepare: Callable[[ServiceContext, Lookup, CreateT, ReadT | None, RiskMatrix | None], Prepared]


def _write(values: dict[str, Any], children: Callable[[int], Any], before: RecordMeta | None) -> Write:
    return Write(values, children, before.id if before else None, before.version if before else None)


def _prepare_measure(ctx: ServiceContext, lk: Lookup, model: MeasureCreate, before: MeasureRead | None,
                     _m: RiskMatrix | None) -> Prepared:
    return (measures.measure_changes(before, model), model.reference,
            _write(measure_repo.main_values(model), lambda i: measure_repo.child_rows(i, model), before))


def _prepare_venture(ctx: ServiceContext, lk: Lookup, model: JointVentureCreate,
                     before: JointVentureRead | None, _m: RiskMatrix | None) -> Prepared:
    return (ventures.venture_changes(before, model), model.name,
            _write(venture_repo.main_values(model), lambda i: venture_repo.child_rows(i, model), before))


_NOTHING: tuple[Any, ...] = (None, "", [])


def created_assessment_changes(model: AssessmentCreate, scored: assessment_repo.Scored) -> dict[str, list[Any]]:
    """`assessments.assessment_changes(None, model, scored)` for a new record, without walking
    the values again: the snapshot is already JSON-ready, and with nothing before, every
    non-empty value is a change (a test checks both give the same audit text)."""
    proposed = snapshot(model) | {
        "residual_likelihood": scored.residual_likelihood, "residual_impact": scored.residual_impact,
        "assessor": scored.assessor, "assessed_on": assessments.iso(scored.assessed_on),
        "next_review_on": scored.next_review_on.isoformat(),
        "inherent_level": scored.inherent_level, "residual_level": scored.residual_level,
    }
    # Truthy values are never empty; only falsy ones (0, False, None, '', []) need the test.
    return {key: [None, value] for key, value in proposed.items() if value or value not in _NOTHING}


def _prepare_assessment(ctx: ServiceContext, lk: Lookup, model: AssessmentCreate,
                        before: AssessmentRead | None, matrix: RiskMatrix | None) -> Prepared:
    if model.measure_id in lk.archived_measures or model.venture_id in lk.archived_ventures:
        raise ArchivedRecord(msg("the measure or joint venture is archived; restore it before assessing"))
    if model.clause.strip() and model.clause.strip().casefold() not in lk.clauses.get(model.measure_id, set()):
        raise RegisterError(msg("column clause: {reference} has no clause {clause!r}",
                                reference=lk.references[model.measure_id], clause=model.clause.strip()))
    assert matrix is not None
    scored = assessments.score(ctx, model, matrix, date_today=False)
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


def _clause_id(lk: Lookup, cells: dict[str, object]) -> int | None:
    mid = lk.measure_id(cell_text(cells.get("measure_reference")))
    return lk.clause_ids.get((mid, normalize_key(cell_text(cells.get("clause"))))) if mid else None


def _window_id(lk: Lookup, cells: dict[str, object]) -> int | None:
    mid = lk.measure_id(cell_text(cells.get("measure_reference")))
    by = cell_text(cells.get("suspended_by")).strip()
    try:
        start = cell_date(cells.get("starts_on"))
    except ValueError:
        return None  # the row's own check reports the date
    key = (mid, cell_text(cells.get("clause")).strip().casefold(), lk.measure_id(by) if by else None, start)
    return lk.window_ids.get(key) if mid else None


def _time_changes(before: RecordMeta | None, model: ClauseCreate | WindowCreate) -> dict[str, list[Any]]:
    changes = field_changes(snapshot(before) if before else None, snapshot(model))
    for derived in ("measure_reference", "suspension_reference"):
        changes.pop(derived, None)
    return changes


def _prepare_clause(ctx: ServiceContext, lk: Lookup, model: ClauseCreate, before: ClauseRead | None,
                    _m: RiskMatrix | None) -> Prepared:
    if model.measure_id in lk.archived_measures:
        raise ArchivedRecord(msg("the measure is archived; restore it before changing its clauses"))
    return (_time_changes(before, model), f"{lk.references[model.measure_id]} clause {model.label}",
            _write(time_repo.clause_values(model), lambda i: time_repo.clause_children(i, model), before))


def _prepare_window(ctx: ServiceContext, lk: Lookup, model: WindowCreate, before: WindowRead | None,
                    _m: RiskMatrix | None) -> Prepared:
    fact = windows.check_window_in(lk.session, model, before.id if before else None, lk.pending_windows)
    lk.pending_windows.append(fact)
    return (_time_changes(before, model), windows.window_label(model, lk.references),
            _write(time_repo.window_values(model), lambda i: time_repo.window_children(i, model), before))


ADAPTERS: dict[Entity, Adapter[Any, Any]] = {
    Entity.MEASURE: Adapter(measure_repo.CHILDREN, validate_measure,
                            lambda lk, c: lk.measure_id(cell_text(c.get("reference"))), _prepare_measure),
    Entity.VENTURE: Adapter(venture_repo.CHILDREN, lambda d, _t: validate_venture(d),
                            lambda lk, c: lk.venture_id(cell_text(c.get("name"))), _prepare_venture),
    Entity.MEASURE_CLAUSE: Adapter(time_repo.CLAUSE_CHILDREN, validate_clause, _clause_id, _prepare_clause),
    Entity.SUSPENSION_WINDOW: Adapter(time_repo.WINDOW_CHILDREN, validate_window, _window_id, _prepare_window),
    Entity.ASSESSMENT: Adapter(assessment_repo.CHILDREN, validate_assessment, _pair_id, _prepare_assessment),
}


class BatchApplier:
    """Validates and writes rows batch by batch inside one import transaction."""

    def __init__(self, s: Session, ctx: ServiceContext, codec: Codec[Any], write: bool,
                 policy: ConflictPolicy | None = None, *, skip_archived: bool = False) -> None:
        self.s, self.ctx, self.codec, self.write = s, ctx, codec, write
        self.policy, self.skip_archived = policy or ConflictPolicy(), skip_archived
        self.adapter = ADAPTERS[codec.entity]
        self.kind = KINDS[codec.entity]
        assessing = codec.entity is Entity.ASSESSMENT
        self.lookup = Lookup(s, ctx.today(), with_pairs=assessing)
        self.matrix = load_matrix(s) if assessing else None
        self.auditor = AuditWriter(s, ctx)
        self.owners: dict[int, partner_owners.RowOwners] = {}  # row -> partners' owners it sets

    def apply(self, batch: Sequence[tuple[int, dict[str, object]]]) -> list[RowOutcome]:
        """Check every row of `batch`; write the good ones unless writing is off."""
        self.owners.clear()
        table = self.kind.table
        ids = [self.adapter.existing_id(self.lookup, cells) for _, cells in batch]
        known = sorted({i for i in ids if i is not None})
        rows = [r for chunk in chunks(known)
                for r in self.s.exec(select(table).where(col(table.id).in_(chunk)))]
        befores = {r.id: r for r in self.kind.read(self.s, rows)}
        outcomes, pending = [], []
        for (number, cells), record_id in zip(batch, ids, strict=True):
            # An empty key part (a window on the whole measure has no clause) is left out of the label.
            label = " x ".join(t for t in (cell_text(cells.get(c)) for c in self.codec.key_columns) if t.strip())
            outcome = RowOutcome(number, label, "reject")
            outcomes.append(outcome)
            try:
                prepared = self._row(outcome, cells, befores.get(record_id))
            except ValidationFailed as exc:  # a rule that reads the register (suspension windows)
                outcome.messages += [cell_message(number, self.codec.column_for(i.field), i.message)
                                     for i in exc.issues if i.severity is Severity.ERROR]
                continue
            except ArchivedRecord as exc:
                if self.skip_archived:  # a pack's clause or window of a measure archived here
                    outcome.action = "kept"
                    outcome.messages.append(msg("row {row}: {problem}; left as it is", row=number, problem=exc))
                else:
                    outcome.messages.append(row_message(number, exc))
                continue
            except RegisterError as exc:
                outcome.messages.append(row_message(number, exc))
                continue
            if prepared is not None:
                pending.append((outcome, prepared))
        if self.write and pending:
            written = write_batch(self.s, table, self.adapter.children, [p[2] for _, p in pending],
                                  self.ctx.now())
            entity = self.kind.entity
            partners: list[tuple[str, str | None]] = []
            for (outcome, (changes, label, write)), record_id in zip(pending, written, strict=True):
                action = AuditAction.UPDATE if outcome.action == "update" else AuditAction.CREATE
                # The state as written, not read back: a tenth of a large import's time otherwise.
                children = write.children(record_id)
                state = written_state(entity, record_id, write.values, children)
                self.auditor.add(action, entity, record_id, label, changes, state)
                partners += [(str(p["name"]), str(p["country"] or "")) for p in children.get(Partner, ())]
            partner_parties(self.s, self.ctx, partners, self.auditor)  # imported partners are parties too
            self.auditor.flush()
            self.s.expire_all()  # Core writes bypassed the identity map
        if self.write and self.owners:
            self._set_owners(outcomes)
        return outcomes

    def _set_owners(self, outcomes: list[RowOutcome]) -> None:
        """Partners' owners from `partner_N_owners` cells, once the batch's ventures are written; a
        refused owner (a circle) rejects its row, and so the whole import."""
        for outcome in outcomes:
            owners = self.owners.pop(outcome.row, None)
            if owners and outcome.action not in ("reject", "conflict", "kept"):
                problems = partner_owners.apply_row_owners(self.s, self.ctx, outcome.row, owners)
                if problems:
                    outcome.action = "reject"
                    outcome.messages += problems
        self.owners.clear()
        self.auditor = AuditWriter(self.s, self.ctx)  # the owners' entries moved the chain's head

    def _row(self, outcome: RowOutcome, cells: dict[str, object], before: RecordMeta | None) -> Prepared | None:
        if before is not None and before.archived:
            if self.skip_archived:  # an update pack leaves what this register archived alone
                outcome.action = "kept"
                outcome.messages.append(msg("row {row}: archived in this register; left as it is", row=outcome.row))
                return None
            raise ArchivedRecord(msg("the existing record is archived; restore it first"))
        problems = self._cell_problems(outcome.row, cells)
        outcome.messages += problems
        existing = {k: v for k, v in before.to_update().items() if k != "version"} if before else None
        self.lookup.warnings = []
        data, cell_errors = self.codec.from_cells(cells, existing, self.lookup)
        if self.codec.entity is Entity.VENTURE:
            owners, owner_errors = partner_owners.row_owners(cells, data, self.lookup.jurisdictions.country)
            cell_errors += owner_errors
            self.owners[outcome.row] = owners
        for column, message in [*cell_errors, *self.lookup.warnings]:
            outcome.messages.append(cell_message(outcome.row, column, message))
        if cell_errors or problems:
            return None
        model, issues = self.adapter.validate(data, self.ctx.today())
        for issue in issues:
            outcome.messages.append(cell_message(outcome.row, self.codec.column_for(issue.field), issue.message))
        if model is None or any(i.severity is Severity.ERROR for i in issues):
            return None
        prepared = self.adapter.prepare(self.ctx, self.lookup, model, before, self.matrix)
        outcome.action = ("update" if prepared[0] else "unchanged") if before else "create"
        if before is not None:
            outcome.changes = prepared[0]
            outcome.stored_version = before.version
            if outcome.action == "update" and self._stale(outcome, cells, before):
                return prepared if outcome.action == "update" else None
        return prepared if outcome.action != "unchanged" else None

    def _cell_problems(self, row: int, cells: dict[str, object]) -> list[str]:
        """Unknown vocabulary values (with "did you mean") and a version that is not a number."""
        out = []
        for column, vocabulary, many in self.codec.vocabularies:
            if column in cells:
                problem = vocabulary_problem(vocabulary, cell_text(cells[column]), many=many)
                if problem:
                    out.append(cell_message(row, column, problem))
        if cell_text(cells.get(VERSION_COLUMN)).strip():
            try:
                cell_int(cells[VERSION_COLUMN])
            except ValueError as exc:
                out.append(cell_message(row, VERSION_COLUMN, exc))
        return out

    def _stale(self, outcome: RowOutcome, cells: dict[str, object], before: RecordMeta) -> bool:
        """True when the row carries an older version than the stored record: the row becomes a
        conflict, kept for the register, or an overwrite, as the policy says."""
        text = cell_text(cells.get(VERSION_COLUMN)).strip()
        if not text:
            return False  # a hand-made file: it updates as it always did (the preview lists the changes)
        outcome.file_version = cell_int(text)
        if outcome.file_version is None or outcome.file_version >= before.version:
            return False
        choice = self.policy.choice(outcome.row)
        facts = {"row": outcome.row, "file": outcome.file_version, "key": outcome.key, "register": before.version}
        if choice == "overwrite":
            outcome.messages.append(msg(
                "row {row}: the file has version {file} of {key!r}, the register version {register} (changed "
                "after the file was exported); overwritten as chosen", **facts))
        elif choice == "keep":
            outcome.action = "kept"
            outcome.messages.append(msg(
                "row {row}: the file has version {file} of {key!r}, the register version {register} (changed "
                "after the file was exported); the register's version kept as chosen", **facts))
        else:
            outcome.action = "conflict"
            outcome.conflict = msg(
                "row {row}: the file has version {file} of {key!r}, the register version {register} (changed "
                "after the file was exported); fields that differ: {fields}. Choose per row, or pass "
                "--overwrite-newer to overwrite", fields=", ".join(outcome.changes), **facts)
        return True
