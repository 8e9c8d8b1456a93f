"""The SQLAlchemy and SQLite fence: each fast path gives what its stock twin gives.

insert_rows: the same stored rows, byte for byte as SQLite returns them, hostile text included;
fetch_ids: the same ids in the same order; unindexed: the same rows from the same query (its
plan is what differs).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, Table, Text, create_engine, insert, select

from desktop_app.persistence import fast_sqlite
from desktop_app.persistence.queries import insert_rows

pytestmark = pytest.mark.fences


@pytest.fixture(params=["fast", "stock"])
def mode(request: pytest.FixtureRequest) -> Iterator[str]:
    """Both fences of the module in one mode."""
    fast = request.param == "fast"
    with fast_sqlite.SQLALCHEMY.forced(fast), fast_sqlite.SQLITE.forced(fast):
        yield request.param


def _table(metadata: MetaData, name: str, computed_default: bool = False) -> Table:
    return Table(
        name, metadata,
        Column("id", Integer, primary_key=True),
        Column("text", Text, nullable=False),
        Column("on", Date, nullable=True),
        Column("at", DateTime(timezone=True), nullable=False),
        Column("flag", Boolean, nullable=False),
        Column("excluded", Boolean, nullable=False, default=False),  # scalar default, not in the rows
        Column("stamp", Text, default=(lambda: "computed") if computed_default else None),
    )


def _rows(texts: list[str]) -> list[dict[str, object]]:
    zone = timezone(timedelta(hours=8))
    return [{"id": i + 1, "text": text, "on": date(2025, 1, 2) + timedelta(days=i) if i % 3 else None,
             "at": datetime(2025, 1, 2, 3, 4, 5, 6 * i, tzinfo=UTC if i % 2 else zone), "flag": bool(i % 2)}
            for i, text in enumerate(texts)]


def _stored(path: Path, name: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        return raw.execute(
            f'SELECT id, text, typeof("on"), "on", typeof(at), at, flag, excluded, stamp FROM "{name}" ORDER BY id'
        ).fetchall()


def test_insert_rows_stores_what_cores_insert_stores(tmp_path: Path, hostile_strings: list[str], mode: str) -> None:
    texts = list(hostile_strings)
    path = tmp_path / "rows.sqlite3"
    engine, metadata = create_engine(f"sqlite:///{path}"), MetaData()
    core, driver = _table(metadata, "core"), _table(metadata, "driver")
    metadata.create_all(engine)
    rows = _rows([*texts, "nul\x00inside", "<b>&", '=HYPERLINK("http://x")', "出口管制 수출 통제", "x" * 300])
    with engine.begin() as conn:
        conn.execute(insert(core), rows)
        insert_rows(conn, driver, rows)
    engine.dispose()
    assert _stored(path, "driver") == _stored(path, "core")
    assert len(_stored(path, "core")) == len(rows)


def test_a_computed_default_takes_the_core_path(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "rows.sqlite3"
    engine, metadata = create_engine(f"sqlite:///{path}"), MetaData()
    table = _table(metadata, "computed", computed_default=True)
    metadata.create_all(engine)
    with engine.begin() as conn:
        insert_rows(conn, table, _rows(["a", "b"]))
    engine.dispose()
    assert [row[-1] for row in _stored(path, "computed")] == ["computed", "computed"]


def test_rows_with_different_columns_are_refused(tmp_path: Path, mode: str) -> None:
    engine, metadata = create_engine(f"sqlite:///{tmp_path / 'rows.sqlite3'}"), MetaData()
    table = _table(metadata, "mixed")
    metadata.create_all(engine)
    rows = _rows(["a", "b"])
    del rows[1]["on"]
    with engine.begin() as conn, pytest.raises(ValueError, match="every row needs the columns"):
        insert_rows(conn, table, rows)
    engine.dispose()


def test_fetch_ids_and_planner_hints_give_the_same_rows(tmp_path: Path, mode: str) -> None:
    engine, metadata = create_engine(f"sqlite:///{tmp_path / 'rows.sqlite3'}"), MetaData()
    table = _table(metadata, "ids")
    metadata.create_all(engine)
    with engine.begin() as conn:
        insert_rows(conn, table, _rows([f"row {i}" for i in range(50)]))
        hinted = fast_sqlite.unindexed(table.c.on, sqlite=True)
        stmt = select(table.c.id).where(hinted.is_(None) | (hinted > date(2025, 1, 20))).order_by(table.c.id.desc())
        assert ('(+ ids."on")' in str(stmt)) is (mode == "fast")
        assert fast_sqlite.unindexed(table.c.on, sqlite=False) is table.c.on  # other databases: never
        ids = fast_sqlite.fetch_ids(conn, stmt)
        assert ids == [r.id for r in conn.execute(select(table.c.id, table.c.on).order_by(table.c.id.desc()))
                       if r.on is None or r.on > date(2025, 1, 20)]
        assert len(ids) > 10 and 1 in ids
    engine.dispose()
