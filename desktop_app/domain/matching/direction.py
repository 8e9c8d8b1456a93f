"""Which way a measure acts, and whether it reaches an item: recorded, inferred or missing countries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.domain.enums import MeasureType
from desktop_app.domain.matching import route_words as w
from desktop_app.domain.matching.profiles import (
    ANY,
    EXPORT,
    IMPORT,
    TECHNOLOGY,
    Evidence,
    KeyItem,
    MeasureProfile,
    VentureProfile,
)
from desktop_app.domain.matching.vocabulary import CONTAINS, FDP, REEXPORT, ScreeningVocabulary
from desktop_app.domain.phrase import Phrase, Term, joined, term

EXPOSURE, NEEDS_DATA = "exposure", "needs-data"
HIGH, MEDIUM, LOW = "high", "medium", "low"
# What a needs-data finding asks to record (a Term: the window and reports show it in their language).
SUPPLIERS, DESTINATIONS = term("supplier countries"), term("destinations")
PRODUCT_DESTINATIONS = term("destinations of its products")


@dataclass(frozen=True)
class Route:
    """Why the measure's direction reaches an item, or which countries would decide it. The
    sentence is written only when asked for: most candidates are turned away by what is
    controlled, after the direction."""

    kind: str  # EXPOSURE or NEEDS_DATA
    render: Callable[[], str] = field(compare=False, repr=False)
    confidence: str = HIGH
    missing: str = ""  # what to record when kind is NEEDS_DATA
    inferred: bool = False  # a country the route depends on was read from words, not recorded

    @cached_property
    def text(self) -> str:
        return self.render()


class Router:
    """The direction rules for one measure (docs/screening.md has them as a table)."""

    def __init__(self, m: MeasureProfile, v: ScreeningVocabulary, covered: Callable[[KeyItem], bool]) -> None:
        self.m, self.v, self.covered = m, v, covered
        self._within: dict[str, tuple[bool, bool]] = {}  # country -> (inside the issuer, targeted)
        self._flows = sorted(m.flows)

    @cached_property
    def issuer(self) -> str:
        return self.v.countries([self.m.jurisdiction])

    @cached_property
    def measure(self) -> str:
        return w.possessive(self.issuer, w.MEASURE, w.MEASURE_S, kind=Term(self.m.kind.label))

    @cached_property
    def scope(self) -> str:
        m, v = self.m, self.v
        scope = w.ANY_DESTINATION if not m.targets else v.countries(sorted(m.targets))
        return Phrase(w.EXCEPT, scope=scope, excluded=v.countries(sorted(m.excluded))) if m.excluded else scope

    def lead(self, flow: str) -> str:
        """The measure's reach in one clause, for each kind of rule."""
        facts = {"measure": self.measure, "scope": self.scope}
        if flow == IMPORT:
            return Phrase(w.IMPORT, issuer=self.issuer, **facts)
        if flow == FDP:
            return Phrase(w.FDP, issuer=self.issuer, **facts)
        if flow == REEXPORT:
            return w.possessive(self.issuer, w.REEXPORT, w.REEXPORT_S, **facts)
        if flow == CONTAINS:
            return w.possessive(self.issuer, w.CONTAINS, w.CONTAINS_S, **facts)
        if self.m.kind is MeasureType.SUSPENSION:
            return Phrase(w.RELIEVES, issuer=self.issuer, **facts)
        return Phrase(w.LEAVES, issuer=self.issuer, **facts)

    def home(self, v: VentureProfile) -> str:
        return Phrase(w.HOME, country=self.v.countries([v.country]))

    # -- countries --------------------------------------------------------------------------
    def _place(self, c: str) -> tuple[bool, bool]:
        found = self._within.get(c)
        if found is None:
            members = self.v.expand(c)  # a group (EU) counts through its members
            found = self._within[c] = (any(x in self.m.area for x in members),
                                       any(self.m.targeted(x) for x in members))
        return found

    def inside(self, c: str) -> bool:
        return self._place(c)[0]

    def targeted(self, c: str) -> bool:
        return self._place(c)[1]

    def known(self, item: KeyItem) -> tuple[tuple[str, ...], Evidence | None]:
        """(the item's countries, and the first evidence when they were read from words)."""
        if item.countries:
            return item.countries, None
        if not item.inferred:
            return (), None
        return tuple(dict.fromkeys(e.country for e in item.inferred)), item.inferred[0]

    @staticmethod
    def note(evidence: Evidence | None) -> str:
        if evidence is None:
            return ""
        where = w.SOURCES.get(evidence.source, evidence.source)
        said = w.READ_FROM if evidence.source == "partner" else w.READ_FROM_QUOTED
        return Phrase(said, where=where, quote=evidence.quote)

    def _found(self, text: Callable[[], str], *evidence: Evidence | None) -> Route:
        inferred = any(e is not None for e in evidence)
        return Route(EXPOSURE, lambda: Phrase(w.FOUND, reach=text(), notes=joined(self.note(e) for e in evidence)),
                     MEDIUM if inferred else HIGH, inferred=inferred)

    def _missing(self, text: Callable[[], str], what: str) -> Route:
        return Route(NEEDS_DATA, text, MEDIUM, what)

    # -- rules ------------------------------------------------------------------------------
    def route(self, v: VentureProfile, item: KeyItem) -> Route | None:
        """The best reason the measure reaches the item: an exposure before a needs-data
        finding, recorded countries before inferred ones; None when it cannot reach it."""
        found = [r for r in (self._one(flow, v, item) for flow in self._flows) if r is not None]
        if not found:
            return None
        return min(found, key=lambda r: (r.kind != EXPOSURE, r.confidence != HIGH))

    def _one(self, flow: str, v: VentureProfile, item: KeyItem) -> Route | None:
        if flow in (EXPORT, TECHNOLOGY):
            if flow == TECHNOLOGY and not item.technology:
                return None
            return self._export(flow, v, item)
        if flow == IMPORT:
            return None if item.technology else self._import(v, item)
        if flow == ANY:
            return self._any(v, item)
        if self.inside(v.country):
            return None  # a rule on goods abroad never reaches a plant inside the issuing country
        if flow == FDP:
            return self._foreign_made(v, item)
        if flow in (REEXPORT, CONTAINS):
            return self._passed_on(flow, v, item)
        return None

    def _unrecorded(self, flow: str, v: VentureProfile, item: KeyItem, what: str) -> Route:
        said = w.UNRECORDED_IN if item.inbound else w.UNRECORDED_OUT
        return self._missing(lambda: Phrase(said, lead=self.lead(flow), home=self.home(v), item=item.name), what)

    def _export(self, flow: str, v: VentureProfile, item: KeyItem) -> Route | None:
        countries, ev = self.known(item)
        if item.inbound:
            if self.inside(v.country) or not self.targeted(v.country):
                return None
            if not countries:
                return self._unrecorded(flow, v, item, SUPPLIERS)
            sources = [c for c in countries if self.inside(c)]
            return self._found(lambda: Phrase(w.GETS, lead=self.lead(flow), home=self.home(v), item=item.name,
                                              places=self.v.countries(sources)), ev) if sources else None
        if not self.inside(v.country):
            return None
        if not countries:
            return self._unrecorded(flow, v, item, DESTINATIONS)
        dests = [c for c in countries if not self.inside(c) and self.targeted(c)]
        return self._found(lambda: Phrase(w.SENDS, lead=self.lead(flow), home=self.home(v), item=item.name,
                                          places=self.v.countries(dests)), ev) if dests else None

    def _import(self, v: VentureProfile, item: KeyItem) -> Route | None:
        countries, ev = self.known(item)
        if item.inbound:
            if not self.inside(v.country):
                return None
            if not countries:
                return self._unrecorded(IMPORT, v, item, SUPPLIERS)
            origins = [c for c in countries if not self.inside(c) and self.targeted(c)]
            return self._found(lambda: Phrase(w.BUYS, lead=self.lead(IMPORT), home=self.home(v), item=item.name,
                                              places=self.v.countries(origins)), ev) if origins else None
        if self.inside(v.country) or not self.targeted(v.country):
            return None
        if not countries:
            return self._unrecorded(IMPORT, v, item, DESTINATIONS)
        return self._found(lambda: Phrase(w.SELLS, lead=self.lead(IMPORT), home=self.home(v), item=item.name,
                                          issuer=self.issuer), ev) if any(self.inside(c) for c in countries) else None

    def _any(self, v: VentureProfile, item: KeyItem) -> Route | None:
        if v.country in self.m.shielded:
            return None
        countries, ev = self.known(item)
        ties = [c for c in (v.country, *countries) if self.inside(c)]
        if not ties:
            return None
        return self._found(lambda: Phrase(w.TIED, measure=self.measure, issuer=self.issuer, home=self.home(v),
                                          direction=Term(item.direction.label), item=item.name),
                           None if v.country in ties else ev)

    def _foreign_made(self, v: VentureProfile, item: KeyItem) -> Route | None:
        countries, ev = self.known(item)
        if item.inbound:
            if not self.targeted(v.country):
                return None
            said, places = (w.RECEIVES, self.v.countries(countries)) if countries else (w.RECEIVES_ANY, "")
            return self._found(lambda: Phrase(said, lead=self.lead(FDP), home=self.home(v), item=item.name,
                                              places=places), ev)
        if not countries:
            return self._unrecorded(FDP, v, item, DESTINATIONS)
        dests = [c for c in countries if not self.inside(c) and self.targeted(c) and c != v.country]
        return self._found(lambda: Phrase(w.SENDS, lead=self.lead(FDP), home=self.home(v), item=item.name,
                                          places=self.v.countries(dests)), ev) if dests else None

    def _passed_on(self, flow: str, v: VentureProfile, item: KeyItem) -> Route | None:
        """Items of the issuer passed on from abroad (re-export), or goods made abroad with them."""
        if not item.inbound:
            return None
        countries, ev = self.known(item)
        if countries and not any(self.inside(c) for c in countries):
            return None
        outputs = [o for o in v.items if not o.inbound and (flow == CONTAINS or self.covered(o))]
        if not outputs:
            return None if flow == REEXPORT else self._missing(
                lambda: Phrase(w.NO_PRODUCTS, lead=self.lead(flow), home=self.home(v), item=item.name),
                PRODUCT_DESTINATIONS)
        sent, unknown = [], []
        for o in outputs:
            dests, o_ev = self.known(o)
            if not dests:
                unknown.append(o)
            hit = [c for c in dests if c != v.country and not self.inside(c) and self.targeted(c)]
            if hit:
                sent.append((o, hit, o_ev))
        if not countries:
            return self._unrecorded(flow, v, item, SUPPLIERS) if sent or unknown else None
        if sent:
            o, hit, o_ev = sent[0]
            return self._found(lambda: Phrase(w.PASSED_ON, lead=self.lead(flow), home=self.home(v), item=item.name,
                                              sources=self.v.countries(countries), product=o.name,
                                              places=self.v.countries(hit)), ev, o_ev)
        if unknown:
            return self._missing(lambda: Phrase(w.PRODUCT_UNRECORDED, lead=self.lead(flow), home=self.home(v),
                                                item=item.name, sources=self.v.countries(countries),
                                                product=unknown[0].name), PRODUCT_DESTINATIONS)
        return None
