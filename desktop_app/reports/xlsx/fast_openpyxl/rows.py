"""Table rows written straight as sheet XML: the cells CellMaker builds, without a Cell per value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import copy
from datetime import date, datetime
from decimal import Decimal

from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from desktop_app.reports.workbook_document import ColumnKind
from desktop_app.reports.xlsx.cells import CELL_LIMIT, FORMULA_TRIGGERS, Overflow, clean_text, linkable
from desktop_app.reports.xlsx.fast_openpyxl.stream import StreamSheet
from desktop_app.reports.xlsx.heights import row_height, wrapped_columns
from desktop_app.reports.xlsx.styles import StyleBook

# Characters that need cleaning (see clean_text) or escaping in XML text; most values have none,
# so one search decides whether a value needs any work at all.
_ATTENTION = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_STYLE = {ColumnKind.CODE: "code", ColumnKind.LEVEL: "level"}


def _escape(text: str) -> str:
    """XML text as lxml writes it (a carriage return as a reference, or a parser reads LF)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


class RowWriter:
    """Writes the data rows of one table sheet as `<row>` XML into the sheet's raw-row file.

    At 100,000 rows openpyxl's per-cell path (a Cell object, binding its value, a style-table
    lookup per cell, an lxml element per node) was most of the workbook's time. The cells here
    are the same as CellMaker's (type, style, quote prefix, hyperlink, cleaned and cut text) and
    the bytes the same as openpyxl's: ASCII with character references, `xml:space` on padded
    text, numbers and dates through openpyxl's own formatting functions.
    """

    def __init__(self, ws: StreamSheet, kinds: Sequence[ColumnKind], styles: StyleBook,
                 overflow: Overflow, widths: Sequence[float] | None = None) -> None:
        self.ws, self.kinds, self.styles, self.overflow = ws, tuple(kinds), styles, overflow
        self.wrapped = wrapped_columns(self.kinds, widths)
        self.letters = [get_column_letter(i) for i in range(1, len(self.kinds) + 1)]
        self.epoch = ws.parent.epoch
        self.out = ws.raw_rows()
        self._ids: dict[tuple[str, bool], str] = {}

    def _sid(self, style: str, quoted: bool = False) -> str:
        """The workbook's index of a named style, looked up once per sheet, not once per cell."""
        key = (style, quoted)
        sid = self._ids.get(key)
        if sid is None:
            proto = self.styles.prototype(style, quoted=quoted)
            sid = self._ids[key] = str(self.ws.parent._cell_styles.add(copy(proto._style)))
        return sid

    def write(self, values: Sequence[object], row: int) -> None:
        r = str(row)
        height = row_height((values[i], w) for i, w in self.wrapped if type(values[i]) is str)
        # The attributes in the order openpyxl writes a row dimension's (the stock twin's bytes).
        parts = [f'<row r="{r}">' if height is None else f'<row r="{r}" ht="{safe_string(height)}" customHeight="1">']
        for col, (letter, kind, value) in enumerate(zip(self.letters, self.kinds, values, strict=True), 1):
            if value is None or value == "":
                continue
            cell = self._cell(value, kind, letter + r, row, col)
            if cell:
                parts.append(cell)
        parts.append("</row>")
        self.out.write("".join(parts).encode("ascii", "xmlcharrefreplace"))

    def _cell(self, value: object, kind: ColumnKind, ref: str, row: int, col: int) -> str:
        if type(value) is str:
            return self._text(value, kind, ref, row, col)
        if isinstance(value, bool):
            return self._text("yes" if value else "no", kind, ref, row, col)
        if isinstance(value, datetime):
            return self._number(to_excel(value.replace(tzinfo=None), self.epoch), "datetime", ref)
        if isinstance(value, date):
            return self._number(to_excel(value, self.epoch), "date", ref)
        if isinstance(value, (int, Decimal, float)):
            return self._number(value, "decimal" if kind is ColumnKind.DECIMAL else "integer", ref)
        return self._text(str(value), kind, ref, row, col)

    def _number(self, value: object, style: str, ref: str) -> str:
        return f'<c r="{ref}" s="{self._sid(style)}" t="n"><v>{safe_string(value)}</v></c>'

    def _text(self, text: str, kind: ColumnKind, ref: str, row: int, col: int) -> str:
        attention = _ATTENTION.search(text) is not None
        if attention:
            text, replaced = clean_text(text)
            self.overflow.replaced += replaced
            if not text:
                return ""
        if len(text) > CELL_LIMIT:
            text = self.overflow.keep(self.ws.title, text, row, col)
        if kind is ColumnKind.URL and linkable(text):
            # Written after the rows, where openpyxl writes a sheet's hyperlinks (see links.py).
            self.ws.add_link(ref, text)
            sid = self._sid("link")
        else:
            sid = self._sid(_TEXT_STYLE.get(kind, "text"), text.startswith(FORMULA_TRIGGERS))
        space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
        body = _escape(text) if attention else text
        return f'<c r="{ref}" s="{sid}" t="inlineStr"><is><t{space}>{body}</t></is></c>'
