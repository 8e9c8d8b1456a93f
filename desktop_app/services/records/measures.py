"""Measure use cases: create, update, archive, restore, read; each audited in its transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import DuplicateKey, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.measure_schemas import MeasureCreate, MeasureRead, MeasureUpdate, validate_measure
from desktop_app.domain.models import Measure
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.measure_repo import find_by_reference, read_measures, write_measure
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.common import EntityKind, as_dict, require_valid, snapshot
from desktop_app.services.records.groups import unknown_targets
from desktop_app.system.message_language import msg

KIND: EntityKind[Measure, MeasureRead] = EntityKind(Entity.MEASURE, lambda r: r.reference, read_measures)


def check_measure(ctx: ServiceContext, data: MeasureCreate | Mapping[str, Any]) -> MeasureCreate:
    model, issues = validate_measure(as_dict(data), ctx.today())
    return require_valid(model, issues, KIND.what)


def save_measure_in(
    s: Session, ctx: ServiceContext, row: Measure | None, model: MeasureCreate,
    before: MeasureRead | None,
) -> tuple[MeasureRead, bool]:
    """Write inside an open transaction (also used by import); returns (record, changed)."""
    unknown = unknown_targets(s, [*model.targets, *model.excluded])
    if unknown:
        raise ValidationFailed([Issue("targets" if unknown[0] in model.targets else "excluded", Severity.ERROR,
                                      msg("{code!r} is neither a country nor a jurisdiction "
                                          "group of this register", code=unknown[0]))], KIND.what)
    clash = find_by_reference(s, model.reference)
    if clash is not None and (row is None or clash.id != row.id):
        raise DuplicateKey(msg("A measure with reference {reference!r} already exists.", reference=model.reference))
    changes = measure_changes(before, model)
    if before is not None and not changes:
        return before, False
    row = write_measure(s, row, model, ctx.now())
    after = read_measures(s, [row])[0]
    audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, KIND.entity, row.id,
                 model.reference, changes)
    return after, True


def measure_changes(before: MeasureRead | None, model: MeasureCreate) -> dict[str, list[Any]]:
    """Field-level `{field: [before, after]}` of saving `model` over `before` (None: a new record)."""
    return field_changes(snapshot(before) if before else None, snapshot(model))


@retrying_write
def create_measure(ctx: ServiceContext, data: MeasureCreate | Mapping[str, Any]) -> MeasureRead:
    model = check_measure(ctx, data)
    with ctx.db.session(write=True) as s:
        return save_measure_in(s, ctx, None, model, None)[0]


@retrying_write
def update_measure(
    ctx: ServiceContext, measure_id: int, data: MeasureUpdate | Mapping[str, Any]
) -> MeasureRead:
    """Replace a measure's content; refused if `data.version` is stale or the measure archived."""
    raw = as_dict(data)
    version = int(raw.pop("version"))
    model = check_measure(ctx, raw)
    with ctx.db.session(write=True) as s:
        row, before = KIND.editable_row(s, measure_id, version)
        return save_measure_in(s, ctx, row, model, before)[0]


def archive_measure(ctx: ServiceContext, measure_id: int, version: int | None = None) -> MeasureRead:
    return KIND.set_archived(ctx, measure_id, version, archive=True)


def restore_measure(ctx: ServiceContext, measure_id: int, version: int | None = None) -> MeasureRead:
    return KIND.set_archived(ctx, measure_id, version, archive=False)


def get_measure(ctx: ServiceContext, measure_id: int) -> MeasureRead:
    return KIND.get(ctx, measure_id)


def list_measures(ctx: ServiceContext, *, include_archived: bool = False) -> list[MeasureRead]:
    with ctx.db.session() as s:
        query = select(Measure).order_by(col(Measure.reference_key))
        if not include_archived:
            query = query.where(col(Measure.archived_at).is_(None))
        return read_measures(s, list(s.exec(query)))
