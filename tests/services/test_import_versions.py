"""An import never silently overwrites a newer edit: exports carry versions, older rows are conflicts
listed with both sides, and only an explicit choice overwrites; dry runs list field changes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.diffs import change_lines
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.import_batch import ConflictPolicy
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import assessments, measures
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook


def _edit_after_export(ctx: ServiceContext) -> tuple[int, str]:
    """A colleague's later edit: a rationale and a mitigation action added after the export."""
    first = assessments.list_assessments(ctx)[0]
    data = first.to_update() | {"rationale": "edited after the export",
                                "mitigation": [{"text": "second supplier", "status": "open"}]}
    return assessments.update_assessment(ctx, first.id, data).id, "edited after the export"


def test_an_older_csv_is_a_conflict_listed_with_both_sides(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    export_csv(ctx, Entity.ASSESSMENT, tmp_path / "a.csv")
    aid, rationale = _edit_after_export(ctx)
    report = run_import(ctx, tmp_path / "a.csv", Entity.ASSESSMENT, dry_run=True)
    [conflict] = [o for o in report.outcomes if o.action == "conflict"]
    assert (conflict.file_version, conflict.stored_version) == (1, 2)
    assert set(conflict.changes) == {"rationale", "mitigation"}
    lines = change_lines(conflict.changes, left="register", right="file")
    assert any(line.startswith("rationale: register 'edited after the export' / file") for line in lines)
    assert len(report.conflicts) == 1 and "version 1" in report.conflicts[0]
    with pytest.raises(ImportRejected, match="1 conflict"):
        run_import(ctx, tmp_path / "a.csv", Entity.ASSESSMENT)
    assert assessments.get_assessment(ctx, aid).rationale == rationale  # nothing was imported
    keep = ConflictPolicy(choices={conflict.row: "keep"})
    kept = run_import(ctx, tmp_path / "a.csv", Entity.ASSESSMENT, conflicts=keep)
    assert kept.count("kept") == 1 and assessments.get_assessment(ctx, aid).rationale == rationale
    run_import(ctx, tmp_path / "a.csv", Entity.ASSESSMENT, conflicts=ConflictPolicy(overwrite_all=True))
    after = assessments.get_assessment(ctx, aid)
    assert after.rationale != rationale and [m.text for m in after.mitigation] != ["second supplier"]


def test_an_older_workbook_sheet_is_a_conflict_too(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    write_workbook(ctx, tmp_path / "book.xlsx", ReportOptions())
    ref = "MOFCOM Announcement No. 46 of 2024"
    m = next(x for x in measures.list_measures(ctx) if x.reference == ref)
    measures.update_measure(ctx, m.id, m.to_update() | {"summary": "a newer summary"})
    report = run_import(ctx, tmp_path / "book.xlsx", Entity.MEASURE, dry_run=True)
    assert report.sheet == "Measures" and not report.errors
    [conflict] = [o for o in report.outcomes if o.action == "conflict"]
    assert conflict.key == ref and set(conflict.changes) == {"summary"}
    assert report.count("unchanged") == len(report.outcomes) - 1  # names read back as the same codes
    with pytest.raises(ImportRejected, match="conflict"):
        run_import(ctx, tmp_path / "book.xlsx", Entity.MEASURE)


def test_the_workbook_shows_names_and_they_import_back_as_codes(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    m = measures.list_measures(ctx)[0]
    measures.update_measure(ctx, m.id, m.to_update() | {"targets": ["EAR:D:5", "MO"], "excluded": ["NA"]})
    write_workbook(ctx, tmp_path / "book.xlsx", ReportOptions())
    sheet = openpyxl.load_workbook(tmp_path / "book.xlsx", read_only=True)["Measures"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    row = next(r for r in rows if r[0] == m.reference)
    assert row[header.index("targets")] == "EAR Country Group D:5; Macao SAR China"
    assert row[header.index("excluded")] == "Namibia" and row[header.index("version")] == 2
    assert "CN" not in [r[header.index("jurisdiction")] for r in rows[1:]]
    report = run_import(ctx, tmp_path / "book.xlsx", Entity.MEASURE, dry_run=True)
    assert {o.action for o in report.outcomes} == {"unchanged"}


def test_hand_made_rows_update_as_before_and_the_preview_lists_each_change(ctx: ServiceContext,
                                                                           tmp_path: Path) -> None:
    load_demo(ctx)
    path = tmp_path / "m.csv"
    path.write_text("reference,title,jurisdiction,measure_type,status,targets\n"
                    "MOFCOM Announcement No. 46 of 2024,A new title,China,export ban,in force,United States; Macau\n",
                    encoding="utf-8")
    report = run_import(ctx, path, Entity.MEASURE, dry_run=True)
    [update] = report.outcomes
    assert update.action == "update" and update.file_version is None
    assert change_lines(update.changes) == [
        "targets: US -> US; MO",
        "title: 'Announcement on strengthening export control of relevant dual-use items to the United States' "
        "-> 'A new title'",
    ]
    run_import(ctx, path, Entity.MEASURE)
    assert run_import(ctx, path, Entity.MEASURE, dry_run=True).outcomes[0].action == "unchanged"


def test_a_version_that_is_not_a_number_is_an_error(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    path = tmp_path / "m.csv"
    path.write_text("reference,title,jurisdiction,measure_type,status,version\n"
                    "MOFCOM Announcement No. 46 of 2024,x,CN,export ban,in force,two\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, path, Entity.MEASURE)
    assert caught.value.errors[0].startswith("row 2, column version:")
