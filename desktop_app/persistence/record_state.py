"""Each audited record's stored state as one SHA-256 digest, read straight from its rows.

The digest covers what a user entered (a record's own columns and its child rows), not what
the register derives from it (normalised keys, risk levels, ranks, scores, version counters,
timestamps): derived columns are re-checked by the rules instead, and a change of the risk
matrix may re-level assessments without touching their sealed state. The column lists are
explicit, so a column added by a later migration is not sealed until it is listed here.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import desktop_app.domain.models  # noqa: F401  - registers every table on SQLModel.metadata
from desktop_app.persistence.queries import chunks

# The state of a record that an audit entry says was removed (links, synonyms, dismissals).
REMOVED = "removed"
MATRIX = "risk_matrix"


@dataclass(frozen=True)
class Part:
    """One table's share of a record's state: its columns, how rows find their record, order."""

    table: str
    columns: tuple[str, ...]
    parent: str = "id"  # the column holding the record's id
    order: tuple[str, ...] = ("position",)


@dataclass(frozen=True)
class StateSpec:
    entity: str  # the audit trail's entity name
    parts: tuple[Part, ...]  # the record's own table first


_ARCHIVED = "archived_at"  # sealed as a flag: archived or not
SPECS: dict[str, StateSpec] = {spec.entity: spec for spec in (
    StateSpec("measure", (
        Part("measure", ("reference", "title", "original_title", "jurisdiction", "authority", "measure_type",
                         "status", "announced_on", "consultation_ends_on", "effective_on", "removed_on",
                         "summary", "targets_note", "source_url", "notes", _ARCHIVED), order=()),
        Part("measure_item", ("position", "name", "codes", "stage"), "measure_id"),
        Part("measure_jurisdiction", ("jurisdiction", "excluded"), "measure_id", ("jurisdiction", "excluded")),
        Part("measure_status_change", ("status", "valid_from", "note"), "measure_id", ("valid_from",)),
    )),
    StateSpec("joint_venture", (
        Part("joint_venture", ("name", "country", "location", "activity", "sector", "stage", "value_at_stake",
                               "currency", "owner", "notes", _ARCHIVED), order=()),
        Part("partner", ("position", "name", "country", "share"), "venture_id"),
        Part("venture_item", ("position", "name", "direction", "codes", "countries", "stage"), "venture_id"),
    )),
    StateSpec("assessment", (
        Part("assessment", ("measure_id", "venture_id", "channels", "inherent_likelihood", "inherent_impact",
                            "residual_likelihood", "residual_impact", "treatment", "rationale", "owner",
                            "assessor", "assessed_on", "next_review_on", "status", _ARCHIVED), order=()),
        Part("mitigation_action", ("position", "text", "owner", "due_on", "status"), "assessment_id"),
    )),
    StateSpec("measure_link", (Part("measure_link", ("from_measure_id", "to_measure_id", "kind", "note"),
                                    order=()),)),
    StateSpec("exposure_dismissal", (Part("exposure_dismissal", (
        "measure_id", "venture_id", "item_key", "item_name", "fingerprint", "reason", "actor"), order=()),)),
    StateSpec("synonym", (Part("synonym", ("term", "means"), order=()),)),
    StateSpec("jurisdiction_group", (
        Part("jurisdiction_group", ("code", "name", "aliases", "covers_all", "source", "notes"), order=()),
        Part("jurisdiction_group_member", ("country",), "group_id", ("country",)),
    )),
    StateSpec("taxonomy_term", (Part("taxonomy_term", ("key", "label", "stage", "aliases"), order=()),)),
    StateSpec("taxonomy_relation", (Part("taxonomy_relation", ("narrower_id", "broader_id"), order=()),)),
    StateSpec("crosswalk_row", (Part("crosswalk", ("code_a", "code_b", "note"), order=()),)),
    StateSpec("measure_clause", (
        Part("measure_clause", ("measure_id", "label", "title", "text", "effective_on", "expires_on",
                                "status", "threshold", "targets", "excluded", "notes", _ARCHIVED), order=()),
        Part("clause_item", ("position", "name", "codes"), "clause_id"),
    )),
    StateSpec("suspension_window", (
        Part("suspension_window", ("measure_id", "clause", "suspension_id", "starts_on", "ends_on", "note",
                                   _ARCHIVED), order=()),
        Part("window_change", ("position", "kind", "decided_on", "ends_on", "note"), "window_id"),
    )),
    StateSpec("event_confirmation", (Part("event_confirmation", ("uid", "kind", "label", "note", "actor"),
                                          order=()),)),
    StateSpec("inferred_flow", (Part("flow_decision", (
        "venture_id", "item_key", "item_name", "country", "state", "evidence", "actor"), order=()),)),
    StateSpec("party", (
        Part("party", ("name", "country", "aliases", "notes"), order=()),
        Part("party_owner", ("owner_id", "share", "note"), "owned_id", ("owner_id",)),
    )),
    StateSpec("listed_party", (Part("listed_party", (
        "measure_id", "name", "aliases", "country", "list_name", "listed_from", "listed_until"), order=()),)),
    StateSpec("ownership_rule", (Part("ownership_rule", ("measure_id", "threshold", "lists", "note"), order=()),)),
    StateSpec("party_match", (Part("party_match", ("party_id", "listed_party_id", "state", "actor"), order=()),)),
    StateSpec("content_share", (Part("content_share", (
        "venture_id", "product", "input_name", "origin", "share", "note"), order=()),)),
    StateSpec("de_minimis_rule", (Part("de_minimis_rule", (
        "measure_id", "share", "origin", "items", "technology", "note"), order=()),)),
)}
# The risk matrix is one record without an id: every level and every cell.
MATRIX_PARTS = (Part("risk_level", ("key", "label", "colour", "rank", "review_days"), order=("key",)),
                Part("risk_cell", ("likelihood", "impact", "level_key"), order=("likelihood", "impact")))

Key = tuple[str, int | None]
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


_PLAIN = frozenset({str, int, bool, type(None)})


def plain(value: Any) -> Any:
    """One representation per value, whatever the driver returned (SQLite or PostgreSQL)."""
    if type(value) in _PLAIN:  # most cells: checked first, as an import reads back every row
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _cells(row: Any, flags: tuple[bool, ...]) -> list[Any]:
    """The row's cells after its record id: archived flags as booleans, the rest made plain."""
    return [(v is not None) if flag else plain(v) for v, flag in zip(row[1:], flags, strict=True)]


def digest(entity: str, record_id: int | None, parts: list[list[list[Any]]]) -> str:
    """SHA-256 of a record's canonical state: its entity, id and the cells of every part."""
    payload = _CANONICAL.encode([entity, record_id, parts])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _part_rows(conn: Connection, part: Part, ids: list[int] | None) -> Iterator[tuple[int, list[Any]]]:
    """(record id, cells) of `part`, for `ids` (None: every record), in each record's order."""
    table = _table(part.table)
    parent = table.c[part.parent]
    flags = tuple(c == _ARCHIVED for c in part.columns)
    order = [parent, *(table.c[c] for c in part.order), *table.primary_key.columns]
    batches: Iterable[list[int] | None] = [None] if ids is None else chunks(ids)
    for batch in batches:
        query = select(parent, *(table.c[c] for c in part.columns)).order_by(*order)
        if batch is not None:
            query = query.where(parent.in_(batch))
        for row in conn.execute(query):
            yield row[0], _cells(row, flags)


def states(conn: Connection, entity: str, ids: list[int] | None = None) -> dict[int, str]:
    """Digest of each record of `entity` that exists (all of them when `ids` is None)."""
    spec = SPECS[entity]
    gathered: dict[int, list[list[list[Any]]]] = {}
    main, *children = spec.parts
    for record_id, cells in _part_rows(conn, main, ids):
        gathered[record_id] = [[cells]] + [[] for _ in children]
    for n, part in enumerate(children, start=1):
        for record_id, cells in _part_rows(conn, part, sorted(gathered) if ids is not None else None):
            if record_id in gathered:
                gathered[record_id][n].append(cells)
        for parts in gathered.values():
            parts[n].sort(key=_sort_key(part))
    return {record_id: digest(entity, record_id, parts) for record_id, parts in gathered.items()}


def _sort_key(part: Part) -> Any:
    """Child rows in their record's order, by their plain values: the same on SQLite and on a
    PostgreSQL whose text collation is not bytewise (ties keep their id order: sorts are stable)."""
    at = [part.columns.index(c) for c in part.order]
    return lambda cells: tuple(cells[i] for i in at)


def written_state(entity: str, record_id: int, values: dict[str, Any],
                  children: Mapping[Any, list[dict[str, Any]]]) -> str:
    """The digest `states` will read back for a record just written from `values` and `children`
    (child rows keyed by their model class or table name), without reading it: what a batched
    import uses. Only a record that is not archived is written this way."""
    spec = SPECS[entity]
    main, *rest = spec.parts
    by_table = {getattr(k, "__tablename__", k): rows for k, rows in children.items()}
    parts = [[[False if c == _ARCHIVED else plain(values.get(c)) for c in main.columns]]]
    for part in rest:
        parts.append(sorted(([plain(r.get(c)) for c in part.columns] for r in by_table.get(part.table, [])),
                            key=_sort_key(part)))
    return digest(entity, record_id, parts)


def matrix_state(conn: Connection) -> str:
    parts: list[list[list[Any]]] = []
    for part in MATRIX_PARTS:
        table = _table(part.table)
        flags = tuple(False for _ in part.columns)
        rows = conn.execute(select(table.c[part.order[0]], *(table.c[c] for c in part.columns))
                            .order_by(*(table.c[c] for c in part.order)))
        parts.append([_cells(row, flags) for row in rows])
    return digest(MATRIX, None, parts)


def sealed_entities() -> tuple[str, ...]:
    return (*SPECS, MATRIX)


def current_states(conn: Connection, keys: Iterable[Key]) -> dict[Key, str]:
    """The state of each (entity, id) in `keys`: its digest, or REMOVED when its row is gone.

    Entities that are not sealed are left out. Read in one query per table and entity.
    """
    wanted: dict[str, list[int]] = defaultdict(list)
    out: dict[Key, str] = {}
    for entity, record_id in keys:
        if entity == MATRIX:
            out[(entity, record_id)] = matrix_state(conn)
        elif entity in SPECS and record_id is not None:
            wanted[entity].append(record_id)
    for entity, ids in wanted.items():
        found = states(conn, entity, sorted(set(ids)))
        for record_id in ids:
            out[(entity, record_id)] = found.get(record_id, REMOVED)
    return out


def all_states(conn: Connection) -> dict[Key, str]:
    """The state of every sealed record in the register."""
    out: dict[Key, str] = {(MATRIX, None): matrix_state(conn)}
    for entity in SPECS:
        out.update({(entity, record_id): d for record_id, d in states(conn, entity).items()})
    return out
