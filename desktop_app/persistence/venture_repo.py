"""Joint-venture rows <-> schemas, with partners and key items; flushes, never commits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from desktop_app.domain.enums import ItemDirection, ItemStage
from desktop_app.domain.models import JointVenture, Partner, VentureItem
from desktop_app.domain.text import normalize_key, split_list
from desktop_app.domain.venture_schemas import JointVentureCreate, JointVentureRead, PartnerIn, VentureItemIn
from desktop_app.persistence.queries import chunks, write_record
from desktop_app.persistence.tolerant import read_model

_SCALARS = ("name", "country", "location", "activity", "sector", "stage", "value_at_stake",
            "currency", "owner", "notes")


def find_by_name(session: Session, name: str) -> JointVenture | None:
    key = normalize_key(name)
    return session.exec(select(JointVenture).where(JointVenture.name_key == key)).first()


def write_venture(
    session: Session, row: JointVenture | None, data: JointVentureCreate, now: datetime
) -> JointVenture:
    """Create or overwrite a venture and replace its partners and items."""
    return write_record(session, JointVenture, row, main_values(data), now, CHILDREN,
                        lambda i: child_rows(i, data))


def main_values(data: JointVentureCreate) -> dict[str, object]:
    """The joint_venture table's own columns for `data` (no id, version or timestamps)."""
    return ({name: getattr(data, name) for name in _SCALARS}
            | {"stage": data.stage.value, "name_key": normalize_key(data.name)})


def child_rows(venture_id: int, data: JointVentureCreate) -> dict[type, list[dict[str, object]]]:
    return {
        Partner: [{"venture_id": venture_id, "position": i, "name": p.name, "country": p.country or "",
                   "share": p.share} for i, p in enumerate(data.partners)],
        VentureItem: [{"venture_id": venture_id, "position": i, "name": it.name,
                       "direction": it.direction.value, "codes": "; ".join(it.codes),
                       "countries": "; ".join(it.countries), "stage": it.stage.value if it.stage else ""}
                      for i, it in enumerate(data.items)],
    }


CHILDREN = {Partner: "venture_id", VentureItem: "venture_id"}


def read_ventures(session: Session, rows: Iterable[JointVenture]) -> list[JointVentureRead]:
    rows = list(rows)
    partners: dict[int, list[PartnerIn]] = defaultdict(list)
    items: dict[int, list[VentureItemIn]] = defaultdict(list)
    for chunk in chunks([r.id for r in rows]):
        # Plain column rows, and items constructed without re-validating: they passed
        # validation on the way in (docs/performance.md, "Reading ventures").
        for venture_id, name, country, share in session.exec(
            select(Partner.venture_id, Partner.name, Partner.country, Partner.share)
            .where(col(Partner.venture_id).in_(chunk)).order_by(Partner.position)
        ):
            partners[venture_id].append(PartnerIn.model_construct(name=name, country=country or None, share=share))
        for venture_id, name, direction, codes, countries, stage in session.exec(
            select(VentureItem.venture_id, VentureItem.name, VentureItem.direction, VentureItem.codes,
                   VentureItem.countries, VentureItem.stage)
            .where(col(VentureItem.venture_id).in_(chunk)).order_by(VentureItem.position)
        ):
            items[venture_id].append(VentureItemIn.model_construct(
                name=name, direction=ItemDirection.stored(direction), codes=split_list(codes),
                countries=split_list(countries), stage=ItemStage(stage) if stage else None))
    out = []
    for r in rows:
        assert r.id is not None
        fields = {name: getattr(r, name) for name in _SCALARS}
        out.append(read_model(JointVentureRead, fields | {
            "id": r.id, "version": r.version, "created_at": r.created_at,
            "updated_at": r.updated_at, "archived_at": r.archived_at,
            "partners": partners[r.id], "items": items[r.id],
        }, f"joint venture {r.name!r} (id {r.id})"))
    return out
