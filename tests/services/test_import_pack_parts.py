"""An update pack's clauses, suspension windows and links: listed by the dry run, applied in one
transaction, twice changes nothing, this register's notes, assessments and dismissals untouched."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlmodel import func, select

from desktop_app.domain.errors import ImportRejected
from desktop_app.domain.models import AuditEntry, ExposureDismissal
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.pack import import_pack
from desktop_app.services.intake.pack_diff import diff_lines
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.records import assessments, lineage, measures
from desktop_app.services.screening import actions, exposures
from desktop_app.services.timeline import clauses, windows

NEW = "PACK-PARTS-1 (fictional test row)"
OLD = "MOFCOM Announcement No. 46 of 2024"


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cell in (c for line in sheet.iter_rows() for c in line):
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that reads like a formula stays text, as a person typed it
    book.save(path)
    return path


def _pack(tmp_path: Path, *, new_title: str = "Fictional follow-up rule", link_kind: str = "responds to") -> Path:
    return _book(tmp_path / "pack.xlsx", {
        "Measures": [["reference", "title", "jurisdiction", "measure_type", "status", "summary", "notes"],
                     [NEW, new_title, "China", "export ban", "in force", "", "their note"],
                     [OLD, "Announcement on strengthening export control of relevant dual-use items to the "
                      "United States", "CN", "export ban", "in force", "summary from the newsletter", ""]],
        "Clauses": [["measure_reference", "clause", "title", "notes"],
                    [NEW, "1", "Fictional first clause", "their clause note"],
                    [OLD, "1", "US military end-users (newsletter wording)", "their clause note"]],
        "Suspension windows": [["measure_reference", "clause", "suspended_by", "starts_on", "ends_on", "note"],
                               [NEW, "", OLD, "2026-01-01", "2026-06-30", "their window note"]],
        "Lineage": [["from_reference", "kind", "to_reference", "note"], [NEW, link_kind, OLD, "fictional"]],
    })


def _local(ctx: ServiceContext) -> tuple[object, ...]:
    with ctx.db.session() as s:
        dismissals = s.exec(select(func.count()).select_from(ExposureDismissal)).one()
    return [a.model_dump() for a in assessments.list_assessments(ctx)], dismissals


def _audit_count(ctx: ServiceContext) -> int:
    with ctx.db.session() as s:
        return s.exec(select(func.count()).select_from(AuditEntry)).one()


def test_the_dry_run_lists_new_clauses_windows_and_links_of_a_measure_only_the_pack_brings(
        ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    found = exposures.screen(ctx)[0]
    actions.dismiss_exposure(ctx, found.measure_id, found.venture_id, found.item_key, "not ours")
    local, entries = _local(ctx), _audit_count(ctx)
    old_clause = next(c for c in clauses.list_clauses(ctx, lineage.measure_id_for(ctx, OLD)) if c.label == "1")

    preview = import_pack(ctx, _pack(tmp_path), dry_run=True)
    text = "\n".join(diff_lines(preview))
    assert f"New measures:\n  + {NEW}  (row 2)" in text
    assert f"Changed measures:\n  ~ {OLD}  (row 3)\n      summary: " in text
    assert f"New clauses:\n  + {NEW} x 1  (row 2)" in text
    assert f"Changed clauses:\n  ~ {OLD} x 1  (row 3)\n      title: '{old_clause.title}' -> " in text
    assert "New suspension windows:\n  + " in text and "2026-01-01" in text
    assert f"New links:\n  + {NEW} responds to {OLD}" in text
    assert "notes" not in text and "note:" not in text  # the pack's notes are not this register's
    assert NEW not in {m.reference for m in measures.list_measures(ctx)}  # rolled back, every part
    assert _audit_count(ctx) == entries

    done = import_pack(ctx, _pack(tmp_path))
    assert [p.count("create") for p in done.parts] == [1, 1, 1] and len(done.new_links) == 1
    new_id = lineage.measure_id_for(ctx, NEW)
    assert [w.ends_on.isoformat() for w in windows.list_windows(ctx, new_id) if w.ends_on] == ["2026-06-30"]
    assert all(w.note == "" for w in windows.list_windows(ctx, new_id))
    assert next(c for c in clauses.list_clauses(ctx, old_clause.measure_id) if c.label == "1").notes == old_clause.notes
    assert _local(ctx) == local
    after = _audit_count(ctx)

    again = import_pack(ctx, _pack(tmp_path))
    assert not again.changes_anything() and again.known_links == 1
    assert diff_lines(again) == ["Nothing new: the register already has everything in this pack."]
    assert _audit_count(ctx) == after and _local(ctx) == local
    checked = check_register(ctx)  # the rolled-back dry run left the audit chain and seals sound
    assert checked.ok, checked.problems


def test_an_error_in_a_later_part_writes_nothing_and_lists_every_part(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    bad = _pack(tmp_path, link_kind="annihilates")
    preview = import_pack(ctx, bad, dry_run=True)
    assert any("links row 2, column kind" in e for e in preview.all_errors())
    with pytest.raises(ImportRejected) as caught:
        import_pack(ctx, bad)
    assert any("links row 2, column kind" in e for e in caught.value.errors)
    assert NEW not in {m.reference for m in measures.list_measures(ctx)}


def test_a_pack_leaves_the_clauses_of_a_measure_archived_here_alone(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    old_id = lineage.measure_id_for(ctx, OLD)
    measures.archive_measure(ctx, old_id)
    report = import_pack(ctx, _pack(tmp_path), dry_run=True)
    kept = [o.key for p in report.parts for o in p.outcomes if o.action == "kept"]
    assert kept == [OLD, f"{OLD} x 1"]
    assert "Left as this register has them (archived here):" in diff_lines(report)


def test_hostile_text_goes_through_a_pack_verbatim(ctx: ServiceContext, tmp_path: Path,
                                                   hostile_strings: list[str]) -> None:
    load_demo(ctx)
    printable = [s for s in hostile_strings if s.isprintable() and len(s) <= 200]
    rows = [[text, text, "中国", "export ban", "in force"] for text in printable]
    pack = _book(tmp_path / "hostile.xlsx", {
        "Measures": [["reference", "title", "jurisdiction", "measure_type", "status"], *rows],
        "Clauses": [["measure_reference", "clause", "title"], *([text, "1", text] for text in printable)],
        "Lineage": [["from_reference", "kind", "to_reference"], [printable[0], "responds to", printable[1]]]})
    preview = diff_lines(import_pack(ctx, pack, dry_run=True))
    assert [f"  + {text}  (row {n})" for n, text in enumerate(printable, start=2)] == preview[1:len(printable) + 1]
    assert f"  + {printable[0]} x 1  (row 2)" in preview and f"  + {printable[0]} responds to {printable[1]}" in preview
    import_pack(ctx, pack)
    stored = {m.reference: m.title for m in measures.list_measures(ctx)}
    assert [stored[text] for text in printable] == printable
    assert {c.title for c in clauses.list_clauses(ctx)} >= set(printable)
    assert not import_pack(ctx, pack).changes_anything()
