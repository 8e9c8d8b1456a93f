"""`export-risk migrate-to URL`: a SQLite register moves to PostgreSQL with its audit chain intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from desktop_app.cli.main import main as cli_main
from desktop_app.domain.errors import RegisterError
from desktop_app.services.audit import list_entries
from desktop_app.services.context import open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.maintenance.backups import check_register
from desktop_app.services.maintenance.teammode import move_to_server
from desktop_app.services.records import measures, ventures
from tests.conftest import FIXED_NOW, measure_data, venture_data

pytestmark = pytest.mark.postgres


def _counts(ctx) -> dict[str, int]:
    with ctx.db.session() as s:
        return {t.name: s.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables}


def _rows(ctx, table: str) -> list[tuple]:
    t = SQLModel.metadata.tables[table]
    with ctx.db.session() as s:
        return [tuple(r) for r in s.execute(select(t).order_by(*t.primary_key.columns))]


def test_move_a_sqlite_register_to_postgres_row_for_row(tmp_path: Path, pg_db: str) -> None:
    source = open_register(f"sqlite:///{tmp_path / 'r.sqlite3'}", actor="owner")
    source.now = lambda: FIXED_NOW
    load_demo(source)
    m = measures.list_measures(source)[0]
    measures.update_measure(source, m.id, m.to_update() | {"notes": "edited before the move"})
    jv = ventures.list_ventures(source)[-1]
    ventures.archive_venture(source, jv.id)
    expected = _counts(source)
    with source.db.session() as s:
        source_trail = list_entries(s)

    report = move_to_server(source, pg_db)
    assert report.counts == expected
    server = open_register(pg_db, actor="colleague")
    assert check_register(server).ok
    with server.db.session() as s:
        server_trail = list_entries(s)
    assert server_trail[1:] == source_trail  # byte for byte, then one entry recording the move
    assert server_trail[0].action == "import" and server_trail[0].actor == "owner"
    assert server_trail[0].changes["source_head_hash"][1] == report.head_hash
    for table in ("measure", "partner", "audit_entry"):
        src_rows, dst_rows = _rows(source, table), _rows(server, table)
        if table == "audit_entry":
            dst_rows = dst_rows[:-1]
        assert [r[:4] for r in dst_rows] == [r[:4] for r in src_rows]
    moved = measures.get_measure(server, m.id)
    assert moved.notes == "edited before the move" and moved.version == 2
    assert ventures.get_venture(server, jv.id).archived
    # Ids continue after the copied ones; edits go on with the copied versions.
    new = ventures.create_venture(server, venture_data(name="After the move"))
    assert new.id > max(v.id for v in ventures.list_ventures(source, include_archived=True))
    assert measures.update_measure(server, m.id, moved.to_update() | {"title": "Server edit"}).version == 3
    assert check_register(server).ok
    server.db.dispose()
    source.db.dispose()


def test_move_refuses_a_target_that_holds_a_register(tmp_path: Path, pg_db: str) -> None:
    existing = open_register(pg_db, actor="colleague")
    measures.create_measure(existing, measure_data(reference="ALREADY-HERE"))
    before = _counts(existing)
    source = open_register(f"sqlite:///{tmp_path / 'r.sqlite3'}", actor="owner")
    measures.create_measure(source, measure_data(reference="MINE"))
    with pytest.raises(RegisterError, match="already holds a register"):
        move_to_server(source, pg_db)
    assert _counts(existing) == before
    existing.db.dispose()
    source.db.dispose()


def test_migrate_to_command(tmp_path: Path, pg_db: str, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "r.sqlite3"
    assert cli_main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert cli_main(["--db", str(db), "migrate-to", pg_db]) == 0
    out = capsys.readouterr().out
    assert "row counts match" in out and "verifies on the server" in out
    assert cli_main(["--db", pg_db, "check"]) == 0
    assert cli_main(["--db", str(db), "migrate-to", pg_db]) == 1  # a second move is refused
    assert "already holds a register" in capsys.readouterr().err
