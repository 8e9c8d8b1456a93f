"""The workbook is a way back into the register: edit a sheet in a spreadsheet, import it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli.main import main
from desktop_app.domain.entity import RECORDS, Entity
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import measures
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from tests.reports.test_xlsx_workbook import build_hostile_register


@pytest.fixture
def demo(ctx: ServiceContext) -> ServiceContext:
    load_demo(ctx)
    return ctx


def _edit(path: Path, sheet: str, column: str, row: int, value: object) -> object:
    """Change one cell the way an analyst's spreadsheet would; returns the old value."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=row, column=header.index(column) + 1)
    old, cell.value = cell.value, value
    wb.save(path)
    return old


@pytest.mark.parametrize("lang", ["en", "zh_CN"])  # the import sheets stay English in every language
def test_unedited_sheets_import_back_unchanged(demo: ServiceContext, tmp_path: Path, lang: str) -> None:
    out = write_workbook(demo, tmp_path / "risk.xlsx", ReportOptions(lang=lang))
    for entity in RECORDS:
        report = run_import(demo, out, entity, dry_run=True)
        assert not report.errors, report.errors
        assert report.count("unchanged") == len(report.outcomes) > 0, (entity, report.summary())
        # The workbook's own computed columns (levels) are read past without a warning.
        assert not [w for w in report.warnings if "not an import column" in w], report.warnings
    assert {run_import(demo, out, e).sheet for e in RECORDS} == {"Measures", "Joint ventures", "Assessments"}


def test_edit_a_measure_in_the_sheet_then_import_it(demo: ServiceContext, tmp_path: Path) -> None:
    out = write_workbook(demo, tmp_path / "risk.xlsx", ReportOptions())
    reference = openpyxl.load_workbook(out)["Measures"]["A3"].value
    old_title = _edit(out, "Measures", "title", 3, "Edited title: <b>& Sons</b>")
    _edit(out, "Measures", "status", 3, "repealed")

    preview = run_import(demo, out, Entity.MEASURE, dry_run=True)
    assert [(o.action, o.key) for o in preview.outcomes if o.action != "unchanged"] == [("update", reference)]
    stored = next(m for m in measures.list_measures(demo) if m.reference == reference)
    assert stored.title == old_title, "a dry run writes nothing"

    applied = run_import(demo, out, Entity.MEASURE)
    assert applied.count("update") == 1
    stored = next(m for m in measures.list_measures(demo) if m.reference == reference)
    assert stored.title == "Edited title: <b>& Sons</b>" and stored.status.label == "repealed"
    with demo.db.session() as s:
        entries = audit.list_entries(s, entity=Entity.MEASURE, entity_id=stored.id)
        assert audit.verify_chain(s).ok
    assert entries[0].action == "update" and entries[0].changes["title"] == [old_title, stored.title]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_hostile_strings_survive_export_and_import(ctx: ServiceContext, hostile_strings: list[str],
                                                   tmp_path: Path, lang: str) -> None:
    build_hostile_register(ctx, [*hostile_strings, "'=1+1 starts with an apostrophe", "'s-Hertogenbosch"])
    out = write_workbook(ctx, tmp_path / "hostile.xlsx", ReportOptions(lang=lang))
    for entity in RECORDS:
        report = run_import(ctx, out, entity, dry_run=True)
        assert not report.errors, report.errors[:3]
        changed = [o for o in report.outcomes if o.action != "unchanged"]
        assert not changed, (entity, changed[:3])


def test_cli_report_then_dry_run_import(demo: ServiceContext, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo.db.path)
    out = tmp_path / "cli.xlsx"
    assert main(["--db", db, "report", "xlsx", str(out), "--since", "2024-01-01"]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    _edit(out, "Joint ventures", "owner", 2, "New Owner")
    assert main(["--db", db, "import", "ventures", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "row 2: update" in printed and "Dry run, nothing written" in printed
