"""Seal record states into the audit chain where no entry of their own covers them yet.

Every audited change writes the record's state digest into its entry (services/audit.py). What
no entry covers (rows a migration seeds, records stored before states were sealed) is sealed
here when the schema is upgraded: one `record_seal` row per record, bound into the chain by a
root digest over those rows. In a register whose trail is still empty the root is where the
chain starts (entry 1 links to it); otherwise one `seal` audit entry carries it. Rows changed
behind the application's back before an upgrade are sealed as found: `check` sees tampering
from the moment a state is sealed on.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.engine import Connection

from desktop_app.domain.audit_chain import GENESIS, ChainFields, dump_changes, entry_hash
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.models import AuditEntry, AuditHead, RecordSeal
from desktop_app.persistence.record_state import Key, all_states

SEAL_ACTOR = "Export Risk Register (schema upgrade)"
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_ENTRY = AuditEntry.__table__  # type: ignore[attr-defined]
_HEAD = AuditHead.__table__  # type: ignore[attr-defined]
_SEAL = RecordSeal.__table__  # type: ignore[attr-defined]


def root(rows: list[tuple[str, int | None, str]]) -> str:
    """One digest over (entity, id, state) rows, in a fixed order."""
    ordered = sorted(rows, key=lambda r: (r[0], -1 if r[1] is None else r[1]))
    return hashlib.sha256(_CANONICAL.encode(ordered).encode("utf-8")).hexdigest()


def has_seals(conn: Connection) -> bool:
    return inspect(conn).has_table("record_seal")


def seal_rows(conn: Connection) -> dict[int, list[tuple[str, int | None, str]]]:
    """Sealed states grouped by the audit entry that covers them (0: the chain's start)."""
    grouped: dict[int, list[tuple[str, int | None, str]]] = defaultdict(list)
    if has_seals(conn):
        for audit_id, entity, entity_id, state in conn.execute(
                select(_SEAL.c.audit_id, _SEAL.c.entity, _SEAL.c.entity_id, _SEAL.c.state_hash)):
            grouped[audit_id].append((entity, entity_id, state))
    return grouped


def chain_start(conn: Connection) -> str:
    """The hash entry 1 links to: the root of the states sealed before any entry, else GENESIS."""
    start = seal_rows(conn).get(0)
    return root(start) if start else GENESIS


def _covered(conn: Connection) -> set[Key]:
    found: set[Key] = set(conn.execute(
        select(_ENTRY.c.entity, _ENTRY.c.entity_id).where(_ENTRY.c.state_hash.is_not(None)).distinct()
    ))
    found.update((e, i) for e, i in conn.execute(select(_SEAL.c.entity, _SEAL.c.entity_id)))
    return found


def seal_unsealed(conn: Connection, reason: str) -> int:
    """Seal every record that no entry or seal covers yet; returns how many were sealed."""
    covered = _covered(conn)
    fresh = [(entity, record_id, state) for (entity, record_id), state in all_states(conn).items()
             if (entity, record_id) not in covered]
    if not fresh:
        return 0
    head = conn.execute(select(_HEAD.c.last_id, _HEAD.c.hash).where(_HEAD.c.id == 1)).one()
    if head.last_id == 0:
        # Nothing links to the start yet: it moves to the root of everything sealed before entry 1.
        conn.execute(insert(_SEAL), [{"audit_id": 0, "entity": e, "entity_id": i, "state_hash": s}
                                     for e, i, s in fresh])
        conn.execute(update(_HEAD).where(_HEAD.c.id == 1).values(hash=chain_start(conn)))
        return len(fresh)
    fields = ChainFields(
        id=head.last_id + 1, at=datetime.now(UTC).isoformat(timespec="microseconds"), actor=SEAL_ACTOR,
        action=AuditAction.SEAL.value, entity="register", entity_id=None,
        entity_label=f"{len(fresh):,} record(s) sealed ({reason})",
        changes=dump_changes({"sealed": [None, len(fresh)], "reason": [None, reason]}),
        prev_hash=head.hash, state=root(fresh),
    )
    digest = entry_hash(fields)
    conn.execute(insert(_ENTRY), [{
        "id": fields.id, "at": fields.at, "actor": fields.actor, "action": fields.action,
        "entity": fields.entity, "entity_id": None, "entity_label": fields.entity_label,
        "changes": fields.changes, "prev_hash": fields.prev_hash, "hash": digest, "state_hash": fields.state,
    }])
    conn.execute(insert(_SEAL), [{"audit_id": fields.id, "entity": e, "entity_id": i, "state_hash": s}
                                 for e, i, s in fresh])
    conn.execute(update(_HEAD).where(_HEAD.c.id == 1).values(last_id=fields.id, hash=digest))
    return len(fresh)
