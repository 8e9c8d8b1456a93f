"""Joint-venture use cases: create, update, archive, restore, read; each audited."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import DuplicateKey
from desktop_app.domain.models import JointVenture
from desktop_app.domain.venture_schemas import (
    JointVentureCreate,
    JointVentureRead,
    JointVentureUpdate,
    validate_venture,
)
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.venture_repo import find_by_name, read_ventures, write_venture
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership.parties import partner_parties
from desktop_app.services.records.common import EntityKind, as_dict, require_valid, snapshot
from desktop_app.system.message_language import msg

KIND: EntityKind[JointVenture, JointVentureRead] = EntityKind(Entity.VENTURE, lambda r: r.name, read_ventures)


def check_venture(data: JointVentureCreate | Mapping[str, Any]) -> JointVentureCreate:
    model, issues = validate_venture(as_dict(data))
    return require_valid(model, issues, KIND.what)


def save_venture_in(
    s: Session, ctx: ServiceContext, row: JointVenture | None, model: JointVentureCreate,
    before: JointVentureRead | None,
) -> tuple[JointVentureRead, bool]:
    """Write inside an open transaction (also used by import); returns (record, changed)."""
    clash = find_by_name(s, model.name)
    if clash is not None and (row is None or clash.id != row.id):
        raise DuplicateKey(msg("A joint venture named {name!r} already exists.", name=model.name))
    changes = venture_changes(before, model)
    if before is not None and not changes:
        return before, False
    row = write_venture(s, row, model, ctx.now())
    after = read_ventures(s, [row])[0]
    audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, KIND.entity, row.id,
                 model.name, changes)
    # Partners are parties (owners, aliases and listing matches hang on them), from the first save.
    partner_parties(s, ctx, [(p.name, p.country) for p in model.partners])
    return after, True


def venture_changes(before: JointVentureRead | None, model: JointVentureCreate) -> dict[str, list[Any]]:
    return field_changes(snapshot(before) if before else None, snapshot(model))


@retrying_write
def create_venture(ctx: ServiceContext, data: JointVentureCreate | Mapping[str, Any]) -> JointVentureRead:
    model = check_venture(data)
    with ctx.db.session(write=True) as s:
        return save_venture_in(s, ctx, None, model, None)[0]


@retrying_write
def update_venture(
    ctx: ServiceContext, venture_id: int, data: JointVentureUpdate | Mapping[str, Any]
) -> JointVentureRead:
    raw = as_dict(data)
    version = int(raw.pop("version"))
    model = check_venture(raw)
    with ctx.db.session(write=True) as s:
        row, before = KIND.editable_row(s, venture_id, version)
        return save_venture_in(s, ctx, row, model, before)[0]


def archive_venture(ctx: ServiceContext, venture_id: int, version: int | None = None) -> JointVentureRead:
    return KIND.set_archived(ctx, venture_id, version, archive=True)


def restore_venture(ctx: ServiceContext, venture_id: int, version: int | None = None) -> JointVentureRead:
    return KIND.set_archived(ctx, venture_id, version, archive=False)


def get_venture(ctx: ServiceContext, venture_id: int) -> JointVentureRead:
    return KIND.get(ctx, venture_id)


def list_ventures(ctx: ServiceContext, *, include_archived: bool = False) -> list[JointVentureRead]:
    with ctx.db.session() as s:
        query = select(JointVenture).order_by(col(JointVenture.name_key))
        if not include_archived:
            query = query.where(col(JointVenture.archived_at).is_(None))
        return read_ventures(s, list(s.exec(query)))
