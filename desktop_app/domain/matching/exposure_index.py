"""Matching many measures against many ventures: the brute-force reference and the item index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from desktop_app.domain.matching import stages as st
from desktop_app.domain.matching.codes import CodeKey, index_keys
from desktop_app.domain.matching.direction import Router
from desktop_app.domain.matching.exposure import Match, content_hits, evaluate, party_matches
from desktop_app.domain.matching.profiles import (
    ANY,
    EXPORT,
    IMPORT,
    PARTY,
    TECHNOLOGY,
    KeyItem,
    MeasureProfile,
    VentureProfile,
)
from desktop_app.domain.matching.stages import NOT_GOODS
from desktop_app.domain.matching.vocabulary import CONTAINS, REEXPORT, ScreeningVocabulary
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
    control number), by vocabulary term (and every broader term) and stage, and by word, so
    that a measure meets only the items it could cover."""

    def __init__(self, ventures: Iterable[VentureProfile], vocabulary: ScreeningVocabulary) -> None:
        self.ventures = list(ventures)
        self.vocabulary = vocabulary
        tax = vocabulary.taxonomy
        self._codes: dict[CodeKey, list[Ref]] = defaultdict(list)
        # term -> stage -> items naming it or a narrower term
        self._concepts: dict[str, dict[st.Stage, list[Ref]]] = defaultdict(lambda: defaultdict(list))
        self._named: dict[str, set[Ref]] = defaultdict(set)  # the same, as one set per term
        self._words: dict[str, set[Ref]] = defaultdict(set)  # word -> every item with it
        # word -> stage -> unnamed items (no vocabulary term) with it; rarest word -> the same
        self._postings: dict[str, dict[st.Stage, list[Ref]]] = defaultdict(lambda: defaultdict(list))
        self._keyed: dict[str, dict[st.Stage, list[Ref]]] = defaultdict(lambda: defaultdict(list))
        self._goods: list[Ref] = []
        self._partners: list[int] = [vi for vi, v in enumerate(self.ventures) if v.partners]
        for vi, v in enumerate(self.ventures):
            for ii, item in enumerate(v.items):
                ref = (vi, ii)
                for key in {k for ck in item.code_keys for k in index_keys(ck)}:
                    self._codes[key].append(ref)
                for c in {a for d in item.concepts for a in (d, *tax.ancestors(d))}:
                    self._concepts[c][item.stage].append(ref)
                    self._named[c].add(ref)
                for term in item.terms:
                    self._words[term].add(ref)
                    if not item.concepts:
                        self._postings[term][item.stage].append(ref)
                if item.stage.value not in NOT_GOODS:
                    self._goods.append(ref)
        self._size = {c: len(refs) for c, refs in self._named.items()}
        self._counts = {t: sum(map(len, by_stage.values())) for t, by_stage in self._postings.items()}
        for vi, v in enumerate(self.ventures):
            for ii, item in enumerate(v.items):
                if item.terms and not item.concepts:  # an item named inside an entry has its rarest word there
                    self._keyed[self._rarest(item.terms)][item.stage].append((vi, ii))

    def _rarest(self, terms: frozenset[str]) -> str:
        return min(terms, key=lambda t: (self._counts.get(t, 0), t))

    def _item(self, ref: Ref) -> KeyItem:
        return self.ventures[ref[0]].items[ref[1]]

    @staticmethod
    def _at_stages(found: set[Ref], by_stage: dict[st.Stage, list[Ref]] | None, reach: frozenset[str]) -> None:
        for stage, refs in (by_stage or {}).items():
            if st.compatible(reach, stage):
                found.update(refs)

    def _group(self, found: set[Ref], group: tuple[tuple[str, frozenset[str], frozenset[str]], ...]) -> None:
        """The items of a group's rarest term, at the stages it reaches; an entry's own words
        (`fatelaium precursor`) are looked up by word first, then checked against the term."""
        c, reach, needs = min(group, key=lambda t: self._size.get(t[0], 0))
        others = [self._named.get(o, set()) for o, _, _ in group if o != c]
        if not needs and not others:
            self._at_stages(found, self._concepts.get(c), reach)
            return
        named = self._named.get(c, set())
        pool: set[Ref] = named
        if needs:
            word = min(needs, key=lambda w: (len(self._words.get(w, ())), w))
            pool = self._words.get(word, set()) & named
        for other in others:  # terms written together: an item must be a kind of each
            pool = pool & other
        for ref in pool:
            item = self._item(ref)
            if needs <= item.terms and st.compatible(reach, item.stage):
                found.add(ref)

    def candidates(self, m: MeasureProfile) -> set[Ref]:
        found: set[Ref] = set()
        keys: list[CodeKey] = [k for _, k in m.shared_codes]
        for e in m.entries:
            keys.extend(e.code_keys)
            keys.extend(key for _, key, _ in e.equivalents)
            for group in e.reach:
                self._group(found, group)
            if WILDCARD in e.terms:
                found.update(self._goods)
            if e.concepts:
                continue
            words_ = e.terms - {WILDCARD}
            if words_:
                for term in words_:  # unnamed items whose words all appear in the entry
                    for stage, refs in self._keyed.get(term, {}).items():
                        if st.compatible(e.stages, stage):
                            found.update(ref for ref in refs if self._item(ref).terms <= words_)
                # unnamed items containing all the entry's words: those of its rarest word that
                # hold the others too
                pool: set[Ref] = set()
                self._at_stages(pool, self._postings.get(self._rarest(words_)), e.stages)
                for term in words_:
                    pool &= self._words.get(term, set())
                found |= pool
        for key in keys:
            found.update(self._codes.get(key, ()))
        return found

    def match(self, m: MeasureProfile) -> list[Match]:
        ventures, v = self.ventures, self.vocabulary
        router = router_for(m, v)
        gate: dict[tuple[str, bool, bool], bool] = {}
        # Whether the direction reaches an item depends, for most rules, only on the venture's
        # country and the item's direction, kind and countries: decided once per such key.
        # Rules on goods passed on from abroad also look at the venture's other items.
        reusable = not m.flows & {REEXPORT, CONTAINS}
        verdicts: dict[tuple[str, tuple[object, ...]], bool] = {}
        kept: list[Ref] = []
        for ref in self.candidates(m):
            venture = ventures[ref[0]]
            item = venture.items[ref[1]]
            key = (venture.country, item.inbound, item.technology)
            allowed = gate.get(key)
            if allowed is None:
                allowed = gate[key] = may_reach(m, router, *key)
            if not allowed:
                continue
            if reusable:
                place = (venture.country, item.place)
                reaches = verdicts.get(place)
                if reaches is None:
                    reaches = verdicts[place] = router.route(venture, item) is not None
                if not reaches:
                    continue
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
