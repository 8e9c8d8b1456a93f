"""Audit trail: append an entry in the caller's transaction; verify the hash chain."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect, text, update
from sqlmodel import Session, col, select

from desktop_app.domain.audit_chain import ChainFields, dump_changes, entry_hash
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.models import AuditEntry, AuditHead
from desktop_app.persistence.queries import insert_rows
from desktop_app.persistence.record_state import current_states
from desktop_app.persistence.seals import chain_start
from desktop_app.services.context import ServiceContext
from desktop_app.system.message_language import msg

_FIELDS = tuple(f.name for f in dataclass_fields(ChainFields))
_ENTRY = AuditEntry.__table__  # type: ignore[attr-defined]


class AuditWriter:
    """Appends entries to the chain inside the caller's transaction, many at a time.

    The head row is read once (locked with FOR UPDATE, which serialises writers on
    PostgreSQL; SQLite's write lock already does) and entries go in with one executemany.
    Each entry of a sealed record carries the record's state as stored when the entry is
    written (read back in one query per table), so `check` can tell whether the record was
    changed since by anything but the application.
    """

    def __init__(self, session: Session, ctx: ServiceContext) -> None:
        self._session, self._ctx = session, ctx
        self._head = session.exec(select(AuditHead).where(AuditHead.id == 1).with_for_update()).one()
        self._last_id, self._hash = self._head.last_id, self._head.hash
        self._pending: list[ChainFields] = []

    def add(self, action: AuditAction, entity: Entity, entity_id: int | None, label: str,
            changes: dict[str, Any], state: str | None = None) -> None:
        """Queue one entry; it is linked to the previous one when flushed. `state` is the record's
        digest when the caller computed it from what it wrote (`record_state.written_state`);
        otherwise it is read back from the rows at flush."""
        # Entity(...) refuses a name no member declares: nothing unknown enters the chain.
        name = entity.value if type(entity) is Entity else Entity(entity).value
        self._pending.append(ChainFields(
            id=self._last_id + len(self._pending) + 1, at=self._ctx.now().isoformat(timespec="microseconds"),
            actor=self._ctx.actor, action=action.value, entity=name, entity_id=entity_id,
            entity_label=label, changes=dump_changes(changes), prev_hash="", state=state,
        ))

    def flush(self) -> str:
        """Write the queued entries with their records' states; returns the new head hash."""
        if not self._pending:
            return self._hash
        self._session.flush()
        conn = self._session.connection()
        states = current_states(conn, [(f.entity, f.entity_id) for f in self._pending if f.state is None])
        rows = []
        for queued in self._pending:
            state = queued.state or states.get((queued.entity, queued.entity_id))
            fields = replace(queued, prev_hash=self._hash, state=state)
            self._last_id, self._hash = fields.id, entry_hash(fields)
            rows.append({name: getattr(fields, name) for name in _FIELDS if name != "state"}
                        | {"state_hash": fields.state, "hash": self._hash})
        insert_rows(conn, _ENTRY, rows)
        conn.execute(
            update(AuditHead.__table__).where(AuditHead.__table__.c.id == 1)  # type: ignore[attr-defined]
            .values(last_id=self._last_id, hash=self._hash)
        )
        self._pending.clear()
        self._session.expire(self._head)
        return self._hash


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
    writer.add(action, entity, entity_id, label, changes)
    return writer.flush()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head_hash: str
    first_broken_id: int | None = None
    problem: str = ""


def verify_chain(session: Session, batch: int = 5_000) -> ChainReport:
    """Walk every entry in order; report the first whose link or content does not match.

    Reads only the columns the register's schema has, so a backup from an older version is
    verified as it was written, before anything upgrades it.
    """
    conn = session.connection()
    head = conn.execute(text("SELECT last_id, hash FROM audit_head WHERE id = 1")).first()
    if head is None:
        return ChainReport(False, 0, "", None, msg("the audit head row is missing"))
    has_state = "state_hash" in {c["name"] for c in inspect(conn).get_columns("audit_entry")}
    names = [*(f for f in _FIELDS if f != "state"), "hash"] + (["state_hash"] if has_state else [])
    query = text(f"SELECT {', '.join(names)} FROM audit_entry WHERE id > :last ORDER BY id LIMIT :n")
    prev, expected_id, count, last_id = chain_start(conn), 1, 0, 0
    while rows := conn.execute(query, {"last": last_id, "n": batch}).all():
        for row in rows:
            e = row._mapping
            if e["id"] != expected_id:
                return ChainReport(False, count, head.hash, expected_id,
                                   msg("entry {id} is missing (next is {next})", id=expected_id, next=e["id"]))
            fields = ChainFields(*(e[f] for f in _FIELDS if f != "state"), state=e.get("state_hash"))
            if e["prev_hash"] != prev:
                return ChainReport(False, count, head.hash, e["id"],
                                   msg("entry {id} does not link to entry {previous}", id=e["id"],
                                       previous=e["id"] - 1) if e["id"] > 1 else
                                   msg("entry {id} does not link to the sealed start of the trail", id=e["id"]))
            if entry_hash(fields) != e["hash"]:
                return ChainReport(False, count, head.hash, e["id"], msg("entry {id} was altered", id=e["id"]))
            prev, expected_id, count, last_id = e["hash"], e["id"] + 1, count + 1, e["id"]
    if head.last_id != count or head.hash != prev:
        problem = (msg("the trail ends at entry {count} but the head records entry {last}", count=count,
                       last=head.last_id)
                   if head.last_id != count else msg("the head does not match the last entry (or the sealed start)"))
        return ChainReport(False, count, head.hash, count + 1 if head.last_id > count else None, problem)
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
