"""Exposure matching, as pure functions: codes, words and synonyms, direction and jurisdiction."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from desktop_app.domain.enums import ItemDirection, MeasureStatus, MeasureType
from desktop_app.domain.group_schemas import expand
from desktop_app.domain.jurisdictions import jurisdiction_name as _n  # reasons say "Namibia", never "NA"

# HS headings and China's 10-digit customs codes share their first six digits, so both live in
# one digit tree: a code covers every longer code it is a prefix of.
TREE_SYSTEMS = frozenset({"HS", "CN"})
WILDCARD = "*"  # a synonym target meaning "every traded good"
_EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
EU_MEMBERS = frozenset(_EU.split())
# Words too common in item names to say anything about what the item is.
_GENERIC = """
a an and or of the for to in on by with from into via incl including include other others related
relevant certain such item items product products material materials raw grade high low purity
technology technologies equipment process processes preparation production manufacturing
manufacture licence license licensing know how tool tools part parts component components crude
refined unprocessed processed processing powder compound compounds ore ores metal metals use uses end user
dual clause type types based advanced active new battery ion stricter review lifted as per than
"""
GENERIC_WORDS = frozenset(_GENERIC.split())
LIFTED = frozenset({MeasureStatus.REPEALED, MeasureStatus.EXPIRED})
_WORD = re.compile(r"[^\W_]+")
INBOUND_DIRECTIONS = frozenset({ItemDirection.INPUT, ItemDirection.TECHNOLOGY_IN})
TECHNOLOGY_DIRECTIONS = frozenset({ItemDirection.TECHNOLOGY_IN, ItemDirection.TECHNOLOGY_OUT})


class Flow(StrEnum):
    """Which border crossing a measure acts on."""

    EXPORT = "export"  # goods and technology leaving the issuing jurisdiction
    TECHNOLOGY = "technology"  # technology leaving the issuing jurisdiction
    IMPORT = "import"  # goods entering the issuing jurisdiction
    ANY = "any"  # no direction (framework laws, investment screening): any tie to the issuer


FLOW_OF_TYPE: dict[MeasureType, Flow] = {
    MeasureType.EXPORT_BAN: Flow.EXPORT,
    MeasureType.EXPORT_LICENSING: Flow.EXPORT,
    MeasureType.EXPORT_QUOTA: Flow.EXPORT,
    MeasureType.EXPORT_TAX: Flow.EXPORT,
    MeasureType.END_USER_CONTROL: Flow.EXPORT,
    MeasureType.SUSPENSION: Flow.EXPORT,  # relief of an export control changes the same flows
    MeasureType.TECHNOLOGY_EXPORT_RESTRICTION: Flow.TECHNOLOGY,
    MeasureType.IMPORT_TARIFF: Flow.IMPORT,
    MeasureType.INVESTMENT_SCREENING: Flow.ANY,
    MeasureType.FRAMEWORK_LAW: Flow.ANY,
    MeasureType.OTHER: Flow.ANY,
}


# ---- words and synonyms -------------------------------------------------------------------

def stem(word: str) -> str:
    """A light plural fold (`oxides` -> `oxide`, `batteries` -> `battery`), never below 3 letters."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Normalised words of a name: NFKC, case-folded, split on anything not a letter or digit."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return [stem(w) for w in _WORD.findall(folded) if not w.isdigit() and len(w) > 1]


class Synonyms:
    """Phrase rewriting before matching: `spherical graphite` is read as `graphite`."""

    def __init__(self, mapping: Mapping[str, str] | None = None) -> None:
        self._rules: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
        self._cache: dict[str, frozenset[str]] = {}
        for term, means in (mapping or {}).items():
            phrase = tuple(words(term))
            target = (WILDCARD,) if means.strip() == WILDCARD else tuple(words(means))
            if phrase:
                self._rules[phrase[0]].append((phrase, target))
        for rules in self._rules.values():
            rules.sort(key=lambda r: -len(r[0]))  # longest phrase wins

    def rewrite(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for phrase, target in self._rules.get(tokens[i], ()):
                if tuple(tokens[i : i + len(phrase)]) == phrase:
                    out.extend(target)
                    i += len(phrase)
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out

    def terms(self, name: str) -> frozenset[str]:
        """The significant words of a name after synonyms, without generic words."""
        found = self._cache.get(name)
        if found is None:
            # Interned: a few hundred distinct words recur across tens of thousands of items.
            found = frozenset(sys.intern(w) for w in self.rewrite(words(name)) if w not in GENERIC_WORDS)
            self._cache[name] = found
        return found


# ---- codes --------------------------------------------------------------------------------

@lru_cache(maxsize=65_536)
def code_key(code: str) -> tuple[bool, str]:
    """(in the HS digit tree, key): `HS:2504.10` -> (True, "250410"); `ECCN:3A090.c` -> exact.

    Cached: a few thousand codes recur across every venture's items and measure's entries, and
    each profile then holds the same key instead of a copy (2 MB of 20,000 items' profiles).
    """
    system, _, value = code.partition(":")
    system = system.strip().upper()
    if system in TREE_SYSTEMS:
        digits = "".join(ch for ch in value if ch not in ". -" and not ch.isspace())
        if digits.isdigit():
            return True, digits
    return False, f"{system}:{' '.join(value.split()).casefold()}"


def code_covers(measure_key: tuple[bool, str], item_key: tuple[bool, str]) -> bool:
    """A tree code covers itself and every longer code under it; other codes match exactly."""
    if measure_key[0] and item_key[0]:
        return item_key[1].startswith(measure_key[1])
    return measure_key == item_key


# ---- profiles: what matching needs of measures and ventures ---------------------------------

def _digest(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class ControlledEntry:
    name: str
    codes: tuple[str, ...]
    code_keys: tuple[tuple[bool, str], ...]
    terms: frozenset[str]


@dataclass(frozen=True, slots=True)
class MeasureProfile:
    id: int
    reference: str
    jurisdiction: str
    flow: Flow
    targets: frozenset[str]
    excluded: frozenset[str]
    entries: tuple[ControlledEntry, ...]
    fingerprint: str
    # Countries within the jurisdiction, the targets and the excluded (a group brings its
    # members): flow checks run for every candidate item, so each becomes one set lookup.
    area: frozenset[str] = frozenset()
    reach: frozenset[str] = frozenset()
    shielded: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class KeyItem:
    position: int
    key: str
    name: str
    direction: ItemDirection
    codes: tuple[str, ...]
    code_keys: tuple[tuple[bool, str], ...]
    countries: tuple[str, ...]
    terms: frozenset[str]
    fingerprint: str


@dataclass(frozen=True, slots=True)
class VentureProfile:
    id: int
    name: str
    country: str
    items: tuple[KeyItem, ...]


def item_key(name: str, direction: ItemDirection | str) -> str:
    """Identifies a venture item across edits (its row is rewritten on every save)."""
    folded = " ".join(unicodedata.normalize("NFKC", name).split()).casefold()
    return f"{ItemDirection(direction).value}:{folded}"


def measure_profile(
    id: int, reference: str, jurisdiction: str, measure_type: MeasureType | str,
    targets: Iterable[str], excluded: Iterable[str], items: Iterable[tuple[str, Iterable[str]]],
    synonyms: Synonyms, groups: Mapping[str, frozenset[str]] | None = None,
) -> MeasureProfile:
    """What matching needs of one measure; `groups` expands jurisdiction groups into countries."""
    kind = MeasureType(measure_type)
    entries = tuple(
        ControlledEntry(name, tuple(codes), tuple(code_key(c) for c in codes), synonyms.terms(name))
        for name, codes in ((n, list(c)) for n, c in items)
    )
    targets, excluded = frozenset(targets), frozenset(excluded)
    areas = {"EU": EU_MEMBERS, **(groups or {})}  # a group (EU without a record) stands for its members
    named = [[c, sorted(areas[c])] for c in sorted({*targets, *excluded})  # EU as built in: as before 0008
             if c in (groups or {}) and not (c == "EU" and areas[c] == EU_MEMBERS)]
    fingerprint = _digest([jurisdiction, kind.value, sorted(targets), sorted(excluded),  # with the members
                           [[e.name, list(e.codes)] for e in entries], *([named] if named else [])])
    return MeasureProfile(id, reference, jurisdiction, FLOW_OF_TYPE[kind], targets, excluded, entries,
                          fingerprint, expand([jurisdiction], areas), expand(targets, areas), expand(excluded, areas))


def venture_profile(
    id: int, name: str, country: str,
    items: Iterable[tuple[str, ItemDirection | str, Iterable[str], Iterable[str]]], synonyms: Synonyms,
    shared: dict[Any, Any] | None = None,
) -> VentureProfile:
    """What matching needs of one venture. Pass the same `shared` dict for every venture of an
    index: equal names, code lists, country lists, keys and fingerprints, which recur across
    thousands of items, are then held once (20,000 items took 16 MB, most of it repeats)."""
    one: dict[Any, Any] = {} if shared is None else shared
    built = []
    for pos, (raw_name, direction, raw_codes, raw_countries) in enumerate(items):
        d = ItemDirection(direction)
        codes, countries = tuple(map(sys.intern, raw_codes)), tuple(map(sys.intern, raw_countries))
        codes, countries = one.setdefault(codes, codes), one.setdefault(countries, countries)
        item_name = one.setdefault(raw_name, raw_name)
        facts = (item_name, d, codes, countries)
        found = one.get(facts)
        if found is None:
            found = one[facts] = (one.setdefault(key := item_key(item_name, d), key),
                                  tuple(code_key(c) for c in codes),
                                  _digest([item_name, d.value, list(codes), sorted(countries)]))
        key, code_keys, fingerprint = found
        built.append(KeyItem(pos, key, item_name, d, codes, code_keys, countries, synonyms.terms(item_name),
                             fingerprint))
    return VentureProfile(id, name, country, tuple(built))


# ---- the rules -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Hit:
    """One reason the item is covered: `via` is "code" or "name"."""

    via: str
    measure_item: str
    detail: str


@dataclass(frozen=True, slots=True)
class Match:
    """A measure reaching one key item of one venture, with why (what and which way)."""

    measure_id: int
    venture_id: int
    item_key: str
    item_name: str
    direction: ItemDirection
    flow: str
    countries_unknown: bool
    hits: tuple[Hit, ...]
    fingerprint: str = field(default="")

    @property
    def pair(self) -> tuple[int, int]:
        return self.measure_id, self.venture_id


def targeted(country: str, m: MeasureProfile) -> bool:
    """Excluded jurisdictions are never hit; an empty target list means everyone."""
    if country in m.shielded:
        return False
    return not m.targets or country in m.reach


def _names(countries: Iterable[str]) -> str:
    return ", ".join(_n(c) for c in countries)


def _label(item: KeyItem) -> str:
    return item.direction.label  # only built for a match: most candidates are refused first


def flow_reason(m: MeasureProfile, v: VentureProfile, item: KeyItem) -> tuple[str, bool] | None:
    """Why the measure's direction reaches this item, and whether countries were unknown; else None."""
    j, home, inbound = m.jurisdiction, v.country, item.direction in INBOUND_DIRECTIONS
    area = m.area  # the countries within j
    known = item.countries
    if m.flow is Flow.ANY:
        ties = [c for c in (home, *known) if c in area]
        if ties and home not in m.shielded:
            return f"{_n(j)} measure; the venture in {_n(home)} has ties to {_n(j)} through its {_label(item)}", False
        return None
    if m.flow is Flow.TECHNOLOGY and item.direction not in TECHNOLOGY_DIRECTIONS:
        return None
    if m.flow is Flow.IMPORT:
        if item.direction in TECHNOLOGY_DIRECTIONS:
            return None
        if inbound:  # goods entering the issuer's market, from a targeted origin
            if home not in area:
                return None
            if not known:
                return f"{_n(j)} import measure on {_label(item)} into {_n(home)}; origins not recorded", True
            origins = [c for c in known if c not in area and targeted(c, m)]
            into = f"{_label(item)} from {_names(origins)} into {_n(home)}"
            return (f"{_n(j)} import measure on {into}", False) if origins else None
        if home in area or not targeted(home, m):
            return None
        if not known:
            return f"{_n(j)} import measure on {_label(item)} from {_n(home)}; destinations not recorded", True
        return (f"{_n(j)} import measure on {_label(item)} from {_n(home)} to {_n(j)}", False) if any(
            c in area for c in known) else None
    # Export and technology controls act on what leaves the issuing jurisdiction.
    if inbound:
        if home in area or not targeted(home, m):
            return None
        if not known:
            return f"{_n(j)} export control on {_label(item)} into {_n(home)}; suppliers not recorded", True
        sources = [c for c in known if c in area]
        return (f"{_n(j)} export control on {_label(item)} from {_names(sources)} into {_n(home)}", False) if sources \
            else None
    if home not in area:
        return None
    if not known:
        return f"{_n(j)} export control on {_label(item)} from {_n(home)}; destinations not recorded", True
    dests = [c for c in known if c not in area and targeted(c, m)]
    return (f"{_n(j)} export control on {_label(item)} from {_n(home)} to {_names(dests)}", False) if dests else None


def may_flow(m: MeasureProfile, home: str, direction: ItemDirection) -> bool:
    """False where `flow_reason` is None whatever the item's countries: a test on the venture's
    country and the item's direction alone (never False where `flow_reason` gives a reason).

    At 100,000 assessments it turned away 2.2 of the index's 3.5 million candidates before the
    full rule, asked once per (country, direction) for each measure instead of once per item.
    """
    if m.flow is Flow.ANY:
        return home not in m.shielded
    technology, inbound = direction in TECHNOLOGY_DIRECTIONS, direction in INBOUND_DIRECTIONS
    if m.flow is Flow.IMPORT:  # goods into the area: for a venture inside it, or from a targeted one
        return not technology and (home in m.area if inbound else home not in m.area and targeted(home, m))
    if m.flow is Flow.TECHNOLOGY and not technology:
        return False
    # What leaves the area: into a targeted venture's country, or from a venture inside it.
    return (home not in m.area and targeted(home, m)) if inbound else home in m.area


def names_cover(entry: frozenset[str], item: frozenset[str]) -> bool:
    """Names match when one's significant words contain the other's: `graphite` covers
    `coated graphite`, and `spherical graphite` is named in `natural graphite incl. spherical
    graphite`. Sharing one word is not enough (`gallium metal` is not `germanium metal`)."""
    return bool(entry) and bool(item) and (item <= entry or entry <= item)


def content_hits(m: MeasureProfile, item: KeyItem) -> list[Hit]:
    """Which controlled entries cover the item: by code hierarchy, exact code, or shared words."""
    hits: dict[tuple[str, str], Hit] = {}  # one hit per reason, credited to the first entry giving it
    goods = item.direction not in TECHNOLOGY_DIRECTIONS
    for entry in m.entries:
        for mcode, mkey in zip(entry.codes, entry.code_keys, strict=True):
            for vcode, vkey in zip(item.codes, item.code_keys, strict=True):
                if code_covers(mkey, vkey):
                    detail = f"same code {vcode}" if mkey == vkey else f"{mcode} covers {vcode}"
                    hits.setdefault(("code", detail), Hit("code", entry.name, detail))
        if names_cover(entry.terms, item.terms):
            detail = "shared words: " + ", ".join(sorted(entry.terms & item.terms))
            hits.setdefault(("name", detail), Hit("name", entry.name, detail))
        elif goods and WILDCARD in entry.terms:
            hits.setdefault(("name", "all"), Hit("name", entry.name, "covers all goods"))
    return list(hits.values())


def evaluate(m: MeasureProfile, v: VentureProfile, item: KeyItem) -> Match | None:
    """The full rule for one measure x item: direction first (cheap), then what is covered."""
    reason = flow_reason(m, v, item)
    if reason is None:
        return None
    hits = content_hits(m, item)
    if not hits:
        return None
    return Match(m.id, v.id, item.key, item.name, item.direction, reason[0], reason[1], tuple(hits),
                 _digest([m.fingerprint, item.fingerprint]))
