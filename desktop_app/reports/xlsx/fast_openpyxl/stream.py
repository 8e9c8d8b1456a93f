"""A write-only sheet that takes ready-made cells, and rows and hyperlinks written apart as XML."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import IO

from openpyxl import LXML, Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop_app.reports.xlsx.fast_openpyxl.links import LinkParts, LinkRels

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


class StreamSheet(WriteOnlyWorksheet):
    """A write-only sheet fed only ready-made cells (or None), and rows serialised apart.

    openpyxl first tries to bind each appended Cell as a value and formats an error message per
    cell before taking it as a cell; skipping that cuts the CPU time of a styled 100,000-row
    sheet by about a third.

    Rows written to `raw_rows()` (XML `<row>` elements, see fast_openpyxl.rows) follow every
    appended row: openpyxl's stream gets a marker where they go, and `close` splices the file in
    there. Hyperlinks added with `add_link` are kept as XML in files too (see fast_openpyxl.links),
    not as objects: `close` splices them in where openpyxl writes a sheet's hyperlinks.
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
        if self._hyperlinks:  # cells appended with a hyperlink (the rows apart have them instead)
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

    def abandon(self) -> None:
        """After a failure or a cancel: close, and drop every temporary file the sheet holds."""
        try:
            if not self.closed:
                self.close()
        finally:
            writer = self._writer
            if writer is not None and os.path.exists(writer.out):
                writer.cleanup()
            if self.links is not None:
                self.links.close()

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


def add_stream_sheet(wb: Workbook, title: str) -> StreamSheet:
    """A new StreamSheet at the end of `wb`."""
    ws = StreamSheet(parent=wb, title=title)
    wb._add_sheet(ws)
    return ws
