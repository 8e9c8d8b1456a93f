"""What matching needs of measures and ventures, read once: terms, stages, codes, flows, places."""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.enums import ItemDirection, MeasureType
from desktop_app.domain.matching import stages as st
from desktop_app.domain.matching.codes import CodeKey, code_key
from desktop_app.domain.matching.names import read_name
from desktop_app.domain.matching.vocabulary import CONTAINS, EU_MEMBERS, ScreeningVocabulary

EXPORT, TECHNOLOGY, IMPORT, ANY, PARTY = "export", "technology", "import", "any", "party"
EXPORT_TYPES = frozenset({MeasureType.EXPORT_BAN, MeasureType.EXPORT_LICENSING, MeasureType.EXPORT_QUOTA,
                          MeasureType.EXPORT_TAX, MeasureType.END_USER_CONTROL, MeasureType.SUSPENSION})
# Which border crossing each type of measure acts on (docs/screening.md has the table).
FLOWS_OF_TYPE: dict[MeasureType, frozenset[str]] = {
    **{t: frozenset({EXPORT}) for t in EXPORT_TYPES},
    MeasureType.TECHNOLOGY_EXPORT_RESTRICTION: frozenset({TECHNOLOGY}),
    MeasureType.EXTRATERRITORIAL_RULE: frozenset(),  # its flavours come from its wording
    MeasureType.IMPORT_TARIFF: frozenset({IMPORT}),
    MeasureType.PARTY_LISTING: frozenset({PARTY}),
    MeasureType.INVESTMENT_SCREENING: frozenset({ANY}),
    MeasureType.FRAMEWORK_LAW: frozenset({ANY}),
    MeasureType.OTHER: frozenset({ANY}),
}
INBOUND = frozenset({ItemDirection.INPUT, ItemDirection.TECHNOLOGY_IN})


def digest(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class ControlledEntry:
    """One entry of a measure's list, as read: its terms, the stages it names, its codes."""

    name: str
    codes: tuple[str, ...]  # recorded for this entry and written in its name
    code_keys: tuple[CodeKey, ...]
    concepts: frozenset[str]
    stages: frozenset[str]  # named by its words (or inherited from the list); empty: any goods
    modifiers: frozenset[str]
    terms: frozenset[str]
    rewrites: tuple[str, ...]
    beyond: frozenset[str]  # extraterritorial flavours its wording states
    # Codes of other systems its codes correspond to (crosswalk): (code, key, why).
    equivalents: tuple[tuple[str, CodeKey, str], ...] = ()
    # The terms of the measure's title, for a list whose entries name none (`1E902.a technology
    # for mining, smelting...` under "Export controls on rare-earth related technologies").
    subject: frozenset[str] = frozenset()
    # Family terms narrowed by the entry's words (`graphite scrap`): the item must share them.
    qualifiers: tuple[tuple[str, frozenset[str]], ...] = ()
    # What it covers: groups of terms an item must all be a kind of (one term, or terms written
    # together: `graphite anode`), each as (term, the stages it reaches, the words it needs).
    reach: tuple[tuple[tuple[str, frozenset[str], frozenset[str]], ...], ...] = ()


@dataclass(frozen=True, slots=True)
class MeasureProfile:
    id: int
    reference: str
    jurisdiction: str
    kind: MeasureType
    flows: frozenset[str]
    targets: frozenset[str]
    excluded: frozenset[str]
    entries: tuple[ControlledEntry, ...]
    shared_codes: tuple[tuple[str, CodeKey], ...]  # one code group given for the whole list
    fingerprint: str
    # Countries within the jurisdiction, the targets and the excluded (groups expanded): flow
    # checks run for every candidate item, so each is one set lookup.
    area: frozenset[str] = frozenset()
    reach: frozenset[str] = frozenset()
    shielded: frozenset[str] = frozenset()

    def targeted(self, country: str) -> bool:
        """Excluded jurisdictions are never hit; an empty target list means every country."""
        if country in self.shielded:
            return False
        return not self.targets or country in self.reach


def _within(codes: Iterable[str], vocabulary: ScreeningVocabulary) -> frozenset[str]:
    out: set[str] = set()
    for code in codes:
        out |= vocabulary.expand(code)
    return frozenset(out)


def measure_profile(
    id: int, reference: str, jurisdiction: str, measure_type: MeasureType | str,
    targets: Iterable[str], excluded: Iterable[str], items: Iterable[Sequence[Any]],
    vocabulary: ScreeningVocabulary, *, title: str = "", summary: str = "",
) -> MeasureProfile:
    """Read a measure's list once. `items`: (name, codes) or (name, codes, stage) per entry."""
    kind = MeasureType(measure_type)
    rows = [(str(i[0]), tuple(i[1]), str(i[2]) if len(i) > 2 and i[2] else "") for i in items]
    recorded = [codes for _, codes, _ in rows]
    # One code group repeated on every entry was given for the list as a whole, not per entry.
    shared = recorded[0] if len(rows) > 1 and recorded[0] and all(c == recorded[0] for c in recorded) else ()
    language = vocabulary.language
    readings = [read_name(name, vocabulary, issuer=jurisdiction) for name, _, _ in rows]
    named = []
    for (_, codes, explicit), r in zip(rows, readings, strict=True):
        own = () if shared else codes
        words = frozenset(r.stage_words) | frozenset(st.code_stages(map(code_key, own), language))
        named.append(frozenset({explicit}) if explicit else words)
    bare = [bool(r.concepts) and not explicit for (_, _, explicit), r in zip(rows, readings, strict=True)]
    named = st.inherit(named, bare)
    if kind is MeasureType.TECHNOLOGY_EXPORT_RESTRICTION:
        named = [frozenset({st.TECHNOLOGY})] * len(rows)
    subject = frozenset() if any(r.concepts for r in readings) else read_name(title, vocabulary, jurisdiction).concepts
    entries = []
    for (name, codes, _), r, stages in zip(rows, readings, named, strict=True):
        all_codes = tuple(dict.fromkeys((() if shared else codes) + r.codes))
        equivalents = tuple((eq.code, code_key(eq.code), eq.note) for c in all_codes
                            for eq in vocabulary.crosswalk.equivalents(c))
        narrowed = dict(r.qualifiers)
        groups = r.groups if r.concepts else tuple((c,) for c in sorted(subject))
        reach = tuple(tuple((c, st.allowed(stages, vocabulary.taxonomy.stage(c), c in r.modifiers),
                             narrowed.get(c, frozenset())) for c in g) for g in groups)
        entries.append(ControlledEntry(name, all_codes, tuple(code_key(c) for c in all_codes), r.concepts, stages,
                                       r.modifiers, r.terms, r.rewrites, language.reach_beyond([name]), equivalents,
                                       subject, r.qualifiers, reach))
    flows = set(FLOWS_OF_TYPE[kind])
    if kind in EXPORT_TYPES or kind is MeasureType.EXTRATERRITORIAL_RULE:
        beyond = language.reach_beyond([title, summary]) | {f for e in entries for f in e.beyond}
        if kind is MeasureType.EXTRATERRITORIAL_RULE:
            beyond = beyond or frozenset({CONTAINS})
        flows |= beyond
        content = [e for e in entries if e.concepts or e.subject or e.codes]
        if content and all(e.beyond for e in content):
            flows.discard(EXPORT)  # every clause is about goods abroad (MOFCOM No. 61 of 2025)
    targets, excluded = frozenset(targets), frozenset(excluded)
    # The payload of the first screening version, so dismissals made then stay valid; stages
    # recorded on the list join it only when there are any.
    payload: list[Any] = [jurisdiction, kind.value, sorted(targets), sorted(excluded),
                          [[name, list(codes)] for name, codes, _ in rows]]
    if any(stage for _, _, stage in rows):
        payload.append([stage for _, _, stage in rows])
    # A group's members join it (a membership change offers dismissed findings again); the EU
    # with its built-in members does not, so dismissals made before groups stay valid.
    groups = vocabulary.groups
    named = [[c, sorted(groups[c])] for c in sorted({*targets, *excluded})
             if c in groups and not (c == "EU" and groups[c] == EU_MEMBERS)]
    if named:
        payload.append(named)
    fingerprint = digest(payload)
    return MeasureProfile(id, reference, jurisdiction, kind, frozenset(flows), targets, excluded, tuple(entries),
                          tuple((c, code_key(c)) for c in shared), fingerprint, _within([jurisdiction], vocabulary),
                          _within(targets, vocabulary), _within(excluded, vocabulary))


@dataclass(frozen=True, slots=True)
class Evidence:
    """A country read from words rather than recorded: where it came from and the words."""

    country: str
    source: str  # "activity", "notes", "partner", "own mine"
    quote: str


@dataclass(frozen=True, slots=True)
class KeyItem:
    position: int
    key: str
    name: str
    direction: ItemDirection
    codes: tuple[str, ...]
    code_keys: tuple[CodeKey, ...]
    countries: tuple[str, ...]  # as recorded: suppliers of inputs, destinations of outputs
    stage: st.Stage
    concepts: frozenset[str]
    terms: frozenset[str]
    rewrites: tuple[str, ...]
    fingerprint: str
    inferred: tuple[Evidence, ...] = ()  # countries read from the venture's texts or partners
    recorded: bool = True  # False: an item only the activity text mentions
    # Read from the fields above once: every candidate of every measure asks.
    inbound: bool = False
    technology: bool = False
    # What a direction rule looks at: (inbound, technology, recorded countries, read countries).
    place: tuple[object, ...] = ()


@dataclass(frozen=True, slots=True)
class VentureProfile:
    id: int
    name: str
    country: str
    items: tuple[KeyItem, ...]
    partners: tuple[tuple[str, str], ...] = ()  # (name, country)


def item_key(name: str, direction: ItemDirection | str) -> str:
    """Identifies a venture item across edits (its row is rewritten on every save)."""
    folded = " ".join(unicodedata.normalize("NFKC", name).split()).casefold()
    return f"{ItemDirection(direction).value}:{folded}"


def key_item(position: int, name: str, direction: ItemDirection | str, codes: Iterable[str],
             countries: Iterable[str], stage: str, vocabulary: ScreeningVocabulary,
             shared: dict[Any, Any] | None = None, *, recorded: bool = True,
             inferred: tuple[Evidence, ...] = ()) -> KeyItem:
    """One item as matching reads it. Pass the same `shared` dict for every venture of an index:
    equal names, code and country lists, keys and fingerprints recur across thousands of items
    and are then held once."""
    one: dict[Any, Any] = {} if shared is None else shared
    d = ItemDirection(direction)
    codes_t, countries_t = tuple(map(sys.intern, codes)), tuple(map(sys.intern, countries))
    codes_t, countries_t = one.setdefault(codes_t, codes_t), one.setdefault(countries_t, countries_t)
    name = one.setdefault(name, name)
    facts = (name, d, codes_t, countries_t, stage, recorded)
    found = one.get(facts)
    if found is None:
        r = read_name(name, vocabulary)
        all_codes = tuple(dict.fromkeys(codes_t + r.codes))
        keys = tuple(code_key(c) for c in all_codes)
        # The last term named first: it is the head of the name (`양극재 ... gallium metal`).
        named = [h.value for h in reversed(r.hits) if h.value in r.concepts]
        ordered = list(dict.fromkeys(named + sorted(r.concepts)))
        concept_stages = [s for s in (vocabulary.taxonomy.stage(k) for k in ordered) if s]
        # An item in a technology column is technology, whatever its name is about.
        explicit = stage or (st.TECHNOLOGY if d in (ItemDirection.TECHNOLOGY_IN, ItemDirection.TECHNOLOGY_OUT) else "")
        stage_read = st.item_stage(explicit, list(r.stage_words), concept_stages,
                                   st.code_stages(keys, vocabulary.language))
        if explicit and not stage:
            stage_read = st.Stage(explicit, "column")
        # The first screening version's payload (dismissals made then stay valid), extended
        # only for what it did not know: a recorded stage, an item read from the activity text.
        payload: list[Any] = [name, d.value, list(codes_t), sorted(countries_t)]
        payload += [stage] if stage else []
        payload += ["inferred"] if not recorded else []
        found = one[facts] = (one.setdefault(k := item_key(name, d), k), all_codes, keys, stage_read, r,
                              digest(payload))
    key, all_codes, keys, stage_read, r, fingerprint = found
    inbound, technology = d in INBOUND, stage_read.value == st.TECHNOLOGY
    place = (inbound, technology, countries_t, tuple(e.country for e in inferred))
    return KeyItem(position, key, name, d, all_codes, keys, countries_t, stage_read, r.concepts, r.terms,
                   r.rewrites, fingerprint, inferred, recorded, inbound, technology, one.setdefault(place, place))
