"""Vector charts: the 5x5 heat map, the level legend and residual risk by joint venture."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from desktop_app.reports.document import HeatMap, Level, VentureBar
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.fonts import CJK, SANS, SANS_BOLD
from desktop_app.reports.pdf.text import Kit
from desktop_app.system.report_language import _

CELL = 14 * mm
AXIS = 13 * mm
LIKELIHOOD = ("Rare", "Unlikely", "Possible", "Likely", "Almost certain")
LABEL_MAX = 160
UP, DOWN = "\u2191", "\u2193"
IMPACT = ("Minor", "Moderate", "Significant", "Major", "Severe")


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName, d.initialFontSize = SANS, 7  # never fall back on unembedded Helvetica
    return d


def _font(text: str, font: str) -> str:
    """Graphics text has no font fallback: our own axis words in Chinese take the CJK font."""
    return CJK if any(ord(ch) >= 0x2E80 for ch in text) else font


def heat_map(data: HeatMap, levels: dict[str, Level]) -> Drawing:
    """Likelihood up the side (5 at the top), impact along the bottom, counts in the cells.

    Only numbers and our own axis words are drawn as graphics text; level names (user text)
    go in the legend, which is a table of paragraphs with font fallback.
    """
    size = len(data.grid)
    width = AXIS + size * CELL + 2
    height = 12 + size * CELL + AXIS
    d = _drawing(width, height)
    top = height - 12
    d.add(String(AXIS, top + 3, data.title, fontName=_font(data.title, SANS_BOLD), fontSize=9, fillColor=styles.INK))
    for li in range(size):  # li = likelihood - 1
        y = top - (size - li) * CELL
        d.add(
            String(
                AXIS - 3,
                y + CELL / 2 - 2.5,
                str(li + 1),
                fontName=SANS,
                fontSize=7,
                textAnchor="end",
                fillColor=styles.MUTED,
            )
        )
        for ii in range(size):
            x = AXIS + ii * CELL
            level = levels.get(data.grid[li][ii])
            fill = colors.HexColor(level.colour) if level else colors.lightgrey
            d.add(Rect(x, y, CELL, CELL, fillColor=fill, strokeColor=colors.white, strokeWidth=1.2))
            count = data.counts[li][ii]
            ink = styles.text_colour_on(level.colour) if level else colors.black
            d.add(
                String(
                    x + CELL / 2,
                    y + CELL / 2 - 4,
                    str(count) if count else "\u00b7",
                    fontName=SANS_BOLD if count else SANS,
                    fontSize=11 if count else 9,
                    textAnchor="middle",
                    fillColor=ink,
                )
            )
            moved = data.shift[li][ii] if data.shift else 0
            if moved:  # the change since the last briefing: now minus then, in the corner
                d.add(String(x + CELL - 2, y + CELL - 8, (UP if moved > 0 else DOWN) + str(abs(moved)),
                             fontName=SANS_BOLD, fontSize=7, textAnchor="end", fillColor=ink))
    base = top - size * CELL
    for ii in range(size):
        d.add(
            String(
                AXIS + ii * CELL + CELL / 2,
                base - 9,
                str(ii + 1),
                fontName=SANS,
                fontSize=7,
                textAnchor="middle",
                fillColor=styles.MUTED,
            )
        )
    d.add(
        String(
            AXIS + size * CELL / 2,
            base - 20,
            _("Impact \u2192"),
            fontName=_font(_("Impact \u2192"), SANS),
            fontSize=7.5,
            textAnchor="middle",
            fillColor=styles.INK,
        )
    )
    label = Group(
        String(0, 0, _("Likelihood \u2192"), fontName=_font(_("Likelihood \u2192"), SANS), fontSize=7.5,
               textAnchor="middle", fillColor=styles.INK)
    )
    label.transform = (0, 1, -1, 0, AXIS - 13, top - size * CELL / 2)  # turned 90 degrees
    d.add(label)
    return d


def legend(kit: Kit, levels: tuple[Level, ...]) -> Table:
    """One coloured cell per level, worst first; labels are printed literally."""
    cells = [kit.para(lv.label, styles.CELL_BOLD) for lv in levels]
    table = Table([cells or [""]], colWidths=[28 * mm] * max(1, len(cells)), hAlign="LEFT")
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEAFTER", (0, 0), (-1, -1), 2, colors.white),
    ]
    for i, lv in enumerate(levels):
        cmds.append(("BACKGROUND", (i, 0), (i, 0), colors.HexColor(lv.colour)))
        if styles.text_colour_on(lv.colour) == colors.white:
            cells[i].style = cells[i].style.clone("LegendWhite", textColor=colors.white)
    table.setStyle(styles.plain(cmds))
    return table


def _bar(counts: tuple[int, ...], levels: tuple[Level, ...], scale: float, height: float) -> Drawing:
    d = _drawing(scale * max(1, sum(counts)) + 1, height)
    x = 0.0
    for count, lv in zip(counts, levels, strict=False):
        if count:
            w = count * scale
            d.add(Rect(x, 1, w, height - 2, fillColor=colors.HexColor(lv.colour), strokeColor=None))
            label = f"{count:,}"
            if w >= 4 + 4.2 * len(label):  # the count inside its segment when it fits there
                d.add(String(x + w / 2, 3, label, fontName=SANS_BOLD, fontSize=7, textAnchor="middle",
                             fillColor=styles.text_colour_on(lv.colour)))
            x += w
    return d


def venture_bars(kit: Kit, bars: tuple[VentureBar, ...], levels: tuple[Level, ...]) -> Flowable:
    """Residual assessments by venture as stacked horizontal bars, names in a text column."""
    name_w, total_w = 60 * mm, 14 * mm
    bar_w = styles.FRAME_WIDTH - name_w - total_w - 4
    top = max((sum(b.counts) for b in bars), default=1) or 1
    scale = (bar_w - 4) / top
    rows: list[list] = []
    for b in bars:
        # A chart label, not the record: very long names are shortened (the venture's section has it all).
        name = b.name if len(b.name) <= LABEL_MAX else b.name[: LABEL_MAX - 10] + "\u2026"
        rows.append([kit.cell(name, name_w), _bar(b.counts, levels, scale, 9), str(sum(b.counts))])
    header = [_("Joint venture"), _("Residual assessments by level (worst first)"), _("Total")]
    table = kit.table(
        header,
        rows,
        [name_w, bar_w, total_w],
        extra=[("ALIGN", (2, 0), (2, -1), "RIGHT"), ("VALIGN", (0, 1), (-1, -1), "MIDDLE")],
    )
    return table
