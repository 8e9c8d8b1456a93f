"""Small query helpers shared by the repositories (they flush, never commit)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Table, delete, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm.attributes import flag_modified
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
            insert_rows(conn, target, rows[table])


Converter = Callable[[Any], Any]


@lru_cache(maxsize=64)
def _driver_insert(table: Table, names: tuple[str, ...], dialect: Dialect
                   ) -> tuple[str, tuple[tuple[int, Converter], ...], tuple[Any, ...]] | None:
    """The SQL text, the per-column converters and the constant defaults of a driver insert,
    or None when a missing column has a computed default only Core can apply."""
    constants: dict[str, Any] = {}
    for column in table.c:
        if column.name not in names and column.default is not None:
            if not column.default.is_scalar:
                return None
            constants[column.name] = column.default.arg  # type: ignore[attr-defined]
    columns = [*names, *constants]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    # The same conversions Core applies (dates and times to SQLite's text forms, booleans to 0/1).
    processors = tuple((i, p) for i, name in enumerate(names)
                       if (p := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)))
    return sql, processors, tuple(constants.values())


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (all with the keys of the first) with one executemany.

    On SQLite the values go straight to the driver, converted by the column types' own bind
    processors: Core's per-row parameter handling was a third of an import's insert time at
    100,000 assessments. Other databases take the Core statement.
    """
    if not rows:
        return
    names = tuple(rows[0])
    plan = _driver_insert(table, names, conn.dialect) if conn.dialect.paramstyle == "qmark" else None
    if plan is None:
        conn.execute(insert(table), list(rows))
        return
    sql, processors, constants = plan
    get = itemgetter(*names)
    single = len(names) == 1
    params: list[tuple[Any, ...]] = []
    for row in rows:
        if len(row) != len(names):
            raise ValueError(f"insert into {table.name}: every row needs the columns {', '.join(names)}")
        values = (get(row),) if single else get(row)
        if processors:
            converted = list(values)
            for i, process in processors:
                converted[i] = process(converted[i])
            values = tuple(converted)
        params.append(values + constants if constants else values)
    conn.exec_driver_sql(sql, params)


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
