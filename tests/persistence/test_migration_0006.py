"""Migration 0006 on a register holding data at 0004: stages where clear, the vocabulary seeded, nothing lost."""

from __future__ import annotations

import importlib
from pathlib import Path

from sqlalchemy import inspect, text

from desktop_app.persistence import migrate
from desktop_app.persistence.db import make_engine
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import measures, ventures
from desktop_app.services.screening.exposures import screen
from desktop_app.services.screening.terms import list_crosswalk, list_terms
from desktop_app.services.vocabularies import shipped_crosswalk, shipped_taxonomy
from tests.conftest import FIXED_NOW
from tests.persistence.registers import register_at

M0006 = importlib.import_module("desktop_app.persistence.migrations.versions.0006_screening_vocabulary")



def test_a_register_at_0004_moves_forward_with_clear_stages_only(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    old = tmp_path / "old.sqlite3"
    register_at(ctx, old)
    migrated = open_register(f"sqlite:///{old}", actor="tester")
    migrated.now = lambda: FIXED_NOW
    try:
        assert migrate.current_revision(migrated.db.engine) == migrate.head_revision()
        assert list(tmp_path.glob("backups/old.before-0004.*")), "the register was not backed up first"
        stages = {i.name: i.stage.value if i.stage else None for v in ventures.list_ventures(migrated)
                  for i in v.items}
        assert stages["LFP cathode preparation process know-how"] == "technology"
        assert stages["copper-cobalt ore"] == "ore"
        assert stages["spherical graphite"] is None and stages["LFP cathode powder"] is None
        assert all(i.stage is None for m in measures.list_measures(migrated) for i in m.items)
        strip = {"items": {"__all__": {"stage"}}}
        assert [v.model_dump(exclude=strip) for v in ventures.list_ventures(migrated)] == [
            v.model_dump(exclude=strip) for v in ventures.list_ventures(ctx)]
        with migrated.db.session() as s:
            assert audit.verify_chain(s).ok
        assert {t.key for t in list_terms(migrated)} == {t["key"] for t in shipped_taxonomy()}
        assert {(r.code_a, r.code_b) for r in list_crosswalk(migrated)} == {
            (r["code_a"], r["code_b"]) for r in shipped_crosswalk()}
        # The stages written are the ones screening reads from the names anyway: the same findings.
        def keys(c: ServiceContext) -> set[tuple[str, str, str]]:
            return {(e.measure_reference, e.venture_name, e.item_key) for e in screen(c, include_assessed=True)}

        assert keys(migrated) == keys(ctx) and keys(ctx)
    finally:
        migrated.db.dispose()


def test_the_frozen_seed_is_the_vocabulary_shipped_with_this_revision() -> None:
    frozen = [(k, label, stage, list(aliases), list(broader))
              for k, label, stage, aliases, broader in M0006.TERMS_AT_0006]
    assert frozen == [(t["key"], t["label"], t["stage"], t["aliases"], t["broader"]) for t in shipped_taxonomy()]
    assert [(a, b, note) for a, b, note in M0006.CROSSWALK_AT_0006] == [
        (r["code_a"], r["code_b"], r["note"]) for r in shipped_crosswalk()]
    assert M0006.clear_stage("lithium refining process licence") == "technology"
    assert M0006.clear_stage("MOCVD epitaxy tools") == "equipment"
    assert M0006.clear_stage("스포듀민 정광") == "ore"
    assert M0006.clear_stage("orange peel") == ""  # words, not letters
    assert M0006.clear_stage("lithium carbonate") == ""


def test_downgrade_to_0004_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    migrate.upgrade(engine)
    with engine.execution_options(register_write=True).begin() as conn:
        command.downgrade(migrate._config(conn), "0004")
    names = inspect(engine).get_table_names()
    assert "taxonomy_term" not in names and "flow_decision" not in names
    assert "stage" not in {c["name"] for c in inspect(engine).get_columns("venture_item")}
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM taxonomy_relation")).scalar() > 0
    engine.dispose()
