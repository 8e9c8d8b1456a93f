"""The Excel risk workbook as plain data: sheets, typed columns and streamed rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# Marks text cut at Excel's cell limit; the importer refuses a cell holding it.
CUT_TAG = "[... cut at Excel's cell limit:"
# (fraction 0..1, text): the service passes one that may raise to cancel the rendering.
ProgressHook = Callable[[float, str], None]


class ColumnKind(StrEnum):
    """How a column's cells are typed, formatted and sized."""

    TEXT = "text"  # short text, wrapped
    LONG_TEXT = "long_text"  # wide and wrapped
    CODE = "code"  # always a text cell with the Text number format (HS, ECCN, ISO codes)
    DATE = "date"  # a real spreadsheet date
    DATETIME = "datetime"  # a real date and time (UTC, no time zone)
    INTEGER = "integer"
    DECIMAL = "decimal"  # two decimals (money, ownership shares)
    URL = "url"  # a hyperlink when http(s), plain text otherwise
    LEVEL = "level"  # a risk level label, coloured by conditional formatting


@dataclass(frozen=True)
class Column:
    """One column: its header (the import column name on import sheets) and its cell rules.

    `choices` adds a drop-down of allowed values; `whole` a whole-number range (low, high).
    """

    name: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float | None = None
    choices: tuple[str, ...] = ()
    whole: tuple[int, int] | None = None
    prompt: str = ""
    header: str = ""  # the header written when not `name` (a read-only sheet in another language)

    @property
    def heading(self) -> str:
        return self.header or self.name


@dataclass(frozen=True)
class LevelStyle:
    """A risk level as the workbook colours it (`colour` is `#RRGGBB`)."""

    key: str
    label: str
    colour: str
    rank: int
    review_days: int = 0


@dataclass
class TableSheet:
    """A sheet holding one Excel table; `rows` is consumed once, in order (it may stream)."""

    title: str
    table_name: str
    columns: tuple[Column, ...]
    rows: Iterable[Sequence[object]]
    expected_rows: int = 0  # for progress only; the table covers the rows actually written

    @classmethod
    def titled(cls, title: str, columns: tuple[Column, ...], rows: Iterable[Sequence[object]],
               expected_rows: int = 0) -> TableSheet:
        """A sheet whose Excel table is named after its title ("Joint ventures": JointVentures)."""
        return cls(title, "".join(w.capitalize() for w in title.split()), columns, rows, expected_rows)


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: int | str | date


@dataclass(frozen=True)
class SummarySheet:
    """Cover facts, key figures, the residual heat map, counts by level and the chain head."""

    title: str
    as_of: date
    generated_at: datetime
    prepared_by: str
    confidentiality: str
    scope: str
    changes_since: date
    figures: tuple[KeyFigure, ...]
    heat_map: tuple[tuple[int, ...], ...]  # [likelihood-1][impact-1] -> count
    by_level: tuple[tuple[str, int], ...]  # (level key, count), lowest rank first
    head_hash: str
    key_messages: tuple[str, ...] = ()  # the briefing's page 1, same function, same order
    decisions: tuple[tuple[str, str, date | None], ...] = ()  # (decision, owner, due)
    decisions_total: int = 0


@dataclass(frozen=True)
class MatrixSheet:
    """The risk matrix: levels and a grid [likelihood-1][impact-1] of level keys."""

    grid: tuple[tuple[str, ...], ...]


@dataclass
class WorkbookDocument:
    """Everything the renderer needs; `tables` come after the Summary in the order given,
    with the Risk matrix sheet placed before the table titled `matrix_before`. `summary` may be
    a function: the renderer calls it once every table has streamed, so figures counted while
    rows streamed (screening matches) need no second pass."""

    summary: SummarySheet | Callable[[], SummarySheet]
    levels: tuple[LevelStyle, ...]
    matrix: MatrixSheet
    tables: list[TableSheet] = field(default_factory=list)
    matrix_before: str = "Changes"


@dataclass
class CutCell:
    """A text longer than a cell holds: kept whole on the Overflow sheet, marked where cut."""

    sheet: str
    cell: str
    length: int


@dataclass
class RenderResult:
    """What the renderer wrote: rows per sheet and every text that did not fit a cell."""

    rows: dict[str, int] = field(default_factory=dict)
    cut: list[CutCell] = field(default_factory=list)
    replaced_characters: int = 0

    @property
    def warnings(self) -> list[str]:
        out = [f"{c.sheet}!{c.cell}: {c.length:,} characters exceed Excel's 32,767 per cell; "
               "the cell is marked and the full text is on the Overflow sheet" for c in self.cut]
        if self.replaced_characters:
            out.append(f"{self.replaced_characters:,} character(s) Excel cannot store were replaced "
                       "by \ufffd")
        return out
