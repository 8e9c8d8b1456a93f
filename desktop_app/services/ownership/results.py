"""Every venture's ownership result on a date, rule by rule: what the briefing and the workbook show."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.models import JointVenture, Measure, Partner
from desktop_app.domain.ownership.aggregate import Edge, Holding, Status, Verdict, aggregate, explain, held_text
from desktop_app.domain.ownership.tree import chains
from desktop_app.domain.ownership.wording import LINE, LINES
from desktop_app.domain.phrase import Phrase, joined
from desktop_app.persistence.measure_repo import read_measures
from desktop_app.services.ownership.common import rule_statuses_on
from desktop_app.services.ownership.graph import entries_for, load_graph, statuses_on
from desktop_app.services.ownership.listings import RuleRead, listed_in, rules_in

_BASE = -(10**12)  # venture nodes sit below every party id and every unrecorded partner's negative id
_RANK = {Verdict.CAPTURED: 2, Verdict.UNKNOWN: 1, Verdict.NOT_CAPTURED: 0}


@dataclass(frozen=True)
class HeldResult:
    """One partner's (or, with `partner` empty, the whole venture's) result under one rule."""

    partner: str
    share: Decimal  # held by listed parties (a floor when `unknown`)
    unknown: bool
    verdict: Verdict
    line: str  # the party's own arithmetic in one line
    arithmetic: tuple[str, ...]  # every line behind it, owners first
    chains: tuple[str, ...]  # how listed parties reach it, top party first

    @property
    def held(self) -> str:
        return held_text(self.share, self.unknown, self.verdict)


@dataclass(frozen=True)
class VentureResult:
    """One venture under one rule on one date: the venture's and each partner's result."""

    venture_id: int
    venture: str
    rule: RuleRead
    status: MeasureStatus | None  # the rule's status on the date (None: not yet issued)
    whole: HeldResult
    partners: tuple[HeldResult, ...]

    @property
    def in_force(self) -> bool:
        return self.status is MeasureStatus.IN_FORCE

    @property
    def verdict(self) -> Verdict:
        """Captured when the venture or a partner is; unknown when one may be; else not captured."""
        return max((self.whole.verdict, *(p.verdict for p in self.partners)), key=_RANK.__getitem__)

    @property
    def decisive(self) -> HeldResult:
        """The result the verdict comes from: the first partner with it, else the venture as a whole
        (held through several partners, none of them captured alone)."""
        return next((p for p in self.partners if p.verdict is self.verdict), self.whole)

    @property
    def status_label(self) -> str:
        return self.status.label if self.status is not None else "not yet issued"


def _said(line: str, prefix: str) -> str:
    """The line without the party's name, keeping its facts for the reports."""
    if isinstance(line, Phrase) and line.template == LINE and line.startswith(prefix):
        said = line.facts["said"]
        return said if isinstance(said, str) else str(said)
    return line.removeprefix(prefix)


def _held(name: str, node: int, holdings: dict[int, Holding], owners: dict[int, list[Edge]],
          statuses: dict[int, Status], names: dict[int, str]) -> HeldResult:
    h = holdings[node]
    prefix = f"{names.get(node, f'party {node}')}: "  # each of the party's own lines starts with its name
    own = [_said(line, prefix) for line in h.lines]
    quiet = h.verdict is Verdict.NOT_CAPTURED and not h.share
    return HeldResult(name, h.share, h.unknown, h.verdict, joined(own, LINES),
                      () if quiet else tuple(explain(node, holdings, owners)),
                      () if quiet else tuple(chains(node, owners, holdings, statuses, names)))


def results_on(s: Session, day: date, venture_ids: Collection[int] | None = None) -> list[VentureResult]:
    """For every rule with a threshold and listed parties to draw on, every live venture's result
    on `day` (only `venture_ids` when given), ordered by rule reference then venture name. The
    register is read once: one graph, one as-of read for the rules' own status."""
    listed = listed_in(s)
    if not listed:
        return []
    live = list(s.exec(select(Measure).where(col(Measure.archived_at).is_(None)).order_by(col(Measure.reference_key))))
    rules = [(r, entries) for r in rules_in(s, live) if (entries := entries_for(r, listed))]
    if not rules:
        return []
    by_id = {m.id: m for m in live}
    states = rule_statuses_on(s, read_measures(s, [by_id[r.measure_id] for r, _e in rules]), day)
    query = select(JointVenture.id, JointVenture.name).where(col(JointVenture.archived_at).is_(None))
    if venture_ids is not None:
        query = query.where(col(JointVenture.id).in_(list(venture_ids)))
    ventures = list(s.exec(query.order_by(col(JointVenture.name_key), col(JointVenture.id))))
    g = load_graph(s)
    owners: dict[int, list[Edge]] = dict(g.owners)
    partners: dict[int, list[tuple[int, str]]] = defaultdict(list)
    ids = [v for v, _n in ventures]
    for vid, name, country, share in s.exec(
            select(Partner.venture_id, Partner.name, Partner.country, Partner.share)
            .where(col(Partner.venture_id).in_(ids)).order_by(col(Partner.venture_id), col(Partner.position))):
        node = g.party_of(name, country)
        owners.setdefault(_BASE - vid, []).append(Edge(node, share))
        partners[vid].append((node, name))
    for vid, name in ventures:
        g.names[_BASE - vid] = name
        owners.setdefault(_BASE - vid, [])
    roots = [_BASE - v for v in ids]
    out: list[VentureResult] = []
    for rule, entries in rules:
        found = statuses_on(g, owners, roots, entries, day)
        listed_now = {p: st for p, st in found.by_party.items() if p > _BASE}  # a venture is no party
        holdings = aggregate(roots, owners, listed_now, g.names, rule.threshold)
        for vid, name in ventures:
            args = (holdings, owners, listed_now, g.names)
            out.append(VentureResult(vid, name, rule, states[rule.measure_id], _held("", _BASE - vid, *args),
                                     tuple(_held(p, node, *args) for node, p in dict.fromkeys(partners[vid]))))
    return out
