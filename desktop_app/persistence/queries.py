"""Small query helpers shared by the repositories (they flush, never commit)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import delete, insert
from sqlmodel import Session

T = TypeVar("T")

# SQLite caps bound parameters per statement; IN lists stay well below it.
IN_CHUNK = 900


def chunks(values: Sequence[T], size: int = IN_CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def replace_children(
    session: Session, children: Mapping[type, str], parent_ids: Sequence[int],
    rows: Mapping[type, list[dict[str, Any]]],
) -> None:
    """Delete the child rows of `parent_ids` and insert `rows`, one executemany per table."""
    conn = session.connection()
    for table, fk in children.items():
        target = table.__table__  # type: ignore[attr-defined]
        for chunk in chunks(parent_ids):
            conn.execute(delete(target).where(target.c[fk].in_(chunk)))
        if rows.get(table):
            conn.execute(insert(target), rows[table])
