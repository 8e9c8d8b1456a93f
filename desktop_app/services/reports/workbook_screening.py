"""The workbook's Exposures and Lineage sheets, read inside the workbook's one read transaction."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from typing import IO

from sqlmodel import Session

from desktop_app.reports.workbook_document import Column, ColumnKind, KeyFigure, SummarySheet, TableSheet
from desktop_app.services.records.lineage import list_links_in
from desktop_app.services.reports.lineage_lines import reasons
from desktop_app.services.reports.phrasing import route
from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.screening.exposures import Exposure, iter_screening
from desktop_app.system.report_language import N_, _, label

K = ColumnKind
UNASSESSED, DISMISSED, ASSESSED = N_("unassessed"), N_("dismissed"), N_("assessed")
UNASSESSED_FIGURE = N_("Unassessed exposures (see the Exposures sheet)")
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


@dataclass
class ExposureTally:
    """Counts the Summary needs, complete once the Exposures sheet has streamed."""

    unassessed: int = 0
    matches: int = 0


def _row(e: Exposure, status: str) -> tuple[str, ...]:
    return (e.measure_reference, e.venture_name, e.item_name, label(e.direction_label), "\n".join(reasons(e)),
            route(e), _(status), e.dismissal.reason if e.dismissed and e.dismissal else "")


def _spooled(fh: IO[bytes]) -> Iterator[tuple[str, ...]]:
    fh.seek(0)
    while True:
        try:
            yield pickle.load(fh)
        except EOFError:
            return


def _exposure_rows(s: Session, venture_ids: Collection[int] | None, tally: ExposureTally,
                   scope: ReportScope) -> Iterator[tuple[str, ...]]:
    """Unassessed matches as screening yields them, then the dismissed and the assessed ones,
    which wait in temporary files meanwhile: no list of every match is ever held."""
    limit = MAX_EXPOSURE_ROWS  # read at run time (tests lower it)
    listed = 0
    with tempfile.TemporaryFile() as dismissed, tempfile.TemporaryFile() as assessed:
        later = {DISMISSED: dismissed, ASSESSED: assessed}
        for e in iter_screening(s, venture_ids, include_lifted=True, as_of=scope.as_of):
            if not scope.shows(e):  # its measure did not apply on the as-of date
                continue
            status = status_of(e)
            tally.matches += 1
            if status != UNASSESSED:
                pickle.dump(_row(e, status), later[status], pickle.HIGHEST_PROTOCOL)
                continue
            tally.unassessed += 1
            if listed < limit:
                listed += 1
                yield _row(e, status)
        for fh in (dismissed, assessed):
            for row in _spooled(fh):
                if listed >= limit:
                    return
                listed += 1
                yield row


def exposures_sheet(s: Session, venture_ids: Collection[int] | None,
                    scope: ReportScope) -> tuple[TableSheet, ExposureTally]:
    """Every current screening match of the ventures in scope (None: all), unassessed first,
    then dismissed, then assessed, each by measure and venture, up to a sheet's row limit.

    The rows stream from the screening while the sheet is written; the tally (unassessed and
    all matches, for the Summary, which says when the sheet could not hold them all) is
    complete once they have. The row count is unknown until then: progress counts it as none.
    """
    tally = ExposureTally()
    rows = _exposure_rows(s, None if venture_ids is None else list(venture_ids), tally, scope)
    return TableSheet("Exposures", "Exposures", EXPOSURE_COLUMNS, rows, 0), tally


def lineage_sheet(s: Session) -> TableSheet:
    """Every link between measures, oldest first, as `from kind to` with its note."""
    rows = [(k.from_reference, k.kind.label, k.to_reference, k.note) for k in list_links_in(s)]
    return TableSheet("Lineage", "Lineage", LINEAGE_COLUMNS, rows, len(rows))


def with_unassessed(summary: SummarySheet, count: int, matches: int = 0) -> SummarySheet:
    """The Summary with the unassessed count among its key figures (before the audit entries),
    and a line saying so when the Exposures sheet holds only the first of `matches`."""
    figures = list(summary.figures)
    at = max(len(figures) - 1, 0)  # the audit entries come last (workbook._figures)
    added = [KeyFigure(_(UNASSESSED_FIGURE), count)]
    if matches > MAX_EXPOSURE_ROWS:
        added.append(KeyFigure(_("Screening matches (the Exposures sheet lists the first {n:,}; the Exposures "
                                 "view lists them all)", n=MAX_EXPOSURE_ROWS), matches))
    figures[at:at] = added
    return replace(summary, figures=tuple(figures))
