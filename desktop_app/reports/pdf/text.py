"""Escaped paragraphs and table cells built from user text, and small formatting helpers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph

from desktop_app.reports.document import Level
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.blocks import LinkBlock, TextBlock
from desktop_app.reports.pdf.cells import Line, Lines, evict_oldest, plain_lines, wrap_runs
from desktop_app.reports.pdf.fast_reportlab import grid_table
from desktop_app.reports.pdf.fonts import RTL, SANS, SANS_BOLD, TextShaper
from desktop_app.system import report_language

DASH = "\u2014"
TALL_POINTS = 300  # a cell estimated taller than this may be split across pages
_URL_FORBIDDEN = set(" \t\r\n\"'<>\\`{}|^")
CACHE_SIZE = 50_000  # wrapped cell texts kept per briefing (names, titles, owners repeat a lot)
_MISS = object()
W = styles.FRAME_WIDTH


def fmt_date(day: date | None) -> str:
    return report_language.day(day) if day else DASH


def fmt_time(moment: datetime) -> str:
    return report_language.moment(moment)


Parts = list[tuple[str, bool]]  # (text, is_bold) pieces of one paragraph
_BOLD = re.compile(r"</?b>")
_FIELD = re.compile(r"\{(\w+)(?::([^}]*))?\}")


def sentence(template: str, **params: object) -> Parts:
    """A translated sentence as paragraph pieces: <b>...</b> in the catalog marks what is bold,
    {name} placeholders are filled with `params` (a list of pieces is spliced in as it is). The
    template is split before it is filled, so user text in a value is never read as markup."""
    out: Parts = []
    for i, piece in enumerate(_BOLD.split(template)):
        bold = i % 2 == 1
        bits = _FIELD.split(piece)  # text, name, spec, text, name, spec, ..., text
        for j in range(0, len(bits), 3):
            out += [(bits[j], bold)] if bits[j] else []
            if j + 1 < len(bits):
                value = params[bits[j + 1]]
                out += value if isinstance(value, list) else [(format(value, bits[j + 2] or ""), bold)]
    return out


def listed(items: Sequence[Parts], last: str | None = None) -> Parts:
    """Pieces of several items in a list: the language's separator, `last` before the final one."""
    sep = report_language.separator()
    out: Parts = []
    for i, item in enumerate(items):
        if i:
            out.append((last if last is not None and i == len(items) - 1 else sep, False))
        out += item
    return out


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
    _cache: dict[tuple, object] = field(default_factory=dict, repr=False)

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
    ) -> str | Flowable:
        """A table cell printed literally. Text wrapped here is a plain string (one font) or
        pre-wrapped font runs (fallback fonts): several times faster than a paragraph, and never
        parsed as markup. Very tall cells stay paragraphs (only a paragraph splits across pages)."""
        if style is styles.CELL:
            fast = self._fast(text, width - 6.5, multiline, SANS)
            if isinstance(fast, str):
                return fast
            if fast is not None:
                return Lines(fast, styles.CELL.fontSize, styles.CELL.leading)
        return self.para(text, style, multiline=multiline)

    def label(self, text: str, width: float) -> str | Paragraph:
        """Our own bold label in a cell (the table's style makes the column bold)."""
        lines = self._fast(text, width, False, SANS_BOLD)
        return lines if isinstance(lines, str) else self.para(text, styles.HEAD)

    def stack(self, *lines: str, width: float) -> str | Flowable:
        """Several user texts one under the other in one cell (e.g. reference, title, status)."""
        return self.cell("\n".join(line for line in lines if line), width, multiline=True)

    def block(self, text: str, style: ParagraphStyle = styles.BODY, *, width: float = W, multiline: bool = False
              ) -> Flowable:
        """A paragraph of user text across `width` printed literally: a TextBlock wrapped here,
        or a Paragraph when it is taller than a page."""
        lines = self._fast(text, width, multiline, style.fontName, style.fontSize, style.leading, None)
        if lines is None:
            return self.para(text, style, multiline=multiline)
        return TextBlock(lines.split("\n") if isinstance(lines, str) else lines, style)

    def _fast(
        self,
        text: str,
        room: float,
        multiline: bool,
        font: str,
        size: float = styles.CELL.fontSize,
        leading: float = styles.CELL.leading,
        tall: float | None = TALL_POINTS,
    ) -> str | tuple[Line, ...] | None:
        """The cell's lines, cached per text: a string when `font` draws all of it, runs when
        fallback fonts are needed, None when it needs a paragraph (taller than `tall`)."""
        key = (text, room, multiline, font, size, leading, tall)
        found = self._cache.pop(key, _MISS)
        if found is _MISS:
            found = self._wrap(text, room, multiline, font, size, leading, tall)
            if len(self._cache) >= CACHE_SIZE:  # bounded memory on huge registers
                evict_oldest(self._cache)
        self._cache[key] = found  # last: the cache is kept least recently used first
        return found  # type: ignore[return-value]

    def _wrap(
        self, text: str, room: float, multiline: bool, font: str, size: float, leading: float, tall: float | None
    ) -> str | tuple[Line, ...] | None:
        parts = self.shaper.lines(text, multiline)
        if all(p.isprintable() for p in parts):
            covered = self.shaper.fonts.coverage[font]
            if all(p.isascii() for p in parts) or (
                not RTL.search(text) and all(ord(ch) in covered for p in parts for ch in p)
            ):
                return plain_lines(tuple(parts), font, size, room)
        lines: list[Line] = []
        rtl = RTL.search(text) is not None
        for part in parts:
            if rtl:
                # Wrap in reading order, then reorder each line for drawing: wrapping the reordered
                # text put the end of a right-to-left sentence on its first line.
                for line in wrap_runs(self.shaper.runs(part, font, reorder=False), room, size):
                    lines.append(tuple(self.shaper.runs("".join(piece for _, piece in line), font)))
            else:
                lines += wrap_runs(self.shaper.runs(part, font), room, size)
        if tall is not None and len(lines) * leading > tall:
            return None  # only a paragraph can be split across pages
        return tuple(lines)

    def link(self, url: str, style: ParagraphStyle = styles.CELL, *, width: float | None = None) -> str | Flowable:
        """The URL as text; a clickable link only when it is a plain http(s) address. Given the
        cell's `width`, drawn like a plain cell (underlined and clickable when safe)."""
        safe = safe_url(url)
        if width is not None and style is styles.CELL:
            if safe is None:
                return self.cell(url, width)
            lines = self._fast(url, width - 6.5, False, SANS)
            if lines is not None:
                return LinkBlock(lines.split("\n") if isinstance(lines, str) else lines, styles.LINK, safe)
        text = self.shaper.markup(url)
        if safe is None:
            return Paragraph(text, style)
        href = escape(safe, {'"': "&quot;"})
        return Paragraph(f'<a href="{href}" color="#0B4F6C"><u>{text}</u></a>', style)

    def level_column(self, col: int, keys: Sequence[str], first_row: int = 1) -> list[tuple]:
        """Style commands painting a column of level cells, one command per run of equal levels
        (rows are mostly sorted by level, so this is a handful per table, not three per cell)."""
        out: list[tuple] = [("FONTNAME", (col, first_row), (col, first_row + len(keys) - 1), SANS_BOLD)]
        start = 0
        for i in range(1, len(keys) + 1):
            if i < len(keys) and keys[i] == keys[start]:
                continue
            level = self.levels.get(keys[start])
            if level is not None:
                top, bottom = (col, first_row + start), (col, first_row + i - 1)
                out.append(("BACKGROUND", top, bottom, colors.HexColor(level.colour)))
                ink = styles.text_colour_on(level.colour)
                if ink != colors.black:  # black is the cells' default text colour
                    out.append(("TEXTCOLOR", top, bottom, ink))
            start = i
        return out

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
        plain = self._cache.get(("level", key, width))  # asked once per assessment and column
        if plain is not None:
            return plain  # type: ignore[return-value]
        label = self.level_label(key)
        # Plain-string cells take TEXTCOLOR from the table style; paragraphs from their style.
        if label.isascii() and label.isprintable() and stringWidth(label, SANS_BOLD, 7.5) <= width - 6.5:
            self._cache[("level", key, width)] = label
            return label
        level = self.levels.get(key)
        style = styles.CELL_BOLD
        if level is not None and styles.text_colour_on(level.colour) == colors.white:
            style = ParagraphStyle("LevelWhite", parent=styles.CELL_BOLD, textColor=colors.white)
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
        # A plain string cell is drawn in the table's font: one it cannot draw (a date or label in
        # Chinese) becomes a cell with font fallback.
        sans = self.shaper.fonts.coverage[SANS]
        rows = [[self.cell(c, w, multiline="\n" in c) if isinstance(c, str) and not c.isascii()
                 and any(ord(ch) not in sans for ch in c if ch != "\n") else c
                 for c, w in zip(row, widths, strict=False)] + row[len(widths):] for row in rows]
        # Our own headings: plain bold lines (the header row's FONTNAME is bold), wrapped here.
        head: list[str | Paragraph] = []
        fitted: list[tuple] = []
        for i, (h, w) in enumerate(zip(header, widths, strict=True)):
            size = header_size(h, w - 6.5)
            lines = self._fast(h, w - 6.5, False, SANS_BOLD, size, size * 1.23)
            head.append(lines if isinstance(lines, str) else self.para(h, styles.HEAD))
            if size != styles.HEAD.fontSize and isinstance(lines, str):
                fitted += [("FONTSIZE", (i, 0), (i, 0), size), ("LEADING", (i, 0), (i, 0), size * 1.23)]
        extra = [*(extra or []), *fitted]
        table = grid_table(
            [head, *rows],
            colWidths=list(widths),
            repeatRows=1 if repeat else 0,
            splitByRow=1,
            # Splitting inside a row is only for rows taller than a page (very long text);
            # ordinary rows move to the next page whole.
            splitInRow=1 if has_tall_cell(rows, widths) else 0,
            hAlign="LEFT",
        )
        table.setStyle(styles.grid_style(extra=extra))
        return table


def header_size(text: str, room: float, smallest: float = 5.5) -> float:
    """The header's font size: the usual one, or smaller so that its longest word fits the column
    ("Residual" in a narrow column used to break as "Residua l")."""
    size = styles.HEAD.fontSize
    if not text.isascii():
        return size  # shaped text wraps on its own terms; only our fixed ASCII headings are fitted
    widest = max((stringWidth(word, SANS_BOLD, size) for word in text.split()), default=0.0)
    return size if widest <= room else max(smallest, size * room / widest)


def has_tall_cell(rows: list[list], widths: Sequence[float]) -> bool:
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
