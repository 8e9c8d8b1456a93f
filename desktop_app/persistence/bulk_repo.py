"""Batch writes for imports: one executemany per table instead of one ORM object per row."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlmodel import Session

from desktop_app.domain.errors import Conflict
from desktop_app.persistence.queries import insert_rows, replace_children
from desktop_app.system.message_language import msg

ChildRows = Callable[[int], Mapping[type, list[dict[str, Any]]]]


@dataclass(frozen=True)
class Write:
    """One record to write: its table values, its child rows, and (for updates) id and version."""

    values: dict[str, Any]
    children: ChildRows
    record_id: int | None = None
    version: int | None = None


def write_batch(
    session: Session, table: type, children: Mapping[type, str], writes: Sequence[Write], now: datetime
) -> list[int]:
    """Insert the new records and update the existing ones; return every record's id in order.

    Updates are guarded by the version each was read at (as `version_id_col` would), so a
    record changed meanwhile raises Conflict and the caller's transaction rolls back.
    """
    conn = session.connection()
    t = table.__table__  # type: ignore[attr-defined]
    creates = [w for w in writes if w.record_id is None]
    updates = [w for w in writes if w.record_id is not None]
    new_ids: list[int] = []
    if creates:
        rows = [w.values | {"created_at": now, "updated_at": now, "version": 1} for w in creates]
        if conn.dialect.name == "sqlite":
            # The transaction holds SQLite's write lock, so nobody else takes ids meanwhile:
            # numbering the rows here saves RETURNING (docs/performance.md, "Bulk writes").
            first = (conn.execute(select(func.max(t.c.id))).scalar() or 0) + 1
            new_ids = list(range(first, first + len(rows)))
            insert_rows(conn, t, [row | {"id": i} for row, i in zip(rows, new_ids, strict=True)])
        else:
            result = conn.execute(insert(t).returning(t.c.id, sort_by_parameter_order=True), rows)
            new_ids = [r[0] for r in result]
    if updates:
        names = list(updates[0].values)
        stmt = (
            update(t)
            .where(t.c.id == bindparam("_id"), t.c.version == bindparam("_version"))
            .values({**{n: bindparam(f"_v_{n}") for n in names}, "updated_at": bindparam("_now"),
                     "version": t.c.version + 1})
        )
        params = [{f"_v_{n}": w.values[n] for n in names}
                  | {"_id": w.record_id, "_version": w.version, "_now": now} for w in updates]
        result = conn.execute(stmt, params)
        if conn.dialect.supports_sane_multi_rowcount and result.rowcount != len(updates):
            raise Conflict(msg("Records changed while the import ran; nothing was imported. Try again."))
    ids_iter = iter(new_ids)
    ids = [w.record_id if w.record_id is not None else next(ids_iter) for w in writes]
    child_rows: dict[type, list[dict[str, Any]]] = {child: [] for child in children}
    for record_id, w in zip(ids, writes, strict=True):
        for child, rows in w.children(record_id).items():
            child_rows[child].extend(rows)
    replace_children(session, children, [w.record_id for w in updates if w.record_id is not None],
                     child_rows)
    return ids
