"""Flows read from words, confirmed or rejected in one step, and countries recorded where missing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction, FlowState, ItemDirection
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.matching.activity import InferredFlow
from desktop_app.domain.matching.profiles import item_key, key_item
from desktop_app.domain.matching.ventures import inferred_flows
from desktop_app.domain.models import FlowDecision, JointVenture, Partner
from desktop_app.domain.text import parse_jurisdiction
from desktop_app.domain.venture_schemas import JointVentureRead
from desktop_app.persistence.venture_repo import read_ventures
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.jurisdiction_names import sentence_names
from desktop_app.services.records.ventures import check_venture, save_venture_in
from desktop_app.services.screening.vocabulary import load_vocabulary
from desktop_app.system.message_language import msg

ENTITY = Entity.INFERRED_FLOW


@dataclass(frozen=True)
class ProposedFlow:
    """A country for one of a venture's items (or an item itself) read from its words."""

    venture_id: int
    venture_name: str
    item_key: str
    item_name: str
    direction: ItemDirection
    country: str  # "" for an item the text names without a country
    source: str
    quote: str
    new_item: bool

    @property
    def text(self) -> str:
        where = sentence_names().get(self.country, self.country)
        role = "from" if self.direction in (ItemDirection.INPUT, ItemDirection.TECHNOLOGY_IN) else "to"
        what = f"{self.direction.label} '{self.item_name}'" + (" (not yet recorded)" if self.new_item else "")
        return f"{what} {role} {where}" if self.country else f"{what}, no country named"


def _venture(s: Session, venture_id: int) -> tuple[JointVenture, JointVentureRead]:
    row = s.get(JointVenture, venture_id)
    if row is None or row.archived_at is not None:
        raise NotFound(msg("No live joint venture with id {id}.", id=venture_id))
    return row, read_ventures(s, [row])[0]


def _proposals_in(s: Session, row: JointVenture, read: JointVentureRead) -> list[InferredFlow]:
    vocabulary = load_vocabulary(s)
    items = [key_item(n, i.name, i.direction, i.codes, i.countries, i.stage.value if i.stage else "", vocabulary)
             for n, i in enumerate(read.items)]
    partners = [(p, c) for p, c in s.exec(select(Partner.name, Partner.country)
                                          .where(Partner.venture_id == row.id).order_by(col(Partner.position)))]
    decided = {(k, c) for k, c in s.exec(select(FlowDecision.item_key, FlowDecision.country)
                                         .where(FlowDecision.venture_id == row.id))}
    recorded = {(i.key, c) for i in items for c in i.countries}
    flows = inferred_flows(items, row.country, (("activity", row.activity), ("notes", row.notes)), partners,
                           vocabulary)
    keys = {i.key for i in items}
    return [f for f in flows if (f.item_key, f.country) not in decided and (f.item_key, f.country) not in recorded
            and (f.country or f.item_key not in keys)]


def proposed_flows(ctx: ServiceContext, venture_id: int) -> list[ProposedFlow]:
    """What the venture's activity text, notes and partners suggest and nobody decided yet."""
    with ctx.db.session() as s:
        row, read = _venture(s, venture_id)
        return [ProposedFlow(venture_id, row.name, f.item_key, f.item_name, f.direction, f.country, f.source,
                             f.quote, f.new_item) for f in _proposals_in(s, row, read)]


def _with_countries(read: JointVentureRead, key: str, name: str, direction: ItemDirection,
                    countries: list[str]) -> dict[str, object]:
    """The venture's data with `countries` added to the item `key` (appended when new)."""
    data = read.model_dump(exclude={"id", "version", "created_at", "updated_at", "archived_at"})
    items = data["items"]
    for item in items:
        if item_key(item["name"], item["direction"]) == key:
            item["countries"] = list(dict.fromkeys([*item["countries"], *countries]))
            break
    else:
        items.append({"name": name, "direction": direction, "codes": [], "countries": countries})
    return data


def _countries(raw: list[str]) -> list[str]:
    out, problems = [], []
    for text in raw:
        try:
            out.append(parse_jurisdiction(text))
        except ValueError as exc:
            problems.append(str(exc))
    if problems or not out:
        raise ValidationFailed([Issue("countries", Severity.ERROR, "; ".join(problems) or msg(
            "give at least one country (ISO 3166 alpha-2, e.g. CN)"))], "countries")
    return list(dict.fromkeys(out))


def record_countries(ctx: ServiceContext, venture_id: int, key: str, countries: list[str], *,
                     item_name: str = "", direction: ItemDirection | None = None) -> JointVentureRead:
    """The one-step fix of a needs-data finding: record the supplier or destination countries
    of one item (an item the activity text names is recorded with them). Audited as a change of
    the venture."""
    codes = _countries(countries)
    with ctx.db.session(write=True) as s:
        row, before = _venture(s, venture_id)
        known = {item_key(i.name, i.direction): i for i in before.items}
        if key not in known and (not item_name or direction is None):
            raise NotFound(msg("{venture} has no item {item!r}.", venture=before.name, item=key.partition(":")[2]))
        name = known[key].name if key in known else item_name
        d = known[key].direction if key in known else ItemDirection(direction)
        model = check_venture(_with_countries(before, key, name, d, codes))
        return save_venture_in(s, ctx, row, model, before)[0]


def decide_flow(ctx: ServiceContext, venture_id: int, key: str, country: str, confirm: bool) -> ProposedFlow:
    """Confirm (the country, or the item, is recorded on the venture) or reject (never proposed
    again) one inferred flow; both audited in the same transaction."""
    with ctx.db.session(write=True) as s:
        row, before = _venture(s, venture_id)
        match = [f for f in _proposals_in(s, row, before) if f.item_key == key and f.country == country]
        if not match:
            raise NotFound(msg("No such proposal (it may have been decided, or the activity text changed)."))
        f = match[0]
        if confirm:
            model = check_venture(_with_countries(before, key, f.item_name, f.direction,
                                                  [f.country] if f.country else []))
            save_venture_in(s, ctx, row, model, before)
        state = FlowState.CONFIRMED if confirm else FlowState.REJECTED
        decision = FlowDecision(venture_id=venture_id, item_key=key, item_name=f.item_name, country=country,
                                state=state.value, evidence=f"{f.source}: {f.quote}", actor=ctx.actor,
                                decided_at=ctx.now())
        s.add(decision)
        s.flush()
        proposal = ProposedFlow(venture_id, row.name, key, f.item_name, f.direction, country, f.source, f.quote,
                                f.new_item)
        audit.record(s, ctx, AuditAction.CREATE, ENTITY, decision.id, f"{row.name}: {proposal.text}",
                     {"state": [None, state.value], "evidence": [None, decision.evidence]})
        return proposal


@dataclass(frozen=True)
class Completeness:
    """How much of what screening needs a venture has recorded."""

    items: int
    with_countries: int
    proposals: int

    @property
    def text(self) -> str:
        if not self.items:
            return msg("No key items recorded: screening has nothing to compare.")
        # One wording for any count, as the English always read ("1 of 1 items"): a count of the register's items.
        if not self.proposals:
            return msg("{recorded} of {count} items have their supplier or destination countries recorded.",
                       recorded=self.with_countries, count=self.items)
        return msg("{recorded} of {count} items have their supplier or destination countries recorded; {flows} "
                   "flows read from its texts wait for a confirmation.", recorded=self.with_countries,
                   count=self.items, flows=self.proposals)


def completeness(ctx: ServiceContext, venture_id: int) -> Completeness:
    """The venture's data-completeness indicator."""
    with ctx.db.session() as s:
        row, read = _venture(s, venture_id)
        proposals = len(_proposals_in(s, row, read))
    return Completeness(len(read.items), sum(1 for i in read.items if i.countries), proposals)
