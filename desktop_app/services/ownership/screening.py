"""Ownership findings for screening: every rule with a threshold against the ventures screened."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date

from sqlmodel import Session, col, select

from desktop_app.domain.matching.exposure import Match
from desktop_app.domain.models import Measure, Partner
from desktop_app.domain.ownership.aggregate import Edge, aggregate
from desktop_app.domain.ownership.findings import content_match, ownership_match
from desktop_app.persistence.measure_repo import read_measures
from desktop_app.services.ownership.common import rule_statuses_on
from desktop_app.services.ownership.content import ContentCheck, checks_in
from desktop_app.services.ownership.graph import entries_for, load_graph, statuses_on
from desktop_app.services.ownership.listings import ListedRead, RuleRead, listed_in, rules_in

# Venture nodes sit below every party id and every unrecorded partner's negative id.
_BASE = -(10**12)


class OwnershipScreen:
    """The ownership graph of the ventures screened, read once; findings per rule on `day`."""

    def __init__(self, s: Session, venture_ids: Collection[int], day: date) -> None:
        self.s, self.day = s, day
        self.graph = load_graph(s)
        self.listed: list[ListedRead] = listed_in(s)
        self.owners: dict[int, list[Edge]] = dict(self.graph.owners)
        self.partners: dict[int, list[tuple[int, str]]] = defaultdict(list)
        self.rules: dict[int, RuleRead] = {}
        self.content: dict[int, list[ContentCheck]] = {}
        self.notes: dict[int, str] = {}  # measure id -> the rule's status on `day`, when not in force
        ids = list(venture_ids)
        self.partners_of = ids
        for vid, name, country, share in s.exec(
                select(Partner.venture_id, Partner.name, Partner.country, Partner.share)
                .where(col(Partner.venture_id).in_(ids)).order_by(col(Partner.venture_id), col(Partner.position))):
            node = self.graph.party_of(name, country)
            self.owners.setdefault(_BASE - vid, []).append(Edge(node, share))
            self.partners[vid].append((node, name))

    def prepare(self, measures: list[Measure]) -> None:
        """Read the ownership rules (recorded, or a listing's default) and content checks of a
        page, and the status on the day of the page's rules: the as-of layer is read once a page."""
        self.rules = {r.measure_id: r for r in rules_in(self.s, measures)} if self.listed else {}
        self.content: dict[int, list[ContentCheck]] = defaultdict(list)
        for c in checks_in(self.s, measures, list(self.partners_of)):
            self.content[c.measure_id].append(c)
        wanted = [m for m in measures if (m.id in self.rules or m.id in self.content) and m.id not in self.notes]
        if wanted:
            for mid, status in rule_statuses_on(self.s, read_measures(self.s, wanted), self.day).items():
                self.notes[mid] = "" if status is None or status.value == "in_force" else \
                    f"the rule is {status.label} on {self.day.isoformat()}"

    def _note(self, measure: Measure) -> str:
        return self.notes.get(measure.id or 0, "")

    def matches(self, measure: Measure, rule: RuleRead, names: dict[int, str]) -> list[Match]:
        entries = entries_for(rule, self.listed)
        if not entries or not self.partners:
            return []
        roots = [_BASE - vid for vid in self.partners]
        for vid in self.partners:
            self.graph.names[_BASE - vid] = names.get(vid, f"venture {vid}")
        found = statuses_on(self.graph, self.owners, roots, entries, self.day)
        holdings = aggregate(roots, self.owners, found.by_party, self.graph.names, rule.threshold)
        note = self._note(measure)
        out: list[Match] = []
        for vid, partners in self.partners.items():
            for node, name in dict.fromkeys(partners):
                m = ownership_match(measure.id or 0, measure.reference, vid, node, name, holdings[node], rule.threshold,
                                    self.owners, holdings, found.by_party, self.graph.names, note)
                if m is not None:
                    out.append(m)
            venture = holdings[_BASE - vid]
            if venture.counts_in_full and not any(holdings[n].counts_in_full for n, _ in partners):
                m = ownership_match(measure.id or 0, measure.reference, vid, _BASE - vid, names.get(vid, ""), venture,
                                    rule.threshold, self.owners, holdings, found.by_party, self.graph.names, note,
                                    whole_venture=True)
                out.extend([m] if m is not None else [])
        return out

    def adjust(self, measure: Measure, found: list[Match], names: dict[int, str]) -> list[Match]:
        """`found` with its partner matches replaced by ownership's when the measure's rule has
        listed parties to draw on (a listing without any keeps matching its entries' names),
        and products its de minimis rule captures (or may) added."""
        rule = self.rules.get(measure.id or 0)
        if rule is not None and entries_for(rule, self.listed):
            found = [f for f in found if not f.item_key.startswith("partner:")] + self.matches(measure, rule, names)
        checks = self.content.get(measure.id or 0)
        if checks:
            note = self._note(measure)
            found = found + [m for c in checks if (m := content_match(
                measure.id or 0, measure.reference, c.venture_id, c.result, "de minimis rule", note)) is not None]
        return found
