"""Row heights from wrapped text: how many lines a cell's text takes in its column, CJK counted wide.

A spreadsheet stores a row's height; Excel recomputes it only for rows it edits, and LibreOffice and
print previews take the stored one, so wrapped text written with the default height drew over the
next row. The estimate follows the column width's unit (the width of a digit of the workbook font)
and breaks at spaces as the programs do; a word longer than the column breaks where it must.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from desktop_app.reports.workbook_document import ColumnKind
from desktop_app.reports.xlsx.styles import FONT_SIZE

LINE_POINTS = round(FONT_SIZE * 15 / 11, 2)  # Calibri 11 is 15 points a line in Excel and LibreOffice
MAX_POINTS = 409.0  # the largest row height either program accepts
_PADDING = 1.5  # column units a cell loses to its margins
# Text is narrower than the digit the unit is named after: measured in LibreOffice, a sentence ran
# about 0.85 units a character in DejaVu Sans (its fallback for Calibri); Calibri itself is
# narrower. 0.9 errs on the tall side: a row a line too tall reads, one a line short hides text.
_ASCII = 0.9
_WIDE = frozenset("WF")
# Kinds whose cell styles wrap text (StyleBook: text, code, link); dates, numbers and levels do not.
WRAPPING = frozenset({ColumnKind.TEXT, ColumnKind.LONG_TEXT, ColumnKind.CODE, ColumnKind.URL})


@lru_cache(maxsize=65_536)
def _char_width(ch: str) -> float:
    if ch.isascii():
        return _ASCII
    if unicodedata.east_asian_width(ch) in _WIDE:
        return 2.0  # CJK ideographs, Hangul, full-width forms: two digits wide
    return 0.0 if unicodedata.combining(ch) else _ASCII


def text_width(text: str) -> float:
    """The text's width in column units."""
    if text.isascii():
        return len(text) * _ASCII
    return sum(_char_width(ch) for ch in text)


def _paragraph_lines(paragraph: str, usable: float) -> int:
    if text_width(paragraph) <= usable:
        return 1
    lines, current = 1, 0.0
    for word in paragraph.split(" "):
        w = text_width(word)
        needed = w if current == 0 else current + 1 + w
        if needed <= usable:
            current = needed
            continue
        if current:
            lines += 1
        if w > usable:  # a long word (a URL, a CJK sentence without spaces) breaks anywhere
            extra = math.ceil(w / usable) - 1
            lines += extra
            current = w - extra * usable
        else:
            current = w
    return lines


def line_count(text: str, width: float) -> int:
    """Lines `text` takes when wrapped in a column `width` units wide."""
    usable = max(1.0, width - _PADDING)
    if "\n" not in text and len(text) * 2 <= usable:  # the common case, without measuring
        return 1
    return sum(_paragraph_lines(p, usable) for p in text.split("\n"))


def row_height(cells: Iterable[tuple[str, float]], line_points: float = LINE_POINTS) -> float | None:
    """The height in points of a row whose wrapped cells are (text, column width) pairs, or None
    when every cell fits on one line (the program's default height is right then)."""
    lines = max((line_count(text, width) for text, width in cells), default=1)
    if lines <= 1:
        return None
    return min(MAX_POINTS, round(lines * line_points + 2, 1))


def wrapped_columns(kinds: Sequence[ColumnKind], widths: Sequence[float] | None) -> tuple[tuple[int, float], ...]:
    """(index, width) of the columns whose text wraps; none when the widths are unknown."""
    if widths is None:
        return ()
    return tuple((i, w) for i, (k, w) in enumerate(zip(kinds, widths, strict=True)) if k in WRAPPING)
