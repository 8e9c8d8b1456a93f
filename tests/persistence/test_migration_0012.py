"""Migration 0012 on a register at 0005 whose later partners never became parties: they become parties."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.domain.text import normalize_key
from desktop_app.persistence import migrate
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.ownership import parties
from desktop_app.services.records import ventures
from tests.conftest import FIXED_NOW, venture_data
from tests.persistence.registers import register_at


def test_partners_without_a_party_get_one_and_nothing_else_changes(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    ventures.create_venture(ctx, venture_data(name="Twin", partners=[
        {"name": "shandong  CARBON", "country": "CN", "share": "50"},  # the demo's partner, spelt otherwise
        {"name": "红隼微电子有限公司", "country": "CN", "share": "50"}]))
    parties.set_owner(ctx, "Shandong Carbon", "Binhai Holdings", "50", owned_country="CN", owner_country="CN")
    old = tmp_path / "old.sqlite3"
    register_at(ctx, old, "0005")
    with sqlite3.connect(old) as conn:  # as a register saved before 0012: later partners were no parties
        conn.execute("DELETE FROM party WHERE name_key = ? OR id NOT IN (SELECT owned_id FROM party_owner "
                     "UNION SELECT owner_id FROM party_owner)", (normalize_key("红隼微电子有限公司"),))
        left = conn.execute("SELECT count(*) FROM party").fetchone()[0]
    assert left == 2  # Shandong Carbon and its owner, who hold an ownership edge
    migrated = open_register(f"sqlite:///{old}", actor="tester")
    migrated.now = lambda: FIXED_NOW
    try:
        assert migrate.current_revision(migrated.db.engine) == migrate.head_revision()
        expected = {(normalize_key(p.name), p.country or "") for v in ventures.list_ventures(ctx) for p in v.partners}
        found = {(normalize_key(p.name), p.country) for p in parties.list_parties(migrated)}
        assert found == expected | {(normalize_key("Binhai Holdings"), "CN")}
        assert parties.get_party(migrated, "Shandong Carbon", "CN").owners[0].owner == "Binhai Holdings"
        assert [v.model_dump() for v in ventures.list_ventures(migrated)] == [
            v.model_dump() for v in ventures.list_ventures(ctx)]
        with migrated.db.session() as s:
            assert audit.verify_chain(s).ok
        assert check_register(migrated).ok  # the new parties are sealed by the upgrade's seal entry
    finally:
        migrated.db.dispose()
