"""The audit hash chain: canonical entry text and SHA-256 links, as pure functions."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

GENESIS = "0" * 64
_EMPTY: tuple[Any, ...] = (None, "", [])


@dataclass(frozen=True, slots=True)
class ChainFields:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    entity_label: str
    changes: str
    prev_hash: str
    # Digest of the written record's state after the change (None for entries of no record,
    # and for every entry written before states were sealed).
    state: str | None = None


# Built once: `json.dumps` with options builds an encoder per call, a fifth of its cost for
# the small documents an import writes 100,000 of. Output is the same as `json.dumps`'.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def entry_hash(f: ChainFields) -> str:
    """SHA-256 over a canonical JSON of every field, the previous hash included.

    The state digest joins the list only when there is one, so entries written before states
    were sealed keep the hash they were written with.
    """
    fields = [f.id, f.at, f.actor, f.action, f.entity, f.entity_id, f.entity_label, f.changes, f.prev_hash]
    payload = _CANONICAL.encode(fields if f.state is None else [*fields, f.state])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_PLAIN = (str, int, float, bool, type(None))


def jsonable(value: Any) -> Any:
    """Values as they are written into an audit entry's JSON."""
    if type(value) in _PLAIN:  # the common case, checked first: imports call this per cell
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def field_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, list[Any]]:
    """`{field: [before, after]}` for every field that differs (None for absent)."""
    before = jsonable(before or {})
    after = jsonable(after or {})
    out: dict[str, list[Any]] = {}
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        # None, "" and [] all mean "nothing": moving between them is not a change.
        if old != new and not (old in _EMPTY and new in _EMPTY):
            out[key] = [old, new]
    return out


def _encode(value: Any) -> Any:
    converted = jsonable(value)
    if converted is value:
        raise TypeError(f"cannot write {type(value).__name__} into the audit trail")
    return converted


# json walks the structure itself; only dates, decimals and enums need converting.
_CHANGES = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_encode)


def dump_changes(changes: dict[str, Any]) -> str:
    return _CHANGES.encode(changes)
