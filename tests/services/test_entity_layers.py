"""Every record entity has its entry in each service layer, and every audit writer stores a declared name."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from desktop_app.cli.records import CHOICES
from desktop_app.domain.entity import IMPORTABLE, RECORDS, Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.models import AuditEntry
from desktop_app.domain.risk import RiskMatrix
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.codecs import CODECS
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.import_batch import ADAPTERS
from desktop_app.services.maintenance.backups import backup_register
from desktop_app.services.maintenance.restore import restore_file
from desktop_app.services.ownership import content, listings, parties
from desktop_app.services.records import browse, groups, matrix, measures, synonyms, ventures
from desktop_app.services.records.browse_columns import TABLES
from desktop_app.services.records.registry import SERVICES
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.screening import actions, flows, terms
from desktop_app.services.screening import exposures as screening
from desktop_app.services.timeline import events
from desktop_app.services.vocabularies import default_matrix
from tests.conftest import measure_data
from tests.unit.test_entity import STORED_AUDIT_NAMES


@pytest.mark.parametrize("entity", RECORDS)
def test_every_record_has_its_services_columns_codec_and_import_adapter(entity: Entity) -> None:
    assert SERVICES[entity].entity is entity and SERVICES[entity].kind.table is entity.record.table
    assert TABLES[entity].entity is entity and TABLES[entity].table is entity.record.table.__table__
    assert len(set(TABLES[entity].keys)) == len(TABLES[entity].keys) and TABLES[entity].columns[0].title
    assert CODECS[entity].entity is entity and CODECS[entity].columns == entity.record.columns
    assert entity in ADAPTERS
    assert entity.record.name in CHOICES


def test_no_layer_has_an_entry_for_an_entity_that_is_not_a_record() -> None:
    for table in (SERVICES, TABLES):  # the window's records
        assert list(table) == list(RECORDS)
    for table in (CODECS, ADAPTERS):  # what files carry: the records and a measure's time parts
        assert list(table) == list(IMPORTABLE)
    assert CHOICES == ("measures", "ventures", "clauses", "windows", "assessments")


def test_register_counts_cover_every_record(ctx: ServiceContext) -> None:
    assert list(browse.register_counts(ctx).live) == list(RECORDS)


def test_every_audit_writer_stores_a_declared_name(ctx: ServiceContext, tmp_path: Path) -> None:
    """Each kind of audited change, once: the names stored are exactly the Entity values."""
    load_demo(ctx)  # measures, ventures, assessments, imports, measure links
    measures.archive_measure(ctx, measures.list_measures(ctx)[0].id)
    synonyms.set_synonym(ctx, "solar-grade polysilicon", "polysilicon")
    groups.save_group(ctx, {"code": "OURS:1", "name": "Our markets", "members": ["NA"]})
    terms.set_term(ctx, "test_material", "test material", "material")
    terms.relate(ctx, "test_material", terms.list_terms(ctx)[0].key)
    terms.set_crosswalk(ctx, "CN-DU:9Z999", "CN:99999999", "a test row")
    event = next(e for e in events.list_events(ctx) if e.open)
    events.confirm_event(ctx, event.uid, "checked: not extended")
    proposed = next(p for v in ventures.list_ventures(ctx) for p in flows.proposed_flows(ctx, v.id))
    flows.decide_flow(ctx, proposed.venture_id, proposed.item_key, proposed.country, confirm=False)
    exposure = screening.screen(ctx)[0]
    actions.dismiss_exposure(ctx, exposure.measure_id, exposure.venture_id, exposure.item_key, "not ours")
    parties.set_owner(ctx, "Owned Test Party", "Owning Test Party", "60", owned_country="DE", owner_country="CN")
    listing = measures.create_measure(ctx, measure_data(reference="Test listing 1", measure_type="party listing",
                                                        status="in force", status_history=[]))
    listed = listings.add_listed(ctx, listing.reference, {"name": "Owning Test Party Co., Ltd.", "list_name": "Test"})
    listings.set_rule(ctx, listing.reference, {"threshold": "25"})
    listings.decide_match(ctx, "Owned Test Party", listed.id, confirm=False)
    content.set_de_minimis(ctx, listing.reference, {"share": "0.1", "origin": "CN"})
    content.set_content(ctx, ventures.list_ventures(ctx)[0].id, {"product": "p", "input_name": "i", "origin": "CN",
                                                                 "share": "1"})
    m = default_matrix()
    grid = [list(r) for r in m.grid]
    grid[0][0] = m.levels[-1].key
    matrix.update_matrix(ctx, RiskMatrix(m.levels, tuple(tuple(r) for r in grid)))
    write_briefing(ctx, tmp_path / "briefing.pdf", ReportOptions(full=False))  # a briefing issued
    backup = backup_register(ctx, tmp_path / "backup.sqlite3")
    ctx.db.dispose()
    ctx, _safety = restore_file(ctx.db.url, backup, actor="tester")
    with ctx.db.session() as s:
        stored = set(s.exec(select(AuditEntry.entity)).all())
        assert audit.verify_chain(s).ok
    assert stored == set(STORED_AUDIT_NAMES)
    assert all(type(name) is str for name in stored)


def test_an_undeclared_name_never_enters_the_chain(ctx: ServiceContext) -> None:
    with ctx.db.session(write=True) as s, pytest.raises(ValueError, match="not a valid Entity"):
        audit.record(s, ctx, AuditAction.CREATE, "measures", None, "x", {})  # type: ignore[arg-type]
    with ctx.db.session() as s:
        assert audit.verify_chain(s).entries == 0
