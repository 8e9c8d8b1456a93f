"""Fast table cells: text wrapped here once (cached) and drawn without Paragraph's markup engine."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, LongTable, Table
from reportlab.platypus.tables import CellStyle

from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.fonts import SANS, SANS_BOLD

OPS_CACHE_SIZE = 50_000  # cell texts whose PDF text operators are kept while drawing
Run = tuple[str, str]  # (font name, text)
Line = tuple[Run, ...]


@lru_cache(maxsize=8192)
def _char_width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


def _width(chars: Sequence[tuple[str, str]], size: float) -> float:
    return sum(_char_width(ch, font, size) for ch, font in chars)


def _runs_of(chars: Sequence[tuple[str, str]]) -> Line:
    out: list[tuple[str, list[str]]] = []
    for ch, font in chars:
        if out and out[-1][0] == font:
            out[-1][1].append(ch)
        else:
            out.append((font, [ch]))
    return tuple((font, "".join(parts)) for font, parts in out)


def wrap_runs(runs: Sequence[Run], room: float, size: float) -> list[Line]:
    """One line of (font, text) runs wrapped to `room` points: greedy at spaces, and a word
    wider than the room is broken between characters (as Paragraph's splitLongWords does)."""
    chars = [(ch, font) for font, text in runs for ch in text]
    words: list[list[tuple[str, str]]] = [[]]
    for item in chars:
        if item[0] == " ":
            words.append([])
        else:
            words[-1].append(item)
    lines: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    used = 0.0
    for word in words:
        if not word:
            continue
        width = _width(word, size)
        space = _char_width(" ", current[-1][1], size) if current else 0.0
        if current and used + space + width <= room:
            current += [(" ", current[-1][1]), *word]
            used += space + width
            continue
        if current:
            lines.append(current)
            current, used = [], 0.0
        if width <= room:
            current, used = list(word), width
            continue
        for item in word:  # an over-long word: as many characters per line as fit
            w = _char_width(*item, size)
            if current and used + w > room:
                lines.append(current)
                current, used = [], 0.0
            current.append(item)
            used += w
    if current or not lines:
        lines.append(current)
    return [_runs_of(line) for line in lines]


@lru_cache(maxsize=65536)
def plain_lines(parts: tuple[str, ...], font: str, size: float, room: float) -> str:
    """Lines of single-font text wrapped to `room`, joined by newlines (a plain table cell)."""
    out: list[str] = []
    for part in parts:
        out += ["".join(text for _, text in line) for line in wrap_runs(((font, part),), room, size)]
    return "\n".join(out)


@lru_cache(maxsize=8192)
def _lines_width(lines: tuple[Line, ...], size: float) -> float:
    """The widest line's width (the same cell text recurs on many rows)."""
    return max((sum(_width([(c, f) for c in t], size) for f, t in line) for line in lines), default=0)


class Lines(Flowable):
    """Pre-wrapped lines of font runs in a table cell. Drawn in one text object in the fill
    colour the table set for the cell (its TEXTCOLOR), like a plain string cell."""

    def __init__(self, lines: Sequence[Line], size: float, leading: float) -> None:
        super().__init__()
        self.lines = lines
        self.size, self.leading = size, leading
        self.width = _lines_width(tuple(lines), size)
        self.height = leading * len(lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        text = self.canv.beginText(0, self.height - self.size)
        for line in self.lines:
            for font, piece in line:
                text.setFont(font, self.size, self.leading)
                text.textOut(piece)
            text.textLine("")
        self.canv.drawText(text)


class GridCell(CellStyle):
    """The briefing's cell defaults (font, size, padding, top alignment) as class attributes,
    so tables need no per-cell style commands for them."""

    name = ""
    fontname = SANS
    fontsize = styles.CELL.fontSize
    leading = styles.CELL.leading
    leftPadding = rightPadding = 3
    topPadding = bottomPadding = 2
    valign = "TOP"

    def __init__(self, name: str = "", parent: CellStyle | None = None) -> None:
        if parent is not None:
            super().__init__(name, parent)


class FactCell(GridCell):
    """A label/value table's cell defaults (styles.key_value_style without its commands): the
    grid cell's font and alignment, its own padding."""

    leftPadding = 0
    rightPadding = 6
    topPadding = bottomPadding = 1.5


class FactLabelCell(FactCell):
    fontname = SANS_BOLD


class FastCells:
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


class GridTable(FastCells, LongTable):
    """A LongTable whose cells start from GridCell (ReportLab passes cellStyles on when it splits)
    and whose plain string cells are drawn from cached text operators."""

    def __init__(self, data: list, *args: object, cellStyles: list | None = None, **kwargs: object) -> None:
        if cellStyles is None and data:
            ncols = len(data[0])
            cellStyles = [[GridCell() for _ in range(ncols)] for _ in data]
        super().__init__(data, *args, cellStyles=cellStyles, **kwargs)


class FactsTable(FastCells, Table):
    """Label/value pairs, two to a row: bold label cells in columns 0 and 2 (FactLabelCell),
    values in 1 and 3 (FactCell); needs no style commands but its spans."""

    def __init__(self, data: list, *args: object, cellStyles: list | None = None, **kwargs: object) -> None:
        if cellStyles is None and data:
            cellStyles = [[FactLabelCell(), FactCell(), FactLabelCell(), FactCell()] for _ in data]
        super().__init__(data, *args, cellStyles=cellStyles, **kwargs)


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


def evict_oldest(cache: dict, share: int = 8) -> None:
    """Drop the least recently used eighth of a dict kept in use order. Emptying a full cache
    instead would throw away the texts that recur (measure titles, owners) along with the
    one-off ones (actions): at 100,000 assessments that is several refills."""
    for key in list(islice(cache, max(1, len(cache) // share))):
        del cache[key]
