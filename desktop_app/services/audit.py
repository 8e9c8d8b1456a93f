"""Audit trail: append an entry in the caller's transaction; verify the hash chain."""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from desktop_app.domain.audit_chain import GENESIS, ChainFields, dump_changes, entry_hash
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.models import AuditEntry, AuditHead
from desktop_app.persistence.queries import insert_rows
from desktop_app.services.context import ServiceContext

_FIELDS = tuple(f.name for f in dataclass_fields(ChainFields))


class AuditWriter:
    """Appends entries to the chain inside the caller's transaction, many at a time.

    The head row is read once (locked with FOR UPDATE, which serialises writers on
    PostgreSQL; SQLite's write lock already does) and entries go in with one executemany.
    """

    def __init__(self, session: Session, ctx: ServiceContext) -> None:
        self._session, self._ctx = session, ctx
        self._head = session.exec(select(AuditHead).where(AuditHead.id == 1).with_for_update()).one()
        self._last_id, self._hash = self._head.last_id, self._head.hash
        self._pending: list[dict[str, Any]] = []

    def add(self, action: AuditAction, entity: Entity, entity_id: int | None, label: str,
            changes: dict[str, Any]) -> str:
        """Queue one entry linked to the previous one; returns its hash."""
        # Entity(...) refuses a name no member declares: nothing unknown enters the chain.
        name = entity.value if type(entity) is Entity else Entity(entity).value
        fields = ChainFields(
            id=self._last_id + 1, at=self._ctx.now().isoformat(timespec="microseconds"),
            actor=self._ctx.actor, action=action.value, entity=name, entity_id=entity_id,
            entity_label=label, changes=dump_changes(changes), prev_hash=self._hash,
        )
        self._last_id, self._hash = fields.id, entry_hash(fields)
        self._pending.append({name: getattr(fields, name) for name in _FIELDS} | {"hash": self._hash})
        return self._hash

    def flush(self) -> None:
        if not self._pending:
            return
        insert_rows(self._session.connection(), AuditEntry.__table__, self._pending)  # type: ignore[attr-defined]
        self._session.connection().execute(
            update(AuditHead.__table__).where(AuditHead.__table__.c.id == 1)  # type: ignore[attr-defined]
            .values(last_id=self._last_id, hash=self._hash)
        )
        self._pending.clear()
        self._session.expire(self._head)


def record(
    session: Session,
    ctx: ServiceContext,
    action: AuditAction,
    entity: Entity,
    entity_id: int | None,
    label: str,
    changes: dict[str, Any],
) -> str:
    """Append one entry in the same transaction as the change; returns its hash."""
    writer = AuditWriter(session, ctx)
    digest = writer.add(action, entity, entity_id, label, changes)
    writer.flush()
    return digest


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head_hash: str
    first_broken_id: int | None = None
    problem: str = ""


def verify_chain(session: Session, batch: int = 5_000) -> ChainReport:
    """Walk every entry in order; report the first whose link or content does not match."""
    head = session.exec(select(AuditHead).where(AuditHead.id == 1)).first()
    if head is None:
        return ChainReport(False, 0, "", None, "the audit head row is missing")
    prev, expected_id, count, last_id = GENESIS, 1, 0, 0
    while True:
        rows = session.exec(
            select(AuditEntry).where(col(AuditEntry.id) > last_id).order_by(col(AuditEntry.id)).limit(batch)
        ).all()
        if not rows:
            break
        for e in rows:
            assert e.id is not None
            if e.id != expected_id:
                return ChainReport(False, count, head.hash, expected_id,
                                   f"entry {expected_id} is missing (next is {e.id})")
            fields = ChainFields(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.entity_label,
                                 e.changes, e.prev_hash)
            if e.prev_hash != prev:
                return ChainReport(False, count, head.hash, e.id,
                                   f"entry {e.id} does not link to entry {e.id - 1}")
            if entry_hash(fields) != e.hash:
                return ChainReport(False, count, head.hash, e.id, f"entry {e.id} was altered")
            prev, expected_id, count, last_id = e.hash, e.id + 1, count + 1, e.id
    if head.last_id != count or head.hash != prev:
        return ChainReport(False, count, head.hash, count + 1 if head.last_id > count else None,
                           f"the trail ends at entry {count} but the head records entry {head.last_id}")
    return ChainReport(True, count, head.hash)


def head_hash(session: Session) -> str:
    head = session.exec(select(AuditHead).where(AuditHead.id == 1)).one()
    return head.hash


@dataclass(frozen=True)
class AuditRecord:
    """An audit entry as the UI and reports show it."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    entity_label: str
    changes: dict[str, Any]


def list_entries(
    session: Session,
    *,
    entity: Entity | None = None,
    entity_id: int | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[AuditRecord]:
    query = select(AuditEntry).order_by(col(AuditEntry.id).desc())
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if since is not None:
        query = query.where(col(AuditEntry.at) >= since.astimezone(UTC).isoformat(timespec="microseconds"))
    if limit:
        query = query.limit(limit)
    return [
        AuditRecord(e.id or 0, datetime.fromisoformat(e.at), e.actor, e.action, e.entity, e.entity_id,
                    e.entity_label, json.loads(e.changes))
        for e in session.exec(query)
    ]
