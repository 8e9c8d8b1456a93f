"""Parties a listing measure names, a measure's ownership threshold, and verdicts on possible matches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction, MeasureType
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.models import ListedParty, Measure, OwnershipRule, Partner, Party, PartyMatch
from desktop_app.domain.ownership.aggregate import DEFAULT_THRESHOLD, pct
from desktop_app.domain.ownership.schemas import ListedPartyIn, RuleIn
from desktop_app.domain.text import join_list, normalize_key, split_list
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership.common import measure_row, party_named, valid
from desktop_app.services.ownership.parties import ensure_party
from desktop_app.system.message_language import msg

CONFIRMED, REJECTED = "confirmed", "rejected"


@dataclass(frozen=True)
class ListedRead:
    id: int
    measure_id: int
    measure_reference: str
    name: str
    aliases: tuple[str, ...]
    country: str
    list_name: str
    listed_from: date | None
    listed_until: date | None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class RuleRead:
    measure_id: int
    measure_reference: str
    threshold: Decimal
    lists: tuple[str, ...]  # empty: the measure's own listed parties
    note: str
    recorded: bool  # False: a party listing's default threshold


def listed_read(row: ListedParty, reference: str) -> ListedRead:
    return ListedRead(row.id or 0, row.measure_id, reference, row.name, tuple(split_list(row.aliases)), row.country,
                      row.list_name, row.listed_from, row.listed_until)


def _values(row: ListedParty) -> dict[str, Any]:
    return {"name": row.name, "aliases": row.aliases, "country": row.country, "list_name": row.list_name,
            "listed_from": row.listed_from.isoformat() if row.listed_from else None,
            "listed_until": row.listed_until.isoformat() if row.listed_until else None}


def add_listed(ctx: ServiceContext, measure: str | int, data: dict[str, Any]) -> ListedRead:
    """Record a party a party-listing measure names (name, aliases, country, list, dates)."""
    parsed = valid(ListedPartyIn, data, "listed party")
    with ctx.db.session(write=True) as s:
        m = measure_row(s, measure)
        if m.measure_type != MeasureType.PARTY_LISTING.value:
            raise ValidationFailed([Issue("measure", Severity.ERROR, msg(
                "{reference} is not a party listing: only a party listing names listed parties",
                reference=m.reference))], "listed party")
        row = ListedParty(measure_id=m.id or 0, name=" ".join(parsed.name.split()),
                          aliases=join_list(list(dict.fromkeys(parsed.aliases))), country=parsed.country or "",
                          list_name=" ".join(parsed.list_name.split()), listed_from=parsed.listed_from,
                          listed_until=parsed.listed_until)
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, Entity.LISTED_PARTY, row.id, f"{row.name} ({m.reference})",
                     {k: [None, v] for k, v in _values(row).items() if v})
        return listed_read(row, m.reference)


def remove_listed(ctx: ServiceContext, listed_id: int) -> None:
    with ctx.db.session(write=True) as s:
        row = s.get(ListedParty, listed_id)
        if row is None:
            raise NotFound(msg("No listed party with id {id}.", id=listed_id))
        reference = measure_row(s, row.measure_id).reference
        for decision in s.exec(select(PartyMatch).where(PartyMatch.listed_party_id == listed_id)):
            s.delete(decision)  # the verdicts go with the listing; each keeps its own entry
            audit.record(s, ctx, AuditAction.ARCHIVE, Entity.PARTY_MATCH, decision.id, row.name,
                         {"state": [decision.state, None]})
        s.delete(row)
        s.flush()
        audit.record(s, ctx, AuditAction.ARCHIVE, Entity.LISTED_PARTY, listed_id, f"{row.name} ({reference})",
                     {k: [v, None] for k, v in _values(row).items() if v})


def listed_parties(ctx: ServiceContext, measure: str | int | None = None) -> list[ListedRead]:
    with ctx.db.session() as s:
        return listed_in(s, measure)


def listed_in(s: Session, measure: str | int | None = None) -> list[ListedRead]:
    query = select(ListedParty, Measure.reference).where(Measure.id == ListedParty.measure_id,
                                                         col(Measure.archived_at).is_(None))
    if measure is not None:
        query = query.where(ListedParty.measure_id == measure_row(s, measure).id)
    return [listed_read(r, ref) for r, ref in s.exec(query.order_by(col(Measure.reference_key), col(ListedParty.id)))]


def set_rule(ctx: ServiceContext, measure: str | int, data: dict[str, Any]) -> RuleRead:
    """Record a measure's ownership threshold and the lists it draws on (audited)."""
    parsed = valid(RuleIn, data, "ownership rule")
    with ctx.db.session(write=True) as s:
        m = measure_row(s, measure)
        row = s.exec(select(OwnershipRule).where(OwnershipRule.measure_id == m.id)).first()
        before = None if row is None else {"threshold": pct(row.threshold), "lists": row.lists, "note": row.note}
        after = {"threshold": pct(parsed.threshold), "lists": join_list(list(dict.fromkeys(parsed.lists))),
                 "note": parsed.note}
        if before != after:
            row = row or OwnershipRule(measure_id=m.id or 0, threshold=parsed.threshold)
            row.threshold, row.lists, row.note = parsed.threshold, after["lists"], parsed.note
            s.add(row)
            s.flush()
            audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, Entity.OWNERSHIP_RULE,
                         row.id, m.reference, {k: [None if before is None else before[k], v] for k, v in after.items()
                                               if before is None or before[k] != v})
        return rules_in(s, [m])[0]


def rules_in(s: Session, measures: list[Measure]) -> list[RuleRead]:
    """The ownership rule of each measure that has one: recorded, or a party listing's default."""
    ids = [m.id for m in measures]
    rows = {r.measure_id: r for r in s.exec(select(OwnershipRule).where(col(OwnershipRule.measure_id).in_(ids)))}
    out = []
    for m in measures:
        r = rows.get(m.id or 0)
        if r is not None:
            out.append(RuleRead(m.id or 0, m.reference, r.threshold, tuple(split_list(r.lists)), r.note, True))
        elif m.measure_type == MeasureType.PARTY_LISTING.value:
            out.append(RuleRead(m.id or 0, m.reference, DEFAULT_THRESHOLD, (), "", False))
    return out


def _party_or_partner(s: Session, ctx: ServiceContext, name: str, country: str | None) -> Party:
    """The party with this name, or the one a partner of that name becomes (partners added since
    the register's upgrade are parties from the first time someone judges or owns them)."""
    try:
        return party_named(s, name, country)
    except NotFound:
        key = normalize_key(name)
        found = {c for n, c in s.exec(select(Partner.name, Partner.country)) if normalize_key(n) == key}
        if country is not None:
            found &= {country}
        if len(found) != 1:
            raise
        return ensure_party(s, ctx, name, found.pop() or None)


def decide_match(ctx: ServiceContext, party: str, listed_id: int, *, confirm: bool,
                 country: str | None = None) -> None:
    """Record that a party is (or is not) the listed party a possible match pointed at; the
    question is never asked again. Changing one's mind is a new, audited verdict."""
    state = CONFIRMED if confirm else REJECTED
    with ctx.db.session(write=True) as s:
        p = _party_or_partner(s, ctx, party, country)
        listed = s.get(ListedParty, listed_id)
        if listed is None:
            raise NotFound(msg("No listed party with id {id}.", id=listed_id))
        row = s.exec(select(PartyMatch).where(PartyMatch.party_id == p.id,
                                              PartyMatch.listed_party_id == listed_id)).first()
        before = None if row is None else row.state
        if before == state:
            return
        row = row or PartyMatch(party_id=p.id or 0, listed_party_id=listed_id, state=state, actor=ctx.actor,
                                decided_at=ctx.now())
        row.state, row.actor, row.decided_at = state, ctx.actor, ctx.now()
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, Entity.PARTY_MATCH, row.id,
                     f"{p.name} = {listed.name}", {"state": [before, state]})
