"""Table cells wrapped here once (cached) and drawn without Paragraph's markup engine."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

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


def evict_oldest(cache: dict, share: int = 8) -> None:
    """Drop the least recently used eighth of a dict kept in use order. Emptying a full cache
    instead would throw away the texts that recur (measure titles, owners) along with the
    one-off ones (actions): at 100,000 assessments that is several refills."""
    for key in list(islice(cache, max(1, len(cache) // share))):
        del cache[key]
