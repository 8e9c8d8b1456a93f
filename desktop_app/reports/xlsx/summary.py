"""The Summary, Risk matrix and Overflow sheets: facts, coloured heat map, level chart."""

from __future__ import annotations

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.marker import DataPoint

from desktop_app.reports.workbook_document import ColumnKind, LevelStyle, MatrixSheet, SummarySheet
from desktop_app.reports.xlsx.cells import OVERFLOW_PART
from desktop_app.reports.xlsx.fast_openpyxl import Sheet
from desktop_app.reports.xlsx.heights import row_height
from desktop_app.reports.xlsx.styles import hex_colour
from desktop_app.reports.xlsx.tables import SheetKit, header_cells, print_setup
from desktop_app.system.report_language import N_, _, label

SUMMARY = N_("Summary")
MATRIX = N_("Risk matrix")
OVERFLOW = N_("Overflow")
_SIZE = 5
_WIDTHS = (48, 19, 19, 19, 19, 19, 4)  # the Summary's columns A to G


class _Writer:
    """Appends rows to a write-only sheet and remembers the row number reached."""

    def __init__(self, kit: SheetKit, ws: Sheet) -> None:
        self.kit, self.ws, self.row = kit, ws, 0
        self.maker = kit.book.maker(ws, kit.overflow)

    def cell(self, value: object, style: str | None = None, col: int = 1) -> Cell | None:
        kind = ColumnKind.CODE if style == "hash" else ColumnKind.TEXT
        return self.maker.make(value, kind, self.row + 1, col, style)

    def filled(self, value: object, colour: str, col: int, bold: bool = False) -> Cell:
        style = self.kit.book.styles.filled("heat", colour, bold=bold)
        cell = self.maker.make(value, ColumnKind.TEXT, self.row + 1, col, style)
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            self.kit.book.style(cell, style)
        return cell

    def append(self, cells: list[object], wrapped: tuple[tuple[str, float], ...] = ()) -> int:
        """Append a row; `wrapped` (text, column width) pairs set its height for their wrapped lines."""
        height = row_height(wrapped)
        if height is not None:
            self.ws.row_dimensions[self.row + 1].height = height
        self.ws.append(cells)
        self.row += 1
        return self.row


def _grid_rows(w: _Writer, grid: tuple[tuple[object, ...], ...], keys: tuple[tuple[str, ...], ...],
               levels: dict[str, LevelStyle]) -> None:
    """Likelihood 5 at the top, impact 1..5 left to right, each cell in its level colour."""
    w.append([w.cell(_("Likelihood \\ Impact"), "header"),
              *[w.cell(i, "header", i + 1) for i in range(1, _SIZE + 1)]])
    for li in range(_SIZE, 0, -1):
        cells: list[object] = [w.cell(li, "label")]
        for ii in range(1, _SIZE + 1):
            level = levels.get(keys[li - 1][ii - 1])
            colour = level.colour if level else "#9E9E9E"
            cells.append(w.filled(grid[li - 1][ii - 1], colour, ii + 1, bold=True))
        w.append(cells)


def write_summary(kit: SheetKit, summary: SummarySheet, matrix: MatrixSheet,
                  notes: list[str]) -> Sheet:
    """The first sheet: facts, key figures, heat map with counts, chart by residual level."""
    ws = kit.book.sheet(_(SUMMARY))
    for letter, width in zip("ABCDEFG", _WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    print_setup(ws, title_rows=None)
    levels = {lv.key: lv for lv in kit.levels}
    w = _Writer(kit, ws)
    w.append([w.cell(summary.title, "title")])
    w.append([w.cell(summary.confidentiality, "note")])
    w.append([])
    facts: list[tuple[str, object, str | None]] = [
        (_("As of"), summary.as_of, None), (_("Generated (UTC)"), summary.generated_at, None),
        (_("Prepared by"), summary.prepared_by, "plain"), (_("Scope"), summary.scope, "plain"),
        (_("Changes listed since"), summary.changes_since, None),
        (_("Audit chain head (SHA-256)"), summary.head_hash, "hash"),
    ]
    for name, value, style in facts:
        w.append([w.cell(name, "label"), w.cell(value, style, 2)])
    w.append([])
    if summary.key_messages:
        w.append([w.cell(_("Key messages"), "subtitle")])
        for i, text in enumerate(summary.key_messages, start=1):
            w.append([w.cell(f"{i}. {text}", "text")], ((f"{i}. {text}", _WIDTHS[0]),))
        w.append([])
    if summary.key_messages or summary.decisions:
        w.append([w.cell(_("Decisions required"), "subtitle")])
        w.append([w.cell(_("Decision"), "header"), w.cell(_("Owner"), "header", 2), w.cell(_("Due"), "header", 3)])
        for text, owner, due in summary.decisions:
            w.append([w.cell(text, "text"), w.cell(owner, "text", 2), w.cell(due, None, 3)],
                     ((text, _WIDTHS[0]), (owner, _WIDTHS[1])))
        if not summary.decisions:
            w.append([w.cell(_("No decision is waiting."), "plain")])
        elif summary.decisions_total > len(summary.decisions):
            w.append([w.cell(_("and {n:,} more: see the Assessments and Exposures sheets",
                               n=summary.decisions_total - len(summary.decisions)), "note")])
        w.append([])
    w.append([w.cell(_("Key figures"), "subtitle")])
    for figure in summary.figures:
        w.append([w.cell(figure.label, "label"), w.cell(figure.value, None, 2)])
    w.append([])
    w.append([w.cell(_("Residual risk heat map (live assessments per cell)"), "subtitle")])
    keys = matrix.grid
    _grid_rows(w, summary.heat_map, keys, levels)
    w.append([])
    w.append([w.cell(_("Assessments by residual level"), "subtitle")])
    header = w.append([w.cell(_("Level"), "header"), w.cell(_("Assessments"), "header", 2)])
    for key, count in summary.by_level:
        level = levels.get(key)
        w.append([w.filled(label(level.label) if level else key, level.colour if level else "#9E9E9E", 1),
                  w.cell(count, None, 2)])
    last = w.row
    if summary.by_level:
        _chart(ws, header, last, [levels[k].colour if k in levels else "#9E9E9E"
                                  for k, _ in summary.by_level])
    if notes:
        w.append([])
        w.append([w.cell(_("Notes"), "subtitle")])
        for note in notes:
            w.append([w.cell(note, "note")])
    return ws


def _chart(ws: Sheet, header: int, last: int, colours: list[str]) -> None:
    chart = BarChart()
    chart.type = "col"
    chart.title = _("Assessments by residual level")
    chart.y_axis.title = _("Assessments")
    chart.x_axis.title = _("Residual level")
    # Recent Excel hides axes openpyxl leaves without an explicit delete="0".
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    series = chart.series[0]
    for index, colour in enumerate(colours):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = hex_colour(colour)
        series.dPt.append(point)
    chart.height, chart.width = 8, 14
    ws.add_chart(chart, "H12")


def write_matrix(kit: SheetKit, matrix: MatrixSheet) -> None:
    """The matrix grid in its colours and the level definitions."""
    ws = kit.book.sheet(_(MATRIX))
    for letter, width in zip("ABCDEF", (22, 18, 14, 12, 14, 12), strict=True):
        ws.column_dimensions[letter].width = width
    print_setup(ws, title_rows=None)
    levels = {lv.key: lv for lv in kit.levels}
    w = _Writer(kit, ws)
    w.append([w.cell(_("Risk matrix"), "title")])
    w.append([w.cell(_("Rows: likelihood 1 (rare) to 5 (almost certain). Columns: impact 1 (minor) to "
                       "5 (severe). Each cell shows the level a likelihood x impact pair gets."), "note")])
    w.append([])
    labels = tuple(tuple(label(levels[k].label) if k in levels else k for k in row) for row in matrix.grid)
    _grid_rows(w, labels, matrix.grid, levels)
    w.append([])
    w.append([w.cell(_(h), "header", i) for i, h in
              enumerate(("key", "label", "colour", "rank", "review_days"), start=1)])
    for level in sorted(kit.levels, key=lambda lv: lv.rank):
        w.append([w.cell(level.key, "text"), w.filled(label(level.label), level.colour, 2),
                  w.cell(level.colour, "code", 3), w.cell(level.rank, None, 4),
                  w.cell(level.review_days, None, 5)])


def write_overflow(kit: SheetKit) -> None:
    """Every text too long for one cell, whole, in parts of at most 32,000 characters."""
    ws = kit.book.sheet(_(OVERFLOW))
    for letter, width in zip("ABCD", (18, 10, 8, 100), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    print_setup(ws)
    ws.append(header_cells(ws, kit, [_("sheet"), _("cell"), _("part"), _("text")]))
    w = _Writer(kit, ws)
    w.row = 1
    for sheet, where, text in kit.overflow.entries:
        parts = [text[i : i + OVERFLOW_PART] for i in range(0, len(text), OVERFLOW_PART)]
        for n, part in enumerate(parts, start=1):
            w.append([w.cell(sheet, "text"), w.cell(where, "code", 2), w.cell(n, None, 3),
                      w.cell(part, "text", 4)])
