"""Small query helpers shared by the repositories (they flush, never commit)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import delete
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session

# Batched inserts take the fenced driver path on a verified SQLAlchemy (see fast_sqlite).
from desktop_app.persistence.fast_sqlite import insert_rows

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
            insert_rows(conn, target, rows[table])


R = TypeVar("R")


def write_record(
    session: Session, cls: type[R], row: R | None, values: Mapping[str, Any], now: datetime,
    children: Mapping[type, str], child_rows: Callable[[int], Mapping[type, list[dict[str, Any]]]],
) -> R:
    """Create (`row` None) or overwrite a versioned record through the ORM, then replace its
    children. The ORM path keeps `version_id_col`'s check on the UPDATE."""
    if row is None:
        row = cls(created_at=now, updated_at=now, **values)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    row.updated_at = now  # type: ignore[attr-defined]
    # Always an UPDATE, so the version moves (and a concurrent save conflicts) even when
    # only child rows changed and the clock did not move.
    flag_modified(row, "updated_at")
    session.add(row)
    session.flush()
    record_id = row.id  # type: ignore[attr-defined]
    assert record_id is not None
    replace_children(session, children, [record_id], child_rows(record_id))
    return row
