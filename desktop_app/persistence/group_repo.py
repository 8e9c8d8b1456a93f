"""Jurisdiction group rows <-> schemas, with their members; flushes, never commits."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.group_schemas import JurisdictionGroupIn, JurisdictionGroupRead
from desktop_app.domain.models import JurisdictionGroup, JurisdictionGroupMember, MeasureJurisdiction
from desktop_app.domain.text import join_list, split_list


def read_groups(session: Session, rows: list[JurisdictionGroup] | None = None) -> list[JurisdictionGroupRead]:
    """The given rows (default: every group, by code) with their members, as Read models."""
    if rows is None:
        rows = list(session.exec(select(JurisdictionGroup).order_by(col(JurisdictionGroup.code))))
    members: dict[int, list[str]] = defaultdict(list)
    ids = [r.id for r in rows]
    if ids:
        for group_id, country in session.exec(
            select(JurisdictionGroupMember.group_id, JurisdictionGroupMember.country)
            .where(col(JurisdictionGroupMember.group_id).in_(ids)).order_by(JurisdictionGroupMember.country)
        ):
            members[group_id].append(country)
    # Stored rows passed validation on the way in: constructed without checking again.
    return [JurisdictionGroupRead.model_construct(
        id=r.id, version=r.version, code=r.code, name=r.name, aliases=split_list(r.aliases),
        members=members[r.id or 0], covers_all=r.covers_all, source=r.source, notes=r.notes,
    ) for r in rows]


def find_group(session: Session, code: str) -> JurisdictionGroup | None:
    return session.exec(select(JurisdictionGroup).where(JurisdictionGroup.code == code.strip().upper())).first()


def write_group(session: Session, row: JurisdictionGroup | None, data: JurisdictionGroupIn,
                now: datetime) -> JurisdictionGroup:
    """Create or overwrite a group and replace its members (the version column guards the row)."""
    if row is None:
        row = JurisdictionGroup(code=data.code, name=data.name, created_at=now, updated_at=now)
    row.code, row.name, row.aliases = data.code, data.name, join_list(data.aliases)
    row.covers_all, row.source, row.notes, row.updated_at = data.covers_all, data.source, data.notes, now
    session.add(row)
    session.flush()
    for old in session.exec(select(JurisdictionGroupMember).where(JurisdictionGroupMember.group_id == row.id)):
        session.delete(old)
    session.flush()
    session.add_all(JurisdictionGroupMember(group_id=row.id, country=c) for c in sorted(data.members))
    session.flush()
    return row


def measures_naming(session: Session, code: str) -> int:
    """How many measures target or exclude the group `code`."""
    query = select(func.count(func.distinct(MeasureJurisdiction.measure_id))).where(
        MeasureJurisdiction.jurisdiction == code)
    return int(session.exec(query).one())
