"""Processing stages: read from an item's name, terms and codes; a listed stage reaches the same stage."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.enums import ItemStage
from desktop_app.domain.matching.codes import CodeKey, code_stage
from desktop_app.domain.matching.vocabulary import Language

TECHNOLOGY = ItemStage.TECHNOLOGY.value
# Words naming these stages decide the stage whatever the item is made of: "LFP preparation
# technology" is technology, "graphitisation furnaces" equipment.
DECISIVE = (ItemStage.TECHNOLOGY.value, ItemStage.EQUIPMENT.value, ItemStage.SERVICE.value)
NOT_GOODS = frozenset({ItemStage.TECHNOLOGY.value, ItemStage.SERVICE.value})


@dataclass(frozen=True, slots=True)
class Stage:
    """An item's stage and where it was read from: recorded, name, vocabulary, codes ("" unknown)."""

    value: str
    source: str

    @property
    def label(self) -> str:
        return ItemStage(self.value).label if self.value else "stage not known"


UNKNOWN = Stage("", "")


def code_stages(keys: Iterable[CodeKey], language: Language) -> list[str]:
    return [s for s in (code_stage(k, language.code_stages) for k in keys) if s]


def item_stage(explicit: str, words: list[str], concepts: list[str], codes: list[str]) -> Stage:
    """One stage for a venture's item: as recorded; else technology, equipment or service words;
    else its vocabulary term's stage (`concepts` lists the head term's stage
    first: the last term a name names); else its last stage word (English and CJK names end in
    their head noun: `lithium hydroxide powder` is a material); else its codes' chapter."""
    if explicit:
        return Stage(explicit, "recorded")
    for decisive in DECISIVE:
        if decisive in words:
            return Stage(decisive, "name")
    if concepts:
        return Stage(concepts[0], "vocabulary")
    if words:
        return Stage(words[-1], "name")
    return Stage(codes[0], "codes") if codes else UNKNOWN


def allowed(entry_words: frozenset[str], concept_stage: str, modifier: bool) -> frozenset[str]:
    """The stages a measure's list entry reaches through one of its terms: the stages its words
    name, and the term's own stage unless the term only qualifies a technology, equipment or
    service word (`cathode equipment` is not cathode material). Empty: any stage of goods."""
    if concept_stage and not modifier:
        return entry_words | {concept_stage}
    return entry_words


def inherit(entries: list[frozenset[str]], bare: list[bool]) -> list[frozenset[str]]:
    """A list that names one stage only qualifies its bare entries: in `unprocessed crushed
    lithium ore; cobalt; graphite; rare earth minerals`, cobalt and graphite are ores too."""
    named = {s for e in entries for s in e}
    if len(named) != 1 or named & set(DECISIVE):  # "made with Chinese technology" qualifies no ore
        return entries
    return [frozenset(named) if b and not e else e for e, b in zip(entries, bare, strict=True)]


def compatible(reach: frozenset[str], item: Stage) -> bool:
    """A listed stage reaches the same stage only; an entry naming no stage reaches any stage of
    goods (never technology or services); an item of unknown stage is given the benefit of the
    doubt unless the entry is about technology or services only."""
    if not item.value:
        return not reach or bool(reach - NOT_GOODS)
    if not reach:
        return item.value not in NOT_GOODS
    return item.value in reach
