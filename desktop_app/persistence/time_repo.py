"""Clause and window rows <-> schemas, and the time facts of measures read in bulk; never commits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.measure_schemas import ControlledItem
from desktop_app.domain.models import Measure, MeasureStatusChange
from desktop_app.domain.models.timeline import ClauseItem, MeasureClause, SuspensionWindow, WindowChange
from desktop_app.domain.phrase import Phrase
from desktop_app.domain.text import join_list, normalize_key, split_list
from desktop_app.domain.time_schemas import ClauseCreate, ClauseRead, WindowChangeIn, WindowCreate, WindowRead
from desktop_app.domain.timeline.facts import ChangeKind, Clause, DayStatus, MeasureFacts, Step, Window
from desktop_app.domain.timeline.facts import WindowChange as ChangeFact
from desktop_app.domain.timeline.wording import HISTORY, HISTORY_NOTE
from desktop_app.persistence.queries import chunks, write_record

CLAUSE_CHILDREN = {ClauseItem: "clause_id"}
WINDOW_CHILDREN = {WindowChange: "window_id"}


def clause_values(c: ClauseCreate) -> dict[str, object]:
    return {"measure_id": c.measure_id, "label": c.label.strip(), "label_key": normalize_key(c.label),
            "title": c.title, "text": c.text, "effective_on": c.effective_on, "expires_on": c.expires_on,
            "status": c.status.value if c.status else "", "threshold": c.threshold,
            "targets": join_list(c.targets), "excluded": join_list(c.excluded), "notes": c.notes}


def clause_children(clause_id: int, c: ClauseCreate) -> dict[type, list[dict[str, object]]]:
    return {ClauseItem: [{"clause_id": clause_id, "position": i, "name": item.name, "codes": "; ".join(item.codes)}
                         for i, item in enumerate(c.items)]}


def write_clause(s: Session, row: MeasureClause | None, c: ClauseCreate, now: datetime) -> MeasureClause:
    return write_record(s, MeasureClause, row, clause_values(c), now, CLAUSE_CHILDREN,
                        lambda i: clause_children(i, c))


def find_clause(s: Session, measure_id: int, label: str) -> MeasureClause | None:
    return s.exec(select(MeasureClause).where(MeasureClause.measure_id == measure_id,
                                              MeasureClause.label_key == normalize_key(label))).first()


def _references(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    out: dict[int, str] = {}
    for chunk in chunks(wanted):
        out.update(s.exec(select(Measure.id, Measure.reference).where(col(Measure.id).in_(chunk))).all())
    return out


def read_clauses(s: Session, rows: Iterable[MeasureClause]) -> list[ClauseRead]:
    rows = list(rows)
    items: dict[int, list[ControlledItem]] = defaultdict(list)
    for chunk in chunks([r.id for r in rows]):
        for it in s.exec(select(ClauseItem).where(col(ClauseItem.clause_id).in_(chunk)).order_by(ClauseItem.position)):
            items[it.clause_id].append(ControlledItem.model_construct(name=it.name, codes=split_list(it.codes)))
    refs = _references(s, (r.measure_id for r in rows))
    return [ClauseRead.model_validate({
        "id": r.id, "version": r.version, "created_at": r.created_at, "updated_at": r.updated_at,
        "archived_at": r.archived_at, "measure_id": r.measure_id, "measure_reference": refs.get(r.measure_id, ""),
        "label": r.label, "title": r.title, "text": r.text, "items": items[r.id or 0],
        "effective_on": r.effective_on, "expires_on": r.expires_on, "status": r.status or None,
        "threshold": r.threshold, "targets": split_list(r.targets), "excluded": split_list(r.excluded),
        "notes": r.notes}) for r in rows]


def window_values(w: WindowCreate) -> dict[str, object]:
    return {"measure_id": w.measure_id, "clause": w.clause.strip(), "suspension_id": w.suspension_id,
            "starts_on": w.starts_on, "ends_on": w.ends_on, "note": w.note}


def window_children(window_id: int, w: WindowCreate) -> dict[type, list[dict[str, object]]]:
    return {WindowChange: [{"window_id": window_id, "position": i, "kind": c.kind.value, "decided_on": c.decided_on,
                            "ends_on": c.ends_on, "note": c.note} for i, c in enumerate(w.changes)]}


def write_window(s: Session, row: SuspensionWindow | None, w: WindowCreate, now: datetime) -> SuspensionWindow:
    return write_record(s, SuspensionWindow, row, window_values(w), now, WINDOW_CHILDREN,
                        lambda i: window_children(i, w))


def _changes(s: Session, window_ids: list[int]) -> dict[int, list[WindowChangeIn]]:
    out: dict[int, list[WindowChangeIn]] = defaultdict(list)
    for chunk in chunks(window_ids):
        for c in s.exec(select(WindowChange).where(col(WindowChange.window_id).in_(chunk))
                        .order_by(WindowChange.window_id, WindowChange.position)):
            out[c.window_id].append(WindowChangeIn(kind=ChangeKind(c.kind), decided_on=c.decided_on,
                                                   ends_on=c.ends_on, note=c.note))
    return out


def read_windows(s: Session, rows: Iterable[SuspensionWindow]) -> list[WindowRead]:
    rows = list(rows)
    changes = _changes(s, [r.id for r in rows if r.id is not None])
    refs = _references(s, [*(r.measure_id for r in rows), *(r.suspension_id for r in rows)])
    return [WindowRead.model_validate({
        "id": r.id, "version": r.version, "created_at": r.created_at, "updated_at": r.updated_at,
        "archived_at": r.archived_at, "measure_id": r.measure_id, "clause": r.clause,
        "suspension_id": r.suspension_id, "starts_on": r.starts_on, "ends_on": r.ends_on, "note": r.note,
        "changes": changes[r.id or 0], "measure_reference": refs.get(r.measure_id, ""),
        "suspension_reference": refs.get(r.suspension_id, "") if r.suspension_id else ""}) for r in rows]


def window_fact(w: WindowRead, target_key: str = "", by_key: str = "") -> Window:
    """A stored window as the time functions take it; its key names it by references, not ids."""
    return Window(w.id, w.measure_id, w.clause, w.starts_on, w.ends_on, w.suspension_id, w.suspension_reference,
                  tuple(ChangeFact(c.kind, c.decided_on, c.ends_on, c.note) for c in w.changes), w.note,
                  "\x1f".join((by_key or w.suspension_reference, target_key or w.measure_reference, w.clause)))


def load_facts(s: Session, measure_ids: Collection[int] | None = None) -> dict[int, MeasureFacts]:
    """The time facts of live measures (only `measure_ids` when given): dates, explicit history,
    live clauses and live windows, in one read of each table."""
    query = select(Measure.id, Measure.reference, Measure.reference_key, Measure.status, Measure.announced_on,
                   Measure.consultation_ends_on, Measure.effective_on, Measure.removed_on
                   ).where(col(Measure.archived_at).is_(None))
    heads = list(s.exec(query)) if measure_ids is None else [
        r for chunk in chunks(sorted(measure_ids)) for r in s.exec(query.where(col(Measure.id).in_(chunk)))]
    ids = [h[0] for h in heads]
    wanted = None if measure_ids is None else set(ids)
    keys = {h[0]: h[2] for h in heads}
    history: dict[int, list[Step]] = defaultdict(list)
    # Plain columns: ORM rows of every status change took 20 MB at 10,000 measures.
    hq = select(MeasureStatusChange.measure_id, MeasureStatusChange.status, MeasureStatusChange.valid_from,
                MeasureStatusChange.note).order_by(MeasureStatusChange.valid_from)
    for mid, status, valid_from, note in _rows(s, hq, MeasureStatusChange.measure_id, wanted):
        history[mid].append(Step(valid_from, DayStatus(status), Phrase(HISTORY_NOTE, note=note) if note else HISTORY))
    clauses: dict[int, list[Clause]] = defaultdict(list)
    cq = (select(MeasureClause.measure_id, MeasureClause.label, MeasureClause.effective_on, MeasureClause.expires_on,
                 MeasureClause.status, MeasureClause.title)
          .where(col(MeasureClause.archived_at).is_(None)).order_by(MeasureClause.position, MeasureClause.id))
    for mid, label, eff, exp, status, title in _rows(s, cq, MeasureClause.measure_id, wanted):
        clauses[mid].append(Clause(label, eff, exp, MeasureStatus(status) if status else None, title))
    windows: dict[int, list[Window]] = defaultdict(list)
    wrows = list(_rows(s, select(SuspensionWindow).where(col(SuspensionWindow.archived_at).is_(None)),
                       SuspensionWindow.measure_id, wanted))
    all_keys = dict(s.exec(select(Measure.id, Measure.reference_key)).all()) if wrows else {}
    for w in read_windows(s, wrows):
        windows[w.measure_id].append(window_fact(w, all_keys.get(w.measure_id, ""),
                                                 all_keys.get(w.suspension_id or 0, "")))
    return {mid: MeasureFacts(mid, ref, MeasureStatus(status), ann, cons, eff, rem, tuple(history[mid]),
                              tuple(clauses[mid]), tuple(windows[mid]), keys[mid])
            for mid, ref, _key, status, ann, cons, eff, rem in heads}


def _rows(s: Session, query: Any, column: Any, wanted: set[int] | None) -> Iterator[Any]:
    """Rows of `query`, only those whose `column` is in `wanted` (None: all), IN-lists chunked."""
    if wanted is None:
        yield from s.exec(query)
        return
    for chunk in chunks(sorted(wanted)):
        yield from s.exec(query.where(col(column).in_(chunk)))
