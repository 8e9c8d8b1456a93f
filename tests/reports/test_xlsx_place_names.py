"""The workbook writes every country a person reads as a name (item tags, clause targets) and
still imports back unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl

from desktop_app.domain.entity import IMPORTABLE, Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import lineage, ventures
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from desktop_app.services.timeline import clauses
from tests.conftest import venture_data

BARE_CODE_TAG = re.compile(r"\b(?:from|to): [A-Z]{2}\b")
NAME = "Place-name test venture (fictional)"


def _sheet(path: Path, title: str) -> list[dict[str, object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(book[title].iter_rows(values_only=True))
    finally:
        book.close()
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]


def test_item_countries_and_clause_targets_are_names_and_import_back(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    items = [{"name": "tagged input", "direction": "input", "codes": ["HS:2504.10"], "countries": ["SH", "NA", "KR"],
              "stage": "ore"},
             {"name": "tagged output", "direction": "output", "codes": [], "countries": ["MO", "DE"]}]
    ventures.create_venture(ctx, venture_data(name=NAME, items=items))
    ref = "MOFCOM Announcement No. 46 of 2024"
    clause = next(c for c in clauses.list_clauses(ctx, lineage.measure_id_for(ctx, ref)) if c.label == "1")
    clauses.update_clause(ctx, clause.id, clause.to_update() | {"targets": ["US", "MO"], "excluded": ["NA"]})
    book = write_workbook(ctx, tmp_path / "book.xlsx", ReportOptions())

    rows = {r["name"]: r for r in _sheet(book, "Joint ventures")}
    assert rows[NAME]["inputs"] == ("tagged input [HS:2504.10, from: St. Helena\\, Ascension & Tristan da Cunha; "
                                    "Namibia; South Korea, stage: ore]")
    assert rows[NAME]["outputs"] == "tagged output [to: Macao SAR China; Germany]"
    cells = [str(r[c] or "") for r in rows.values() for c in ("inputs", "outputs", "technologies_in",
                                                              "technologies_out")]
    assert [c for c in cells if BARE_CODE_TAG.search(c)] == []  # the demo's ventures too
    assert any("from: China; Chile" in c for c in cells)
    clause_rows = _sheet(book, "Clauses")
    mine = next(r for r in clause_rows if r["measure_reference"] == ref and str(r["clause"]) == "1")
    assert (mine["targets"], mine["excluded"]) == ("United States; Macao SAR China", "Namibia")

    for entity in IMPORTABLE:
        report = run_import(ctx, book, entity, dry_run=True)
        assert not report.errors, (entity, report.errors[:3])
        assert report.count("unchanged") == len(report.outcomes) > 0, (entity, report.summary())
    # The CSV export keeps codes (a file for machines and other registers).
    export_csv(ctx, Entity.VENTURE, tmp_path / "v.csv")
    assert "from: SH; NA; KR" in (tmp_path / "v.csv").read_text(encoding="utf-8-sig")


def test_every_country_name_reads_back_as_its_code_in_an_item_tag(ctx: ServiceContext, tmp_path: Path) -> None:
    from desktop_app.domain.jurisdictions import vocabulary

    codes = sorted(c for c in vocabulary().names if c != "EU")
    items = [{"name": f"input {n}", "direction": "input", "codes": [], "countries": [code]}
             for n, code in enumerate(codes)]
    ventures.create_venture(ctx, venture_data(name=NAME, items=items))
    book = write_workbook(ctx, tmp_path / "book.xlsx", ReportOptions())
    report = run_import(ctx, book, Entity.VENTURE, dry_run=True)
    assert not report.errors and report.count("unchanged") == 1, report.errors[:3]
