"""Migration 0008 on a register holding data at 0004: every row survives (mitigation actions too,
although `assessment` is rebuilt), the search index still answers, the groups are seeded."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from desktop_app.persistence import migrate, search_index
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.records import assessments, browse_search, groups, measures, ventures
from tests.conftest import FIXED_NOW
from tests.persistence.registers import register_at


def _content(ctx: ServiceContext) -> dict[str, list[dict]]:
    return {
        "measures": [m.model_dump() for m in measures.list_measures(ctx)],
        # Migration 0006 writes the stages clear from an item's name: compared in its own test.
        "ventures": [v.model_dump(exclude={"items": {"__all__": {"stage"}}}) for v in ventures.list_ventures(ctx)],
        # A register at 0004 cannot say which clause an assessment depends on (0007 adds it).
        "assessments": [a.model_dump(exclude={"clause"}) for a in assessments.list_assessments(ctx)],
    }


def test_a_register_at_0004_is_carried_forward(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    old = tmp_path / "old.sqlite3"
    register_at(ctx, old)
    migrated = open_register(f"sqlite:///{old}", actor="tester")  # backs up, then upgrades
    migrated.now = lambda: FIXED_NOW
    try:
        assert migrate.current_revision(migrated.db.engine) == migrate.head_revision()
        assert list(tmp_path.glob("backups/old.before-0004.*")), "the register was not backed up first"
        assert _content(migrated) == _content(ctx)
        assert sum(len(a.mitigation) for a in assessments.list_assessments(migrated)) > 0
        with migrated.db.session() as s:
            assert audit.verify_chain(s).ok
        assert check_register(migrated).ok  # every record sealed by the upgrade
        with migrated.db.engine.connect() as conn:
            assert search_index.problems(conn) == []
            assert browse_search.indexed_words(conn, "Anna Keller", True) == {"Anna", "Keller"}
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
            assert [d for d in diff if "assessment_search" not in str(d)] == []
        assert {g.code for g in groups.list_groups(migrated)} >= {"EU", "WORLD", "EAR:D:5"}
        # What the new schema allows: an undated assessment and an undisclosed share.
        first = assessments.list_assessments(migrated)[0]
        with migrated.db.engine.begin() as conn:
            conn.execute(text("UPDATE assessment SET assessed_on = NULL WHERE id = :i"), {"i": first.id})
        assert assessments.get_assessment(migrated, first.id).assessed_on is None
        venture = ventures.list_ventures(migrated)[0]
        partners = [p.model_dump() | {"share": None} for p in venture.partners]
        assert not ventures.update_venture(migrated, venture.id, venture.to_update() | {"partners": partners}
                                           ).ownership_complete
    finally:
        migrated.db.dispose()
