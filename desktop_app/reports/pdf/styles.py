"""Page geometry, colours, paragraph and table styles of the briefing."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop_app.reports.pdf.fonts import SANS, SANS_BOLD

PAGE = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
RULE = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#E4E7EB")
ZEBRA = colors.HexColor("#F5F7FA")
ACCENT = colors.HexColor("#0B4F6C")
WARN = colors.HexColor("#B00020")


def _style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    leading: float | None = None,
    colour: colors.Color = INK,
    before: float = 0,
    after: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=SANS_BOLD if bold else SANS,
        fontSize=size,
        leading=leading or size * 1.25,
        textColor=colour,
        spaceBefore=before,
        spaceAfter=after,
        alignment=TA_LEFT,
        # Long unbroken names (CJK, codes, 300 x's) break inside the cell instead of overflowing.
        splitLongWords=1,
        wordWrap=None,
    )


TITLE = _style("Title", 24, bold=True, leading=30, colour=ACCENT, after=6)
SUBTITLE = _style("Subtitle", 13, leading=17, colour=MUTED, after=14)
H1 = _style("H1", 15, bold=True, leading=19, colour=ACCENT, before=4, after=6)
H2 = _style("H2", 11.5, bold=True, leading=14.5, before=8, after=4)
BODY = _style("Body", 9.5, leading=12.5, after=4)
SMALL = _style("Small", 7.5, leading=9.5, colour=MUTED)
CELL = _style("Cell", 7.5, leading=9.2)
CELL_BOLD = _style("CellBold", 7.5, bold=True, leading=9.2)
HEAD = _style("Head", 7.5, bold=True, leading=9.2)
LINK = _style("Link", 7.5, leading=9.2, colour=ACCENT)  # a measure's source address
NOTE = _style("Note", 8.5, leading=11, colour=WARN, after=4)
COVER_LABEL = _style("CoverLabel", 9, bold=True, leading=12, colour=MUTED)
COVER_VALUE = _style("CoverValue", 9.5, leading=12.5)
CONFIDENTIAL = _style("Confidential", 12, bold=True, leading=16, colour=WARN, before=10)

for _s in (TITLE, SUBTITLE, H1, H2):
    _s.keepWithNext = 1


def grid_style(*, header_rows: int = 1, zebra: bool = True, extra: list[tuple] | None = None) -> TableStyle:
    """Ruled table (fast_reportlab.grid_table) with a shaded header row and light zebra stripes."""
    # Font, size, leading, padding and top alignment are the cells' defaults (fast_reportlab.GRID):
    # a command per property would touch every cell of every table again.
    cmds: list[tuple] = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), SANS_BOLD),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(cmds + (extra or []))


def plain(cmds: list[tuple]) -> TableStyle:
    """A table style that also names our font: ReportLab's cell default is unembedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *cmds])


def key_value_style(extra: list[tuple] | None = None) -> TableStyle:
    """Label/value table without header."""
    return plain(
        [
            ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize),
            ("LEADING", (0, 0), (-1, -1), CELL.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            *(extra or []),
        ]
    )


def text_colour_on(hex_colour: str) -> colors.Color:
    """Black or white, whichever reads better on the given fill."""
    c = colors.HexColor(hex_colour)
    luminance = 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue
    return colors.black if luminance > 0.55 else colors.white
