"""The workbook's Exposures and Lineage sheets, read inside the workbook's one read transaction."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from sqlmodel import Session

from desktop_app.reports.workbook_document import Column, ColumnKind, KeyFigure, SummarySheet, TableSheet
from desktop_app.services.lineage import list_links_in
from desktop_app.services.screening import Exposure, screen_in

K = ColumnKind
UNASSESSED, DISMISSED, ASSESSED = "unassessed", "dismissed", "assessed"
UNASSESSED_FIGURE = "Unassessed exposures (see the Exposures sheet)"
# An Excel sheet holds 1,048,576 rows: the header and this many matches at most.
MAX_EXPOSURE_ROWS = 1_048_575
EXPOSURE_COLUMNS = (
    Column("measure_reference", K.TEXT, 34), Column("venture", K.TEXT, 30), Column("item", K.TEXT, 30),
    Column("direction", K.TEXT, 14), Column("matched_on", K.LONG_TEXT, 60),
    Column("how_it_reaches", K.LONG_TEXT, 40), Column("status", K.TEXT, 12),
    Column("dismissal_reason", K.LONG_TEXT, 40),
)
LINEAGE_COLUMNS = (
    Column("from_reference", K.TEXT, 40), Column("kind", K.TEXT, 14), Column("to_reference", K.TEXT, 40),
    Column("note", K.LONG_TEXT, 60),
)


def status_of(e: Exposure) -> str:
    """An assessment settles a match; otherwise a current dismissal hides it; else it is open."""
    return ASSESSED if e.assessed else DISMISSED if e.dismissed else UNASSESSED


def exposures_sheet(s: Session, venture_ids: Collection[int] | None) -> tuple[TableSheet, int, int]:
    """Every current screening match of the ventures in scope (None: all), unassessed first,
    then by measure and venture, up to a sheet's row limit; the number of unassessed matches and
    of all matches (for the Summary, which says when the sheet could not hold them all)."""
    wanted = None if venture_ids is None else set(venture_ids)
    found = [e for e in screen_in(s) if wanted is None or e.venture_id in wanted]
    s.expunge_all()  # screening loaded every measure and venture: do not hold them while streaming
    order = {UNASSESSED: 0, DISMISSED: 1, ASSESSED: 2}
    found.sort(key=lambda e: order[status_of(e)])  # stable: screening's order within each status
    rows = (  # built while the sheet streams
        (e.measure_reference, e.venture_name, e.item_name, e.direction.label, "\n".join(e.reasons), e.flow,
         status_of(e), e.dismissal.reason if e.dismissed and e.dismissal else "")
        for e in found[:MAX_EXPOSURE_ROWS]
    )
    unassessed = sum(1 for e in found if status_of(e) == UNASSESSED)
    listed = min(len(found), MAX_EXPOSURE_ROWS)
    return TableSheet("Exposures", "Exposures", EXPOSURE_COLUMNS, rows, listed), unassessed, len(found)


def lineage_sheet(s: Session) -> TableSheet:
    """Every link between measures, oldest first, as `from kind to` with its note."""
    rows = [(k.from_reference, k.kind.label, k.to_reference, k.note) for k in list_links_in(s)]
    return TableSheet("Lineage", "Lineage", LINEAGE_COLUMNS, rows, len(rows))


def with_unassessed(summary: SummarySheet, count: int, matches: int = 0) -> SummarySheet:
    """The Summary with the unassessed count among its key figures (before the audit entries),
    and a line saying so when the Exposures sheet holds only the first of `matches`."""
    figures = list(summary.figures)
    at = next((i for i, f in enumerate(figures) if f.label.startswith("Audit entries")), len(figures))
    added = [KeyFigure(UNASSESSED_FIGURE, count)]
    if matches > MAX_EXPOSURE_ROWS:
        added.append(KeyFigure(f"Screening matches (the Exposures sheet lists the first {MAX_EXPOSURE_ROWS:,}; "
                               "the Exposures view lists them all)", matches))
    figures[at:at] = added
    return replace(summary, figures=tuple(figures))
