"""Who a rule captures on a date: a venture's partners and the venture, with the arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.errors import NotFound
from desktop_app.domain.models import JointVenture, Measure, Partner
from desktop_app.domain.ownership.aggregate import Edge, Holding, Status, aggregate, explain
from desktop_app.domain.ownership.listing import Possible
from desktop_app.persistence.measure_repo import read_measures
from desktop_app.persistence.venture_repo import find_by_name
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership.common import measure_row, rule_statuses_on
from desktop_app.services.ownership.graph import VENTURE, Graph, entries_for, load_graph, statuses_on
from desktop_app.services.ownership.listings import ListedRead, RuleRead, listed_in, rules_in
from desktop_app.system.message_language import msg

APPLYING = frozenset({MeasureStatus.IN_FORCE})


@dataclass(frozen=True)
class RuleOutcome:
    """One rule against one venture on one date."""

    rule: RuleRead
    title: str
    status: MeasureStatus | None  # the rule's status on the date (None: not yet issued)
    venture: Holding
    partners: tuple[tuple[int, str, Decimal | None, Holding], ...]  # (party node, name, share, holding)
    holdings: dict[int, Holding]
    statuses: dict[int, Status]
    possible: tuple[Possible, ...]
    owners: dict[int, list[Edge]]

    @property
    def applies(self) -> bool:
        return self.status in APPLYING

    def arithmetic(self, node: int = VENTURE) -> list[str]:
        return explain(node, self.holdings, self.owners)


@dataclass(frozen=True)
class VentureOwnership:
    venture_id: int
    venture: str
    day: date
    graph: Graph
    owners: dict[int, list[Edge]]
    partners: tuple[tuple[int, str, Decimal | None], ...]
    outcomes: tuple[RuleOutcome, ...]


def _rules(s: Session, rule: str | int | None) -> tuple[list[RuleRead], dict[int, Measure]]:
    if rule is not None:
        rows = [measure_row(s, rule)]
    else:
        rows = list(s.exec(select(Measure).where(col(Measure.archived_at).is_(None)).order_by(
            col(Measure.reference_key))))
    rules = rules_in(s, rows)
    if rule is not None and not rules:
        raise NotFound(msg("{reference} has no ownership threshold: it is not a party listing and none was "
                           "recorded (export-risk ownership threshold).", reference=rows[0].reference))
    return rules, {m.id or 0: m for m in rows}


def outcome(g: Graph, owners: dict[int, list[Edge]], partners: list[tuple[int, str, Decimal | None]],
            rule: RuleRead, measure: Measure, listed: list[ListedRead], day: date,
            status: MeasureStatus | None) -> RuleOutcome:
    """One rule against the venture whose graph is `owners`; `status`: the rule's on `day`."""
    entries = entries_for(rule, listed)
    found = statuses_on(g, owners, [VENTURE], entries, day)
    holdings = aggregate([VENTURE], owners, found.by_party, g.names, rule.threshold)
    return RuleOutcome(rule, measure.title, status, holdings[VENTURE],
                       tuple((p, n, sh, holdings[p]) for p, n, sh in partners), holdings, found.by_party,
                       tuple(found.possible), owners)


def venture_ownership(ctx: ServiceContext, venture: str | int, *, day: date | None = None,
                      rule: str | int | None = None) -> VentureOwnership:
    """The venture's ownership tree and, for every rule with a threshold (or `rule` only), the
    share of each partner and of the venture held by listed parties on `day` (default today)."""
    day = day or ctx.today()
    with ctx.db.session() as s:
        row = s.get(JointVenture, venture) if isinstance(venture, int) else find_by_name(s, venture)
        if row is None or row.archived_at is not None:
            raise NotFound(msg("No joint venture {name!r}.", name=venture))
        g = load_graph(s)
        raw = list(s.exec(select(Partner.name, Partner.country, Partner.share)
                          .where(Partner.venture_id == row.id).order_by(col(Partner.position))))
        owners = g.with_venture(row.name, raw)
        partners = [(e.owner, name, share) for e, (name, _c, share) in zip(owners[VENTURE], raw, strict=True)]
        rules, measures = _rules(s, rule)
        listed = listed_in(s)
        # The rules' status on the day: the as-of layer read once for all of them.
        states = rule_statuses_on(s, read_measures(s, [measures[r.measure_id] for r in rules]), day)
        outcomes = tuple(outcome(g, owners, partners, r, measures[r.measure_id], listed, day, states[r.measure_id])
                         for r in rules)
        return VentureOwnership(row.id or 0, row.name, day, g, owners, tuple(partners), outcomes)
