"""Migration 0013: a register at 0012 gains the venture's worst-residual index, and the Joint
ventures table reads each row's worst residual from it (no sort per row)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select

from desktop_app.domain.entity import Entity
from desktop_app.persistence import migrate
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import browse, ventures
from tests.conftest import FIXED_NOW
from tests.persistence.registers import register_at


def _page_plan(ctx: ServiceContext, ids: list[int]) -> list[str]:
    """SQLite's plan for reading a page of the Joint ventures table."""
    spec, today = browse.browsed(Entity.VENTURE), ctx.today()
    stmt = browse._from(spec, select(spec.table.c.id, *[c.expr(today) for c in spec.columns])).where(
        spec.table.c.id.in_(ids))
    with ctx.db.engine.connect() as conn:
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        return [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]


def test_a_register_at_0012_gains_the_index_and_the_ventures_page_uses_it(ctx: ServiceContext,
                                                                            tmp_path: Path) -> None:
    load_demo(ctx)
    old = tmp_path / "old.sqlite3"
    register_at(ctx, old, "0012")
    migrated = open_register(f"sqlite:///{old}", actor="tester")
    migrated.now = lambda: FIXED_NOW
    try:
        assert migrate.current_revision(migrated.db.engine) == migrate.head_revision() == "0013"
        indexes = inspect(migrated.db.engine).get_indexes("assessment")
        assert "ix_assessment_venture_worst" in {ix["name"] for ix in indexes}
        ids = [v.id for v in ventures.list_ventures(migrated)]
        plan = _page_plan(migrated, ids)
        assert any("ix_assessment_venture_worst" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan  # no sort per venture
        # The same rows as the register it came from.
        assert browse.rows_by_id(migrated, Entity.VENTURE, ids) == browse.rows_by_id(ctx, Entity.VENTURE, ids)
    finally:
        migrated.db.dispose()


def test_a_new_register_has_the_index(ctx: ServiceContext) -> None:
    names = {ix["name"] for ix in inspect(ctx.db.engine).get_indexes("assessment")}
    assert "ix_assessment_venture_worst" in names
