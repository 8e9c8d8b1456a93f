"""The workbook's fast paths past openpyxl's public API, behind a version check, with a stock twin.

Fast (openpyxl in VERIFIED): table rows are serialised straight to sheet XML and spliced into a
write-only sheet's stream (`rows`, `stream`); hyperlinks wait in temporary files as the XML
openpyxl would write, and the save streams them into the package (`links`); cells take a style
by sharing a prototype's style array. Stock twin: openpyxl's own write-only sheets, one
WriteOnlyCell per value styled through its public style attributes, and `Workbook.save`.
What stays the same: every part of the package, byte for byte, except docProps/core.xml (it holds
the time of writing); tests/reports/test_fast_openpyxl.py compares the two on hostile text.
Nothing outside this package touches openpyxl's internals (tests/architecture/test_fences.py).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Sequence
from copy import copy
from pathlib import Path

import openpyxl
from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop_app.reports.workbook_document import ColumnKind
from desktop_app.reports.xlsx.cells import CellMaker, Overflow
from desktop_app.reports.xlsx.fast_openpyxl.links import save_workbook
from desktop_app.reports.xlsx.fast_openpyxl.rows import RowWriter
from desktop_app.reports.xlsx.fast_openpyxl.stream import StreamSheet, add_stream_sheet
from desktop_app.reports.xlsx.heights import row_height, wrapped_columns
from desktop_app.reports.xlsx.styles import StyleBook
from desktop_app.system import fences

VERIFIED = ("3.1.5",)  # exact versions the fast paths were verified against (constraints.txt)
FENCE = fences.check("openpyxl", openpyxl.__version__, VERIFIED, env="EXPORT_RISK_FAST_OPENPYXL", where=__name__)
Sheet = WriteOnlyWorksheet  # what Book.sheet returns, in either mode
WriteRow = Callable[[Sequence[object], int], None]  # (values in column order, row number)


class _Discard(io.RawIOBase):
    """A file that forgets what is written to it (the stock twin's way to drop a workbook)."""

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        return len(data)  # type: ignore[arg-type]


class Book:
    """A streaming (write-only) workbook as the renderers use it, in the fence's mode at creation:
    sheets, named cell styles, table rows, save, and clean-up after a failure."""

    def __init__(self) -> None:
        self.fast = FENCE.fast
        self.wb = Workbook(write_only=True)
        styles_ws = self.wb.create_sheet("_styles")  # prototype cells live on it; it is not kept
        self.styles = StyleBook(styles_ws)
        self.wb.remove(styles_ws)
        self._streams: list[StreamSheet] = []

    def sheet(self, title: str) -> Sheet:
        """A new write-only sheet at the end of the workbook."""
        if not self.fast:
            return self.wb.create_sheet(title)
        ws = add_stream_sheet(self.wb, title)
        self._streams.append(ws)
        return ws

    def style(self, cell: Cell, name: str, quoted: bool = False) -> None:
        """Give a new cell the StyleBook's style `name` (its quote-prefixed twin if `quoted`)."""
        if self.fast:
            cell._style = copy(self.styles.prototype(name, quoted=quoted)._style)
            return
        for attr, value in self.styles.attrs(name, quoted=quoted).items():
            setattr(cell, attr, value)

    def maker(self, ws: Sheet, overflow: Overflow) -> CellMaker:
        return CellMaker(ws, overflow, self.style)

    def row_writer(self, ws: Sheet, kinds: Sequence[ColumnKind], overflow: Overflow,
                   widths: Sequence[float] | None = None) -> WriteRow:
        """Writes a table's data rows (after its header row); the same cells in either mode, each
        row as tall as its wrapped text when the column `widths` are given."""
        if isinstance(ws, StreamSheet):
            return RowWriter(ws, kinds, self.styles, overflow, widths).write
        maker = self.maker(ws, overflow)
        wrapped = wrapped_columns(kinds, widths)

        def write(values: Sequence[object], row: int) -> None:
            height = row_height((values[i], w) for i, w in wrapped if type(values[i]) is str)
            if height is not None:
                ws.row_dimensions[row].height = height
            pairs = enumerate(zip(values, kinds, strict=True), start=1)
            ws.append([maker.make(value, kind, row, i) for i, (value, kind) in pairs])

        return write

    def save(self, target: Path) -> None:
        """Write the package to `target` (a path the caller makes atomic)."""
        if self.fast:
            save_workbook(self.wb, target, [ws.links for ws in self._streams if ws.links is not None])
        else:
            self.wb.save(target)

    def abandon(self) -> None:
        """After a failure or a cancel: drop the temporary files of the half-written sheets."""
        if self.fast:
            for ws in self._streams:
                with contextlib.suppress(Exception):
                    ws.abandon()
            return
        # openpyxl removes a write-only sheet's file when it saves the workbook: save to nowhere.
        # Should that fail too, openpyxl removes them when the process exits.
        with contextlib.suppress(Exception):
            self.wb.save(_Discard())
