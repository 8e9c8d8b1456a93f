"""Measure rows <-> schemas: load in bulk, write children; flushes, never commits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, col, select

from desktop_app.domain.measure_schemas import ControlledItem, MeasureCreate, MeasureRead, StatusChange
from desktop_app.domain.models import Measure, MeasureItem, MeasureJurisdiction, MeasureStatusChange
from desktop_app.domain.text import normalize_key, split_list
from desktop_app.persistence.queries import chunks

_SCALARS = (
    "reference", "title", "original_title", "jurisdiction", "authority", "measure_type", "status",
    "announced_on", "consultation_ends_on", "effective_on", "removed_on", "summary", "source_url",
    "notes",
)


def find_by_reference(session: Session, reference: str) -> Measure | None:
    key = normalize_key(reference)
    return session.exec(select(Measure).where(Measure.reference_key == key)).first()


def write_measure(session: Session, row: Measure | None, data: MeasureCreate, now: datetime) -> Measure:
    """Create or overwrite a measure and replace its children with `data`'s."""
    if row is None:
        row = Measure(created_at=now, updated_at=now, reference_key="", **_scalars(data))
    else:
        for name, value in _scalars(data).items():
            setattr(row, name, value)
    row.reference_key = normalize_key(data.reference)
    row.updated_at = now
    session.add(row)
    session.flush()
    assert row.id is not None
    for child in (MeasureItem, MeasureJurisdiction, MeasureStatusChange):
        session.execute(delete(child).where(child.measure_id == row.id))  # type: ignore[attr-defined]
    session.add_all(
        MeasureItem(measure_id=row.id, position=i, name=item.name, codes="; ".join(item.codes))
        for i, item in enumerate(data.items)
    )
    session.add_all(MeasureJurisdiction(measure_id=row.id, jurisdiction=j) for j in data.targets)
    session.add_all(
        MeasureJurisdiction(measure_id=row.id, jurisdiction=j, excluded=True) for j in data.excluded
    )
    session.add_all(
        MeasureStatusChange(measure_id=row.id, status=h.status.value, valid_from=h.valid_from, note=h.note)
        for h in data.status_history
    )
    session.flush()
    return row


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
            items[it.measure_id].append(
                ControlledItem.model_construct(name=it.name, codes=split_list(it.codes))
            )
        for j in session.exec(
            select(MeasureJurisdiction).where(col(MeasureJurisdiction.measure_id).in_(chunk))
            .order_by(MeasureJurisdiction.id)
        ):
            (excluded if j.excluded else targets)[j.measure_id].append(j.jurisdiction)
        for h in session.exec(
            select(MeasureStatusChange).where(col(MeasureStatusChange.measure_id).in_(chunk))
            .order_by(MeasureStatusChange.valid_from)
        ):
            history[h.measure_id].append(
                StatusChange.model_validate({"status": h.status, "valid_from": h.valid_from, "note": h.note})
            )
    out = []
    for r in rows:
        assert r.id is not None
        fields = {name: getattr(r, name) for name in _SCALARS}
        out.append(
            MeasureRead.model_validate(
                fields
                | {
                    "id": r.id, "version": r.version, "created_at": r.created_at,
                    "updated_at": r.updated_at, "archived_at": r.archived_at,
                    "items": items[r.id], "targets": targets[r.id], "excluded": excluded[r.id],
                    "status_history": history[r.id],
                }
            )
        )
    return out
