"""The briefing's fast paths past ReportLab's public API, behind a version check, with stock twins.

Fast (on a ReportLab version in VERIFIED) | stock twin (public API) | what stays the same:
- table cells start from class-level defaults (a CellStyle subclass per kind of cell) and plain
  string cells are drawn from cached text operators appended to the page (an override of
  `Table._drawCell`) | the same defaults as TableStyle commands, and ReportLab's own drawing |
  the same glyphs in the same places: page count, every page's text and rendering;
- each page's content is compressed as the page ends | ReportLab compresses every page when
  saving | the same file (pages held uncompressed until the end cost memory, not output);
- ReportLab's ToUnicode map replaced by one that writes characters above U+FFFF as UTF-16 and
  maps shaped Arabic back to its letters | ReportLab's own map | the same glyphs and fonts; only
  text copied or extracted from emoji, other characters above U+FFFF and Arabic differs (the
  cost of an unverified version, tested in tests/reports/test_fast_reportlab.py).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import reportlab
from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfdoc import PDFArray, PDFBase85Encode, PDFDictionary, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.cells import evict_oldest
from desktop_app.reports.pdf.fonts import SANS, SANS_BOLD
from desktop_app.reports.pdf.page import BriefingCanvas
from desktop_app.system import fences

VERIFIED = ("5.1.0",)  # exact versions the fast paths were verified against (constraints.txt)
FENCE = fences.check("ReportLab", reportlab.Version, VERIFIED, env="EXPORT_RISK_FAST_REPORTLAB", where=__name__,
                     cost="slower, more memory, and text copied from emoji or Arabic comes out as ReportLab's "
                          "own ToUnicode map spells it")
OPS_CACHE_SIZE = 50_000  # cell texts whose PDF text operators are kept while drawing
_ARABIC_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_STOCK_CMAP = ttfonts.makeToUnicodeCMap


@dataclass(frozen=True)
class CellDefaults:
    """A table's cell defaults: class attributes of the fast cells, commands of the stock twin."""

    fontname: str
    left: float
    right: float
    top: float
    bottom: float

    def commands(self, col: int = 0, last: int = -1) -> list[tuple]:
        cells = ((col, 0), (last, -1))
        return [("FONTNAME", *cells, self.fontname), ("FONTSIZE", *cells, styles.CELL.fontSize),
                ("LEADING", *cells, styles.CELL.leading), ("VALIGN", *cells, "TOP"),
                ("LEFTPADDING", *cells, self.left), ("RIGHTPADDING", *cells, self.right),
                ("TOPPADDING", *cells, self.top), ("BOTTOMPADDING", *cells, self.bottom)]


GRID = CellDefaults(SANS, 3, 3, 2, 2)  # the ruled tables (text.Kit.table)
FACT = CellDefaults(SANS, 0, 6, 1.5, 1.5)  # label/value tables (detail.facts): values
FACT_LABEL = CellDefaults(SANS_BOLD, 0, 6, 1.5, 1.5)  # and their bold labels, columns 0 and 2


class _FastCell(CellStyle):
    """Defaults as class attributes: no per-cell style command touches every cell again."""

    name = ""
    fontsize = styles.CELL.fontSize
    leading = styles.CELL.leading
    valign = "TOP"

    def __init__(self, name: str = "", parent: CellStyle | None = None) -> None:
        if parent is not None:
            super().__init__(name, parent)


def _cell_class(name: str, d: CellDefaults) -> type[CellStyle]:
    return type(name, (_FastCell,), {"fontname": d.fontname, "leftPadding": d.left, "rightPadding": d.right,
                                     "topPadding": d.top, "bottomPadding": d.bottom})


GridCell, FactCell, FactLabelCell = (_cell_class(n, d) for n, d in
                                     (("GridCell", GRID), ("FactCell", FACT), ("FactLabelCell", FACT_LABEL)))


class _FastCells:
    """Plain, left-aligned, top-aligned string cells drawn from cached text operators (what
    ReportLab's Table._drawCell would write, without its per-line text object and width work)."""

    def _drawCell(self, cellval: object, cellstyle: CellStyle, pos: tuple, size: tuple) -> None:
        canv = self.canv  # type: ignore[attr-defined]
        if (
            type(cellval) is not str
            or cellstyle.alignment != "LEFT"
            or cellstyle.valign != "TOP"
            or cellstyle.href
            or cellstyle.destination
            or cellstyle.direction
            or cellstyle.shaping
            or not canv.bottomup
        ):
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]
            return
        if self._curcellstyle is not cellstyle:  # type: ignore[has-type]  # what _drawCell does first
            cur = self._curcellstyle  # type: ignore[has-type]
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        x = pos[0] + cellstyle.leftPadding
        y = pos[1] + size[1] - cellstyle.topPadding - cellstyle.fontsize
        canv._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {_text_ops(canv, cellval)} ET")


def _text_ops(canv: Canvas, text: str) -> str:
    """The text operators ReportLab writes for `text` (lines set with T*) in the canvas's current
    font, cached per document: a string's glyph codes in a font subset never change once given."""
    cache: dict[tuple, str] = canv.__dict__.setdefault("_briefing_text_ops", {})
    key = (canv._fontname, canv._fontsize, canv._leading, text)
    ops = cache.pop(key, None)
    if ops is None:
        t = canv.beginText(0, 0)
        start = len(t._code)
        for line in text.split("\n"):
            t.textLine(line)
        ops = " ".join(t._code[start:])
        if len(cache) >= OPS_CACHE_SIZE:
            evict_oldest(cache)
    cache[key] = ops  # (re)inserted last: the dict's order is least recently used first
    return ops


class _FastGridTable(_FastCells, LongTable):
    """A LongTable whose cells start from GridCell (ReportLab passes cellStyles on when it splits)."""

    def __init__(self, data: list, *args: object, cellStyles: list | None = None, **kwargs: object) -> None:
        if cellStyles is None and data:
            cellStyles = [[GridCell() for _ in data[0]] for _ in data]
        super().__init__(data, *args, cellStyles=cellStyles, **kwargs)


class _FastFactsTable(_FastCells, Table):
    def __init__(self, data: list, *args: object, cellStyles: list | None = None, **kwargs: object) -> None:
        if cellStyles is None and data:
            cellStyles = [[FactLabelCell(), FactCell(), FactLabelCell(), FactCell()] for _ in data]
        super().__init__(data, *args, cellStyles=cellStyles, **kwargs)


class _StockGridTable(LongTable):
    """GRID's defaults as commands, before any style the caller gives (pieces of a split table
    inherit the cell styles, so they get no second set)."""

    def __init__(self, data: list, *args: object, cellStyles: list | None = None, **kwargs: object) -> None:
        style = kwargs.pop("style", None)
        super().__init__(data, *args, cellStyles=cellStyles, **kwargs)
        if cellStyles is None and data:
            self.setStyle(TableStyle(GRID.commands()))
        if style is not None:
            self.setStyle(style)


class _StockFactsTable(Table):
    def __init__(self, data: list, *args: object, cellStyles: list | None = None, **kwargs: object) -> None:
        style = kwargs.pop("style", None)
        super().__init__(data, *args, cellStyles=cellStyles, **kwargs)
        if cellStyles is None and data:
            self.setStyle(TableStyle(FACT.commands() + FACT_LABEL.commands(0, 0) + FACT_LABEL.commands(2, 2)))
        if style is not None:
            self.setStyle(style)


def grid_table(data: list, **kwargs: object) -> LongTable:
    """A LongTable whose cells default to GRID (font, size, leading, padding, top alignment)."""
    return (_FastGridTable if FENCE.fast else _StockGridTable)(data, **kwargs)


def facts_table(data: list, **kwargs: object) -> Table:
    """Label/value pairs, two to a row: bold labels in columns 0 and 2, values in 1 and 3."""
    return (_FastFactsTable if FENCE.fast else _StockFactsTable)(data, **kwargs)


class _CompressingCanvas(BriefingCanvas):
    """Each page's content is encoded when the page ends, as ReportLab would encode it when saving:
    a briefing of 11,000 pages otherwise holds every page's uncompressed drawing operators."""

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if not page.compression or not page.stream or page.Contents:
            return
        filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
        content = page.stream
        for f in reversed(filters):  # ReportLab applies them in reverse order listed
            content = f.encode(content)
        dictionary = PDFDictionary({"Filter": PDFArray([PDFName(f.pdfname) for f in filters])})
        stream = PDFStream(dictionary, content)
        stream.__Comment__ = "page stream"
        page.Contents, page.stream = stream, None


def canvas_class() -> type[BriefingCanvas]:
    """The canvas to build the briefing on; also puts the ToUnicode map of this mode in place
    (ReportLab reads it when the document is saved)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap if FENCE.fast else _STOCK_CMAP
    return _CompressingCanvas if FENCE.fast else BriefingCanvas


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, fixed so copied and extracted text is what was written.

    ReportLab writes code points above U+FFFF as five hex digits (readers take U+1F50 for the
    battery emoji); PDF wants UTF-16BE. Arabic is drawn in presentation forms (shaped), so those
    map back to the letters of the original text.
    """

    def target(cp: int) -> str:
        text = chr(cp)
        if any(lo <= cp <= hi for lo, hi in _ARABIC_FORMS):
            text = unicodedata.normalize("NFKC", text)
        return text.encode("utf-16-be").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{target(cp)}>" for i, cp in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)
