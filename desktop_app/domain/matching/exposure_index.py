"""Matching many measures against many ventures: the brute-force reference and the item index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from desktop_app.domain.enums import ItemDirection
from desktop_app.domain.matching.exposure import (
    TECHNOLOGY_DIRECTIONS,
    WILDCARD,
    Match,
    MeasureProfile,
    VentureProfile,
    evaluate,
    may_flow,
)


def match_brute_force(measures: Iterable[MeasureProfile], ventures: Iterable[VentureProfile]) -> list[Match]:
    """The reference: every measure against every item of every venture."""
    ventures = list(ventures)
    return [found for m in measures for v in ventures for item in v.items
            if (found := evaluate(m, v, item)) is not None]


class ExposureIndex:
    """Venture items indexed by code prefix, exact code and word, so a measure meets only the
    items it could cover instead of every item of every venture."""

    def __init__(self, ventures: Iterable[VentureProfile]) -> None:
        self.ventures = list(ventures)
        self._prefix: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._exact: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._postings: dict[str, list[tuple[int, int]]] = defaultdict(list)  # word -> items with it
        self._keyed: dict[str, list[tuple[int, int]]] = defaultdict(list)  # rarest word -> items
        self._goods: list[tuple[int, int]] = []
        for vi, v in enumerate(self.ventures):
            for ii, item in enumerate(v.items):
                ref = (vi, ii)
                for tree, key in set(item.code_keys):
                    if tree:
                        for n in range(1, len(key) + 1):
                            self._prefix[key[:n]].append(ref)
                    else:
                        self._exact[key].append(ref)
                for term in item.terms:
                    self._postings[term].append(ref)
                if item.direction not in TECHNOLOGY_DIRECTIONS:
                    self._goods.append(ref)
        for vi, v in enumerate(self.ventures):
            for ii, item in enumerate(v.items):
                if item.terms:  # an item named inside an entry has its rarest word there too
                    self._keyed[self._rarest(item.terms)].append((vi, ii))

    def _rarest(self, terms: frozenset[str]) -> str:
        return min(terms, key=lambda t: (len(self._postings.get(t, ())), t))

    def candidates(self, m: MeasureProfile) -> set[tuple[int, int]]:
        found: set[tuple[int, int]] = set()
        for entry in m.entries:
            for tree, key in entry.code_keys:
                found.update((self._prefix if tree else self._exact).get(key, ()))
            if WILDCARD in entry.terms:
                found.update(self._goods)
            words_ = entry.terms - {WILDCARD}
            if words_:
                for term in words_:  # items whose words all appear in the entry
                    found.update(self._keyed.get(term, ()))
                # items containing all the entry's words: all of them hold its rarest one
                found.update(self._postings.get(self._rarest(words_), ()))
        return found

    def match(self, m: MeasureProfile) -> list[Match]:
        ventures = self.ventures
        gate: dict[tuple[str, ItemDirection], bool] = {}
        kept: list[tuple[int, int]] = []
        out: list[Match] = []
        for ref in self.candidates(m):
            v = ventures[ref[0]]
            key = (v.country, v.items[ref[1]].direction)
            allowed = gate.get(key)
            if allowed is None:
                allowed = gate[key] = may_flow(m, *key)
            if allowed:
                kept.append(ref)
        kept.sort()
        for vi, ii in kept:
            v = ventures[vi]
            found = evaluate(m, v, v.items[ii])
            if found is not None:
                out.append(found)
        return out

    def match_all(self, measures: Iterable[MeasureProfile]) -> list[Match]:
        return [found for m in measures for found in self.match(m)]
