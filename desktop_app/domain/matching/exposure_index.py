"""Matching many measures against many ventures: the brute-force reference and the item index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from desktop_app.domain.matching.codes import CodeKey, code_key, index_keys
from desktop_app.domain.matching.direction import Router
from desktop_app.domain.matching.exposure import Match, content_hits, evaluate, party_matches
from desktop_app.domain.matching.profiles import (
    ANY,
    EXPORT,
    IMPORT,
    PARTY,
    TECHNOLOGY,
    MeasureProfile,
    VentureProfile,
)
from desktop_app.domain.matching.stages import NOT_GOODS
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary
from desktop_app.domain.matching.words import WILDCARD

Ref = tuple[int, int]  # (venture index, item index)


def router_for(m: MeasureProfile, v: ScreeningVocabulary) -> Router:
    return Router(m, v, lambda o: bool(content_hits(m, o, v)))


def match_brute_force(measures: Iterable[MeasureProfile], ventures: Iterable[VentureProfile],
                      vocabulary: ScreeningVocabulary) -> list[Match]:
    """The reference: every measure against every item (and partner) of every venture."""
    ventures = list(ventures)
    out: list[Match] = []
    for m in measures:
        router = router_for(m, vocabulary)
        for v in ventures:
            out.extend(f for item in v.items if (f := evaluate(m, v, item, vocabulary, router)) is not None)
        for v in ventures:
            out.extend(party_matches(m, v, vocabulary))
    return out


def may_reach(m: MeasureProfile, router: Router, home: str, inbound: bool, technology: bool) -> bool:
    """False where no rule of the measure can reach an item of this direction at a venture in
    `home`, whatever the item's countries: a test asked once per (country, direction) instead
    of once per item (most candidates of a large register are turned away here)."""
    inside, targeted = router.inside(home), router.targeted(home)
    for flow in m.flows:
        if flow in (EXPORT, TECHNOLOGY):
            if flow == TECHNOLOGY and not technology:
                continue
            if (not inside and targeted) if inbound else inside:
                return True
        elif flow == IMPORT:
            if not technology and (inside if inbound else not inside and targeted):
                return True
        elif flow == ANY:
            if home not in m.shielded:
                return True
        elif flow != PARTY and not inside:
            return True
    return False


class ExposureIndex:
    """Venture items filed by code (every prefix of a digit code, every level of a dotted
    control number), by vocabulary term (and every broader term), and by word for names no
    term describes, so that a measure meets only the items it could cover."""

    def __init__(self, ventures: Iterable[VentureProfile], vocabulary: ScreeningVocabulary) -> None:
        self.ventures = list(ventures)
        self.vocabulary = vocabulary
        tax = vocabulary.taxonomy
        self._codes: dict[CodeKey, list[Ref]] = defaultdict(list)
        self._concepts: dict[str, list[Ref]] = defaultdict(list)
        self._postings: dict[str, list[Ref]] = defaultdict(list)  # word -> unnamed items with it
        self._keyed: dict[str, list[Ref]] = defaultdict(list)  # rarest word -> unnamed items
        self._goods: list[Ref] = []
        self._partners: list[int] = [vi for vi, v in enumerate(self.ventures) if v.partners]
        for vi, v in enumerate(self.ventures):
            for ii, item in enumerate(v.items):
                ref = (vi, ii)
                for key in {k for ck in item.code_keys for k in index_keys(ck)}:
                    self._codes[key].append(ref)
                for c in {a for d in item.concepts for a in (d, *tax.ancestors(d))}:
                    self._concepts[c].append(ref)
                if not item.concepts:
                    for term in item.terms:
                        self._postings[term].append(ref)
                if item.stage.value not in NOT_GOODS:
                    self._goods.append(ref)
        for vi, v in enumerate(self.ventures):
            for ii, item in enumerate(v.items):
                if item.terms and not item.concepts:  # an item named inside an entry has its rarest word there
                    self._keyed[self._rarest(item.terms)].append((vi, ii))

    def _rarest(self, terms: frozenset[str]) -> str:
        return min(terms, key=lambda t: (len(self._postings.get(t, ())), t))

    def candidates(self, m: MeasureProfile) -> set[Ref]:
        found: set[Ref] = set()
        keys: list[CodeKey] = [k for _, k in m.shared_codes]
        for e in m.entries:
            keys.extend(e.code_keys)
            keys.extend(code_key(eq.code) for c in e.codes for eq in self.vocabulary.crosswalk.equivalents(c))
            for c in e.concepts | e.subject:
                found.update(self._concepts.get(c, ()))
            if WILDCARD in e.terms:
                found.update(self._goods)
            if e.concepts:
                continue
            words_ = e.terms - {WILDCARD}
            if words_:
                for term in words_:  # unnamed items whose words all appear in the entry
                    found.update(self._keyed.get(term, ()))
                # unnamed items containing all the entry's words: all of them hold its rarest one
                found.update(self._postings.get(self._rarest(words_), ()))
        for key in keys:
            found.update(self._codes.get(key, ()))
        return found

    def match(self, m: MeasureProfile) -> list[Match]:
        ventures, v = self.ventures, self.vocabulary
        router = router_for(m, v)
        gate: dict[tuple[str, bool, bool], bool] = {}
        kept: list[Ref] = []
        for ref in self.candidates(m):
            venture = ventures[ref[0]]
            item = venture.items[ref[1]]
            key = (venture.country, item.inbound, item.technology)
            allowed = gate.get(key)
            if allowed is None:
                allowed = gate[key] = may_reach(m, router, *key)
            if allowed:
                kept.append(ref)
        kept.sort()
        out: list[Match] = []
        for vi, ii in kept:
            venture = ventures[vi]
            found = evaluate(m, venture, venture.items[ii], v, router)
            if found is not None:
                out.append(found)
        if PARTY in m.flows:
            for vi in self._partners:
                out.extend(party_matches(m, ventures[vi], v))
        return out

    def match_all(self, measures: Iterable[MeasureProfile]) -> list[Match]:
        return [found for m in measures for found in self.match(m)]
