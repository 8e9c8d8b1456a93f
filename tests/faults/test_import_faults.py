"""Imports lose nothing silently: formulas without a value, links to other workbooks, hidden sheets,
hidden characters in names, columns the file leaves out; and a huge file is refused as it streams in."""

from __future__ import annotations

import csv
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import measures, ventures
from tests.conftest import FIXED_NOW
from tests.faults.helpers import table_rows

MEASURE = "MOFCOM/GAC Announcement No. 23 of 2023"
VENTURE = "华锂新能源材料（赣州）有限公司"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ServiceContext]:
    ctx = open_register(tmp_path / "reg.db", actor="owner")
    ctx.now = lambda: FIXED_NOW
    load_demo(ctx)
    yield ctx
    ctx.db.dispose()


def _xlsx(path: Path, rows: list[list[object]], *, hidden_first: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Measures"
    for row in rows:
        ws.append(row)
    if hidden_first:
        ws.sheet_state = "hidden"
        wb.create_sheet("Notes").append(["nothing to import here"])
    wb.save(path)
    return path


def _refused(ctx: ServiceContext, path: Path, entity: Entity = Entity.MEASURE) -> str:
    before = table_rows(ctx.db.path)  # type: ignore[arg-type]
    with pytest.raises(ImportRejected) as refused:
        run_import(ctx, path, entity)
    assert table_rows(ctx.db.path) == before  # type: ignore[arg-type]
    return str(refused.value) + "\n" + "\n".join(refused.value.errors)


def test_a_formula_without_a_saved_value_is_an_error_naming_the_cell(demo: ServiceContext, tmp_path: Path) -> None:
    # openpyxl (like LibreOffice without recalculation) saves formulas without their values.
    path = _xlsx(tmp_path / "m.xlsx", [["reference", "notes"], [MEASURE, "=CONCAT(\"re\", \"viewed\")"]])
    message = _refused(demo, path)
    assert "row 2, column notes (cell B2): holds a formula" in message and "without a saved value" in message


def test_a_link_to_another_workbook_is_an_error_naming_the_cell(demo: ServiceContext, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "m.xlsx", [["reference", "notes"], [MEASURE, "='[budget.xlsx]Sheet1'!A1"]])
    message = _refused(demo, path)
    assert "cell B2" in message and "refers to another workbook" in message and "unexpected" not in message


def test_a_hidden_sheet_is_not_imported_silently(demo: ServiceContext, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "m.xlsx", [["reference", "title"], [MEASURE, "Replaced title"]], hidden_first=True)
    assert "'Measures', is hidden" in _refused(demo, path)


@pytest.mark.parametrize("character", ["\u202e", "\u2066", "\u200b", "\u200d", "\ufeff"])
def test_hidden_characters_in_names_are_flagged(demo: ServiceContext, tmp_path: Path, character: str) -> None:
    path = tmp_path / "v.csv"
    path.write_text(f"name,country,partner_1_name,partner_1_share\nNew JV,DE,Acme{character}Corp,100\n",
                    encoding="utf-8")
    message = _refused(demo, path, Entity.VENTURE)
    assert f"row 2, column partner_1_name: contains the invisible character U+{ord(character):04X}" in message


def test_columns_absent_from_the_file_keep_their_values_partners_included(demo: ServiceContext,
                                                                           tmp_path: Path) -> None:
    before = next(v for v in ventures.list_ventures(demo) if v.name == VENTURE)
    assert [p.share for p in before.partners] == [49, 51]
    blank = tmp_path / "blank.csv"
    blank.write_text(f"name,country,partner_3_name,partner_3_country,partner_3_share\n{VENTURE},CN,,,\n",
                     encoding="utf-8")
    assert run_import(demo, blank, Entity.VENTURE).count("unchanged") == 1
    third = tmp_path / "third.csv"
    third.write_text(f"name,country,partner_2_share,partner_3_name,partner_3_share\n{VENTURE},CN,41,Newco,10\n",
                     encoding="utf-8")
    assert run_import(demo, third, Entity.VENTURE).count("update") == 1
    after = next(v for v in ventures.list_ventures(demo) if v.name == VENTURE)
    assert [(p.name, p.share) for p in after.partners] == [
        (before.partners[0].name, 49), (before.partners[1].name, 41), ("Newco", 10)]


def test_a_status_written_as_its_label_is_no_change_and_a_second_import_the_same_day_works(
        demo: ServiceContext, tmp_path: Path) -> None:
    stored = next(m for m in measures.list_measures(demo) if m.reference == MEASURE)
    path = tmp_path / "m.csv"
    assert stored.status.label == "in force"
    for n, status in enumerate(("in force", "suspended", "suspended", "in force")):
        path.write_text(f"reference,title,jurisdiction,measure_type,status\n{MEASURE},{stored.title},"
                        f"{stored.jurisdiction},{stored.measure_type.label},{status}\n", encoding="utf-8")
        run_import(demo, path, Entity.MEASURE)  # the same day each time: never refused
        now = next(m for m in measures.list_measures(demo) if m.reference == MEASURE)
        if n == 0:
            assert now.status_history == stored.status_history  # nothing invented "as of today"
        if n == 2:  # suspended today, once, however often the file says so
            assert now.status_history[-1].valid_from == FIXED_NOW.date()
            assert now.status_history[:-1] == stored.status_history
    assert now.status_history == stored.status_history  # and back: today's change is undone


def test_the_first_200_errors_are_listed_and_the_rest_counted(demo: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("reference,title,jurisdiction,measure_type,status\n" +
                    "".join(f"B-{i},,ZZ,bogus,\n" for i in range(300)), encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        run_import(demo, path, Entity.MEASURE)
    assert str(refused.value).startswith("bad.csv: 600 error(s)")  # two unreadable cells a row
    assert len(refused.value.errors) == 201 and refused.value.errors[-1] == "... and 400 more error(s), not listed"


def _huge_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["reference", "title", "jurisdiction", "measure_type", "status"])
        writer.writerows([f"R{i}", "", "ZZ", "bogus", ""] for i in range(rows))
    return path


def _huge_xlsx(path: Path, rows: int) -> Path:
    """A real workbook of `rows` data rows, its sheet XML written directly (openpyxl would take minutes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
                        b'org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
                        b'reference</t></is></c></row>')
            for start in range(2, rows + 2, 10_000):
                sheet.write(b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>R%d</t></is></c></row>'
                                     % (n, n, n) for n in range(start, min(start + 10_000, rows + 2))))
            sheet.write(b"</sheetData></worksheet>")
    return path


@pytest.mark.parametrize("kind", ["csv of 1.2 million bad rows", "xlsx one row over the limit"])
def test_a_file_over_the_row_limit_is_refused_as_it_streams_in(demo: ServiceContext, tmp_path: Path,
                                                               kind: str) -> None:
    path = (_huge_csv(tmp_path / "huge.csv", 1_200_000) if kind.startswith("csv")
            else _huge_xlsx(tmp_path / "huge.xlsx", 1_000_001))
    tracemalloc.start()
    try:
        message = _refused(demo, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "more than 1,000,000 rows, the import limit" in message
    # Refused before a row was built: the file's bytes and text, not a million rows of cells.
    assert peak < 3 * path.stat().st_size + 32 * 1024 * 1024, peak


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    from desktop_app.services.intake.tabular import read_table

    table = read_table(_huge_xlsx(tmp_path / "ok.xlsx", 20), Entity.MEASURE)
    assert len(table.rows) == 20 and table.rows[-1] == (21, {"reference": "R21"})


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                 'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                 'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                 '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
             'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
             'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="Measures" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
