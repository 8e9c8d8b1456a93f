"""Workbook safety: unstorable characters, over-long text, atomic writes, cancel, progress, options."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected, NotFound, RegisterError
from desktop_app.reports.workbook_document import (
    CUT_TAG,
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
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import run_import
from desktop_app.services.progress import Cancelled
from desktop_app.services.records import measures, ventures
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from tests.conftest import measure_data, venture_data

LEVELS = (LevelStyle("low", "Low", "#2E7D32", 1), LevelStyle("high", "High", "#C62828", 2))
GRID = tuple(tuple("low" if li + ii < 6 else "high" for ii in range(1, 6)) for li in range(1, 6))


def _document(rows: list[tuple[object, ...]]) -> WorkbookDocument:
    summary = SummarySheet("t", date(2026, 1, 1), datetime(2026, 1, 1, tzinfo=UTC), "me", "secret", "all",
                           date(2025, 1, 1), (), tuple((0,) * 5 for _ in range(5)), (("low", 0), ("high", 0)),
                           "0" * 64)
    columns = (Column("text", ColumnKind.LONG_TEXT), Column("level", ColumnKind.LEVEL))
    table = TableSheet("Notes", "Notes", columns, iter(rows), len(rows))
    return WorkbookDocument(summary, LEVELS, MatrixSheet(GRID), [table])


def test_characters_excel_cannot_store_are_replaced_visibly(tmp_path: Path) -> None:
    hostile = "a\x00b\x1bc\ud800d\ufffee\uffff f\x0bg"
    result = render_workbook(_document([(hostile, "High"), ("tab\tline\nreturn\r ok", "Low")]),
                             tmp_path / "c.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "c.xlsx")["Notes"]
    assert ws["A2"].value == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd f\ufffdg"
    assert ws["A3"].value == "tab\tline\nreturn\r ok"
    assert result.replaced_characters == 6
    assert any("replaced" in w for w in result.warnings)


def test_text_over_the_cell_limit_is_marked_and_kept_whole(tmp_path: Path) -> None:
    long_text = "=" + "".join(f"{n:07d} " for n in range(9_000))  # 72,001 characters, formula-led
    result = render_workbook(_document([("short", "Low"), (long_text, "High")]), tmp_path / "l.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "l.xlsx")
    cell = wb["Notes"]["A3"]
    assert len(cell.value) <= CELL_LIMIT and CUT_TAG in cell.value and cell.quotePrefix
    assert long_text.startswith(cell.value.split(f" {CUT_TAG}")[0])
    parts = [r for r in wb["Overflow"].iter_rows(min_row=2, values_only=True)]
    assert [(p[0], p[1], p[2]) for p in parts] == [("Notes", "A3", 1), ("Notes", "A3", 2), ("Notes", "A3", 3)]
    assert "".join(p[3] for p in parts) == long_text
    assert [(c.sheet, c.cell, c.length) for c in result.cut] == [("Notes", "A3", len(long_text))]
    notes = [r[0] for r in wb["Summary"].iter_rows(values_only=True) if r[0] and "32,767" in str(r[0])]
    assert notes, "the Summary sheet lists the cut cell"


def test_a_cut_cell_is_refused_on_import(ctx: ServiceContext, tmp_path: Path) -> None:
    items = [{"name": f"item {n} " + "x" * 3_900, "codes": []} for n in range(10)]
    measures.create_measure(ctx, measure_data(items=items))
    out = write_workbook(ctx, tmp_path / "cut.xlsx", ReportOptions())
    with pytest.raises(ImportRejected, match="32,767"):
        run_import(ctx, out, Entity.MEASURE, dry_run=True)


class _CancelAfter:
    def __init__(self, calls: int) -> None:
        self.calls, self.fractions = calls, []

    def report(self, fraction: float, text: str = "") -> None:
        self.fractions.append(fraction)

    def cancelled(self) -> bool:
        return len(self.fractions) > self.calls


def _many_ventures(ctx: ServiceContext, count: int) -> None:
    for n in range(count):
        ventures.create_venture(ctx, venture_data(name=f"JV {n}", partners=[], items=[]))


@pytest.mark.fences
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "stock"])
def test_cancel_keeps_the_earlier_file_and_leaves_no_temporary_file(ctx: ServiceContext,
                                                                     tmp_path: Path, fast: bool) -> None:
    """Each twin drops its own temporary files (the fast one's rows and links, openpyxl's sheets)."""
    _many_ventures(ctx, 3)
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"earlier workbook")
    progress = _CancelAfter(calls=3)
    with fast_openpyxl.FENCE.forced(fast), pytest.raises(Cancelled):
        write_workbook(ctx, target, ReportOptions(), progress)
    assert target.read_bytes() == b"earlier workbook"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".book.xlsx")]
    assert not ALL_TEMP_FILES, "openpyxl's per-sheet temporary files are removed too"


def test_a_failed_write_keeps_the_earlier_file(ctx: ServiceContext, tmp_path: Path) -> None:
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"earlier workbook")

    def explode(fraction: float, text: str) -> None:
        if fraction > 0.5:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        render_workbook(_document([("a", "Low")] * 10), target, explode)
    assert target.read_bytes() == b"earlier workbook"


def test_progress_climbs_to_one(ctx: ServiceContext, tmp_path: Path) -> None:
    _many_ventures(ctx, 2)
    progress = _CancelAfter(calls=10_000)
    write_workbook(ctx, tmp_path / "p.xlsx", ReportOptions(), progress)
    assert progress.fractions == sorted(progress.fractions) and progress.fractions[-1] == 1.0


def test_options_scope_ventures_and_refuse_nonsense(ctx: ServiceContext, tmp_path: Path) -> None:
    _many_ventures(ctx, 3)
    out = write_workbook(ctx, tmp_path / "v.xlsx", ReportOptions(ventures=("jv 1",)))
    sheet = openpyxl.load_workbook(out)["Joint ventures"]
    names = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["JV 1"]
    with pytest.raises(NotFound, match="nowhere"):
        write_workbook(ctx, tmp_path / "x.xlsx", ReportOptions(ventures=("nowhere",)))
    with pytest.raises(RegisterError, match="after the as-of date"):
        options = ReportOptions(as_of=date(2026, 1, 1), since=date(2026, 2, 1))
        write_workbook(ctx, tmp_path / "x.xlsx", options)
    assert not (tmp_path / "x.xlsx").exists()
