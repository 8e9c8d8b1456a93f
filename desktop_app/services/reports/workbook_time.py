"""The workbook's Clauses and Suspension windows sheets (they import back) and its Events sheet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlmodel import Session, col, select

from desktop_app.domain.time_models import MeasureClause, SuspensionWindow
from desktop_app.domain.timeline.events import measure_events
from desktop_app.persistence.time_repo import read_clauses, read_windows
from desktop_app.reports.workbook_document import Column, ColumnKind, TableSheet
from desktop_app.services.intake.codecs import CODECS
from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.timeline.events import confirmations
from desktop_app.services.timeline.registry import SHEETS

K = ColumnKind
_KINDS = {"effective_on": K.DATE, "expires_on": K.DATE, "starts_on": K.DATE, "ends_on": K.DATE,
          "text": K.LONG_TEXT, "notes": K.LONG_TEXT, "note": K.LONG_TEXT, "changes": K.LONG_TEXT,
          "items": K.LONG_TEXT, "codes": K.CODE, "targets": K.CODE, "excluded": K.CODE}
EVENT_COLUMNS = (Column("date", K.DATE), Column("kind", K.TEXT, 22), Column("event", K.LONG_TEXT, 70),
                 Column("measure_reference", K.TEXT, 34), Column("clause", K.TEXT, 10),
                 Column("waiting", K.TEXT, 9), Column("uid", K.TEXT, 36))


def _columns(names: tuple[str, ...]) -> tuple[Column, ...]:
    return tuple(Column(n, _KINDS.get(n, K.TEXT), 30 if n.endswith("reference") or n == "suspended_by" else None)
                 for n in names)


def clauses_sheet(s: Session, scope: ReportScope) -> TableSheet:
    """Live clauses of the measures issued on the as-of date, as the clauses import reads them."""
    codec = CODECS["clauses"]
    issued = set(scope.view.issued_ids)
    rows = [r for r in s.exec(select(MeasureClause).where(col(MeasureClause.archived_at).is_(None))
                              .order_by(col(MeasureClause.measure_id), col(MeasureClause.position)))
            if r.measure_id in issued]

    def cells() -> Iterator[tuple[object, ...]]:
        for read in read_clauses(s, rows):
            found = codec.to_cells(read)
            yield tuple(found.get(n, "") for n in codec.columns)

    title, table = SHEETS["clauses"]
    return TableSheet(title, table, _columns(codec.columns), cells(), len(rows))


def windows_sheet(s: Session, scope: ReportScope) -> TableSheet:
    """Live windows between measures issued on the as-of date, as the windows import reads them."""
    codec = CODECS["windows"]
    view = scope.view
    rows = [r for r in s.exec(select(SuspensionWindow).where(col(SuspensionWindow.archived_at).is_(None))
                              .order_by(col(SuspensionWindow.starts_on), col(SuspensionWindow.id)))
            if view.issued(r.measure_id) and (r.suspension_id is None or view.issued(r.suspension_id))]

    def cells() -> Iterator[tuple[object, ...]]:
        for read in read_windows(s, rows):
            found = codec.to_cells(read)
            yield tuple(found.get(n, "") for n in codec.columns)

    title, table = SHEETS["windows"]
    return TableSheet(title, table, _columns(codec.columns), cells(), len(rows))


STATUS_COLUMNS = (Column("measure_reference", K.TEXT, 34), Column("clause", K.TEXT, 12),
                  Column("status", K.TEXT, 14), Column("since", K.DATE), Column("until", K.DATE),
                  Column("because", K.LONG_TEXT, 60))


def statuses_sheet(scope: ReportScope) -> TableSheet:
    """Each measure's status on the as-of date, one row per clause, with since, until and why
    (what `export-risk status` prints; not an import sheet)."""
    view = scope.view
    ordered = sorted(view.issued_ids, key=lambda m: (view.facts[m].key, m))
    def rows() -> Iterator[tuple[object, ...]]:  # worked out measure by measure as the sheet streams
        for m in ordered:
            state = view.state(m)
            assert state is not None
            for c in state.clauses:
                yield state.reference, c.clause, c.status.label, c.since or "", c.until or "", c.cause

    count = sum(max(1, len(view.facts[m].clauses)) for m in ordered)
    return TableSheet(f"Status on {scope.as_of.isoformat()}", "Statuses", STATUS_COLUMNS, rows(), count)


def events_sheet(s: Session, scope: ReportScope, today: date) -> TableSheet:
    """Every event of the measures in the Measures sheet, measure by measure, oldest first within
    each (reviews are the Assessments sheet's `next_review_on`); streamed from the facts the
    report's as-of view read already."""
    done = confirmations(s)
    facts = scope.view.facts
    ordered = sorted(scope.view.issued_ids, key=lambda m: (facts[m].key, m))

    def rows() -> Iterator[tuple[object, ...]]:
        for mid in ordered:
            for e in sorted(measure_events(facts[mid], today, done), key=lambda e: e.sort_key):
                yield e.on, e.kind.label, e.title, e.reference, e.clause, "yes" if e.open else "", e.uid

    # Counted by a first pass (cheap) so the progress bar knows the size; the rows stream.
    count = sum(len(measure_events(facts[m], today, done)) for m in ordered)
    return TableSheet("Events", "Events", EVENT_COLUMNS, rows(), count)
