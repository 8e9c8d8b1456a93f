"""The audit log as the window reads it: entries filtered by record, actor, action and text, in pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.models import AuditEntry
from desktop_app.services.audit import AuditRecord
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.browse_search import like

E = AuditEntry.__table__.c


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit log view: which record, who, what kind of change, free text."""

    entity: Entity | None = None
    entity_id: int | None = None
    actor: str | None = None
    action: str | None = None
    search: str = ""


def _conditions(q: AuditQuery, sqlite: bool) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if q.entity:
        out.append(E.entity == q.entity.value)
    if q.entity_id is not None:
        out.append(E.entity_id == q.entity_id)
    if q.actor:
        out.append(E.actor == q.actor)
    if q.action:
        out.append(E.action == q.action)
    for word in q.search.split():
        out.append(or_(*(like(c, word, sqlite) for c in (E.entity_label, E.actor, E.changes))))
    return out


def count(ctx: ServiceContext, query: AuditQuery | None = None) -> int:
    """How many entries match `query`."""
    stmt = (select(func.count()).select_from(AuditEntry.__table__)
            .where(*_conditions(query or AuditQuery(), ctx.db.is_sqlite)))
    with ctx.db.session() as s:
        return int(s.execute(stmt).scalar_one())


def page(ctx: ServiceContext, query: AuditQuery | None = None, offset: int = 0, limit: int = 200
         ) -> list[AuditRecord]:
    """Audit entries, newest first, with their changes decoded to `{field: [before, after]}`."""
    stmt = (select(E.id, E.at, E.actor, E.action, E.entity, E.entity_id, E.entity_label, E.changes)
            .where(*_conditions(query or AuditQuery(), ctx.db.is_sqlite)).order_by(E.id.desc())
            .offset(max(0, offset)).limit(max(0, limit)))
    with ctx.db.session() as s:
        return [AuditRecord(r.id, datetime.fromisoformat(r.at), r.actor, r.action, r.entity, r.entity_id,
                            r.entity_label, json.loads(r.changes)) for r in s.execute(stmt)]


def actors(ctx: ServiceContext) -> list[str]:
    """Everyone who appears in the trail, for the filter drop-down."""
    with ctx.db.session() as s:
        return [a for (a,) in s.execute(select(E.actor).distinct().order_by(E.actor))]


def actions(ctx: ServiceContext) -> list[str]:
    """Every action that appears in the trail, for the filter drop-down."""
    with ctx.db.session() as s:
        return [a for (a,) in s.execute(select(E.action).distinct().order_by(E.action))]
