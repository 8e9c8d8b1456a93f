"""Render a WorkbookDocument as an .xlsx file in openpyxl's streaming (write-only) mode."""

from __future__ import annotations

from pathlib import Path

from desktop_app.reports.workbook_document import ProgressHook, RenderResult, WorkbookDocument
from desktop_app.reports.xlsx.cells import Overflow
from desktop_app.reports.xlsx.fast_openpyxl import Book
from desktop_app.reports.xlsx.summary import SUMMARY, write_matrix, write_overflow, write_summary
from desktop_app.reports.xlsx.tables import SheetKit, list_ranges, write_lists_sheet, write_table_sheet
from desktop_app.system.report_language import _

# Share of the progress bar spent on saving (zipping) once every row is streamed.
_SAVE_SHARE = 0.1


def _no_progress(fraction: float, text: str) -> None:
    return None


def render_workbook(
    doc: WorkbookDocument, target: Path, progress: ProgressHook | None = None
) -> RenderResult:
    """Write `doc` to `target` (a path the caller makes atomic); rows stream, memory stays flat.

    Sheets: Summary, the tables in order (Risk matrix before `doc.matrix_before`), then an
    Overflow sheet when some text was longer than a cell holds, and a hidden Lists sheet that
    feeds the drop-downs. `progress` may raise to cancel; the partial file is the caller's to drop.
    """
    report = progress or _no_progress
    book = Book()
    try:
        return _render(book, doc, target, report)
    except BaseException:
        book.abandon()
        raise


def _render(book: Book, doc: WorkbookDocument, target: Path, report: ProgressHook) -> RenderResult:
    kit = SheetKit(book, Overflow(), doc.levels, list_ranges([c.choices for t in doc.tables for c in t.columns]))
    result = RenderResult()
    total = max(sum(max(t.expected_rows, 1) for t in doc.tables), 1)
    done = 0
    for table in doc.tables:
        if table.title == doc.matrix_before:
            write_matrix(kit, doc.matrix)
        label, share = table.title, max(table.expected_rows, 1)

        def tick(rows: int, base: int = done, label: str = label, share: int = share) -> None:
            # A sheet never moves the bar past its own share (its count may be an estimate),
            # so the bar only goes forward.
            fraction = (1 - _SAVE_SHARE) * (base + min(rows, share)) / total
            report(fraction, f"{label}: {rows:,} rows")

        result.rows[table.title] = write_table_sheet(kit, table, tick)
        done += max(table.expected_rows, 1)
    if not any(t.title == doc.matrix_before for t in doc.tables):
        write_matrix(kit, doc.matrix)
    result.cut = list(kit.overflow.cut)
    result.replaced_characters = kit.overflow.replaced
    facts = doc.summary() if callable(doc.summary) else doc.summary
    summary = write_summary(kit, facts, doc.matrix, result.warnings)
    if kit.overflow.entries:
        write_overflow(kit)
    headers = {c.choices: f"{t.title}: {c.name}" for t in doc.tables for c in t.columns if c.choices}
    write_lists_sheet(kit, headers)
    book.wb.move_sheet(summary.title, offset=-book.wb.sheetnames.index(_(SUMMARY)))
    book.wb.active = 0
    report(1 - _SAVE_SHARE, "Saving the workbook")
    book.save(target)
    result.cut = list(kit.overflow.cut)
    result.replaced_characters = kit.overflow.replaced
    report(1.0, "Workbook written")
    return result
