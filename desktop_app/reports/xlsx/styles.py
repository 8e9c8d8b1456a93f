"""Cell styles of the workbook, built once and shared by every cell of the same kind."""

from __future__ import annotations

from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
TEXT_FORMAT = "@"
HEADER_FILL = "1F3864"
_TOP = Alignment(vertical="top", wrap_text=True)
# Every style names its font: without a name and size LibreOffice fell back to a serif face.
# Calibri is Excel's default; LibreOffice draws it with the metric-compatible Carlito.
FONT_NAME, FONT_SIZE = "Calibri", 11


def font(**attrs: object) -> Font:
    """A font of the workbook's face and size unless `attrs` say otherwise."""
    return Font(**{"name": FONT_NAME, "size": FONT_SIZE, **attrs})
_THIN = Side(style="thin", color="BFBFBF")


def hex_colour(colour: str) -> str:
    """`#C62828` -> `C62828` (openpyxl's RGB form); anything malformed becomes mid grey."""
    text = colour.strip().lstrip("#").upper()
    if len(text) == 6 and all(c in "0123456789ABCDEF" for c in text):
        return text
    return "9E9E9E"


def ink_for(colour: str) -> str:
    """Black or white text, whichever reads better on `colour` (WCAG relative luminance)."""
    rgb = hex_colour(colour)
    channels = []
    for i in (0, 2, 4):
        c = int(rgb[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    return "000000" if luminance > 0.179 else "FFFFFF"


class StyleBook:
    """Named cell styles, each defined once on a prototype cell (which registers its font, fill,
    alignment and number format with the workbook, in definition order) with a quote-prefixed
    twin for formula-like text. Cells take a style whole (fast_openpyxl.Book.style): assigning
    font, fill and alignment cell by cell from scratch went through openpyxl's style registries
    each time, which matters at 100,000 rows."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws  # a sheet of the workbook the styles belong to
        self._protos: dict[tuple[str, bool], Cell] = {}
        self._attrs: dict[tuple[str, bool], dict[str, object]] = {}
        base = {"alignment": _TOP}
        self.define("text", **base)
        self.define("code", number_format=TEXT_FORMAT, **base)
        self.define("level", alignment=Alignment(vertical="top", horizontal="center"))
        self.define("date", number_format=DATE_FORMAT, alignment=Alignment(vertical="top"))
        self.define("datetime", number_format=DATETIME_FORMAT, alignment=Alignment(vertical="top"))
        self.define("integer", number_format="0", alignment=Alignment(vertical="top"))
        self.define("decimal", number_format="#,##0.00", alignment=Alignment(vertical="top"))
        self.define("link", font=font(color="0563C1", underline="single"), **base)
        self.define("header", font=font(bold=True, color="FFFFFF"),
                    fill=PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL),
                    alignment=Alignment(vertical="center", wrap_text=True))
        self.define("title", font=font(bold=True, size=16, color=HEADER_FILL))
        self.define("subtitle", font=font(bold=True, size=12, color=HEADER_FILL))
        self.define("plain", alignment=Alignment(vertical="top"))
        self.define("label", font=font(bold=True), alignment=Alignment(vertical="top"))
        self.define("note", font=font(italic=True, color="595959"), alignment=Alignment(vertical="top"))
        self.define("hash", font=font(name="Consolas", size=10), number_format=TEXT_FORMAT)

    def define(self, name: str, **attrs: object) -> None:
        """Register a named cell style (and its quote-prefixed twin for formula-like text)."""
        for quoted in (False, True):
            values = {"font": font(), **attrs}
            values = {**values, "quotePrefix": True} if quoted else values
            proto = WriteOnlyCell(self.ws)
            for attr, value in values.items():
                setattr(proto, attr, value)
            self._protos[(name, quoted)] = proto
            self._attrs[(name, quoted)] = values

    def prototype(self, name: str, *, quoted: bool = False) -> Cell:
        """A cell holding the style (the fast twin copies its style whole)."""
        return self._protos[(name, quoted)]

    def attrs(self, name: str, *, quoted: bool = False) -> dict[str, object]:
        """The public style attributes that make the style on a new cell (the stock twin)."""
        return self._attrs[(name, quoted)]

    def filled(self, name: str, colour: str, *, bold: bool = False) -> str:
        """The name of a style with a solid fill of `colour` and readable ink; defined once per colour."""
        key = f"{name}:{hex_colour(colour)}:{bold}"
        if (key, False) not in self._protos:
            rgb = hex_colour(colour)
            self.define(key, fill=PatternFill("solid", start_color=rgb, end_color=rgb),
                        font=font(bold=bold, color=ink_for(rgb)),
                        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
                        border=Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN))
        return key
