"""The openpyxl fence: the fast paths write the package the stock twin writes, byte for byte."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.reports.workbook_document import (
    Column,
    ColumnKind,
    LevelStyle,
    MatrixSheet,
    SummarySheet,
    TableSheet,
    WorkbookDocument,
)
from desktop_app.reports.xlsx import fast_openpyxl
from desktop_app.reports.xlsx.cells import CELL_LIMIT
from desktop_app.reports.xlsx.render import render_workbook

pytestmark = pytest.mark.fences

K = ColumnKind
LEVELS = (LevelStyle("low", "Low", "#2E7D32", 1), LevelStyle("high", "High", "#C62828", 2))
GRID = tuple(tuple("low" if li + ii < 6 else "high" for ii in range(1, 6)) for li in range(1, 6))
COLUMNS = (Column("text", K.TEXT), Column("long", K.LONG_TEXT), Column("code", K.CODE), Column("url", K.URL),
           Column("level", K.LEVEL), Column("when", K.DATE), Column("at", K.DATETIME),
           Column("n", K.INTEGER), Column("share", K.DECIMAL))


def _rows(hostile: list[str]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for i, text in enumerate(hostile):
        rows.append((text, text + "\r\n" + text, text, text, "High" if i % 2 else "Low", date(2026, 1, i % 28 + 1),
                     datetime(2026, 2, 3, 4, 5, 6, 789_000, tzinfo=UTC), i, Decimal(f"{i}.25")))
    rows += [
        ("", None, " padded ", "https://example.com/a?b=1&c=<2>", "Low", None, None, 0, 0.1),
        (True, False, "=SUM(A1)", "javascript:alert(1)", "", None, datetime(2026, 1, 1), -3, Decimal("1E+3")),
        ("x" * (CELL_LIMIT + 10), "+1" * 20_000, "\ttab", "http://", "Nope", date(1900, 3, 1), None, 2**40, 3.5),
        ("a\x00b\x1bc\ud800d\ufffee\uffff", "\x0b", "&amp;\r", "\x00", "Low", None, None, None, None),
        ("", None, "", "https://例え.jp/パス?q=1&r=<2>'x\U0001f600", "", None, None, None, None),
        (None,) * len(COLUMNS),
    ]
    return rows


def _document(rows: list[tuple[object, ...]]) -> WorkbookDocument:
    summary = SummarySheet("t", date(2026, 1, 1), datetime(2026, 1, 1, tzinfo=UTC), "me", "secret", "all",
                           date(2025, 1, 1), (), tuple((0,) * 5 for _ in range(5)), (("low", 0), ("high", 0)),
                           "0" * 64)
    return WorkbookDocument(summary, LEVELS, MatrixSheet(GRID),
                            [TableSheet("Data", "Data", COLUMNS, iter(rows), len(rows))])


def _render(rows: list[tuple[object, ...]], target: Path, fast: bool) -> object:
    with fast_openpyxl.FENCE.forced(fast):
        return render_workbook(_document(rows), target)


def test_fast_and_stock_write_the_same_package(hostile_strings: list[str], tmp_path: Path) -> None:
    rows = _rows(hostile_strings)
    fast = _render(rows, tmp_path / "fast.xlsx", True)
    stock = _render(rows, tmp_path / "stock.xlsx", False)
    assert fast.rows == stock.rows == {"Data": len(rows)}
    assert fast.replaced_characters == stock.replaced_characters > 0
    assert [(c.sheet, c.cell, c.length) for c in fast.cut] == [(c.sheet, c.cell, c.length) for c in stock.cut]
    with zipfile.ZipFile(tmp_path / "fast.xlsx") as a, zipfile.ZipFile(tmp_path / "stock.xlsx") as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            if name != "docProps/core.xml":  # creation time
                assert a.read(name) == b.read(name), name


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "stock"])
def test_each_mode_keeps_hostile_text_links_and_formula_guards(hostile_strings: list[str], tmp_path: Path,
                                                               fast: bool) -> None:
    rows = _rows(hostile_strings)
    _render(rows, tmp_path / "book.xlsx", fast)
    ws = openpyxl.load_workbook(tmp_path / "book.xlsx")["Data"]
    assert ws.max_row == len(rows)  # header + rows, the last one empty
    assert ws["C2"].value == hostile_strings[0] and ws["C2"].data_type == "s"
    padded = len(hostile_strings) + 2
    assert ws[f"C{padded}"].value == " padded "
    assert ws[f"D{padded}"].hyperlink.target == "https://example.com/a?b=1&c=<2>"
    assert ws[f"C{padded + 1}"].value == "=SUM(A1)" and ws[f"C{padded + 1}"].quotePrefix
    assert ws[f"A{padded + 1}"].value == "yes"
    assert ws[f"D{padded + 4}"].hyperlink.target == "https://例え.jp/パス?q=1&r=<2>'x\U0001f600"
