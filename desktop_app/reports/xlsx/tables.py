"""One table sheet, streamed: header, typed rows, Excel table, drop-downs, level colours, print setup."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from desktop_app.reports.workbook_document import Column, ColumnKind, LevelStyle, TableSheet
from desktop_app.reports.xlsx.cells import Overflow
from desktop_app.reports.xlsx.fast_openpyxl import Book, Sheet
from desktop_app.reports.xlsx.heights import row_height
from desktop_app.reports.xlsx.styles import font, hex_colour, ink_for
from desktop_app.system.report_language import N_, _

LISTS_SHEET = N_("Lists")
# Drop-downs and level colours reach this many rows past the data, so rows an analyst adds
# below the table are checked and coloured the same way.
SPARE_ROWS = 1_000
TICK_ROWS = 500
_WIDTHS = {
    ColumnKind.TEXT: 22, ColumnKind.LONG_TEXT: 50, ColumnKind.CODE: 24, ColumnKind.DATE: 12,
    ColumnKind.DATETIME: 20, ColumnKind.INTEGER: 10, ColumnKind.DECIMAL: 14, ColumnKind.URL: 36,
    ColumnKind.LEVEL: 11,
}


@dataclass
class SheetKit:
    """What every sheet writer shares: the workbook (and its styles), overflow store, level
    colours, list ranges."""

    book: Book
    overflow: Overflow
    levels: tuple[LevelStyle, ...]
    lists: dict[tuple[str, ...], str]  # choices -> absolute range on the Lists sheet


# Column widths (in characters) that still read at 8 points or so when fitted to one landscape A4
# page; a wider sheet prints across pages at full size instead, with its header row repeated.
LEGIBLE_WIDTH = 220


def print_setup(ws: Sheet, *, title_rows: str | None = "1:1", width: float = 0) -> None:
    """Landscape, header row repeated; fit to one page wide only when the columns' total `width`
    stays legible there (0: unknown, fit). Call before the first row."""
    fit = width <= LEGIBLE_WIDTH
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=fit)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4 (the SpreadsheetML paper-size code)
    if fit:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    if title_rows:
        ws.print_title_rows = title_rows


def header_cells(ws: Sheet, kit: SheetKit, names: list[str]) -> list[Cell]:
    cells = []
    for name in names:
        cell = WriteOnlyCell(ws)
        kit.book.style(cell, "header")
        cell.value = name
        cell.data_type = "s"
        cells.append(cell)
    return cells


def write_table_sheet(kit: SheetKit, sheet: TableSheet, tick: Callable[[int], None]) -> int:
    """Write `sheet` as a worksheet holding one Excel table; returns the data rows written."""
    ws = kit.book.sheet(sheet.title)
    columns = sheet.columns
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width or _WIDTHS[column.kind]
    ws.freeze_panes = "A2"
    widths = [column.width or _WIDTHS[column.kind] for column in columns]
    print_setup(ws, width=sum(widths))
    # Header names wrap too (a narrow date column's "Next review"): the header row grows with them.
    header_height = row_height((c.heading, w) for c, w in zip(columns, widths, strict=True))
    if header_height is not None:
        ws.row_dimensions[1].height = header_height
    ws.append(header_cells(ws, kit, [c.heading for c in columns]))
    write = kit.book.row_writer(ws, [c.kind for c in columns], kit.overflow, widths)
    count = 0
    for row_number, values in enumerate(sheet.rows, start=2):
        write(values, row_number)
        count += 1
        if count % TICK_ROWS == 0:
            tick(count)
    last_row = count + 1 if count else 2  # a table needs a body row, even an empty one
    last_col = get_column_letter(len(columns))
    ref = f"A1:{last_col}{last_row}"
    table = Table(
        displayName=sheet.table_name, ref=ref, autoFilter=AutoFilter(ref=ref),
        tableColumns=[TableColumn(id=i, name=c.heading) for i, c in enumerate(columns, start=1)],
        tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True),
    )
    with warnings.catch_warnings():
        # openpyxl warns in write-only mode that columns must be named by hand: they are, above.
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
    spare = last_row + SPARE_ROWS
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        cells = f"{letter}2:{letter}{spare}"
        validation = _validation(column, kit)
        if validation is not None:
            validation.add(cells)
            ws.data_validations.append(validation)
        if column.kind is ColumnKind.LEVEL:
            _colour_levels(ws, cells, kit.levels)
    # Finished now rather than at save: what the sheet held for its tail (hyperlinks) goes
    # before the next sheet streams.
    ws.close()
    tick(count)
    return count


def _validation(column: Column, kit: SheetKit) -> DataValidation | None:
    if column.choices:
        dv = DataValidation(type="list", formula1=kit.lists[column.choices], allow_blank=True)
        dv.error = f"Choose one of the listed values for {column.name}, or the import will refuse the row."
    elif column.whole:
        low, high = column.whole
        dv = DataValidation(type="whole", operator="between", formula1=str(low), formula2=str(high),
                            allow_blank=True)
        dv.error = f"{column.name} is a whole number from {low} to {high}."
    else:
        return None
    dv.errorTitle = column.name
    dv.showErrorMessage = True
    if column.prompt:
        dv.promptTitle, dv.prompt, dv.showInputMessage = column.name, column.prompt[:255], True
    return dv


def _colour_levels(ws: Sheet, cells: str, levels: tuple[LevelStyle, ...]) -> None:
    for level in levels:
        rgb = hex_colour(level.colour)
        literal = '"' + level.label.replace('"', '""') + '"'  # a formula string literal
        ws.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[literal],
            fill=PatternFill("solid", start_color=rgb, end_color=rgb), font=font(color=ink_for(rgb)),
        ))


def list_ranges(choice_sets: list[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Where each distinct vocabulary goes on the Lists sheet (one column each, below a header)."""
    ranges: dict[tuple[str, ...], str] = {}
    for choices in choice_sets:
        if choices and choices not in ranges:
            letter = get_column_letter(len(ranges) + 1)
            ranges[choices] = f"{quote_sheetname(_(LISTS_SHEET))}!${letter}$2:${letter}${len(choices) + 1}"
    return ranges


def write_lists_sheet(kit: SheetKit, headers: dict[tuple[str, ...], str]) -> None:
    """The hidden sheet the drop-downs read their values from."""
    ws = kit.book.sheet(_(LISTS_SHEET))
    ws.sheet_state = "hidden"
    order = list(kit.lists)
    maker = kit.book.maker(ws, kit.overflow)
    ws.append(header_cells(ws, kit, [headers.get(c) or _("values") for c in order]))
    for r in range(max((len(c) for c in order), default=0)):
        ws.append([maker.make(c[r], ColumnKind.TEXT, r + 2, i) if r < len(c) else None
                   for i, c in enumerate(order, start=1)])
