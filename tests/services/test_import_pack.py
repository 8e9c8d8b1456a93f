"""Update packs: a dry-run diff first; local notes, assessments and dismissals are never touched;
importing the same pack twice changes nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import func, select

from desktop_app.domain.errors import ImportRejected
from desktop_app.domain.models import AuditEntry, ExposureDismissal
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.pack import import_pack
from desktop_app.services.records import assessments, lineage, measures
from desktop_app.services.screening import actions, exposures

NEW = "PACK-TEST-1 (fictional test row)"
OLD = "MOFCOM Announcement No. 46 of 2024"
COLUMNS = ["reference", "title", "jurisdiction", "measure_type", "status", "summary", "notes", "version"]


def _pack(tmp_path: Path) -> tuple[Path, Path]:
    rows = [[OLD, "Announcement on strengthening export control of relevant dual-use items to the United States",
             "China", "export ban", "in force", "summary from the newsletter", "the newsletter's own note", "1"],
            [NEW, "Fictional follow-up rule", "CN", "export licensing requirement", "proposed", "", "", "7"]]
    measures_file, links_file = tmp_path / "pack.csv", tmp_path / "links.csv"
    with measures_file.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([COLUMNS, *rows])
    with links_file.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["from_reference", "kind", "to_reference", "note"],
                                  [NEW, "responds to", OLD, "fictional"],
                                  [OLD, "responds to", "89 FR 96790 (RIN 0694-AJ74)", ""]])
    return measures_file, links_file


def _local_state(ctx: ServiceContext) -> tuple[object, ...]:
    with ctx.db.session() as s:
        dismissals = s.exec(select(func.count()).select_from(ExposureDismissal)).one()
    return ([a.model_dump() for a in assessments.list_assessments(ctx)], dismissals)


def test_a_pack_is_diffed_then_imported_once_leaving_local_work_alone(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    old = next(m for m in measures.list_measures(ctx) if m.reference == OLD)
    measures.update_measure(ctx, old.id, old.to_update() | {"notes": "our own note"})
    found = exposures.screen(ctx)[0]
    actions.dismiss_exposure(ctx, found.measure_id, found.venture_id, found.item_key, "not ours")
    local = _local_state(ctx)
    measures_file, links_file = _pack(tmp_path)

    preview = import_pack(ctx, measures_file, links=links_file, dry_run=True)
    verbs = {o.key: o.action for o in preview.measures.outcomes}
    assert verbs == {OLD: "update", NEW: "create"}
    changed = next(o for o in preview.measures.outcomes if o.key == OLD).changes
    assert set(changed) == {"summary"}  # the pack's notes and version are not this register's
    assert [str(link) for link in preview.new_links] == [f"{NEW} responds to {OLD}"] and preview.known_links == 1
    assert [m.reference for m in measures.list_measures(ctx) if m.reference == NEW] == []  # a dry run

    done = import_pack(ctx, measures_file, links=links_file)
    assert done.measures.count("create") == 1 and len(done.new_links) == 1
    after = next(m for m in measures.list_measures(ctx) if m.reference == OLD)
    assert after.notes == "our own note" and after.summary == "summary from the newsletter"
    assert _local_state(ctx) == local
    assert any(link.from_reference == NEW for link in lineage.list_links(ctx))
    with ctx.db.session() as s:
        entries = s.exec(select(func.count()).select_from(AuditEntry)).one()

    again = import_pack(ctx, measures_file, links=links_file)
    assert {o.action for o in again.measures.outcomes} == {"unchanged"} and not again.new_links
    with ctx.db.session() as s:
        assert s.exec(select(func.count()).select_from(AuditEntry)).one() == entries


def test_a_workbook_pack_brings_its_lineage_sheet(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    measures_file, _links = _pack(tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Measures"
    with measures_file.open(encoding="utf-8") as fh:
        for row in csv.reader(fh):
            sheet.append(row)
    book.create_sheet("Lineage").append(["from_reference", "kind", "to_reference", "note"])
    book["Lineage"].append([NEW, "responds to", OLD, "fictional"])
    book.save(tmp_path / "pack.xlsx")
    report = import_pack(ctx, tmp_path / "pack.xlsx", dry_run=True)
    assert [str(link) for link in report.new_links] == [f"{NEW} responds to {OLD}"]


def test_a_link_to_an_unknown_measure_stops_the_whole_pack(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    measures_file, links_file = _pack(tmp_path)
    links_file.write_text("from_reference,kind,to_reference\nNo such measure,suspends,MOFCOM Announcement No. 46 "
                          "of 2024\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_pack(ctx, measures_file, links=links_file)
    assert "links row 2, column from_reference: no measure 'No such measure'" in caught.value.errors[0]
    assert NEW not in {m.reference for m in measures.list_measures(ctx)}
