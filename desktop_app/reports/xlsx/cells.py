"""Safe cell values: no formulas from data, no characters Excel cannot store, nothing cut silently."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from openpyxl import LXML, Workbook
from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop_app.reports.workbook_document import CUT_TAG, ColumnKind, CutCell
from desktop_app.reports.xlsx.links import LinkParts, LinkRels
from desktop_app.reports.xlsx.styles import StyleBook

CELL_LIMIT = 32_767
# The overflow sheet stores long text in parts well under the cell limit.
OVERFLOW_PART = 32_000
# A spreadsheet treats a cell starting with one of these as a formula (OWASP CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"
# XML 1.0 cannot hold C0 controls (but tab, LF, CR), surrogates, U+FFFE or U+FFFF: openpyxl
# either refuses them or writes a file it cannot read back. They become a visible U+FFFD.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Excel refuses hyperlinks longer than this.
MAX_LINK = 2_000
# Where a StreamSheet's rows written apart are spliced into the sheet's XML.
_MARKER = " rows written apart go here "
_MARKER_BYTES = f"<!--{_MARKER}-->".encode("ascii")
_LINKS_MARKER = " hyperlinks written apart go here "
_LINKS_MARKER_BYTES = f"<!--{_LINKS_MARKER}-->".encode("ascii")
# The comment type of the XML writer openpyxl streams sheets through.
if LXML:
    from lxml.etree import Comment as _Comment
else:  # pragma: no cover - lxml is a dependency
    from xml.etree.ElementTree import Comment as _Comment


def clean_text(text: str) -> tuple[str, int]:
    """Replace characters a workbook cannot store; return the text and how many were replaced."""
    cleaned, count = _UNSTORABLE.subn(REPLACEMENT, text)
    return cleaned, count


def linkable(url: str) -> bool:
    """Only plain http(s) addresses become hyperlinks; anything else stays text."""
    if len(url) > MAX_LINK or any(ch.isspace() or ord(ch) < 32 for ch in url) or '"' in url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


class StreamSheet(WriteOnlyWorksheet):
    """A write-only sheet fed only ready-made cells (or None), and rows serialised apart.

    openpyxl first tries to bind each appended Cell as a value and formats an error message per
    cell before taking it as a cell; skipping that cuts the CPU time of a styled 100,000-row
    sheet by about a third. Should a future openpyxl stop calling this hook, the stock path
    still writes the same cells.

    Rows written to `raw_rows()` (XML `<row>` elements, see xlsx_rows) follow every appended
    row: openpyxl's stream gets a marker where they go, and `close` splices the file in there.
    Hyperlinks added with `add_link` are kept as XML in files too (see xlsx_links), not as
    objects: `close` splices them in where openpyxl writes a sheet's hyperlinks.
    """

    _raw: IO[bytes] | None = None
    links: LinkParts | None = None

    def add_link(self, ref: str, url: str) -> None:
        """Make cell `ref` (in a row written apart) a hyperlink to `url`, a linkable address."""
        if self.links is None:
            self.links = LinkParts()
        self.links.add(ref, url)

    def _values_to_row(self, values, row_idx):  # type: ignore[no-untyped-def]
        for column, cell in enumerate(values, start=1):
            if cell is None:
                continue
            cell.column, cell.row = column, row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell

    def raw_rows(self) -> IO[bytes]:
        """The file for rows after the appended ones (append at least one row first)."""
        if self._rows is None:
            raise RuntimeError("append the header row before writing rows apart")
        if self._raw is None:
            self._raw = tempfile.TemporaryFile()  # noqa: SIM115 (gone when closed, whatever happens)
        return self._raw

    def _write_rows(self):  # type: ignore[no-untyped-def]
        """openpyxl's row loop, plus the marker where the rows written apart go."""
        xf = self._writer.xf.send(True)
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = (yield)
                    self._writer.write_row(xf, self._values_to_row(row, row_idx), row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
            if self._raw is not None:
                xf.write(_Comment(_MARKER))
        self._writer.xf.send(None)

    def _link_marker(self) -> None:
        """Stands in for the writer's write_hyperlinks: a marker where the links go."""
        if self._hyperlinks:  # cells appended with a hyperlink (not ours: the rows apart have them)
            raise RuntimeError(f"sheet {self.title!r}: hyperlinks go through add_link")
        self._writer.xf.send(_Comment(_LINKS_MARKER))

    def close(self) -> None:
        links = self.links
        if links is not None:
            self._get_writer()
            # Links take the first relationship ids, as openpyxl numbers them; the writer
            # then puts the marker where it writes hyperlinks.
            self._writer._rels = LinkRels(links)
            self._writer.write_hyperlinks = self._link_marker
        super().close()
        self._hyperlinks = []
        if self._raw is None and links is None:
            return
        raw, self._raw = self._raw, None
        try:
            self._splice(raw, links)
        finally:
            if raw is not None:
                raw.close()
            if links is not None:
                links.links.close()  # the relationships file waits for the save

    def _splice(self, raw: IO[bytes] | None, links: LinkParts | None) -> None:
        out = Path(self._writer.out)
        rest = out.read_bytes()  # small: no data rows, no hyperlinks
        joined = out.with_name(out.name + ".rows")
        try:
            with joined.open("wb") as fh:
                if raw is not None:
                    head, marker, rest = rest.partition(_MARKER_BYTES)
                    if not marker:
                        raise RuntimeError(f"sheet {self.title!r}: the place for its rows was not written")
                    fh.write(head)
                    raw.seek(0)
                    shutil.copyfileobj(raw, fh, 1 << 20)
                if links is not None:
                    head, marker, rest = rest.partition(_LINKS_MARKER_BYTES)
                    if not marker:
                        raise RuntimeError(f"sheet {self.title!r}: the place for its links was not written")
                    fh.write(head)
                    links.write_links(fh)
                fh.write(rest)
            os.replace(joined, out)  # the path openpyxl zips and later removes
        finally:
            joined.unlink(missing_ok=True)


def stream_sheet(wb: Workbook, title: str) -> WriteOnlyWorksheet:
    """A new write-only sheet at the end of `wb` that takes rows of cells from CellMaker."""
    try:
        ws = StreamSheet(parent=wb, title=title)
        wb._add_sheet(ws)
    except (AttributeError, TypeError, ValueError):
        return wb.create_sheet(title)
    return ws


@dataclass
class Overflow:
    """Texts too long for one cell, kept whole (in parts) for the Overflow sheet."""

    entries: list[tuple[str, str, str]] = field(default_factory=list)  # (sheet, cell, full text)
    cut: list[CutCell] = field(default_factory=list)
    replaced: int = 0

    def row_of_next(self) -> int:
        """The Overflow sheet row where the next entry's first part will go (after its header)."""
        return 2 + sum(-(-len(text) // OVERFLOW_PART) for _, _, text in self.entries)


class CellMaker:
    """Builds the write-only cells of one worksheet, each typed and styled by its column kind."""

    def __init__(self, ws: WriteOnlyWorksheet, styles: StyleBook, overflow: Overflow) -> None:
        self.ws = ws
        self.styles = styles
        self.overflow = overflow

    def text(self, value: str, row: int, col: int, style: str = "text") -> Cell | None:
        """A text cell that is never a formula, never unreadable and never silently cut."""
        text, replaced = clean_text(value)
        self.overflow.replaced += replaced
        if not text:
            return None
        if len(text) > CELL_LIMIT:
            text = self._cut(text, row, col)
        cell = Cell(self.ws, row=row, column=col)
        # Set as stored text directly: openpyxl's value setter would re-check characters
        # (clean_text did) and make any '='-led string a formula; data is always text.
        # quotePrefix also keeps Excel from re-reading it as a formula when the analyst edits it.
        cell._value = text
        cell.data_type = "s"
        quoted = text.startswith(FORMULA_TRIGGERS)
        # The style array is shared, not copied: a write-only cell is written once and its
        # style only read (the URL path below replaces it with a copy before changing it).
        cell._style = self.styles.array(style, quoted=quoted)
        return cell

    def _cut(self, text: str, row: int, col: int) -> str:
        where = f"{get_column_letter(col)}{row}"
        first = self.overflow.row_of_next()
        self.overflow.entries.append((self.ws.title, where, text))
        self.overflow.cut.append(CutCell(self.ws.title, where, len(text)))
        marker = f" {CUT_TAG} {{}} more characters on sheet 'Overflow' from row {first}]"
        keep = CELL_LIMIT - len(marker.format(f"{len(text):,}"))
        return text[:keep] + marker.format(f"{len(text) - keep:,}")

    def make(self, value: object, kind: ColumnKind, row: int, col: int) -> Cell | None:
        """The cell for `value` in a column of `kind` (None for an empty cell)."""
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            value = "yes" if value else "no"
        if isinstance(value, datetime):
            return self._styled(value.replace(tzinfo=None), "datetime", row, col)
        if isinstance(value, date):
            return self._styled(value, "date", row, col)
        if isinstance(value, (int, Decimal, float)):
            style = "decimal" if kind is ColumnKind.DECIMAL else "integer"
            return self._styled(value, style, row, col)
        text = str(value)
        if kind is ColumnKind.URL:
            cell = self.text(text, row, col, "text")
            if cell is not None and linkable(str(cell.value)):
                cell.hyperlink = str(cell.value)
                cell._style = copy(self.styles.array("link", quoted=False))
            return cell
        return self.text(text, row, col, _TEXT_STYLE.get(kind, "text"))

    def _styled(self, value: object, style: str, row: int, col: int) -> Cell:
        # Placed (row, column) so that openpyxl's own sheet can describe it (see StreamSheet).
        return Cell(self.ws, row=row, column=col, value=value,
                    style_array=self.styles.array(style))  # shared, see text()


_TEXT_STYLE = {ColumnKind.CODE: "code", ColumnKind.LEVEL: "level", ColumnKind.LONG_TEXT: "text"}
