"""Fast paths past SQLAlchemy Core and SQLite's own upkeep, behind version checks, with stock twins.

Two fences, one per library the speed depends on:
- SQLAlchemy: batched inserts go to the driver's executemany with the values converted by the
  column types' bind processors (`insert_rows`), and id lists are read from the driver's cursor
  (`fetch_ids`). Stock: Core's insert, and the result's own rows. Same: the stored rows, byte for
  byte as SQLite returns them (tests/persistence/test_fast_sqlite.py), and the same ids in order.
- SQLite: planner hints (a unary `+` that keeps the planner off an index, `unindexed`) and the
  text-search triggers dropped and re-created around a large import (`search_upkeep_deferred`).
  Stock: the plain column, and the triggers left to index row by row. Same: every query's rows in
  the same order, and an index whose integrity check against the assessments passes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from typing import Any

import sqlalchemy
from sqlalchemy import Column, ColumnElement, Table, insert, text
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql import Select
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from desktop_app.persistence import search_index
from desktop_app.system import fences

# Exact versions the fast paths were verified against (constraints.txt, the machine's SQLite).
SQLALCHEMY_VERIFIED = ("2.1.9",)
SQLITE_VERIFIED = ("3.40.1",)
SQLALCHEMY = fences.check("SQLAlchemy", sqlalchemy.__version__, SQLALCHEMY_VERIFIED,
                          env="EXPORT_RISK_FAST_SQLALCHEMY", where=__name__)
SQLITE = fences.check("SQLite", sqlite3.sqlite_version, SQLITE_VERIFIED, env="EXPORT_RISK_FAST_SQLITE",
                      where=__name__)

Converter = Callable[[Any], Any]


class RowShapeError(ValueError):
    """A programmer's error (rows of another shape than the insert's columns), never shown to a
    person, so its text stays English."""


def _check_rows(names: tuple[str, ...], rows: Sequence[Mapping[str, Any]], table: Table) -> None:
    if any(len(row) != len(names) for row in rows):
        raise RowShapeError(f"insert into {table.name}: every row needs the columns {', '.join(names)}")


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

    Fast, on SQLite: the values go straight to the driver, converted by the column types' own bind
    processors (Core's per-row parameter handling was a third of an import's insert time at
    100,000 assessments). Stock, other databases, or a computed default: Core's insert.
    """
    if not rows:
        return
    names = tuple(rows[0])
    plan = None
    if SQLALCHEMY.fast and conn.dialect.paramstyle == "qmark":
        plan = _driver_insert(table, names, conn.dialect)
    if plan is None:
        _check_rows(names, rows, table)
        conn.execute(insert(table), list(rows))
        return
    sql, processors, constants = plan
    get = itemgetter(*names)
    single = len(names) == 1
    params: list[tuple[Any, ...]] = []
    for row in rows:
        if len(row) != len(names):
            _check_rows(names, [row], table)
        values = (get(row),) if single else get(row)
        if processors:
            converted = list(values)
            for i, process in processors:
                converted[i] = process(converted[i])
            values = tuple(converted)
        params.append(values + constants if constants else values)
    conn.exec_driver_sql(sql, params)


def fetch_ids(conn: Connection, stmt: Select[Any]) -> list[int]:
    """The first column of every row of `stmt`, in order.

    Fast: plain values from the driver's cursor (SQLAlchemy's row objects cost three times the
    query itself for 100,000 ids). Stock: the result's scalars.
    """
    result = conn.execute(stmt)
    try:
        if SQLALCHEMY.fast:
            return [i for (i,) in result.cursor.fetchall()]
        return list(result.scalars())
    finally:
        result.close()


def unindexed(column: Column[Any], sqlite: bool) -> ColumnElement[Any]:
    """`column` as SQLite's planner should not use an index on it: a unary `+` (same values, same
    rows), which lets the planner pick the index the query really needs (the measured cases are
    in services/records/browse.py). Stock, or another database: the column itself."""
    if not (sqlite and SQLITE.fast):
        return column
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


@contextmanager
def search_upkeep_deferred(conn: Connection) -> Iterator[None]:
    """Inside one write transaction on SQLite: index the assessments once at the end instead of row
    by row. Stock: the triggers keep indexing row by row (the same index, slower).

    Row-by-row upkeep made an import of 100,000 assessments about three times slower (FTS5
    flushes and merges its segments as it goes); a 'rebuild' of the whole index takes about a
    second at that size. The triggers are dropped and re-created from their own stored SQL in
    the same transaction, so a failure or a kill rolls all of it back, and the write lock keeps
    every other writer out meanwhile.
    """
    if not SQLITE.fast:
        yield
        return
    triggers = conn.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'assessment'")).all()
    ours = [(name, sql) for name, sql in triggers if name in search_index.TRIGGERS]
    if not search_index.present(conn) or len(ours) != len(search_index.TRIGGERS):
        yield  # no index, or one already damaged: leave it to the register check
        return
    for name, _ in ours:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    search_index.rebuild(conn)
    for _, sql in ours:
        conn.exec_driver_sql(sql)
