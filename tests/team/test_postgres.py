"""The same register on PostgreSQL: migrations, constraints, services, CLI, busy and read-only."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from desktop_app.cli.main import main as cli_main
from desktop_app.domain.errors import ArchivedRecord, Conflict, DatabaseBusy, DatabaseRefused, ReadOnlyDatabase
from desktop_app.persistence import db as db_module
from desktop_app.persistence import migrate
from desktop_app.persistence.seals import chain_start
from desktop_app.services.audit import list_entries
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.maintenance.backups import check_register
from desktop_app.services.records import assessments, measures, ventures
from tests.conftest import measure_data, venture_data

pytestmark = pytest.mark.postgres


def test_migrations_build_the_schema_from_empty_with_working_constraints(pg_ctx: ServiceContext) -> None:
    engine = pg_ctx.db.engine
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM risk_cell")).scalar() == 25
        # No entry yet: the chain starts at the seal of the seeded matrix and synonyms.
        assert conn.execute(text("SELECT last_id, hash FROM audit_head")).one() == (0, chain_start(conn))
        assert chain_start(conn) != "0" * 64
    bad = [
        "INSERT INTO measure (reference, reference_key, title, original_title, jurisdiction, authority, "
        "measure_type, status, summary, source_url, notes, created_at, updated_at, version) VALUES "
        "('x', '', 't', '', 'CN', '', 'export ban', 'in force', '', '', '', now(), now(), 1)",
        "INSERT INTO audit_head (id, last_id, hash) VALUES (2, 0, 'x')",
        "INSERT INTO risk_cell (likelihood, impact, level_key) VALUES (6, 1, 'low')",
    ]
    for sql in bad:
        with engine.connect() as conn, pytest.raises(IntegrityError):
            conn.execute(text(sql))
    measures.create_measure(pg_ctx, measure_data())
    with engine.connect() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("UPDATE audit_entry SET actor = 'mallory'"))
    # Opening again finds the schema current and changes nothing.
    again = open_register(pg_ctx.db.url)
    assert migrate.current_revision(again.db.engine) == migrate.head_revision()
    again.db.dispose()


def test_services_on_postgres_with_the_database_user_as_actor(pg_ctx: ServiceContext) -> None:
    m = measures.create_measure(pg_ctx, measure_data())
    jv = ventures.create_venture(pg_ctx, venture_data())
    a = assessments.create_assessment(pg_ctx, {"measure_id": m.id, "venture_id": jv.id, "inherent_likelihood": 4,
                                               "inherent_impact": 5, "treatment": "mitigate"})
    assert a.inherent_level == "critical"
    m2 = measures.update_measure(pg_ctx, m.id, m.to_update() | {"title": "Retitled"})
    assert m2.version == 2
    with pytest.raises(Conflict):
        measures.update_measure(pg_ctx, m.id, m.to_update() | {"title": "Stale"})
    ventures.archive_venture(pg_ctx, jv.id)
    with pytest.raises(ArchivedRecord):
        ventures.update_venture(pg_ctx, jv.id, jv.to_update() | {"notes": "x"})
    report = check_register(pg_ctx)
    assert report.ok, report.problems
    with pg_ctx.db.session() as s:
        entries = list_entries(s)
    user = pg_ctx.db.engine.url.username
    assert {e.actor for e in entries} == {user}
    assert [e.action for e in entries][:2] == ["archive", "update"]


def test_cli_demo_check_export_import_on_postgres(pg_db: str, tmp_path, capsys) -> None:
    assert cli_main(["--db", pg_db, "demo"]) == 0
    assert cli_main(["--db", pg_db, "check"]) == 0
    assert "OK" in capsys.readouterr().out
    out = tmp_path / "m.csv"
    assert cli_main(["--db", pg_db, "export", "measures", str(out)]) == 0
    assert cli_main(["--db", pg_db, "import", "measures", str(out)]) == 0
    assert "0 were created, 0 updated" in capsys.readouterr().out
    assert cli_main(["--db", pg_db, "backup", str(tmp_path / "b.sqlite3")]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_a_held_lock_reports_busy_and_the_retry_succeeds(pg_ctx: ServiceContext,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)
    pg_ctx.db.engine.dispose()  # new connections pick up the shorter lock timeout
    holder = create_engine(pg_ctx.db.url)
    typed = measure_data(reference="TYPED")
    with holder.connect() as conn:
        conn.execute(text("SELECT * FROM audit_head FOR UPDATE"))  # a colleague's long save
        with pytest.raises(DatabaseBusy, match="busy"):
            measures.create_measure(pg_ctx, typed)
        conn.rollback()
    holder.dispose()
    assert measures.create_measure(pg_ctx, typed).reference == "TYPED"


def test_read_transactions_cannot_write(pg_ctx: ServiceContext) -> None:
    with pytest.raises(ReadOnlyDatabase), pg_ctx.db.session() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('k', 'v')"))


def test_a_newer_schema_on_the_server_is_refused_with_both_versions(pg_ctx: ServiceContext) -> None:
    url = pg_ctx.db.url
    with pg_ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    pg_ctx.db.dispose()
    with pytest.raises(DatabaseRefused, match="newer version") as refused:
        open_register(url)
    assert "schema 9999_from_the_future" in str(refused.value)
    assert f"up to {migrate.head_revision()}" in str(refused.value)
    engine = create_engine(url)
    with engine.connect() as conn:  # nothing was migrated or changed
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_from_the_future"
    engine.dispose()


def test_a_board_pack_on_postgres_is_recorded_in_the_audit_trail(pg_ctx: ServiceContext, tmp_path) -> None:
    from desktop_app.services.intake.demo import load_demo
    from desktop_app.services.reports.briefing import assemble, write_briefing
    from desktop_app.services.reports.options import ReportOptions

    load_demo(pg_ctx)
    write_briefing(pg_ctx, tmp_path / "b.pdf", ReportOptions(full=False))
    with pg_ctx.db.session() as s:
        entry = list_entries(s)[0]
        doc = assemble(s, pg_ctx, ReportOptions(full=False), pg_ctx.today())
    assert (entry.entity, entry.action) == ("briefing", "create")
    assert 3 <= len(doc.key_messages) <= 6
    assert check_register(pg_ctx).ok
