"""Migration 0009 on a register holding data at 0006: every partner becomes a party, nothing else changes."""

from __future__ import annotations

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


def test_a_register_at_0006_moves_forward_with_a_party_per_partner(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    ventures.create_venture(ctx, venture_data(name="Twin", partners=[
        {"name": "shandong  CARBON", "country": "CN", "share": "50"},  # the demo's partner, spelt otherwise
        {"name": "红隼微电子有限公司", "country": "CN", "share": "50"}]))
    old = tmp_path / "old.sqlite3"
    register_at(ctx, old, "0006")
    migrated = open_register(f"sqlite:///{old}", actor="tester")
    migrated.now = lambda: FIXED_NOW
    try:
        assert migrate.current_revision(migrated.db.engine) == migrate.head_revision()
        expected = {(normalize_key(p.name), p.country or "") for v in ventures.list_ventures(ctx) for p in v.partners}
        found = parties.list_parties(migrated)
        assert {(normalize_key(p.name), p.country) for p in found} == expected
        assert len(found) == len(expected) and all(not p.owners and not p.aliases for p in found)
        assert [v.model_dump() for v in ventures.list_ventures(migrated)] == [
            v.model_dump() for v in ventures.list_ventures(ctx)]
        with migrated.db.session() as s:
            assert audit.verify_chain(s).ok
        assert check_register(migrated).ok  # the parties the upgrade made are sealed by its seal entry
        parties.set_owner(migrated, "Shandong Carbon", "Binhai Holdings", "50", owned_country="CN",
                          owner_country="CN")
        assert check_register(migrated).ok
    finally:
        migrated.db.dispose()
