"""Migration 0005 carries a register written by the previous version forward: every row kept, a
register marker added, every record sealed by one audit entry, and tampering caught from then on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.persistence import migrate
from desktop_app.persistence.db import make_engine
from desktop_app.persistence.seals import chain_start, root, seal_rows
from desktop_app.services import audit
from desktop_app.services.context import open_register
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.records import measures
from tests.conftest import legacy_register
from tests.faults.helpers import TABLES, table_rows

# Migration 0007 turns "suspended" history entries and "suspends" links into suspension windows
# (its own test checks that); every other row is kept as it was.
KEPT = tuple(t for t in TABLES if t not in ("audit_entry", "audit_head", "measure", "measure_status_change",
                                            "measure_link"))


def test_a_register_of_revision_0004_is_carried_forward(tmp_path: Path) -> None:
    path = legacy_register(tmp_path / "old.sqlite3")
    before = table_rows(path)
    ctx = open_register(path, actor="tester")
    try:
        after = table_rows(path)
        # Every row kept; later migrations add columns at the end (stages, notes), so compare the old ones.
        width = {t: len(before[t][0]) for t in KEPT if before.get(t)}
        assert {t: [r[:width[t]] for r in after[t]] for t in width} == {t: before[t] for t in width}
        old_entries = [row[:10] for row in after["audit_entry"][: len(before["audit_entry"])]]
        assert old_entries == before["audit_entry"]  # every entry kept as it was written
        seal = after["audit_entry"][-1]
        assert len(after["audit_entry"]) == len(before["audit_entry"]) + 1 and seal[3] == "seal"
        with ctx.db.session() as s:
            conn = s.connection()
            groups = seal_rows(conn)
            assert list(groups) == [seal[0]] and root(groups[seal[0]]) == seal[10]  # bound into the chain
            assert chain_start(conn) == "0" * 64  # the old trail still starts where it did
            marker = conn.exec_driver_sql("SELECT application, register_id FROM register_marker").one()
            assert audit.verify_chain(s).ok
        assert marker[0] == "Export Risk Register" and len(marker[1]) == 32
        records = table_rows(path, ("measure", "joint_venture", "assessment", "measure_link", "exposure_dismissal",
                                    "synonym", "jurisdiction_group", "taxonomy_term", "taxonomy_relation",
                                    "crosswalk", "flow_decision", "measure_clause", "suspension_window",
                                    "event_confirmation", "party"))
        assert len(groups[seal[0]]) == sum(len(rows) for rows in records.values()) + 1  # and the matrix
        assert check_register(ctx).ok
        first = measures.list_measures(ctx)[0]
        measures.update_measure(ctx, first.id, first.to_update() | {"title": "Edited in the application"})
        assert check_register(ctx).ok  # a change through the application is sealed by its own entry
    finally:
        ctx.db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE joint_venture SET owner = 'someone else' WHERE id = 2")
    conn.commit()
    conn.close()
    ctx = open_register(path, actor="checker")
    report = check_register(ctx)
    ctx.db.dispose()
    assert [p for p in report.problems if "(id 2) was changed outside the application" in p]


def test_a_fresh_register_seals_its_seeded_rows_at_the_start_of_the_chain(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        groups = seal_rows(conn)
        head = conn.exec_driver_sql("SELECT last_id, hash FROM audit_head").one()
    engine.dispose()
    assert list(groups) == [0] and head == (0, root(groups[0]))  # the matrix and the synonyms
    assert {entity for entity, _id, _state in groups[0]} == {
        "risk_matrix", "synonym", "jurisdiction_group", "taxonomy_term", "taxonomy_relation", "crosswalk_row"}
