"""Safe cell values: no formulas from data, no characters Excel cannot store, nothing cut silently."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol
from urllib.parse import urlsplit

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.utils import get_column_letter

from desktop_app.reports.workbook_document import CUT_TAG, ColumnKind, CutCell
from desktop_app.system.report_language import _

CELL_LIMIT = 32_767
# The overflow sheet stores long text in parts well under the cell limit.
OVERFLOW_PART = 32_000
# A spreadsheet treats a cell starting with one of these as a formula (OWASP CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"
# XML 1.0 cannot hold C0 controls (but tab, LF, CR), surrogates, U+FFFE or U+FFFF: openpyxl
# either refuses them or writes a file it cannot read back. They become a visible U+FFFD.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Excel refuses hyperlinks longer than this.
MAX_LINK = 2_000
# Gives a new cell a named style of the workbook's StyleBook: (cell, style name, quote prefix).
StyleCell = Callable[[Cell, str, bool], None]


class Sheet(Protocol):
    """What a cell maker needs of a worksheet (openpyxl's own or the fast twin's)."""

    title: str


def clean_text(text: str) -> tuple[str, int]:
    """Replace characters a workbook cannot store; return the text and how many were replaced."""
    cleaned, count = _UNSTORABLE.subn(REPLACEMENT, text)
    return cleaned, count


def linkable(url: str) -> bool:
    """Only plain http(s) addresses become hyperlinks; anything else stays text."""
    if len(url) > MAX_LINK or any(ch.isspace() or ord(ch) < 32 for ch in url) or '"' in url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


@dataclass
class Overflow:
    """Texts too long for one cell, kept whole (in parts) for the Overflow sheet."""

    entries: list[tuple[str, str, str]] = field(default_factory=list)  # (sheet, cell, full text)
    cut: list[CutCell] = field(default_factory=list)
    replaced: int = 0

    def row_of_next(self) -> int:
        """The Overflow sheet row where the next entry's first part will go (after its header)."""
        return 2 + sum(-(-len(text) // OVERFLOW_PART) for _, _, text in self.entries)

    def keep(self, sheet: str, text: str, row: int, col: int) -> str:
        """Keep `text` (longer than a cell holds) whole; the cell's text, cut and marked."""
        where = f"{get_column_letter(col)}{row}"
        first = self.row_of_next()
        self.entries.append((sheet, where, text))
        self.cut.append(CutCell(sheet, where, len(text)))
        def marker(n: int) -> str:  # the tag stays English: the import looks for it in any language
            return f" {CUT_TAG} " + _("{n:,} more characters on sheet '{sheet}' from row {row}]", n=n,
                                      sheet=_("Overflow"), row=first)

        keep = CELL_LIMIT - len(marker(len(text)))
        return text[:keep] + marker(len(text) - keep)


class CellMaker:
    """Builds the write-only cells of one worksheet, each typed and styled by its column kind,
    through openpyxl's public cell API (`style` gives a new cell a named style)."""

    def __init__(self, ws: Sheet, overflow: Overflow, style: StyleCell) -> None:
        self.ws = ws
        self.overflow = overflow
        self.style = style

    def text(self, value: str, row: int, col: int, style: str = "text", *, link: bool = False) -> Cell | None:
        """A text cell that is never a formula, never unreadable and never silently cut; with
        `link`, a hyperlink to itself when it is a plain http(s) address."""
        text, replaced = clean_text(value)
        self.overflow.replaced += replaced
        if not text:
            return None
        if len(text) > CELL_LIMIT:
            text = self.overflow.keep(self.ws.title, text, row, col)
        cell = WriteOnlyCell(self.ws)
        linked = link and linkable(text)
        # quotePrefix keeps Excel from re-reading formula-like text as a formula when edited.
        self.style(cell, "link" if linked else style, not linked and text.startswith(FORMULA_TRIGGERS))
        cell.value = text
        cell.data_type = "s"  # stored text: the value setter makes '='-led strings formulas
        if linked:
            cell.hyperlink = text
        return cell

    def make(self, value: object, kind: ColumnKind, row: int, col: int, style: str | None = None) -> Cell | None:
        """The cell for `value` in a column of `kind` (None for an empty cell); `style` names
        another style than the kind's."""
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            value = "yes" if value else "no"
        if isinstance(value, datetime):
            return self._styled(value.replace(tzinfo=None), style or "datetime")
        if isinstance(value, date):
            return self._styled(value, style or "date")
        if isinstance(value, (int, Decimal, float)):
            return self._styled(value, style or ("decimal" if kind is ColumnKind.DECIMAL else "integer"))
        return self.text(str(value), row, col, style or _TEXT_STYLE.get(kind, "text"), link=kind is ColumnKind.URL)

    def _styled(self, value: object, style: str) -> Cell:
        cell = WriteOnlyCell(self.ws)
        self.style(cell, style, False)  # first: a date's number format is the style's
        cell.value = value
        return cell


_TEXT_STYLE = {ColumnKind.CODE: "code", ColumnKind.LEVEL: "level", ColumnKind.LONG_TEXT: "text"}
