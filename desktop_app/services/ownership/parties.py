"""Parties and who owns them: every change audited as a change of the owned party's record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.models import Party, PartyOwner
from desktop_app.domain.ownership.aggregate import pct
from desktop_app.domain.ownership.schemas import OwnerIn, PartyIn
from desktop_app.domain.text import join_list, normalize_key, split_list
from desktop_app.persistence.fast_sqlite import insert_rows
from desktop_app.persistence.queries import chunks
from desktop_app.services import audit
from desktop_app.services.audit import AuditWriter
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership.common import find_parties, party_named, valid
from desktop_app.system.message_language import msg

PARTY = Entity.PARTY


@dataclass(frozen=True)
class OwnerRead:
    owner_id: int
    owner: str
    owner_country: str
    share: Decimal | None
    note: str


@dataclass(frozen=True)
class PartyRead:
    id: int
    name: str
    country: str
    aliases: tuple[str, ...]
    notes: str
    owners: tuple[OwnerRead, ...]


def _read(s: Session, row: Party) -> PartyRead:
    owners = [OwnerRead(o.owner_id, p.name, p.country, o.share, o.note) for o, p in s.exec(
        select(PartyOwner, Party).where(PartyOwner.owned_id == row.id, Party.id == PartyOwner.owner_id)
        .order_by(col(Party.name_key)))]
    return PartyRead(row.id or 0, row.name, row.country, tuple(split_list(row.aliases)), row.notes, tuple(owners))


def get_party(ctx: ServiceContext, name: str, country: str | None = None) -> PartyRead:
    with ctx.db.session() as s:
        return _read(s, party_named(s, name, country))


def list_parties(ctx: ServiceContext) -> list[PartyRead]:
    with ctx.db.session() as s:
        return [_read(s, p) for p in s.exec(select(Party).order_by(col(Party.name_key), col(Party.country)))]


def ensure_party(s: Session, ctx: ServiceContext, name: str, country: str | None) -> Party:
    """The party with this name and country, created (and audited) when there is none."""
    data = valid(PartyIn, {"name": name, "country": country}, "party")
    code = data.country or ""
    found = [p for p in find_parties(s, data.name) if p.country == code]
    if found:
        return found[0]
    now = ctx.now()
    row = Party(name=" ".join(data.name.split()), name_key=normalize_key(data.name), country=code, created_at=now,
                updated_at=now)
    s.add(row)
    s.flush()
    audit.record(s, ctx, AuditAction.CREATE, PARTY, row.id, row.name, {"name": [None, row.name],
                                                                       "country": [None, code]})
    return row


def partner_parties(s: Session, ctx: ServiceContext, partners: Iterable[tuple[str, str | None]],
                    auditor: AuditWriter | None = None) -> int:
    """Make each partner (name, country) a party inside the caller's transaction, as a venture is
    saved or imported: one party per normalised name and country, created with an audit entry
    (queued on `auditor` when given, for the caller to flush). Returns how many were created."""
    wanted: dict[tuple[str, str], str] = {}
    for name, country in partners:
        key = (normalize_key(name), country or "")
        if key[0] and key not in wanted:
            wanted[key] = " ".join(name.split())
    if not wanted:
        return 0
    keys = sorted({k for k, _c in wanted})
    for chunk in chunks(keys):
        for key, country in s.exec(select(Party.name_key, Party.country).where(col(Party.name_key).in_(chunk))):
            wanted.pop((key, country), None)
    if not wanted:
        return 0
    now = ctx.now()
    s.flush()
    insert_rows(s.connection(), Party.__table__, [  # type: ignore[attr-defined]
        {"name": name, "name_key": key, "country": country, "aliases": "", "notes": "", "created_at": now,
         "updated_at": now} for (key, country), name in wanted.items()])
    writer = auditor or AuditWriter(s, ctx)
    for chunk in chunks(sorted({k for k, _c in wanted})):
        for pid, name, key, country in s.exec(select(Party.id, Party.name, Party.name_key, Party.country)
                                              .where(col(Party.name_key).in_(chunk)).order_by(col(Party.id))):
            if (key, country) in wanted:
                writer.add(AuditAction.CREATE, PARTY, pid, name, {"name": [None, name], "country": [None, country],
                                                                  "partner": [None, "yes"]})
    if auditor is None:
        writer.flush()
    return len(wanted)


def save_party(ctx: ServiceContext, data: dict[str, Any]) -> PartyRead:
    """Create a party, or change the aliases and notes of the one with this name and country."""
    parsed = valid(PartyIn, data, "party")
    with ctx.db.session(write=True) as s:
        row = ensure_party(s, ctx, parsed.name, parsed.country)
        before = {"aliases": row.aliases, "notes": row.notes}
        after = {"aliases": join_list(list(dict.fromkeys(parsed.aliases))), "notes": parsed.notes}
        if before != after:
            row.aliases, row.notes, row.updated_at = after["aliases"], after["notes"], ctx.now()
            s.add(row)
            s.flush()
            audit.record(s, ctx, AuditAction.UPDATE, PARTY, row.id, row.name,
                         {k: [before[k], v] for k, v in after.items() if before[k] != v})
        return _read(s, row)


def _above(s: Session, party_id: int) -> set[int]:
    """Every party that owns `party_id`, directly or through others."""
    edges: dict[int, list[int]] = {}
    for owned, owner in s.exec(select(PartyOwner.owned_id, PartyOwner.owner_id)):
        edges.setdefault(owned, []).append(owner)
    seen: set[int] = set()
    todo = list(edges.get(party_id, []))
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            todo.extend(edges.get(p, []))
    return seen


def set_owner(ctx: ServiceContext, owned: str, owner: str, share: Decimal | str | None, *, note: str = "",
              owned_country: str | None = None, owner_country: str | None = None) -> PartyRead:
    """Record that `owner` holds `share` percent of `owned` (None: not known), creating either
    party when it does not exist yet. Ownership that would run in a circle is refused."""
    with ctx.db.session(write=True) as s:
        return _read(s, set_owner_in(s, ctx, owned, owner, share, note=note, owned_country=owned_country,
                                     owner_country=owner_country))


def set_owner_in(s: Session, ctx: ServiceContext, owned: str, owner: str, share: Decimal | str | None, *,
                 note: str = "", owned_country: str | None = None, owner_country: str | None = None) -> Party:
    """`set_owner` inside an open transaction (also used by the venture import); the owned party."""
    data = valid(OwnerIn, {"share": None if share in (None, "") else share, "note": note}, "owner")
    child = ensure_party(s, ctx, owned, owned_country)
    parent = ensure_party(s, ctx, owner, owner_country)
    if child.id == parent.id or child.id in _above(s, parent.id or 0):
        raise ValidationFailed([Issue("owner", Severity.ERROR, msg(
            "{child} already owns {parent}, directly or through others: the ownership would run in a circle",
            child=child.name, parent=parent.name))], "owner")
    row = s.exec(select(PartyOwner).where(PartyOwner.owned_id == child.id,
                                          PartyOwner.owner_id == parent.id)).first()
    before = None if row is None else (row.share, row.note)
    if before != (data.share, data.note):
        row = row or PartyOwner(owned_id=child.id or 0, owner_id=parent.id or 0)
        row.share, row.note = data.share, data.note
        s.add(row)
        s.flush()
        shown = "unknown" if data.share is None else pct(data.share)
        audit.record(s, ctx, AuditAction.UPDATE, PARTY, child.id, child.name, {
            "owner": [None if before is None else parent.name, parent.name],
            "share": [None if before is None or before[0] is None else pct(before[0]), shown],
            **({"note": [None if before is None else before[1], data.note]} if data.note else {})})
    return child


def owners_of(s: Session, party: Party) -> tuple[OwnerRead, ...]:
    """A party's direct owners, by name."""
    return _read(s, party).owners


def drop_owner_in(s: Session, ctx: ServiceContext, child: Party, owner_id: int) -> None:
    """Remove one owner of `child` inside an open transaction (audited)."""
    row = s.exec(select(PartyOwner).where(PartyOwner.owned_id == child.id, PartyOwner.owner_id == owner_id)).one()
    parent = s.get(Party, owner_id)
    s.delete(row)
    s.flush()
    audit.record(s, ctx, AuditAction.UPDATE, PARTY, child.id, child.name,
                 {"owner": [parent.name if parent else str(owner_id), None]})


def remove_owner(ctx: ServiceContext, owned: str, owner: str, *, owned_country: str | None = None,
                 owner_country: str | None = None) -> PartyRead:
    with ctx.db.session(write=True) as s:
        child, parent = party_named(s, owned, owned_country), party_named(s, owner, owner_country)
        row = s.exec(select(PartyOwner).where(PartyOwner.owned_id == child.id,
                                              PartyOwner.owner_id == parent.id)).first()
        if row is None:
            raise NotFound(msg("{parent} is not recorded as an owner of {child}.", parent=parent.name,
                               child=child.name))
        s.delete(row)
        s.flush()
        audit.record(s, ctx, AuditAction.UPDATE, PARTY, child.id, child.name, {"owner": [parent.name, None]})
        return _read(s, child)
