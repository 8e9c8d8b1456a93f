"""The PDF briefing and the Excel workbook read the register through one as-of layer: for the same
options they give the same figures, and as of a past date neither names a later measure."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop_app.services.context import ServiceContext
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from tests.reports.conftest import pdf_text

LATER = ("MOFCOM/GAC Announcement No. 58 of 2025", "MOFCOM Announcement No. 61 of 2025", "90 FR 47201",
         "COM(2025) 945")


def _figures(path: Path) -> dict[str, object]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {str(r[0]): r[1] for r in wb["Summary"].iter_rows(values_only=True) if r and r[0] and len(r) > 1}
    finally:
        wb.close()


def _sheet_text(path: Path) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return "\n".join(str(c) for name in ("Measures", "Assessments", "Exposures", "Suspension windows", "Clauses")
                         for row in wb[name].iter_rows(values_only=True) for c in row if c is not None)
    finally:
        wb.close()


@pytest.mark.parametrize(("as_of", "ventures"), [
    (None, ()), (date(2025, 3, 1), ()), (date(2026, 1, 1), ("Aurora Anode Materials LLC",))])
def test_same_options_give_the_same_figures(demo_ctx: ServiceContext, tmp_path: Path, as_of: date | None,
                                            ventures: tuple[str, ...]) -> None:
    options = ReportOptions(as_of=as_of, ventures=ventures)
    pdf, xlsx = tmp_path / "b.pdf", tmp_path / "w.xlsx"
    write_briefing(demo_ctx, pdf, options)
    write_workbook(demo_ctx, xlsx, options)
    text = " ".join(pdf_text(pdf).split())
    day = (as_of or demo_ctx.today()).isoformat()
    figures = _figures(xlsx)
    in_scope = int(re.search(r"(\d+) measures? (?:are|is) in scope: ", text).group(1))  # type: ignore[union-attr]
    # Every status of the day is listed (suspended and repealed too), in the vocabulary's order.
    in_force = int(re.search(r"in scope: [^.]*?(\d+) in force", text).group(1))  # type: ignore[union-attr]
    live = int(re.search(r"(\d+) live assessments? by residual level", text).group(1))  # type: ignore[union-attr]
    unassessed = int(re.search(r"Screening finds (\d+) unassessed", text).group(1))  # type: ignore[union-attr]
    overdue = int(re.search(r"(\d+) assessments? (?:are|is) overdue", text).group(1))  # type: ignore[union-attr]
    assert figures[f"Measures in scope on {day}"] == in_scope
    assert figures[f"Measures in force on {day}"] == in_force
    assert figures[f"Assessments on {day}"] == live
    assert figures["Unassessed exposures (see the Exposures sheet)"] == unassessed
    assert figures[f"Reviews overdue on {day}"] == overdue
    assert figures["Changes listed since"] is not None and "Changes since" in pdf_text(pdf)


def test_as_of_a_past_date_no_later_measure_is_named(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    options = ReportOptions(as_of=date(2025, 3, 1))
    pdf, xlsx = tmp_path / "b.pdf", tmp_path / "w.xlsx"
    write_briefing(demo_ctx, pdf, options)
    write_workbook(demo_ctx, xlsx, options)
    text, sheets = " ".join(pdf_text(pdf).split()), _sheet_text(xlsx)
    for reference in LATER:
        assert reference not in text and reference not in sheets, reference
    assert "MOFCOM Announcement No. 46 of 2024" in text  # issued before, so named
    assert "Catalogue adjustment of 15 Jul 2025" not in text  # its assessment is of July 2025 too


def test_the_briefing_shows_windows_clauses_and_events(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    pdf = tmp_path / "b.pdf"
    write_briefing(demo_ctx, pdf, ReportOptions(as_of=date(2026, 12, 3)))
    text = " ".join(pdf_text(pdf).split())
    assert ("clause 2 suspended by MOFCOM Announcement No. 72 of 2025 from 2025-11-09 through 2026-11-27"
            in text)
    assert "clause I(1): in force on 2026-12-03 since 2026-11-11" in text
    assert "confirm it was not extended" in text
