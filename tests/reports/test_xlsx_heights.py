"""Row heights from wrapped text: estimated lines (CJK wide), written on table and Summary rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop_app.reports.xlsx.heights import LINE_POINTS, MAX_POINTS, line_count, row_height, text_width
from desktop_app.services.context import ServiceContext
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook


def test_cjk_and_hangul_count_twice_as_wide_as_latin() -> None:
    assert text_width("稀土永磁") == 8.0 and text_width("한국어") == 6.0
    assert text_width("abcd") < 4  # Latin text runs narrower than the digit the unit is named after
    latin, chinese = "a" * 30, "稀" * 30
    assert line_count(latin, 40) == 1
    assert line_count(chinese, 40) == 2  # 60 units in a column of 38.5 usable


def test_words_wrap_at_spaces_paragraphs_add_lines_and_long_words_break() -> None:
    sentence = " ".join(["export"] * 20)  # 139 characters, about 125 units
    assert line_count(sentence, 22) == 7
    assert line_count("one\ntwo\n\nthree", 50) == 4
    assert line_count("https://example.org/" + "x" * 200, 36) == 6  # 198 units, no space to break at
    assert line_count("<b>&amp; =HYPERLINK(\"x\")", 20) == 2


def test_row_height_is_none_for_one_line_and_capped_for_a_novel() -> None:
    assert row_height([("short", 20), ("also short", 50)]) is None
    assert row_height([("short", 20), ("word " * 30, 22)]) == round(8 * LINE_POINTS + 2, 1)
    assert row_height([("word " * 5_000, 22)]) == MAX_POINTS


def test_workbook_rows_are_as_tall_as_their_wrapped_text(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    book = write_workbook(demo_ctx, tmp_path / "book.xlsx", ReportOptions())
    wb = openpyxl.load_workbook(book)
    ws = wb["Measures"]
    widths = {c[0].column_letter: ws.column_dimensions[c[0].column_letter].width for c in ws.iter_cols(max_row=1)}
    checked = 0
    for row in ws.iter_rows(min_row=2):
        texts = [(c.value, widths[c.column_letter]) for c in row
                 if isinstance(c.value, str) and c.alignment.wrap_text]
        expected = row_height(texts)
        assert ws.row_dimensions[row[0].row].height == expected, row[0].value
        checked += expected is not None
    assert checked >= 10  # the demo's titles and notes wrap
    summary = wb["Summary"]
    messages = [c for c in summary["A"] if isinstance(c.value, str) and c.value.startswith(("1. ", "2. "))]
    assert messages and all(c.alignment.wrap_text for c in messages)
    assert all(summary.row_dimensions[c.row].height >= 3 * LINE_POINTS for c in messages)
