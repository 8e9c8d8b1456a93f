"""Escaped paragraphs and table cells built from user text, and small formatting helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph

from desktop_app.reports import styles
from desktop_app.reports.document import Level
from desktop_app.reports.fonts import RTL, SANS, SANS_BOLD, TextShaper

DASH = "\u2014"
TALL_POINTS = 300  # a cell estimated taller than this may be split across pages
_URL_FORBIDDEN = set(" \t\r\n\"'<>\\`{}|^")


def fmt_date(day: date | None) -> str:
    return day.isoformat() if day else DASH


def fmt_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M %Z").strip()


def safe_url(url: str) -> str | None:
    """The URL if it is a plain http(s) address that may become a link; otherwise None."""
    url = url.strip()
    if not url or len(url) > 2000 or any(ch in _URL_FORBIDDEN or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


@dataclass
class Kit:
    """What every section builder needs: the text shaper and the matrix levels."""

    shaper: TextShaper
    levels: dict[str, Level]

    def para(self, text: str, style: ParagraphStyle = styles.BODY, *, multiline: bool = False) -> Paragraph:
        """A paragraph that prints `text` literally: markup in it is escaped, never obeyed."""
        primary = style.fontName
        return Paragraph(self.shaper.markup(text, primary=primary, multiline=multiline), style)

    def rich(
        self, parts: Sequence[tuple[str, bool]], style: ParagraphStyle = styles.BODY, *, sep: str = ""
    ) -> Paragraph:
        """A paragraph of (text, is_bold) pieces, each escaped and printed literally."""
        out = []
        for text, bold in parts:
            if bold:
                out.append(f'<font face="{SANS_BOLD}">{self.shaper.markup(text, primary=SANS_BOLD)}</font>')
            else:
                out.append(self.shaper.markup(text, primary=style.fontName))
        return Paragraph(sep.join(out), style)

    def cell(
        self, text: str, width: float, style: ParagraphStyle = styles.CELL, *, multiline: bool = False
    ) -> str | Paragraph:
        """A table cell: plain ASCII text is wrapped here and drawn as plain lines (several times
        faster than a paragraph, and never parsed as markup); anything else is a paragraph."""
        if style is styles.CELL:
            lines = self._plain_lines(text, width - 6.5, multiline)
            if lines is not None:
                return "\n".join(lines)
        return self.para(text, style, multiline=multiline)

    def stack(self, *lines: str, width: float) -> str | Paragraph:
        """Several user texts one under the other in one cell (e.g. reference, title, status)."""
        return self.cell("\n".join(line for line in lines if line), width, multiline=True)

    def _plain_lines(self, text: str, room: float, multiline: bool, font: str = SANS) -> list[str] | None:
        """Lines of `text` wrapped to `room` points, when one embedded font draws all of it
        left to right; None when it needs a paragraph (fallback fonts, bidi, over-long words)."""
        parts = text.replace("\r\n", "\n").split("\n") if multiline else [text]
        if not text.isascii():
            covered = self.shaper.fonts.coverage[font]
            if RTL.search(text) or any(ord(ch) not in covered for ch in text if ch != "\n"):
                return None
        if not all(p.isprintable() for p in parts):
            return None
        size = styles.CELL.fontSize
        out: list[str] = []
        for part in parts:
            wrapped = simpleSplit(part, font, size, room) or [""]
            # simpleSplit keeps an over-long word whole: leave that to Paragraph, which breaks it.
            if any(stringWidth(line, font, size) > room for line in wrapped):
                return None
            out += wrapped
        return out

    def link(self, url: str, style: ParagraphStyle = styles.CELL) -> Paragraph:
        """The URL as text; a clickable link only when it is a plain http(s) address."""
        safe = safe_url(url)
        text = self.shaper.markup(url)
        if safe is None:
            return Paragraph(text, style)
        href = escape(safe, {'"': "&quot;"})
        return Paragraph(f'<a href="{href}" color="#0B4F6C"><u>{text}</u></a>', style)

    def level_label(self, key: str) -> str:
        level = self.levels.get(key)
        return level.label if level else key

    def level_commands(self, col: int, row: int, key: str) -> list[tuple]:
        """Table style commands that paint a level cell in the matrix colour."""
        level = self.levels.get(key)
        if level is None:
            return []
        fill = colors.HexColor(level.colour)
        return [
            ("BACKGROUND", (col, row), (col, row), fill),
            ("TEXTCOLOR", (col, row), (col, row), styles.text_colour_on(level.colour)),
            ("FONTNAME", (col, row), (col, row), SANS_BOLD),
        ]

    def level_cell(self, key: str, width: float) -> str | Paragraph:
        level = self.levels.get(key)
        style = styles.CELL_BOLD
        if level is not None and styles.text_colour_on(level.colour) == colors.white:
            style = ParagraphStyle("LevelWhite", parent=styles.CELL_BOLD, textColor=colors.white)
        label = self.level_label(key)
        # Plain-string cells take TEXTCOLOR from the table style; paragraphs from their style.
        if label.isascii() and label.isprintable() and stringWidth(label, SANS_BOLD, 7.5) <= width - 6.5:
            return label
        return self.para(label, style)

    def table(
        self,
        header: Sequence[str],
        rows: list[list],
        widths: Sequence[float],
        extra: list[tuple] | None = None,
        *,
        repeat: bool = True,
    ) -> LongTable:
        """A ruled table; rows may break across pages, and so may one very tall row."""
        # Our own headings: plain bold lines (the header row's FONTNAME is bold), wrapped here.
        head: list[str | Paragraph] = []
        for h, w in zip(header, widths, strict=True):
            lines = self._plain_lines(h, w - 6.5, False, SANS_BOLD)
            head.append("\n".join(lines) if lines is not None else self.para(h, styles.HEAD))
        table = LongTable(
            [head, *rows],
            colWidths=list(widths),
            repeatRows=1 if repeat else 0,
            splitByRow=1,
            # Splitting inside a row is only for rows taller than a page (very long text);
            # ordinary rows move to the next page whole.
            splitInRow=1 if _has_tall_cell(rows, widths) else 0,
            hAlign="LEFT",
        )
        table.setStyle(styles.grid_style(extra=extra))
        return table


def _has_tall_cell(rows: list[list], widths: Sequence[float]) -> bool:
    """Whether some cell may be taller than a page (a rough, generous estimate)."""
    leading, size = styles.CELL.leading, styles.CELL.fontSize
    for row in rows:
        for cell, width in zip(row, widths, strict=False):
            if isinstance(cell, str):
                lines = cell.count("\n") + 1
            elif isinstance(cell, Paragraph):
                char = size * (0.62 if cell.text.isascii() else 1.0)  # CJK glyphs are a full em wide
                lines = len(cell.text) * char / max(width - 6.5, 10) + cell.text.count("<br/>") + 1
            else:
                continue
            if lines * leading > TALL_POINTS:
                return True
    return False
