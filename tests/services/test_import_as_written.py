"""A register written the way compliance staff write it imports with warnings, never refused for
what is merely incomplete: place names and groups, words around them, undisclosed shares,
undated assessments with past reviews, its own column headers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import ImportReport, run_import
from desktop_app.services.records import assessments, measures, ventures

DATA = Path(__file__).resolve().parent.parent / "data" / "intake"
MAPS = {
    Entity.MEASURE: {"ref": "reference", "issuer": "jurisdiction", "source": "source_url"},
    Entity.VENTURE: {"partner_1": "partner_1_name"},
    Entity.ASSESSMENT: {"measure": "measure_reference"},
}
FILES = {Entity.MEASURE: "measures_as_written.csv", Entity.VENTURE: "ventures_as_written.csv",
         Entity.ASSESSMENT: "assessments_as_written.csv"}


def load(ctx: ServiceContext) -> dict[Entity, ImportReport]:
    return {e: run_import(ctx, DATA / name, e, mapping=MAPS[e]) for e, name in FILES.items()}


def test_the_register_as_written_imports_with_warnings(ctx: ServiceContext) -> None:
    reports = load(ctx)
    assert [r.count("create") for r in reports.values()] == [20, 4, 3]
    assert all(not r.errors for r in reports.values())
    by_ref = {m.reference: m for m in measures.list_measures(ctx)}
    export = by_ref["89 FR 96790 (RIN 0694-AJ74)"]
    assert (export.jurisdiction, export.authority) == ("US", "Commerce/BIS")
    assert export.targets == ["CN", "MO", "EAR:D:5"] and export.targets_note == ""
    assert by_ref["MOFCOM/GAC Announcement No. 23 of 2023"].targets == ["WORLD"]  # "all destinations"
    listing = by_ref["90 FR 14046"]
    assert listing.targets == ["CN"]
    assert listing.targets_note == "China (most entities); some entities in other countries"
    assert by_ref["TEST-TIERED-1 (fictional test row)"].targets == ["WORLD"]
    assert by_ref["TEST-TIERED-1 (fictional test row)"].targets_note == "worldwide (tiered)"
    assert by_ref["TEST-EMBARGO-2 (fictional test row)"].targets == ["EAR:D:5"]
    assert by_ref["TEST-HK-3 (fictional test row)"].targets == ["HK", "MO", "KR", "TR", "GB"]
    assert by_ref["TEST-HK-3 (fictional test row)"].jurisdiction == "CN"  # written 中国
    namibia = by_ref["Cabinet decision announced 8 Jun 2023"]
    assert namibia.jurisdiction == "NA" and namibia.authority.startswith("Cabinet")
    japan = by_ref["Amendment of export control ordinances (23 semiconductor manufacturing equipment items)"]
    assert japan.targets == ["WORLD"] and "42 'friendly'" in japan.targets_note
    warnings = "\n".join(reports[Entity.MEASURE].warnings)
    assert "column 'type' read as measure_type" in warnings
    assert "'some entities in other countries' is not a country or jurisdiction group" in warnings


def test_ventures_keep_undisclosed_shares_and_assessments_their_missing_dates(ctx: ServiceContext) -> None:
    reports = load(ctx)
    by_name = {v.name: v for v in ventures.list_ventures(ctx)}
    han = by_name["Han River Anode Co. (fictional)"]
    assert han.country == "KR" and [p.share for p in han.partners] == [None, None]
    assert [p.country for p in han.partners] == ["KR", "CN"] and not han.ownership_complete
    assert han.items[0].countries == ["CN"]
    assert by_name["Pearl Delta Gallium Ltd (fictional)"].country == "HK"
    assert by_name["Thames Cathode JV (fictional)"].ownership_complete
    assert by_name["Macao Trade House (fictional)"].country == "MO"
    assert any("ownership incomplete" in w for w in reports[Entity.VENTURE].warnings)
    undated = [a for a in assessments.list_assessments(ctx) if a.assessed_on is None]
    assert len(undated) == 2 and {a.next_review_on.isoformat() for a in undated} == {"2024-06-30", "2025-01-31"}
    assert sum("review overdue since" in w for w in reports[Entity.ASSESSMENT].warnings) == 2


def test_strict_where_data_would_be_wrong(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["reference", "title", "jurisdiction", "measure_type", "status", "targets"])
        writer.writerow(["A-1", "t", "Chna", "export ban", "in force", "CN"])
        writer.writerow(["A-2", "t", "CN", "export bna", "in force", "XX; EAR:D:9"])
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, path, Entity.MEASURE)
    errors = "\n".join(caught.value.errors)
    assert "row 2, column jurisdiction: 'Chna' is not a country" in errors and "did you mean 'China'" in errors
    assert "row 3, column measure_type: unknown value 'export bna' (did you mean 'export ban'" in errors
    assert "'XX' is not a known country or jurisdiction group code" in errors and "'EAR:D:9'" in errors
    assert measures.list_measures(ctx) == []


def test_shares_over_100_and_impossible_dates_are_still_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("name,country,partner_1_name,partner_1_share,partner_2_name,partner_2_share\n"
                    "JV,DE,a,80,b,30\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="1 error"):
        run_import(ctx, path, Entity.VENTURE)
    load(ctx)
    dated = tmp_path / "a.csv"
    dated.write_text("measure_reference,venture,likelihood,impact,assessed_on,next_review_on\n"
                     "90 FR 14046,Thames Cathode JV (fictional),3,3,2025-05-01,2025-04-01\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, dated, Entity.ASSESSMENT)
    assert "cannot be before the assessment date 2025-05-01" in caught.value.errors[0]


def test_a_mapping_that_does_not_fit_names_every_problem(ctx: ServiceContext) -> None:
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, DATA / FILES[Entity.MEASURE], Entity.MEASURE,
                   mapping={"ref": "referense", "nope": "title", "issuer": "title"})
    text = "\n".join(caught.value.errors)
    assert "'referense' is not an import column of measures (did you mean 'reference'?)" in text
    assert "the file has no column 'nope'" in text
    assert "two columns would both be 'title'" in text


def test_missing_columns_say_which_header_may_be_meant(ctx: ServiceContext) -> None:
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, DATA / FILES[Entity.MEASURE], Entity.MEASURE)
    assert "missing required column(s) jurisdiction, reference" in str(caught.value)
