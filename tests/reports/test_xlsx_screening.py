"""The workbook's Exposures and Lineage sheets re-opened with openpyxl: tables, rows of the demo
register, statuses, the Summary count, the venture filter, hostile text, no formulas."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records.lineage import link_measures, list_links
from desktop_app.services.records.measures import create_measure
from desktop_app.services.records.ventures import create_venture
from desktop_app.services.reports import workbook_screening
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from desktop_app.services.reports.workbook_screening import UNASSESSED_FIGURE
from desktop_app.services.screening.actions import dismiss_exposure, draft_assessment
from desktop_app.services.screening.exposures import screen, unassessed_exposures
from tests.conftest import FIXED_NOW, measure_data, venture_data

AURORA = "Aurora Anode Materials LLC"
EXPOSURE_HEADER = ["measure_reference", "venture", "item", "direction", "matched_on", "how_it_reaches",
                   "status", "dismissal_reason"]
LINEAGE_HEADER = ["from_reference", "kind", "to_reference", "note"]


def _book(ctx: ServiceContext, path: Path, **options: object) -> Workbook:
    return openpyxl.load_workbook(write_workbook(ctx, path, ReportOptions(**options)))


def _rows(wb: Workbook, sheet: str) -> list[dict[str, object]]:
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, (v if v is not None else "" for v in row), strict=True))
            for row in ws.iter_rows(min_row=2, values_only=True)]


def _figure(wb: Workbook, label: str) -> object:
    return next(row[1] for row in wb["Summary"].iter_rows(values_only=True) if row[0] == label)


def _key(e: object) -> tuple[str, str, str]:
    return e.measure_reference, e.venture_name, e.item_name  # type: ignore[attr-defined]


def test_sheets_are_tables_with_header_filter_widths_and_text_cells(demo_ctx: ServiceContext,
                                                                     tmp_path: Path) -> None:
    wb = _book(demo_ctx, tmp_path / "risk.xlsx")
    names = wb.sheetnames
    assert names.index("Mitigations") < names.index("Exposures") < names.index("Lineage") < names.index("Risk matrix")
    matches = screen(demo_ctx, include_assessed=True, include_dismissed=True)
    for title, header, count in (("Exposures", EXPOSURE_HEADER, len(matches)),
                                 ("Lineage", LINEAGE_HEADER, len(list_links(demo_ctx)))):
        ws = wb[title]
        assert [c.value for c in ws[1]] == header
        table = ws.tables[title]
        assert table.ref == f"A1:{get_column_letter(len(header))}{count + 1}"
        assert table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == header
        assert ws.freeze_panes == "A2"
        assert all(ws.column_dimensions[get_column_letter(i)].width >= 12 for i in range(1, len(header) + 1))
        cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
        assert cells and {c.data_type for c in cells} == {"s"}


def test_demo_exposures_statuses_and_summary_count(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    open_ = unassessed_exposures(demo_ctx)
    dismissed, drafted = open_[0], next(e for e in open_ if e.venture_id != open_[0].venture_id)
    dismiss_exposure(demo_ctx, dismissed.measure_id, dismissed.venture_id, dismissed.item_key, "a reason")
    draft_assessment(demo_ctx, drafted.measure_id, drafted.venture_id)
    left = unassessed_exposures(demo_ctx)
    wb = _book(demo_ctx, tmp_path / "risk.xlsx")
    rows = {(r["measure_reference"], r["venture"], r["item"]): r for r in _rows(wb, "Exposures")}
    for e in left:
        row = rows[_key(e)]
        assert row["status"] == "unassessed" and row["dismissal_reason"] == ""
        assert row["direction"] == e.direction_label
        assert row["matched_on"] == "\n".join(e.reasons)
        assert row["how_it_reaches"] == e.flow
    assert rows[_key(dismissed)]["status"] == "dismissed"
    assert rows[_key(dismissed)]["dismissal_reason"] == "a reason"
    assert rows[_key(drafted)]["status"] == "assessed"
    statuses = [r["status"] for r in _rows(wb, "Exposures")]
    assert statuses == sorted(statuses, key=["unassessed", "dismissed", "assessed"].index)
    assert _figure(wb, UNASSESSED_FIGURE) == len(left) == statuses.count("unassessed")


def test_lineage_sheet_lists_every_link(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    wb = _book(demo_ctx, tmp_path / "risk.xlsx")
    expected = [{"from_reference": k.from_reference, "kind": k.kind.label, "to_reference": k.to_reference,
                 "note": k.note} for k in list_links(demo_ctx)]
    assert _rows(wb, "Lineage") == expected
    assert {"kind": "finalises", "to_reference": "MOFCOM/MOST consultation draft (2 Jan 2025)"}.items() <= \
        next(r for r in expected if r["kind"] == "finalises").items()


def test_venture_option_filters_exposures(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    mine = [e for e in unassessed_exposures(demo_ctx) if e.venture_name == AURORA]
    wb = _book(demo_ctx, tmp_path / "risk.xlsx", ventures=(AURORA,))
    rows = _rows(wb, "Exposures")
    assert rows and {r["venture"] for r in rows} == {AURORA}
    assert {(r["measure_reference"], r["item"]) for r in rows if r["status"] == "unassessed"} == \
        {(e.measure_reference, e.item_name) for e in mine}
    assert _figure(wb, UNASSESSED_FIGURE) == len(mine)


def test_more_matches_than_a_sheet_holds_are_cut_with_a_summary_line(
        demo_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_screening, "MAX_EXPOSURE_ROWS", 3)
    matches = screen(demo_ctx, include_assessed=True, include_dismissed=True)
    wb = _book(demo_ctx, tmp_path / "risk.xlsx")
    assert len(_rows(wb, "Exposures")) == 3
    assert wb["Exposures"].tables["Exposures"].ref == "A1:H4"
    label = "Screening matches (the Exposures sheet lists the first 3; the Exposures view lists them all)"
    assert _figure(wb, label) == len(matches)
    assert _figure(wb, UNASSESSED_FIGURE) == len(unassessed_exposures(demo_ctx))


def test_measures_sheet_still_imports_back_cleanly(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_workbook(demo_ctx, tmp_path / "risk.xlsx", ReportOptions())
    report = run_import(demo_ctx, out, Entity.MEASURE, dry_run=True)
    assert report.sheet == "Measures"
    assert not report.errors and not report.warnings
    assert report.count("unchanged") == len(report.outcomes) > 0


@pytest.fixture(scope="module")
def hostile_book(hostile_strings: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Workbook, list, list]:
    """One measure and one venture per hostile string, matched one to one by an exact code; each
    measure linked to the next with the string as the note; every other match dismissed with it."""
    folder = tmp_path_factory.mktemp("hostile-screening-xlsx")
    ctx = open_register(f"sqlite:///{folder / 'register.sqlite3'}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    ids = []
    for i, text in enumerate(hostile_strings):
        code = f"ECCN:1A{i:03d}"
        ids.append(create_measure(ctx, measure_data(reference=f"{text} #{i}", title=text,
                                                    items=[{"name": text, "codes": [code]}])).id)
        create_venture(ctx, venture_data(name=f"{text} JV {i}", items=[
            {"name": text, "direction": "input", "codes": [code], "countries": ["CN"]}]))
    for i, (a, b) in enumerate(pairwise(ids)):
        link_measures(ctx, a, b, "amends", hostile_strings[i].strip()[:4000])
    for i, e in enumerate(unassessed_exposures(ctx)):
        if i % 2:
            reason = hostile_strings[i % len(hostile_strings)][:4000]
            dismiss_exposure(ctx, e.measure_id, e.venture_id, e.item_key, reason)
    found = screen(ctx, include_assessed=True, include_dismissed=True)
    links = list_links(ctx)
    wb = _book(ctx, folder / "risk.xlsx")
    ctx.db.dispose()
    return wb, found, links


def test_hostile_text_reads_back_exactly_and_no_cell_is_a_formula(hostile_book: tuple[Workbook, list, list],
                                                                  hostile_strings: list[str]) -> None:
    wb, found, links = hostile_book
    rows = {(r["measure_reference"], r["venture"], r["item"]): r for r in _rows(wb, "Exposures")}
    assert len(rows) == len(found) >= len(hostile_strings)
    for e in found:
        row = rows[_key(e)]  # keys are the stored texts, read back exactly
        assert row["matched_on"] == "\n".join(e.reasons)
        assert row["dismissal_reason"] == (e.dismissal.reason if e.dismissed else "")
    stored = {e.item_name for e in found}
    assert all(any(s.strip() in name for name in stored) for s in hostile_strings)
    assert _rows(wb, "Lineage") == [{"from_reference": k.from_reference, "kind": "amends",
                                     "to_reference": k.to_reference, "note": k.note} for k in links]
    for title in ("Exposures", "Lineage"):
        for row in wb[title].iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{title}!{cell.coordinate}"
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@"):
                    assert cell.quotePrefix, f"{title}!{cell.coordinate}"
