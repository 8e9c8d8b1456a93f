"""A compliance team's own register, written as they write it: the headers they use, EAR groups
written bare, shares with a percent sign, tags separated by `;`, undated assessments that must
still reach the reports."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import openpyxl

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake import headers
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import measures, ventures
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from desktop_app.services.timeline import clauses


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_the_headers_people_use_are_suggested() -> None:
    found = headers.suggestions(Entity.MEASURE, ["ref_no.", "measure_title", "issuing_country", "kind", "state",
                                                 "target_countries", "date_in_force"])
    assert found == {"ref_no.": "reference", "measure_title": "title", "issuing_country": "jurisdiction",
                     "kind": "measure_type", "state": "status", "target_countries": "targets",
                     "date_in_force": "effective_on"}
    assert headers.suggestions(Entity.VENTURE, ["jv", "host_country", "partner_1", "partner_2"]) == {
        "jv": "name", "host_country": "country", "partner_1": "partner_1_name", "partner_2": "partner_2_name"}
    assert headers.suggestions(Entity.ASSESSMENT, ["measure", "jv", "review_date"]) == {
        "measure": "measure_reference", "jv": "venture", "review_date": "next_review_on"}
    # A column the file already has is never suggested twice.
    assert headers.suggestions(Entity.MEASURE, ["title", "measure_title"]) == {"measure_title": None}


def test_ear_groups_written_bare_and_in_lists_are_read(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _csv(tmp_path / "m.csv", [
        ["reference", "title", "jurisdiction", "measure_type", "status", "targets"],
        ["W-1 (fictional)", "t", "United States", "export ban", "in force", "D:5"],
        ["W-2 (fictional)", "t", "US", "export ban", "in force", "Country Groups D:1, D:3 and D:4"],
        ["W-3 (fictional)", "t", "US", "export ban", "in force", "D:5 countries except China"]])
    report = run_import(ctx, path, Entity.MEASURE)
    assert report.count("create") == 3, report.errors
    stored = {m.reference: m for m in measures.list_measures(ctx)}
    assert stored["W-1 (fictional)"].targets == ["EAR:D:5"] and stored["W-1 (fictional)"].targets_note == ""
    assert stored["W-2 (fictional)"].targets == ["EAR:D:1", "EAR:D:3", "EAR:D:4"]
    assert stored["W-2 (fictional)"].targets_note == "Country Groups D:1, D:3 and D:4"
    assert stored["W-3 (fictional)"].targets == ["EAR:D:5"]
    assert any("read 'Country Groups D:1, D:3 and D:4' as EAR Country Group D:1" in w for w in report.warnings)
    bad = _csv(tmp_path / "bad.csv", [["reference", "title", "jurisdiction", "measure_type", "status", "targets"],
                                      ["W-4 (fictional)", "t", "US", "export ban", "in force", "D:9"]])
    refused = run_import(ctx, bad, Entity.MEASURE, dry_run=True)
    assert refused.errors and "'D:9' is not a known country or jurisdiction group code" in refused.errors[0]


def test_shares_with_a_percent_sign_and_tags_separated_by_semicolons(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _csv(tmp_path / "v.csv", [
        ["name", "country", "inputs", "partner_1_name", "partner_1_share", "partner_2_name", "partner_2_share"],
        ["W JV (fictional)", "Hong Kong", "spherical graphite [HS:2504.10; from: China; Mozambique; stage: ore]",
         "P1", "51%", "P2", ""]])
    report = run_import(ctx, path, Entity.VENTURE)
    assert report.count("create") == 1, report.errors
    [venture] = ventures.list_ventures(ctx)
    assert [p.share for p in venture.partners] == [Decimal("51"), None]
    [item] = venture.items
    assert (item.codes, item.countries, item.stage.value if item.stage else None) == (
        ["HS:2504.10"], ["CN", "MZ"], "ore")
    over = _csv(tmp_path / "over.csv", [["name", "country", "partner_1_name", "partner_1_share"],
                                        ["W JV 2 (fictional)", "CN", "P", "101 %"]])
    refused = run_import(ctx, over, Entity.VENTURE, dry_run=True)
    assert refused.errors == ["row 2, column partner_1_share: ownership share must be between 0 and 100"]


def test_clause_targets_by_name_and_words_that_are_no_place(ctx: ServiceContext, tmp_path: Path) -> None:
    _csv(tmp_path / "m.csv", [["reference", "title", "jurisdiction", "measure_type", "status"],
                              ["W-C (fictional)", "t", "China", "export ban", "in force"]])
    run_import(ctx, tmp_path / "m.csv", Entity.MEASURE)
    good = _csv(tmp_path / "c.csv", [["measure_reference", "clause", "targets", "excluded"],
                                     ["W-C (fictional)", "1", "United States; 香港; Macau", "Namibia"]])
    assert run_import(ctx, good, Entity.MEASURE_CLAUSE).count("create") == 1
    [clause] = clauses.list_clauses(ctx)
    assert (clause.targets, clause.excluded) == (["US", "HK", "MO"], ["NA"])
    words = _csv(tmp_path / "c2.csv", [["measure_reference", "clause", "targets"],
                                       ["W-C (fictional)", "2", "United States; most entities"]])
    refused = run_import(ctx, words, Entity.MEASURE_CLAUSE, dry_run=True)
    assert refused.errors == ["row 2, column targets: 'most entities' is not a country or jurisdiction group; "
                              "a clause's targets hold only those (write the rest in the clause's text)"]


def test_an_undated_assessment_reaches_the_workbook(ctx: ServiceContext, tmp_path: Path) -> None:
    _csv(tmp_path / "m.csv", [["reference", "title", "jurisdiction", "measure_type", "status", "effective_on"],
                              ["W-A (fictional)", "t", "China", "export ban", "in force", "2024-01-01"]])
    _csv(tmp_path / "v.csv", [["name", "country"], ["W JV A (fictional)", "South Korea"]])
    _csv(tmp_path / "a.csv", [["measure_reference", "venture", "likelihood", "impact", "next_review_on"],
                              ["W-A (fictional)", "W JV A (fictional)", "4", "4", "2024-06-30"]])
    for name, entity in (("m", Entity.MEASURE), ("v", Entity.VENTURE), ("a", Entity.ASSESSMENT)):
        run_import(ctx, tmp_path / f"{name}.csv", entity)
    book = openpyxl.load_workbook(write_workbook(ctx, tmp_path / "b.xlsx", ReportOptions()), read_only=True)
    rows = list(book["Assessments"].iter_rows(values_only=True))
    book.close()
    assert [r[:2] for r in rows[1:]] == [("W-A (fictional)", "W JV A (fictional)")]
