"""Flows written in words: origins, destinations and products read from a venture's activity text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.domain.enums import ItemDirection
from desktop_app.domain.matching.phrases import Hit
from desktop_app.domain.matching.profiles import KeyItem, item_key
from desktop_app.domain.matching.stages import DECISIVE, TECHNOLOGY
from desktop_app.domain.matching.vocabulary import (
    CUSTOMER,
    DESTINATION,
    HOME,
    MAKES,
    NEUTRAL,
    ORIGIN,
    OUTBOUND,
    ScreeningVocabulary,
)
from desktop_app.domain.matching.words import Token, tokens

_SENTENCE = re.compile(r"[.;。；!?！？\n]+(?:\s+|$)|[;；。！？\n]")
_SEGMENT = re.compile(r"[,，]")
_CJK_WORD = re.compile(r"^[\u3400-\u9fff\uac00-\ud7af]+$")
_JOINER = re.compile(r"^[\s\-/&,、和及与]*(?:and|or|및|과|와)?[\s\-/&,、和及与]*$", re.IGNORECASE)
QUOTE_MAX = 160


@dataclass(frozen=True, slots=True)
class InferredFlow:
    """A flow read from words: a country for an item (or an item the text names without one)."""

    item_key: str
    item_name: str
    direction: ItemDirection
    country: str  # "" when the text names the item but no country
    source: str  # activity, notes, partner, own mine
    quote: str
    new_item: bool  # the text names an item the venture has not recorded

    @property
    def role(self) -> str:
        return "supplier" if self.direction in (ItemDirection.INPUT, ItemDirection.TECHNOLOGY_IN) else "destination"


@dataclass
class _Product:
    name: str
    concepts: frozenset[str]
    start: int
    technology: bool
    matched: list[KeyItem] = field(default_factory=list)
    output: bool = False


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1] + "…"


def _names(v: ScreeningVocabulary, words: frozenset[str], item: frozenset[str]) -> bool:
    """The text names the item, maybe more broadly (`gallium` for `crude gallium metal`); a
    narrower product (`spodumene concentrate` beside `lithium ore`) is another item."""
    tax = v.taxonomy
    return any(tax.covers(x, y) for x in words for y in item)


class _Reader:
    def __init__(self, home: str, items: Sequence[KeyItem], v: ScreeningVocabulary) -> None:
        self.home, self.items, self.v = home, [i for i in items if i.recorded], v
        self.flows: list[InferredFlow] = []
        self.main_outputs: list[_Product] = []
        self.pending: list[tuple[str, str, str]] = []  # destinations waiting for a product

    def products(self, shown: str, toks: list[Token], cues: list[Hit[frozenset[str]]]) -> list[_Product]:
        """Terms named in a segment, adjacent ones (or joined by `and`) read as one product;
        a term describing a customer (`US cell plants`, `memory fabs`) is not a product."""
        found = self.v.taxonomy.find(shown, toks)
        stage_words = self.v.language.stages.find(shown, toks)
        tech_words = [h for h in stage_words if h.value == TECHNOLOGY]
        heads = {h.start: h for h in stage_words if h.value not in DECISIVE}  # `cathode powder`: the head noun
        groups: list[list[Hit[str]]] = []
        for h in found.hits:
            after = [t for t in toks if t.start >= h.end][:2]
            limit = max(h.end + 3, after[-1].end if after else 0)
            if any(h.end <= c.start <= limit and CUSTOMER in c.value for c in cues):
                continue
            # `Etch and deposition tools`: a one-word term before `and` shares the next one's head.
            last = groups[-1][-1] if groups else None
            if last is not None and _JOINER.match(shown[last.end : h.start]) and (
                    len(last.shown.split()) == 1 or _CJK_WORD.match(last.shown)):
                groups[-1].append(h)
            else:
                groups.append([h])
        out = []
        for g in groups:
            concepts = self.v.taxonomy.find(*tokens(shown[g[0].start : g[-1].end])).concepts
            end = g[-1].end
            while (head := next((h for start, h in heads.items() if 0 < start - end <= 1), None)) is not None:
                end = head.end
            tech = any(0 <= w.start - end <= 30 for w in tech_words)
            p = _Product(shown[g[0].start : end], concepts, g[0].start, tech)
            p.matched = [i for i in self.items if i.technology == tech and _names(self.v, concepts, i.concepts)]
            out.append(p)
        return out

    def segment(self, text: str, source: str, sentence_outputs: list[_Product], carry: list[str]) -> None:
        shown, toks = tokens(text)
        lang = self.v.language
        cues = lang.cues.find(shown, toks)
        products = self.products(shown, toks, cues)
        places = lang.places.find(shown, toks)
        makes = next((c.start for c in cues if MAKES in c.value), None)
        outbound = any(OUTBOUND in c.value for c in cues)
        roles = [self._role(shown, p, cues, carry) for p in places]
        sends = outbound and DESTINATION in roles
        for p in products:
            if (makes is not None and p.start > makes) or (sends and (makes is None or p.start > makes)):
                p.output = True
            elif p.matched:
                p.output = not p.matched[0].inbound
            else:
                near = min(cues, key=lambda c: abs(c.start - p.start), default=None)
                p.output = not (near is not None and ORIGIN in near.value and DESTINATION not in near.value)
        outputs = [p for p in products if p.output]
        sentence_outputs.extend(outputs)
        if not self.main_outputs:
            self.main_outputs.extend(outputs)
        quote = _quote(text)
        for place, role in zip(places, roles, strict=True):
            country = self.home if place.value == HOME else place.value
            if role == DESTINATION:
                targets = outputs or sentence_outputs
                if not targets:
                    self.pending.append((country, source, quote))
                for p in targets:
                    self._add_output(p, country, source, quote)
            elif role == ORIGIN:
                inputs = [i for p in products if not p.output for i in p.matched if i.inbound]
                if not inputs and any(h.value == TECHNOLOGY for h in lang.stages.find(shown, toks)):
                    inputs = [i for i in self.items if i.technology and i.inbound]
                for i in inputs:
                    self._add(i.key, i.name, i.direction, country, source, quote, False)
        for p in outputs:
            self._add_output(p, "", source, quote)

    def _role(self, shown: str, place: Hit[str], cues: list[Hit[frozenset[str]]], carry: list[str]) -> str:
        if shown[place.end : place.end + 1] in self.v.language.made_in:
            role = ORIGIN  # 中国产, 중국산: made in
        else:
            useful = [c for c in cues if (ORIGIN in c.value) != (DESTINATION in c.value) and NEUTRAL not in c.value]
            near = min(useful, key=lambda c: min(abs(c.end - place.start), abs(c.start - place.end)), default=None)
            role = "" if near is None else ORIGIN if ORIGIN in near.value else DESTINATION
            role = role or (carry[0] if carry else "")
        carry[:] = [role] if role else carry
        return role

    def _add_output(self, p: _Product, country: str, source: str, quote: str) -> None:
        existing = [i for i in p.matched if not i.inbound]
        for i in existing:
            self._add(i.key, i.name, i.direction, country, source, quote, False)
        if not existing:
            d = ItemDirection.TECHNOLOGY_OUT if p.technology else ItemDirection.OUTPUT
            self._add(item_key(p.name, d), p.name, d, country, source, quote, True)

    def _add(self, key: str, name: str, d: ItemDirection, country: str, source: str, quote: str, new: bool) -> None:
        if not any(f.item_key == key and f.country == country for f in self.flows):
            self.flows.append(InferredFlow(key, name, d, country, source, quote, new))


def read_flows(texts: Sequence[tuple[str, str]], home: str, items: Sequence[KeyItem],
               partners: Sequence[tuple[str, str]], vocabulary: ScreeningVocabulary) -> list[InferredFlow]:
    """Flows a venture's texts (`(source, text)`: activity, notes) state in English, Chinese or
    Korean: `cathode powder for Korean cell plants` is an output to Korea, `dependent on Chinese
    gallium imports` a Chinese origin for the gallium input. Ore inputs of a venture whose text
    says it mines come from its own country; a technology input nobody names a licensor for is
    proposed as coming from the foreign partners. Nothing here is recorded: these are proposals."""
    reader = _Reader(home, items, vocabulary)
    mining_quote = ""
    for source, text in texts:
        for sentence in (s for s in _SENTENCE.split(text or "") if s.strip()):
            outputs: list[_Product] = []
            carry: list[str] = []
            for part in (p for p in _SEGMENT.split(sentence) if p.strip()):
                reader.segment(part, source, outputs, carry)
                if not mining_quote and vocabulary.language.mining.find_in(part):
                    mining_quote = _quote(part)
    for country, source, quote in reader.pending:
        targets = reader.main_outputs or [_Product(i.name, i.concepts, 0, i.technology, [i], True)
                                          for i in reader.items if not i.inbound]
        for p in targets:
            reader._add_output(p, country, source, quote)
    told = {f.item_key for f in reader.flows if f.country}
    flows = [f for f in reader.flows if f.country or f.item_key not in told]
    for i in reader.items:
        if i.countries or i.key in told or not i.inbound:
            continue
        if mining_quote and i.stage.value == "ore":
            flows.append(InferredFlow(i.key, i.name, i.direction, home, "own mine", mining_quote, False))
        elif i.technology:
            flows.extend(InferredFlow(i.key, i.name, i.direction, c, "partner", _quote(f"partner {n} ({c})"), False)
                         for n, c in partners if c and c != home)
    return flows
