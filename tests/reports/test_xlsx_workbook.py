"""The Excel risk workbook re-opened with openpyxl: sheets, tables, panes, validations, hostile text."""

from __future__ import annotations

import zipfile
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AssessmentStatus, MeasureStatus, Treatment
from desktop_app.reports.xlsx.tables import LEGIBLE_WIDTH
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.records.matrix import get_matrix
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from tests.conftest import FIXED_NOW, measure_data, venture_data

SHEETS = ["Summary", "Measures", f"Status on {FIXED_NOW.date().isoformat()}", "Clauses", "Suspension windows",
          "Joint ventures", "Partners", "Assessments", "Mitigations", "Exposures", "Lineage", "Events",
          "Risk matrix", "Changes", "Ownership", "Parties", "Owners", "Listed parties", "Ownership thresholds",
          "Content shares", "De minimis rules", "Lists"]
TABLES = {"Measures": "Measures", "Joint ventures": "JointVentures", "Partners": "Partners",
          "Assessments": "Assessments", "Mitigations": "Mitigations", "Changes": "Changes"}
FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")
URLS = {
    "https://example.com/notice?id=1&x=<b>": True, "http://example.org/a": True,
    "javascript:alert(1)": False, "file:///etc/passwd": False, "http://": False,
    "=HYPERLINK(\"http://x.invalid\")": False,
}


def build_hostile_register(ctx: ServiceContext, strings: list[str]) -> None:
    """One measure, venture and assessment per hostile string, the string in every text field."""
    urls = list(URLS)
    for n, text in enumerate(strings):
        m = measures.create_measure(ctx, measure_data(
            reference=f"{text} #{n}", title=text, summary=text, authority=text, notes=text,
            original_title=text, source_url=urls[n % len(urls)],
            items=[{"name": text, "codes": ["ECCN:3A090", "HS:2504.10"]}],
            status_history=[{"status": "in force", "valid_from": "2024-12-03", "note": text}],
            status="in force"))
        v = ventures.create_venture(ctx, venture_data(
            name=f"{text} JV {n}", location=text, activity=text, owner=text, notes=text,
            value_at_stake="1234567.89", currency="USD",
            partners=[{"name": text, "country": "CN", "share": "50"},
                      {"name": f"{text} 2", "country": "DE", "share": "50"}]))
        assessments.create_assessment(ctx, {
            "measure_id": m.id, "venture_id": v.id, "inherent_likelihood": 1 + n % 5,
            "inherent_impact": 1 + (n * 2) % 5, "rationale": text, "owner": text, "treatment": "mitigate",
            "mitigation": [{"text": text, "owner": text, "due_on": "2027-01-01"}]})


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory: pytest.TempPathFactory, hostile_strings: list[str]) -> dict[str, object]:
    """One hostile register and its workbook for the whole module (building it takes seconds)."""
    folder = tmp_path_factory.mktemp("hostile")
    ctx = open_register(f"sqlite:///{folder / 'register.sqlite3'}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    build_hostile_register(ctx, hostile_strings)
    out = write_workbook(ctx, folder / "risk.xlsx", ReportOptions(prepared_by="=cmd|' /C calc'!A0"))
    with ctx.db.session() as s:
        head = audit.head_hash(s)
    matrix = get_matrix(ctx)
    ctx.db.dispose()
    return {"path": out, "head": head, "matrix": matrix}


@pytest.fixture
def hostile_book(hostile_export: dict[str, object]) -> Workbook:
    return openpyxl.load_workbook(hostile_export["path"])


def _column(ws, name: str) -> list[object]:
    header = [c.value for c in ws[1]]
    index = header.index(name)
    return [row[index].value for row in ws.iter_rows(min_row=2)]


def test_sheets_tables_panes_and_print_setup(hostile_book: Workbook, hostile_strings: list[str]) -> None:
    wb = hostile_book
    assert wb.sheetnames == SHEETS
    assert wb["Lists"].sheet_state == "hidden"
    rows = len(hostile_strings)
    expected_rows = {"Measures": rows, "Joint ventures": rows, "Partners": 2 * rows, "Assessments": rows,
                     "Mitigations": rows}
    for title, table_name in TABLES.items():
        ws = wb[title]
        assert list(ws.tables) == [table_name]
        table = ws.tables[table_name]
        header = [c.value for c in ws[1]]
        assert [c.name for c in table.tableColumns] == header
        last_row = expected_rows.get(title, ws.max_row - 1) + 1
        assert table.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{last_row}"
        assert table.autoFilter.ref == table.ref
        assert ws.freeze_panes == "A2"
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.orientation == "landscape"
        # Fitted to one page wide only while that stays legible; wider sheets print at full size.
        width = sum(ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width for i in range(1, len(header) + 1))
        legible = width <= LEGIBLE_WIDTH
        assert bool(ws.sheet_properties.pageSetUpPr.fitToPage) == legible, (title, width)
        if legible:
            assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.page_setup.paperSize == 9
        assert all(ws.column_dimensions[c].width for c in "ABC")
    assert [c.value for c in wb["Measures"][1]] == list(Entity.MEASURE.record.columns)
    assert [c.value for c in wb["Assessments"][1]][:-2] == list(Entity.ASSESSMENT.record.columns)
    header = [c.value for c in wb["Joint ventures"][1]]
    assert header[: len(Entity.VENTURE.record.columns)] == list(Entity.VENTURE.record.columns)


def _lists_values(wb: Workbook, formula: str) -> list[str]:
    sheet, cells = formula.split("!")
    ws = wb[sheet.strip("'")]
    return [row[0].value for row in ws[cells.replace("$", "")]]


def test_drop_downs_and_score_validations(hostile_book: Workbook) -> None:
    wb = hostile_book

    def validations(title: str) -> dict[str, object]:
        ws = wb[title]
        header = [c.value for c in ws[1]]
        found = {}
        for dv in ws.data_validations.dataValidation:
            first = str(dv.sqref).split(":")[0]
            column = header[openpyxl.utils.column_index_from_string(first.rstrip("0123456789")) - 1]
            assert first.endswith("2") and dv.showErrorMessage
            found[column] = dv
        return found

    m = validations("Measures")
    assert _lists_values(wb, m["status"].formula1) == MeasureStatus.choices()
    assert m["status"].type == "list" and "measure_type" in m
    a = validations("Assessments")
    for column in ("likelihood", "impact", "residual_likelihood", "residual_impact"):
        assert (a[column].type, a[column].operator, a[column].formula1, a[column].formula2) == (
            "whole", "between", "1", "5")
    assert _lists_values(wb, a["treatment"].formula1) == Treatment.choices()
    assert _lists_values(wb, a["status"].formula1) == AssessmentStatus.choices()
    assert "stage" in validations("Joint ventures") and "status" in validations("Mitigations")


def test_no_formula_anywhere_and_hostile_text_reads_back_exactly(
    hostile_export: dict, hostile_book: Workbook, hostile_strings: list[str]
) -> None:
    wb = hostile_book
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} holds a formula"
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_LEAD):
                    assert cell.data_type == "s" and cell.quotePrefix, f"{ws.title}!{cell.coordinate}"
    for title, column in (("Measures", "title"), ("Measures", "notes"), ("Joint ventures", "notes"),
                          ("Partners", "name"), ("Assessments", "rationale"), ("Mitigations", "action")):
        assert set(hostile_strings) <= set(_column(wb[title], column)), (title, column)
    with zipfile.ZipFile(hostile_export["path"]) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_typed_cells_dates_numbers_codes_links_and_level_colours(hostile_book: Workbook) -> None:
    wb = hostile_book
    ws = wb["Measures"]
    header = [c.value for c in ws[1]]
    row = next(ws.iter_rows(min_row=2, max_row=2))
    announced = row[header.index("announced_on")]
    assert isinstance(announced.value, datetime) and announced.number_format == "yyyy-mm-dd"
    codes = row[header.index("codes")]
    assert codes.value == "ECCN:3A090; HS:2504.10" and codes.number_format == "@"
    for cell in (r[header.index("source_url")] for r in ws.iter_rows(min_row=2)):
        assert (cell.hyperlink is not None) == URLS[cell.value], cell.value
        if cell.hyperlink is not None:
            assert cell.hyperlink.target == cell.value
    v = wb["Joint ventures"]
    vh = [c.value for c in v[1]]
    vrow = next(v.iter_rows(min_row=2, max_row=2))
    assert Decimal(str(vrow[vh.index("value_at_stake")].value)) == Decimal("1234567.89")
    assert vrow[vh.index("partner_1_share")].value == 50
    assert vrow[vh.index("country")].value == "United States"  # stored as a code, shown by name
    a = wb["Assessments"]
    ah = [c.value for c in a[1]]
    assert all(isinstance(r[ah.index("likelihood")].value, int) for r in a.iter_rows(min_row=2))
    level_column = openpyxl.utils.get_column_letter(ah.index("residual_level") + 1)
    colours = {}
    for rng in a.conditional_formatting:
        if str(rng.sqref).startswith(f"{level_column}2:"):
            for rule in rng.rules:
                colours[rule.formula[0].strip('"')] = rule.dxf.fill.fgColor.rgb[-6:]
    matrix = get_matrix_colours(a.parent)
    assert colours == matrix


def get_matrix_colours(wb: Workbook) -> dict[str, str]:
    """label -> RRGGBB from the Risk matrix sheet's level table."""
    ws = wb["Risk matrix"]
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[:2] == ("key", "label"))
    return {r[1]: r[2].lstrip("#") for r in rows[start + 1 :] if r[0]}


def test_summary_facts_heat_map_chart_and_chain_head(hostile_export: dict, hostile_book: Workbook,
                                                    hostile_strings: list[str]) -> None:
    wb = hostile_book
    rows = list(wb["Summary"].iter_rows(values_only=True))
    facts = {r[0]: r[1] for r in rows if r[0]}
    assert facts["Audit chain head (SHA-256)"] == hostile_export["head"]
    assert facts["Prepared by"] == "=cmd|' /C calc'!A0"
    assert next(v for k, v in facts.items() if str(k).startswith("Assessments on ")) == len(hostile_strings)
    grid_at = next(i for i, r in enumerate(rows) if r[0] == "Likelihood \\ Impact")
    grid = [r[1:6] for r in rows[grid_at + 1 : grid_at + 6]]
    assert sum(sum(r) for r in grid) == len(hostile_strings)
    matrix = hostile_export["matrix"]
    levels_at = next(i for i, r in enumerate(rows) if r[:2] == ("Level", "Assessments"))
    labels = [lv.label for lv in matrix.ordered()]
    assert [r[0] for r in rows[levels_at + 1 : levels_at + 1 + len(labels)]] == labels
    with zipfile.ZipFile(hostile_export["path"]) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert "barChart" in chart and "Summary" in chart
    fill = wb["Summary"].cell(row=grid_at + 2, column=6).fill.fgColor.rgb[-6:]
    assert fill == matrix.level_for(5, 5).colour.lstrip("#")
