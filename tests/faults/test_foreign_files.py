"""Foreign SQLite files are recognised by their marks, not by an `alembic_version` table, and are
never written: not opened, upgraded, switched to WAL, backed up, checked as sound or restored."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli.main import main as cli_main
from desktop_app.domain.errors import DatabaseRefused
from desktop_app.persistence.db import APPLICATION_ID
from desktop_app.services.context import OpenMode, open_register
from desktop_app.services.records import measures
from tests.conftest import measure_data
from tests.faults.helpers import digest, table_rows
from tests.team.conftest import pg_db  # noqa: F401  - a fresh PostgreSQL database per test


def _alembic_app(path: Path, revision: str | None) -> Path:
    """Another application that uses Alembic: an `alembic_version` table, stamped or not."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    if revision is not None:
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total NUMERIC)")
    conn.execute("INSERT INTO invoice (total) VALUES (120.50)")
    conn.commit()
    conn.close()
    return path


def _our_id_without_marker(path: Path) -> Path:
    """Our application id and a current revision, but no register marker: not ours to open."""
    open_register(path, actor="x").db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE register_marker")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


FOREIGN: dict[str, Callable[[Path], Path]] = {
    "unstamped alembic app": lambda p: _alembic_app(p, None),
    "alembic app at 0001": lambda p: _alembic_app(p, "0001"),
    "alembic app at 0004": lambda p: _alembic_app(p, "0004"),
    "alembic app at a revision of ours": lambda p: _alembic_app(p, "0005"),
    "marker removed": _our_id_without_marker,
}


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_foreign_files_are_refused_by_every_command_and_left_byte_for_byte(
        tmp_path: Path, capsys: pytest.CaptureFixture, kind: str) -> None:
    path = FOREIGN[kind](tmp_path / "app.db")
    before, listing = digest(path), sorted(os.listdir(tmp_path))
    with pytest.raises(DatabaseRefused, match="not an Export Risk Register"):
        open_register(path)
    for command in (["check"], ["export", "measures", str(tmp_path / "out.csv")],
                    ["report", "pdf", str(tmp_path / "out.pdf")], ["backup", str(tmp_path / "b.db")]):
        assert cli_main(["--db", str(path), *command]) == 1
        assert "not an Export Risk Register" in capsys.readouterr().err
    assert digest(path) == before
    assert sorted(os.listdir(tmp_path)) == listing  # no -wal, -shm, backups/ or output appeared


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_restore_refuses_a_foreign_file_and_keeps_the_register(tmp_path: Path, kind: str,
                                                               capsys: pytest.CaptureFixture) -> None:
    register = tmp_path / "reg.db"
    ctx = open_register(register, actor="owner")
    measures.create_measure(ctx, measure_data(reference="KEEP"))
    ctx.db.dispose()
    source = FOREIGN[kind](tmp_path / "app.db")
    rows, before = table_rows(register), digest(source)
    assert cli_main(["--db", str(register), "restore", str(source)]) == 1
    assert "cannot be restored" in capsys.readouterr().err
    assert table_rows(register) == rows and digest(source) == before
    assert not (tmp_path / "backups").exists()


def test_an_empty_database_with_no_tables_becomes_a_register(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")  # a file, with a header, and no table at all
    conn.close()
    assert path.stat().st_size > 0
    ctx = open_register(path, actor="owner")
    measures.create_measure(ctx, measure_data())
    ctx.db.dispose()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("SELECT application FROM register_marker").fetchone()[0] == "Export Risk Register"
    conn.close()


def test_a_register_of_the_previous_version_opens_and_is_upgraded(tmp_path: Path) -> None:
    from tests.conftest import legacy_register

    path = legacy_register(tmp_path / "old.sqlite3")
    ctx = open_register(path, mode=OpenMode.WORK)
    ctx.db.dispose()
    assert list((tmp_path / "backups").glob("old.before-0004.*.sqlite3"))
    assert cli_main(["--db", str(path), "check"]) == 0


@pytest.mark.postgres
@pytest.mark.parametrize("revision", [None, "0001", "0004"])
def test_another_applications_postgresql_database_is_refused_and_left_alone(
        pg_db: str, revision: str | None, capsys: pytest.CaptureFixture) -> None:  # noqa: F811
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(pg_db)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        if revision:
            conn.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": revision})
        conn.execute(text("CREATE TABLE invoice (id SERIAL PRIMARY KEY, total NUMERIC)"))
    with pytest.raises(DatabaseRefused, match="not an Export Risk Register"):
        open_register(pg_db)
    assert cli_main(["--db", pg_db, "check"]) == 1
    assert "not an Export Risk Register" in capsys.readouterr().err
    with engine.connect() as conn:
        assert sorted(inspect(conn).get_table_names()) == ["alembic_version", "invoice"]
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == (1 if revision else 0)
    engine.dispose()
