"""A venture as matching reads it: recorded items, and the flows its texts and partners suggest."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import Any

from desktop_app.domain.matching.activity import InferredFlow, read_flows
from desktop_app.domain.matching.profiles import Evidence, KeyItem, VentureProfile, key_item
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary


def venture_profile(
    id: int, name: str, country: str, items: Iterable[Sequence[Any]], vocabulary: ScreeningVocabulary,
    shared: dict[Any, Any] | None = None, *, texts: Sequence[tuple[str, str]] = (),
    partners: Sequence[tuple[str, str]] = (), rejected: Collection[tuple[str, str]] = (),
) -> VentureProfile:
    """What matching needs of one venture. `items`: (name, direction, codes, countries[, stage]);
    `texts`: (source, text) pairs such as ("activity", ...) read for flows in words; `rejected`:
    (item key, country) of inferred flows someone rejected, never proposed again."""
    recorded = [key_item(pos, str(i[0]), i[1], i[2], i[3], str(i[4]) if len(i) > 4 and i[4] else "",
                         vocabulary, shared) for pos, i in enumerate(items)]
    flows = [f for f in inferred_flows(recorded, country, texts, partners, vocabulary)
             if (f.item_key, f.country) not in rejected]
    if not flows:
        return VentureProfile(id, name, country, tuple(recorded), tuple(partners))
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    new: dict[str, InferredFlow] = {}
    for f in flows:
        if f.country:
            evidence[f.item_key].append(Evidence(f.country, f.source, f.quote))
        if f.new_item:
            new.setdefault(f.item_key, f)
    items_out = []
    for item in recorded:
        known = set(item.countries)
        extra = tuple(e for e in evidence.get(item.key, ()) if e.country not in known)
        items_out.append(item if not extra else _with(item, extra))
    for pos, f in enumerate(new.values(), start=len(recorded)):
        items_out.append(key_item(pos, f.item_name, f.direction, (), (), "", vocabulary, shared, recorded=False,
                                  inferred=tuple(evidence.get(f.item_key, ()))))
    return VentureProfile(id, name, country, tuple(items_out), tuple(partners))


def inferred_flows(recorded: Sequence[Any], country: str, texts: Sequence[tuple[str, str]],
                   partners: Sequence[tuple[str, str]], vocabulary: ScreeningVocabulary) -> list[InferredFlow]:
    """The flows proposed for a venture (nothing read when it has no text and no partners)."""
    if not any(t for _, t in texts) and not partners:
        return []
    return read_flows(texts, country, recorded, partners, vocabulary)


def _with(item: KeyItem, extra: tuple[Evidence, ...]) -> KeyItem:
    return replace(item, inferred=extra, place=(*item.place[:3], tuple(e.country for e in extra)))
