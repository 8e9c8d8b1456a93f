"""Every partner is a party from the moment its venture is saved or imported, with an audit entry."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlmodel import select

from desktop_app.domain.entity import Entity
from desktop_app.domain.models import AuditEntry, Party
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import run_import
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.records import ventures
from tests.conftest import venture_data


def _parties(ctx: ServiceContext) -> dict[tuple[str, str], int]:
    with ctx.db.session() as s:
        made = {e.entity_id: e for e in s.exec(select(AuditEntry).where(AuditEntry.entity == "party"))}
        return {(p.name, p.country): p.id for p in s.exec(select(Party)) if p.id in made and
                made[p.id].action == "create"}


def test_saving_a_venture_makes_its_partners_parties_once(ctx: ServiceContext) -> None:
    v = ventures.create_venture(ctx, venture_data())
    assert set(_parties(ctx)) == {("Appalachian Energy", "US"), ("Shandong Carbon", "CN")}
    partners = [p.model_dump() for p in v.partners] + [{"name": "  shandong   carbon ", "country": "CN"},
                                                        {"name": "Kestrel Microelectronics", "country": "CN"}]
    ventures.update_venture(ctx, v.id, venture_data(partners=partners) | {"version": v.version})
    ventures.create_venture(ctx, venture_data(name="Second JV"))  # the same partners: no new party
    assert set(_parties(ctx)) == {("Appalachian Energy", "US"), ("Shandong Carbon", "CN"),
                                  ("Kestrel Microelectronics", "CN")}
    with ctx.db.session() as s:
        assert audit.verify_chain(s).ok
    assert check_register(ctx).ok


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def test_importing_ventures_makes_their_partners_parties_and_a_dry_run_none(ctx: ServiceContext,
                                                                            tmp_path: Path) -> None:
    rows = [{"name": f"JV {n}", "country": "US", "partner_1_name": "红隼微电子有限公司", "partner_1_country": "CN",
             "partner_1_share": "40", "partner_2_name": f"Local Partner {n}", "partner_2_country": "US",
             "partner_2_share": "60"} for n in range(3)]
    path = _csv(tmp_path / "ventures.csv", rows)
    run_import(ctx, path, Entity.VENTURE, dry_run=True)
    assert not _parties(ctx)
    run_import(ctx, path, Entity.VENTURE)
    assert set(_parties(ctx)) == {("红隼微电子有限公司", "CN"), *((f"Local Partner {n}", "US") for n in range(3))}
    run_import(ctx, path, Entity.VENTURE)  # unchanged rows: nothing new
    assert len(_parties(ctx)) == 4
    with ctx.db.session() as s:
        assert audit.verify_chain(s).ok
    assert check_register(ctx).ok
