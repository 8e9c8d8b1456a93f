"""Content shares of venture products and de minimis rules: recorded (audited) and checked."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import Field
from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction, ItemDirection
from desktop_app.domain.errors import NotFound
from desktop_app.domain.fields import Jurisdiction, LongText, NameText, Schema
from desktop_app.domain.models import ContentShare, DeMinimisRule, JointVenture, Measure, VentureItem
from desktop_app.domain.ownership.content import ContentInput, ContentResult, DeMinimis, content_check, four
from desktop_app.domain.ownership.schemas import Percent, Threshold
from desktop_app.domain.text import join_list, split_list
from desktop_app.persistence.venture_repo import find_by_name
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership.common import measure_row, valid
from desktop_app.system.message_language import msg


class ContentIn(Schema):
    product: NameText
    input_name: NameText
    origin: Jurisdiction | None = None
    share: Percent | None = None
    note: LongText = ""


class DeMinimisIn(Schema):
    share: Threshold
    origin: Jurisdiction
    items: list[NameText] = Field(default_factory=list)
    technology: bool = False
    note: LongText = ""


@dataclass(frozen=True)
class ContentCheck:
    measure_id: int
    measure_reference: str
    venture_id: int
    result: ContentResult


def _venture(s: Session, venture: str | int) -> JointVenture:
    row = s.get(JointVenture, venture) if isinstance(venture, int) else find_by_name(s, venture)
    if row is None or row.archived_at is not None:
        raise NotFound(msg("No joint venture {name!r}.", name=venture))
    return row


def set_content(ctx: ServiceContext, venture: str | int, data: dict[str, Any]) -> None:
    """Record the share of a product's value one input of one origin makes up (None: not known)."""
    parsed = valid(ContentIn, data, "content share")
    with ctx.db.session(write=True) as s:
        v = _venture(s, venture)
        origin = parsed.origin or ""
        row = s.exec(select(ContentShare).where(ContentShare.venture_id == v.id, ContentShare.product == parsed.product,
                                                ContentShare.input_name == parsed.input_name,
                                                ContentShare.origin == origin)).first()
        before = None if row is None else (row.share, row.note)
        if before == (parsed.share, parsed.note):
            return
        row = row or ContentShare(venture_id=v.id or 0, product=parsed.product, input_name=parsed.input_name,
                                  origin=origin)
        row.share, row.note = parsed.share, parsed.note
        s.add(row)
        s.flush()
        shown = "unknown" if parsed.share is None else four(parsed.share)
        audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, Entity.CONTENT_SHARE, row.id,
                     f"{v.name}: {parsed.product} / {parsed.input_name} ({origin or 'origin not recorded'})",
                     {"share": [None if before is None or before[0] is None else four(before[0]), shown]})


def set_de_minimis(ctx: ServiceContext, measure: str | int, data: dict[str, Any]) -> None:
    """Record a measure's content threshold (share, origin, items, the technology clause)."""
    parsed = valid(DeMinimisIn, data, "de minimis rule")
    with ctx.db.session(write=True) as s:
        m = measure_row(s, measure)
        row = s.exec(select(DeMinimisRule).where(DeMinimisRule.measure_id == m.id)).first()
        after = {"share": four(parsed.share), "origin": parsed.origin, "items": join_list(parsed.items),
                 "technology": parsed.technology, "note": parsed.note}
        before = None if row is None else {"share": four(row.share), "origin": row.origin, "items": row.items,
                                           "technology": row.technology, "note": row.note}
        if before == after:
            return
        row = row or DeMinimisRule(measure_id=m.id or 0, share=parsed.share, origin=parsed.origin)
        row.share, row.origin, row.items = parsed.share, parsed.origin, after["items"]  # type: ignore[assignment]
        row.technology, row.note = parsed.technology, parsed.note
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, Entity.DE_MINIMIS_RULE, row.id,
                     m.reference, {k: [None if before is None else before[k], v] for k, v in after.items()
                                   if before is None or before[k] != v})


def checks_in(s: Session, measures: list[Measure], venture_ids: list[int] | None = None) -> list[ContentCheck]:
    """Every product of the ventures (all when None) checked against each measure's de minimis rule."""
    rules = {r.measure_id: r for r in s.exec(select(DeMinimisRule).where(
        col(DeMinimisRule.measure_id).in_([m.id for m in measures])))}
    if not rules:
        return []
    query = select(ContentShare).order_by(col(ContentShare.venture_id), col(ContentShare.id))
    if venture_ids is not None:
        query = query.where(col(ContentShare.venture_id).in_(venture_ids))
    products: dict[tuple[int, str], list[ContentInput]] = defaultdict(list)
    for c in s.exec(query):
        products[(c.venture_id, c.product)].append(ContentInput(c.product, c.input_name, c.origin, c.share))
    tech: dict[int, set[str]] = defaultdict(set)
    for vid, countries in s.exec(select(VentureItem.venture_id, VentureItem.countries).where(
            VentureItem.direction == ItemDirection.TECHNOLOGY_IN.value)):
        tech[vid].update(split_list(countries))
    out = []
    for m in measures:
        r = rules.get(m.id or 0)
        if r is None:
            continue
        rule = DeMinimis(Decimal(r.share), r.origin, tuple(split_list(r.items)), r.technology)
        for (vid, product), inputs in products.items():
            out.append(ContentCheck(m.id or 0, m.reference, vid, content_check(product, inputs, rule, tech[vid])))
    return out


def venture_content(ctx: ServiceContext, venture: str | int) -> list[ContentCheck]:
    with ctx.db.session() as s:
        v = _venture(s, venture)
        measures = list(s.exec(select(Measure).where(col(Measure.archived_at).is_(None))
                               .order_by(col(Measure.reference_key))))
        return checks_in(s, measures, [v.id or 0])
