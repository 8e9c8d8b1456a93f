"""Screening and lineage for the PDF briefing, read inside the briefing's one read transaction."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlmodel import Session

from desktop_app.domain.enums import MeasureStatus
from desktop_app.reports import document as d
from desktop_app.services.records.lineage import links_by_measure
from desktop_app.services.screening.exposures import iter_screening

MAX_EXPOSURES = 500  # rows listed in the briefing; the count covers every match


def exposures(
    s: Session,
    venture_ids: Collection[int] | None,
    statuses: dict[int, MeasureStatus | None],
    limit: int | None = None,
) -> d.Exposures:
    """Unassessed, undismissed matches of the ventures in scope (None: all), screened once.

    Screening reads the register as recorded now; measures not yet issued on the as-of date
    (absent or None in `statuses`) are left out, like everywhere else in the briefing.
    """
    limit = MAX_EXPOSURES if limit is None else limit
    rows: list[d.ExposureRow] = []
    count, pairs = 0, set()
    # Streamed in the listing's order: the first `limit` rows are kept, the rest only counted,
    # and the identity map is cleared page by page (the briefing holds no ORM objects here).
    for e in iter_screening(s, venture_ids):
        if e.assessed or e.dismissed or statuses.get(e.measure_id) is None:
            continue
        count += 1
        pairs.add((e.measure_id, e.venture_id))
        if len(rows) < limit:
            rows.append(d.ExposureRow(e.measure_reference, e.venture_name, e.item_name, e.direction_label,
                                      e.reasons, e.flow))
    s.expunge_all()  # the venture index's records are not needed while rendering
    return d.Exposures(count, len(pairs), tuple(rows))


def lineage(
    s: Session, measure_ids: Iterable[int], statuses: dict[int, MeasureStatus | None]
) -> dict[int, tuple[str, ...]]:
    """Each measure's links read from its side ("finalised by X (note)"), for one batch.

    A link shows only when the other measure is live and issued on the as-of date, so a briefing
    as of an earlier day does not name a measure that did not exist yet.
    """
    out: dict[int, tuple[str, ...]] = {}
    for mid, views in links_by_measure(s, list(measure_ids)).items():
        shown = tuple(str(v) for v in views if statuses.get(v.other_id) is not None)
        if shown:
            out[mid] = shown
    return out
