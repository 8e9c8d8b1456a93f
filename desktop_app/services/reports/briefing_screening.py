"""Screening and lineage for the PDF briefing, read inside the briefing's one read transaction."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlmodel import Session, col, select

from desktop_app.domain.models.timeline import SuspensionWindow
from desktop_app.domain.time_schemas import WindowRead
from desktop_app.persistence.time_repo import read_windows
from desktop_app.reports import document as d
from desktop_app.services.records.lineage import links_by_measure
from desktop_app.services.reports.key_messages import SCREENED, ScreeningDigest
from desktop_app.services.reports.lineage_lines import clause_line, link_line, reasons, suspends_line, window_line
from desktop_app.services.reports.phrasing import route
from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.screening.exposures import iter_screening
from desktop_app.services.screening.findings import EXPOSURE_KIND
from desktop_app.system.report_language import label

MAX_EXPOSURES = 500  # rows listed in the briefing; the count covers every match
MAX_PAIRS = 12  # measure x venture pairs summarised in the board pack


def exposures(s: Session, venture_ids: Collection[int] | None, scope: ReportScope,
              limit: int | None = None, digest: ScreeningDigest | None = None) -> d.Exposures:
    """Unassessed, undismissed matches of the ventures in scope (None: all), screened once.

    Screening reads the items as recorded now; a match counts when its measure applied on the
    as-of date (`ReportScope.counts`, which the workbook's count uses too).
    """
    limit = MAX_EXPOSURES if limit is None else limit
    rows: list[d.ExposureRow] = []
    count = 0
    pairs: dict[tuple[int, int], list[str]] = {}
    names: dict[tuple[int, int], tuple[str, str]] = {}
    # Streamed in the listing's order: the first `limit` rows are kept, the rest only counted,
    # and the identity map is cleared page by page (the briefing holds no ORM objects here).
    # With `digest`, the same pass also counts what the key messages need (needs data included).
    seen: tuple[set[tuple[int, int]], set[tuple[int, str, str]]] = (set(), set())
    for e in iter_screening(s, venture_ids, include_lifted=True, as_of=scope.as_of,
                            kinds=SCREENED if digest else (EXPOSURE_KIND,)):
        if digest is not None:
            digest.add(e, scope, *seen)
        if e.kind != EXPOSURE_KIND or not scope.counts(e):
            continue
        count += 1
        key = (e.measure_id, e.venture_id)
        if key not in pairs:
            pairs[key], names[key] = [], (e.measure_reference, e.venture_name)
        pairs[key].append(e.item_name)
        if len(rows) < limit:
            rows.append(d.ExposureRow(e.measure_reference, e.venture_name, e.item_name, label(e.direction_label),
                                      reasons(e), route(e)))
    if digest is not None:
        digest.finish(s, *seen)
    s.expunge_all()  # the venture index's records are not needed while rendering
    top = sorted(pairs, key=lambda k: (-len(pairs[k]), names[k][1].casefold(), names[k][0].casefold()))[:MAX_PAIRS]
    by_pair = tuple(d.PairRow(names[k][0], names[k][1], len(pairs[k]), ", ".join(dict.fromkeys(pairs[k][:5]))
                              + (" ..." if len(set(pairs[k])) > 5 else "")) for k in top)
    return d.Exposures(count, len(pairs), tuple(rows), by_pair)


def lineage(s: Session, measure_ids: Iterable[int], scope: ReportScope) -> dict[int, tuple[str, ...]]:
    """Each measure's links read from its side ("finalised by X (note)"), its suspension windows
    (made or suffered) and its clauses' states on the as-of date, for one batch.

    A link or window shows only when the other measure is issued on the as-of date, so a
    briefing as of an earlier day does not name a measure that did not exist yet.
    """
    ids = list(measure_ids)
    out: dict[int, list[str]] = {m: [] for m in ids}
    for mid, views in links_by_measure(s, ids).items():
        out[mid] += [link_line(v) for v in views if scope.view.issued(v.other_id)]
    facts_of = scope.view.facts_of(s, ids)
    states = scope.view.states_of(s, ids)
    for mid in ids:
        facts = facts_of.get(mid)
        state = states.get(mid)
        for w in facts.windows if facts else ():
            if w.suspension_id is None or scope.view.issued(w.suspension_id):
                out[mid].append(window_line(w, scope.as_of))
        if state is not None and (len(state.clauses) > 1 or state.clauses[0].clause):
            out[mid] += [clause_line(c.clause, c.status.label, scope.as_of, c.since, c.until) for c in state.clauses]
    for w in _windows_made_by(s, ids):
        if scope.view.issued(w.measure_id) and w.suspension_id in out:
            out[w.suspension_id].append(suspends_line(w.measure_reference, w.clause, w.starts_on, w.end))
    return {m: tuple(lines) for m, lines in out.items() if lines}


def _windows_made_by(s: Session, ids: list[int]) -> list[WindowRead]:
    if not ids:
        return []
    rows = s.exec(select(SuspensionWindow).where(col(SuspensionWindow.suspension_id).in_(ids),
                                                 col(SuspensionWindow.archived_at).is_(None)))
    return read_windows(s, list(rows))
