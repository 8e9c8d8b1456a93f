"""Clauses of a measure: create, update (a new label carries its windows and assessments), archive."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ArchivedRecord, DuplicateKey, NotFound
from desktop_app.domain.models import Assessment, Measure
from desktop_app.domain.models.timeline import MeasureClause, SuspensionWindow
from desktop_app.domain.time_schemas import ClauseCreate, ClauseRead, validate_clause
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.time_repo import find_clause, read_clauses, write_clause
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.common import EntityKind, as_dict, require_valid, snapshot
from desktop_app.system.message_language import msg

KIND: EntityKind[MeasureClause, ClauseRead] = EntityKind(
    Entity.MEASURE_CLAUSE, lambda r: f"clause {r.label}", read_clauses)


def clause_label(c: ClauseRead | ClauseCreate, reference: str = "") -> str:
    return f"{getattr(c, 'measure_reference', '') or reference} clause {c.label}"


def save_clause_in(s: Session, ctx: ServiceContext, row: MeasureClause | None, model: ClauseCreate,
                   before: ClauseRead | None) -> tuple[ClauseRead, bool]:
    """Write inside an open transaction (also used by import); returns (record, changed)."""
    measure = s.get(Measure, model.measure_id)
    if measure is None:
        raise NotFound(msg("No measure with id {id}.", id=model.measure_id))
    if measure.archived_at is not None:
        raise ArchivedRecord(msg("{reference} is archived; restore it before changing its clauses.",
                                 reference=measure.reference))
    clash = find_clause(s, model.measure_id, model.label)
    if clash is not None and (row is None or clash.id != row.id):
        raise DuplicateKey(msg("{reference} already has a clause {clause!r}.", reference=measure.reference,
                               clause=model.label))
    changes = field_changes(snapshot(before) if before else None, snapshot(model))
    changes.pop("measure_reference", None)
    if before is not None and not changes:
        return before, False
    if before is not None and before.label != model.label.strip():
        # The clause keeps its windows and the assessments that name it under its new label.
        for table in (SuspensionWindow, Assessment):
            s.connection().execute(update(table).where(  # type: ignore[arg-type]
                table.measure_id == model.measure_id, table.clause == before.label).values(clause=model.label.strip()))
    row = write_clause(s, row, model, ctx.now())
    after = read_clauses(s, [row])[0]
    audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, Entity.MEASURE_CLAUSE, row.id,
                 clause_label(after), changes)
    return after, True


def _model(data: ClauseCreate | Mapping[str, Any]) -> ClauseCreate:
    model, issues = validate_clause(as_dict(data))
    return require_valid(model, issues, "clause")  # type: ignore[return-value]


@retrying_write
def create_clause(ctx: ServiceContext, data: ClauseCreate | Mapping[str, Any]) -> ClauseRead:
    model = _model(data)
    with ctx.db.session(write=True) as s:
        return save_clause_in(s, ctx, None, model, None)[0]


@retrying_write
def update_clause(ctx: ServiceContext, clause_id: int, data: Mapping[str, Any]) -> ClauseRead:
    raw = dict(data)
    version = int(raw.pop("version"))
    model = _model(raw)
    with ctx.db.session(write=True) as s:
        row, before = KIND.editable_row(s, clause_id, version)
        return save_clause_in(s, ctx, row, model, before)[0]


def archive_clause(ctx: ServiceContext, clause_id: int, version: int | None = None) -> ClauseRead:
    return KIND.set_archived(ctx, clause_id, version, archive=True)


def list_clauses(ctx: ServiceContext, measure_id: int | None = None) -> list[ClauseRead]:
    """Live clauses of one measure (or of every measure), in their order."""
    with ctx.db.session() as s:
        query = select(MeasureClause).where(col(MeasureClause.archived_at).is_(None)).order_by(
            col(MeasureClause.measure_id), col(MeasureClause.position), col(MeasureClause.id))
        if measure_id is not None:
            query = query.where(MeasureClause.measure_id == measure_id)
        return read_clauses(s, list(s.exec(query)))
