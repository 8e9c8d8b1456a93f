"""The workbook's Clauses and Suspension windows sheets (they import back) and its Events sheet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.models import Measure
from desktop_app.domain.models.timeline import MeasureClause, SuspensionWindow
from desktop_app.domain.text import join_list
from desktop_app.domain.timeline.events import Event, measure_events
from desktop_app.persistence.queries import chunks
from desktop_app.persistence.time_repo import read_clauses, read_windows
from desktop_app.reports.workbook_document import Column, ColumnKind, TableSheet
from desktop_app.services.intake.codecs import CODECS
from desktop_app.services.records.groups import load_index
from desktop_app.services.reports import event_lines
from desktop_app.services.reports.phrasing import worded
from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.timeline.asof import LEAN_BATCH
from desktop_app.services.timeline.events import confirmations
from desktop_app.system.report_language import _, label

K = ColumnKind
_KINDS = {"effective_on": K.DATE, "expires_on": K.DATE, "starts_on": K.DATE, "ends_on": K.DATE,
          "text": K.LONG_TEXT, "notes": K.LONG_TEXT, "note": K.LONG_TEXT, "changes": K.LONG_TEXT,
          "items": K.LONG_TEXT, "codes": K.CODE, "targets": K.TEXT, "excluded": K.TEXT}
EVENT_COLUMNS = (Column("date", K.DATE), Column("kind", K.TEXT, 22), Column("event", K.LONG_TEXT, 70),
                 Column("measure_reference", K.TEXT, 34), Column("clause", K.TEXT, 10),
                 Column("waiting", K.TEXT, 9), Column("uid", K.TEXT, 36))


def _columns(names: tuple[str, ...]) -> tuple[Column, ...]:
    return tuple(Column(n, _KINDS.get(n, K.TEXT), 30 if n.endswith("reference") or n == "suspended_by" else None)
                 for n in names)


def clauses_sheet(s: Session, scope: ReportScope) -> TableSheet:
    """Live clauses of the measures issued on the as-of date, as the clauses import reads them."""
    codec = CODECS[Entity.MEASURE_CLAUSE]
    issued = set(scope.view.issued_ids)
    rows = [r for r in s.exec(select(MeasureClause).where(col(MeasureClause.archived_at).is_(None))
                              .order_by(col(MeasureClause.measure_id), col(MeasureClause.position)))
            if r.measure_id in issued]

    places = load_index(s)  # targets are shown by name; the clauses import reads names back

    def cells() -> Iterator[tuple[object, ...]]:
        for read in read_clauses(s, rows):
            found = codec.to_cells(read)
            found["targets"] = join_list(places.names(read.targets))
            found["excluded"] = join_list(places.names(read.excluded))
            yield tuple(found.get(n, "") for n in codec.columns)

    return TableSheet.titled(Entity.MEASURE_CLAUSE.record.title, _columns(codec.columns), cells(), len(rows))


def windows_sheet(s: Session, scope: ReportScope) -> TableSheet:
    """Live windows between measures issued on the as-of date, as the windows import reads them."""
    codec = CODECS[Entity.SUSPENSION_WINDOW]
    view = scope.view
    rows = [r for r in s.exec(select(SuspensionWindow).where(col(SuspensionWindow.archived_at).is_(None))
                              .order_by(col(SuspensionWindow.starts_on), col(SuspensionWindow.id)))
            if view.issued(r.measure_id) and (r.suspension_id is None or view.issued(r.suspension_id))]

    def cells() -> Iterator[tuple[object, ...]]:
        for read in read_windows(s, rows):
            found = codec.to_cells(read)
            yield tuple(found.get(n, "") for n in codec.columns)

    return TableSheet.titled(Entity.SUSPENSION_WINDOW.record.title, _columns(codec.columns), cells(), len(rows))


STATUS_COLUMNS = (Column("measure_reference", K.TEXT, 34), Column("clause", K.TEXT, 12),
                  Column("status", K.TEXT, 14), Column("since", K.DATE), Column("until", K.DATE),
                  Column("because", K.LONG_TEXT, 60))


def _ordered(s: Session, ids: list[int]) -> list[int]:
    """Measure ids in reference order (as the Measures sheet lists them)."""
    keys = dict(s.exec(select(Measure.id, Measure.reference_key)).all())
    return sorted(ids, key=lambda m: (keys.get(m, ""), m))


def statuses_sheet(s: Session, scope: ReportScope) -> TableSheet:
    """Each measure's status on the as-of date, one row per clause, with since, until and why
    (what `export-risk status` prints; not an import sheet), worked out a batch at a time."""
    view = scope.view
    ordered = _ordered(s, view.issued_ids)

    def rows() -> Iterator[tuple[object, ...]]:
        for batch in chunks(ordered, LEAN_BATCH):
            states = view.states_of(s, batch)
            for m in batch:
                state = states[m]
                for c in state.clauses:
                    yield (state.reference, c.clause, label(c.status.label), c.since or "", c.until or "",
                           worded(c.cause))

    issued = set(ordered)
    extra = sum(n - 1 for m, n in s.exec(select(MeasureClause.measure_id, func.count()).where(
        col(MeasureClause.archived_at).is_(None)).group_by(MeasureClause.measure_id)) if m in issued)
    count = len(ordered) + extra  # one row per clause, one for a measure without clauses
    return TableSheet(_("Status on {day}", day=scope.as_of.isoformat()), "Statuses", STATUS_COLUMNS, rows(), count)


def events_sheet(s: Session, scope: ReportScope, today: date) -> TableSheet:
    """Every event of the measures in the Measures sheet, measure by measure, oldest first within
    each (reviews are the Assessments sheet's `next_review_on`), read a batch at a time."""
    done = confirmations(s)
    ordered = _ordered(s, scope.view.issued_ids)

    def events() -> Iterator[Event]:
        for batch in chunks(ordered, LEAN_BATCH):
            facts = scope.view.facts_of(s, batch)
            for m in batch:
                yield from sorted(measure_events(facts[m], today, done), key=lambda e: e.sort_key)

    def rows() -> Iterator[tuple[object, ...]]:
        for e in events():
            yield (e.on, label(e.kind.label), event_lines.line(e), e.reference, e.clause, _("yes") if e.open else "",
                   e.uid)

    # A first pass counts the rows for the progress bar (events are cheap to work out); the rows stream.
    return TableSheet("Events", "Events", EVENT_COLUMNS, rows(), sum(1 for _ in events()))
