"""The register's ownership graph as the arithmetic reads it: parties, owners, listings, verdicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlmodel import Session, select

from desktop_app.domain.models import Party, PartyMatch, PartyOwner
from desktop_app.domain.ownership.aggregate import Edge, Status, order
from desktop_app.domain.ownership.listing import Entry, Possible, listing_on
from desktop_app.domain.text import normalize_key, split_list
from desktop_app.services.ownership.listings import ListedRead, RuleRead

VENTURE = 0  # the venture's own node: party ids start at 1


@dataclass
class Graph:
    """Every party and ownership edge; partners not recorded as parties get negative ids."""

    names: dict[int, str] = field(default_factory=dict)
    countries: dict[int, str] = field(default_factory=dict)
    aliases: dict[int, tuple[str, ...]] = field(default_factory=dict)
    owners: dict[int, list[Edge]] = field(default_factory=lambda: defaultdict(list))
    keys: dict[tuple[str, str], int] = field(default_factory=dict)
    decisions: dict[int, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))

    def party_of(self, name: str, country: str) -> int:
        """The party a partner is (same normalised name and country); a new node when none is."""
        key = (normalize_key(name), country or "")
        found = self.keys.get(key)
        if found is None:
            found = -(len([k for k in self.names if k < 0]) + 1)
            self.names[found], self.countries[found], self.aliases[found] = name, country or "", ()
            self.keys[key] = found
        return found

    def with_venture(self, name: str, partners: Iterable[tuple[str, str, Decimal | None]]) -> dict[int, list[Edge]]:
        """The owners map with the venture as a node owned by its partners."""
        edges = [Edge(self.party_of(p, c), share) for p, c, share in partners]
        self.names[VENTURE] = name
        out = dict(self.owners)
        out[VENTURE] = edges
        return out


def load_graph(s: Session) -> Graph:
    g = Graph()
    for pid, name, country, aliases, key in s.exec(select(Party.id, Party.name, Party.country, Party.aliases,
                                                          Party.name_key)):
        g.names[pid], g.countries[pid], g.aliases[pid] = name, country, tuple(split_list(aliases))
        g.keys[(key, country)] = pid
    for owned, owner, share in s.exec(select(PartyOwner.owned_id, PartyOwner.owner_id, PartyOwner.share)
                                      .order_by(PartyOwner.id)):
        g.owners[owned].append(Edge(owner, share))
    for party, listed, state in s.exec(select(PartyMatch.party_id, PartyMatch.listed_party_id, PartyMatch.state)):
        g.decisions[party][listed] = state
    return g


def entries_for(rule: RuleRead, listed: Iterable[ListedRead]) -> list[Entry]:
    """The listed parties a rule draws on: its own, or those of the lists it names (any measure)."""
    lists = {normalize_key(n) for n in rule.lists}
    chosen = [r for r in listed if (normalize_key(r.list_name) in lists if lists else r.measure_id == rule.measure_id)]
    return [Entry(r.id, r.names, r.country, r.list_name, r.measure_reference, r.listed_from, r.listed_until)
            for r in chosen]


@dataclass(frozen=True)
class Statuses:
    by_party: dict[int, Status]
    possible: list[Possible]


def statuses_on(g: Graph, owners: dict[int, list[Edge]], roots: list[int], entries: list[Entry],
                day: date) -> Statuses:
    """The listing status on `day` of every party above `roots`."""
    out: dict[int, Status] = {}
    possible: list[Possible] = []
    if not entries:
        return Statuses(out, possible)
    for p in order(roots, owners, g.names):
        if p == VENTURE:
            continue
        status, near = listing_on((g.names[p], *g.aliases.get(p, ())), g.countries.get(p, ""), entries,
                                  g.decisions.get(p, {}), day)
        out[p] = status
        possible.extend(near)
    return Statuses(out, possible)
