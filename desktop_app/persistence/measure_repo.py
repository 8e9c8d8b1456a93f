"""Measure rows <-> schemas: load in bulk, write children; flushes, never commits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from desktop_app.domain.enums import ItemStage, MeasureStatus
from desktop_app.domain.measure_schemas import ControlledItem, MeasureCreate, MeasureRead, StatusChange
from desktop_app.domain.models import Measure, MeasureItem, MeasureJurisdiction, MeasureStatusChange
from desktop_app.domain.text import normalize_key, split_list
from desktop_app.persistence.queries import chunks, write_record
from desktop_app.persistence.tolerant import read_model

_SCALARS = (
    "reference", "title", "original_title", "jurisdiction", "authority", "measure_type", "status",
    "announced_on", "consultation_ends_on", "effective_on", "removed_on", "summary", "source_url",
    "notes", "targets_note",
)


def find_by_reference(session: Session, reference: str) -> Measure | None:
    key = normalize_key(reference)
    return session.exec(select(Measure).where(Measure.reference_key == key)).first()


def write_measure(session: Session, row: Measure | None, data: MeasureCreate, now: datetime) -> Measure:
    """Create or overwrite a measure and replace its children with `data`'s."""
    return write_record(session, Measure, row, main_values(data), now, CHILDREN,
                        lambda i: child_rows(i, data))


def main_values(data: MeasureCreate) -> dict[str, object]:
    """The measure table's own columns for `data` (no id, version or timestamps)."""
    return _scalars(data) | {"reference_key": normalize_key(data.reference)}


def child_rows(measure_id: int, data: MeasureCreate) -> dict[type, list[dict[str, object]]]:
    """Rows of every child table for one measure, ready for an executemany insert."""
    return {
        MeasureItem: [{"measure_id": measure_id, "position": i, "name": item.name,
                       "codes": "; ".join(item.codes), "stage": item.stage.value if item.stage else ""}
                      for i, item in enumerate(data.items)],
        MeasureJurisdiction: [{"measure_id": measure_id, "jurisdiction": j, "excluded": excluded}
                              for excluded, values in ((False, data.targets), (True, data.excluded))
                              for j in values],
        MeasureStatusChange: [{"measure_id": measure_id, "status": h.status.value, "valid_from": h.valid_from,
                               "note": h.note} for h in data.status_history],
    }


CHILDREN = {MeasureItem: "measure_id", MeasureJurisdiction: "measure_id", MeasureStatusChange: "measure_id"}


def _scalars(data: MeasureCreate) -> dict[str, object]:
    values = {name: getattr(data, name) for name in _SCALARS}
    values["measure_type"] = data.measure_type.value
    values["status"] = data.status.value
    return values


def read_measures(session: Session, rows: Iterable[Measure]) -> list[MeasureRead]:
    """Turn rows into MeasureRead with children loaded in three bulk queries."""
    rows = list(rows)
    ids = [r.id for r in rows]
    items: dict[int, list[ControlledItem]] = defaultdict(list)
    targets: dict[int, list[str]] = defaultdict(list)
    excluded: dict[int, list[str]] = defaultdict(list)
    history: dict[int, list[StatusChange]] = defaultdict(list)
    for chunk in chunks(ids):
        for it in session.exec(
            select(MeasureItem).where(col(MeasureItem.measure_id).in_(chunk)).order_by(MeasureItem.position)
        ):
            items[it.measure_id].append(ControlledItem.model_construct(
                name=it.name, codes=split_list(it.codes), stage=ItemStage(it.stage) if it.stage else None))
        for j in session.exec(
            select(MeasureJurisdiction).where(col(MeasureJurisdiction.measure_id).in_(chunk))
            .order_by(MeasureJurisdiction.id)
        ):
            (excluded if j.excluded else targets)[j.measure_id].append(j.jurisdiction)
        for h in session.exec(
            select(MeasureStatusChange).where(col(MeasureStatusChange.measure_id).in_(chunk))
            .order_by(MeasureStatusChange.valid_from)
        ):
            history[h.measure_id].append(StatusChange.model_construct(
                status=MeasureStatus.stored(h.status), valid_from=h.valid_from, note=h.note))
    out = []
    for r in rows:
        assert r.id is not None
        fields = {name: getattr(r, name) for name in _SCALARS}
        out.append(read_model(MeasureRead, fields | {
            "id": r.id, "version": r.version, "created_at": r.created_at,
            "updated_at": r.updated_at, "archived_at": r.archived_at,
            "items": items[r.id], "targets": targets[r.id], "excluded": excluded[r.id],
            "status_history": history[r.id],
        }, f"measure {r.reference!r} (id {r.id})"))
    return out
