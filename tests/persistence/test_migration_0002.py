"""Migration 0002 on a register holding data at 0001: every row survives, the new tables are ready."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from desktop_app.persistence import migrate, search_index
from desktop_app.persistence.db import make_engine
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.records.synonyms import list_synonyms
from desktop_app.services.screening.exposures import needs_data
from tests.conftest import FIXED_NOW, legacy_register

# Rows the 0001 migration seeds itself; replaced by the copied ones.
SEEDED = ("risk_cell", "risk_level", "audit_head")


def _register_at_0001(path: Path, tmp_path: Path) -> None:
    """A 0001 register holding the demo: built at 0001, then filled with the rows of a register
    the code at revision 0004 wrote (its rows fit 0001's tables, columns added since aside)."""
    legacy = legacy_register(tmp_path / "legacy-source.sqlite3")
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    present = set(inspect(engine).get_table_names())
    tables = [t.name for t in SQLModel.metadata.sorted_tables if t.name in present]  # parents first
    source = make_engine(f"sqlite:///{legacy}", read_only=True)
    with source.connect() as src, engine.begin() as dst:
        for table in SEEDED:
            dst.execute(text(f"DELETE FROM {table}"))
        for table in tables:
            columns = [c["name"] for c in inspect(engine).get_columns(table)]
            names = ", ".join(columns)
            rows = [dict(r._mapping) for r in src.execute(text(f"SELECT {names} FROM {table}"))]
            if rows:
                dst.execute(text(f"INSERT INTO {table} ({names}) VALUES "
                                 f"({', '.join(':' + c for c in columns)})"), rows)
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()
    source.dispose()


def _content(ctx: ServiceContext) -> dict[str, list[dict]]:
    drop = {"countries", "stage"}  # 0002 and 0006 add them (0006 reads clear stages from the names)
    return {
        "measures": [m.model_dump() for m in measures.list_measures(ctx)],
        "ventures": [v.model_dump(exclude={"items": {"__all__": drop}}) for v in ventures.list_ventures(ctx)],
        # The clause an assessment depends on arrived with 0007: a 0001 register has none.
        "assessments": [a.model_dump(exclude={"clause"}) for a in assessments.list_assessments(ctx)],
    }


def test_demo_register_at_0001_survives_the_upgrade(tmp_path: Path) -> None:
    reference = open_register(legacy_register(tmp_path / "reference.sqlite3"), actor="tester")
    old = tmp_path / "old.sqlite3"
    _register_at_0001(old, tmp_path)
    migrated = open_register(f"sqlite:///{old}", actor="tester")  # backs up, then upgrades
    migrated.now = reference.now = lambda: FIXED_NOW
    try:
        assert migrate.current_revision(migrated.db.engine) == migrate.head_revision()
        assert list(tmp_path.glob("backups/old.before-0001.*")), "the register was not backed up first"
        assert _content(migrated) == _content(reference)  # from 0001 as from 0004: the same records
        assert all(i.countries == [] for v in ventures.list_ventures(migrated) for i in v.items)
        with migrated.db.session() as s:
            chain = audit.verify_chain(s)
            links = s.execute(text("SELECT count(*) FROM measure_link")).scalar()
        assert chain.ok and check_register(migrated).ok
        assert links == 0
        assert {"spherical graphite", "lithium hydroxide"} <= {x.term for x in list_synonyms(migrated)}
        # Without countries, screening finds no exposure there but says what to record to decide it.
        found = [n for n in needs_data(migrated, venture="Aurora Anode Materials LLC")
                 if n.item_name == "spherical graphite"]
        assert found and "MOFCOM/GAC Announcement No. 39 of 2023" in [ref for _, ref, _ in found[0].measures]
    finally:
        migrated.db.dispose()
        reference.db.dispose()


def test_models_and_migrations_agree(ctx: ServiceContext) -> None:
    # The search index (an FTS5 table and its shadow tables) is built by migration 0004 and
    # has no model on purpose: it is left out here, and only it.
    left_out: set[str] = set()

    def include_name(name: str | None, type_: str, _parents: object) -> bool:
        if type_ == "table" and name and search_index.is_index_table(name):
            left_out.add(name)
            return False
        return True

    with ctx.db.engine.connect() as conn:
        opts = {"compare_type": True, "include_name": include_name}
        diffs = compare_metadata(MigrationContext.configure(conn, opts=opts), SQLModel.metadata)
    assert diffs == []
    shadows = ("data", "idx", "docsize", "config")
    assert left_out == {search_index.TABLE, *(f"{search_index.TABLE}_{s}" for s in shadows)}


def test_downgrade_to_0001_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    migrate.upgrade(engine)
    with engine.execution_options(register_write=True).begin() as conn:
        command.downgrade(migrate._config(conn), "0001")
    assert "synonym" not in inspect(engine).get_table_names()
    assert "countries" not in {c["name"] for c in inspect(engine).get_columns("venture_item")}
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM synonym")).scalar() > 0
    engine.dispose()
