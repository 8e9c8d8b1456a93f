"""One measure against one venture item: what links them (code, vocabulary, words) and which way."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.domain.enums import ItemDirection
from desktop_app.domain.matching import route_words as w
from desktop_app.domain.matching import stages as st
from desktop_app.domain.matching.codes import code_covers, code_stage, show_code
from desktop_app.domain.matching.direction import EXPOSURE, HIGH, LOW, MEDIUM, NEEDS_DATA, Route, Router
from desktop_app.domain.matching.profiles import (
    PARTY,
    ControlledEntry,
    KeyItem,
    MeasureProfile,
    VentureProfile,
    digest,
)
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary
from desktop_app.domain.matching.words import WILDCARD, words
from desktop_app.domain.phrase import Phrase, Term, joined

__all__ = ["EXPOSURE", "NEEDS_DATA", "Hit", "Match", "content_hits", "evaluate", "party_matches"]
_RANK = {HIGH: 0, MEDIUM: 1, LOW: 2}
ARROW = " \u2192 "


@dataclass(frozen=True, slots=True)
class Hit:
    """One reason the item is what a list entry controls: via "code", "vocabulary" or "words"."""

    via: str
    measure_item: str
    detail: str
    confidence: str = HIGH


@dataclass(frozen=True, slots=True)
class Match:
    """A measure reaching one item of one venture (an exposure), or able to reach it once a
    country is recorded (needs data), with what links them and which way."""

    measure_id: int
    venture_id: int
    item_key: str
    item_name: str
    direction: ItemDirection | None  # None: a partner named by a party listing
    kind: str
    confidence: str
    hits: tuple[Hit, ...]
    route: Route
    stage: st.Stage = st.UNKNOWN
    recorded_item: bool = True  # False: an item only the activity text mentions
    fingerprint: str = field(default="")

    @property
    def pair(self) -> tuple[int, int]:
        return self.measure_id, self.venture_id

    @property
    def flow(self) -> str:
        return self.route.text

    @property
    def countries_unknown(self) -> bool:
        return self.kind == NEEDS_DATA


def _code_reach(e: ControlledEntry, v: ScreeningVocabulary) -> frozenset[str]:
    """The stages an entry's codes reach: those its words name, and its terms' own stages."""
    if not e.stages:
        return e.stages
    return e.stages | {s for c in e.concepts if c not in e.modifiers and (s := v.taxonomy.stage(c))}


def _code_hits(m: MeasureProfile, e: ControlledEntry, item: KeyItem, v: ScreeningVocabulary) -> list[Hit]:
    out = []
    reach = _code_reach(e, v)
    for mcode, mkey in zip(e.codes, e.code_keys, strict=True):
        if not st.compatible(reach, item.stage):
            break
        for vcode, vkey in zip(item.codes, item.code_keys, strict=True):
            if code_covers(mkey, vkey):
                same = mkey == vkey
                out.append(Hit("code", e.name, Phrase(w.SAME_CODE, code=show_code(vcode)) if same else
                               Phrase(w.CODE_COVERS, listed=show_code(mcode), code=show_code(vcode))))
    if e.equivalents and st.compatible(reach, item.stage):
        for _code, ekey, note in e.equivalents:
            for vcode, vkey in zip(item.codes, item.code_keys, strict=True):
                if code_covers(ekey, vkey):
                    out.append(Hit("code", e.name, Phrase(w.CROSSWALK, note=note, code=show_code(vcode))))
    return out


def _shared_code_hits(m: MeasureProfile, item: KeyItem, v: ScreeningVocabulary) -> list[Hit]:
    out = []
    for mcode, mkey in m.shared_codes:
        stage = code_stage(mkey, v.language.code_stages)
        if not st.compatible(frozenset({stage}) if stage else frozenset(), item.stage):
            continue
        for vcode, vkey in zip(item.codes, item.code_keys, strict=True):
            if code_covers(mkey, vkey):
                out.append(Hit("code", w.CODE_LIST, Phrase(w.SAME_CODE, code=show_code(vcode)) if mkey == vkey
                               else Phrase(w.CODE_COVERS, listed=show_code(mcode), code=show_code(vcode))))
    return out


def _vocabulary_hits(e: ControlledEntry, item: KeyItem, v: ScreeningVocabulary) -> list[Hit]:
    """One hit per group of the entry's terms that the item is a kind of (every term of the group,
    at the stages the entry names), through the closest term (`LFP cathode` rather than `cathode
    material` when an entry names both)."""
    tax = v.taxonomy
    chains: list[list[str]] = []
    for group in e.reach:
        found = []
        for c, reach, needs in group:
            if not (st.compatible(reach, item.stage) and needs <= item.terms):
                break
            links = [tax.chain(c, d) for d in item.concepts if tax.covers(c, d)]
            if not links:
                break
            found.append(min(links, key=len))
        else:
            chains.append(min(found, key=len))
    out = []
    for chain in sorted({tuple(c) for c in chains}, key=lambda c: (len(c), c))[:1]:
        detail = Phrase(w.IS_TERM, item=item.name, term=chain[0]) if len(chain) == 1 else \
            Phrase(w.IS_CHAIN, item=item.name, chain=ARROW.join(chain))
        if item.stage.value:
            detail = Phrase(w.WITH_STAGE, detail=detail, stage=Term(item.stage.label))
        if not e.concepts:
            detail = Phrase(w.TITLE_NAMES, detail=detail)
        out.append(Hit("vocabulary", e.name, detail, HIGH if item.stage.value and e.concepts else MEDIUM))
    return out


def _notes(rewrites: Iterable[str]) -> str:
    """"; 'all goods' read as '*' (synonym)": how the words were read, each after a semicolon."""
    return joined(Phrase(w.NOTE, note=r) for r in rewrites)


def _word_hits(e: ControlledEntry, item: KeyItem) -> list[Hit]:
    if WILDCARD in e.terms:  # `all goods`: every traded good, never technology or services
        if item.stage.value in st.NOT_GOODS:
            return []
        return [Hit("words", e.name, Phrase(w.ALL_GOODS, notes=_notes(e.rewrites)), LOW)]
    if e.concepts or item.concepts or not st.compatible(e.stages, item.stage):
        return []
    a, b = e.terms, item.terms
    if a and b and (a <= b or b <= a):
        notes = _notes((*e.rewrites, *item.rewrites))
        return [Hit("words", e.name, Phrase(w.SAME_WORDS, words=", ".join(sorted(a & b)), notes=notes), LOW)]
    return []


def content_hits(m: MeasureProfile, item: KeyItem, v: ScreeningVocabulary) -> list[Hit]:
    """Which list entries control the item: code hierarchy and crosswalk, vocabulary terms (a
    term covers its narrower terms, at the stages the entry names), or, for names no term
    describes, the same significant words. One hit per reason."""
    found: dict[tuple[str, str], Hit] = {}
    for e in m.entries:
        for h in (*_code_hits(m, e, item, v), *_vocabulary_hits(e, item, v), *_word_hits(e, item)):
            found.setdefault((h.via, h.detail), h)
    for h in _shared_code_hits(m, item, v):
        found.setdefault((h.via, h.detail), h)
    return list(found.values())


def pair_digest(measure: str, item: str) -> str:
    """`digest([measure, item])` of two hex fingerprints, without the JSON encoder (one per finding)."""
    return hashlib.sha256(f'["{measure}", "{item}"]'.encode()).hexdigest()[:20]


def evaluate(m: MeasureProfile, venture: VentureProfile, item: KeyItem, v: ScreeningVocabulary,
             router: Router | None = None) -> Match | None:
    """The full rule for one measure x item: what is controlled, then which way."""
    if not item.code_keys and not item.concepts and not item.terms:
        return None
    router = router or Router(m, v, lambda o: bool(content_hits(m, o, v)))
    route = router.route(venture, item)  # the cheaper test first: the sentence is written later
    if route is None:
        return None
    hits = content_hits(m, item, v)
    if not hits:
        return None
    content = min((h.confidence for h in hits), key=_RANK.__getitem__)
    confidence = max(content, route.confidence, key=_RANK.__getitem__)
    return Match(m.id, venture.id, item.key, item.name, item.direction, route.kind, confidence, tuple(hits), route,
                 item.stage, item.recorded, pair_digest(m.fingerprint, item.fingerprint))


def party_matches(m: MeasureProfile, venture: VentureProfile, v: ScreeningVocabulary) -> list[Match]:
    """A party listing names parties: it reaches a venture through a partner it names (all the
    words of the listed name in the partner's name), never through the venture's items."""
    if PARTY not in m.flows:
        return []
    out = []
    for name, country in venture.partners:
        partner = frozenset(words(name))
        for e in m.entries:
            listed = frozenset(words(e.name))
            if listed and listed <= partner and (not country or m.targeted(country) or not m.targets):
                where = f" ({v.country(country)})" if country else ""
                text = f"{v.country(m.jurisdiction)} lists {e.name}; {name}{where} is a partner of the venture"
                route = Route(EXPOSURE, lambda text=text: text, MEDIUM)
                out.append(Match(m.id, venture.id, f"partner:{name.casefold()}", name, None, EXPOSURE, MEDIUM,
                                 (Hit("words", e.name, w.PARTNER_NAME, MEDIUM),), route,
                                 fingerprint=digest([m.fingerprint, name, country])))
                break
    return out
