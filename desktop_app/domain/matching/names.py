"""Reading one name: the vocabulary terms it names, its stage words, codes written in it, its words."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.matching.codes import codes_in_text
from desktop_app.domain.matching.phrases import Hit
from desktop_app.domain.matching.stages import DECISIVE
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary
from desktop_app.domain.matching.words import tokens

_PURPOSE = frozenset({"for", "to", "用于", "用", "위한", "용"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What a name says, for matching and for explaining a match."""

    concepts: frozenset[str]  # the most specific vocabulary terms named
    stage_words: tuple[str, ...]  # stages named by words outside the terms' own names, in order
    modifiers: frozenset[str]  # terms that only qualify a technology/equipment/service word
    codes: tuple[str, ...]  # codes written inside the name (`(ECCN 3A090.c)`)
    terms: frozenset[str]  # significant words after synonyms, for names no term describes
    rewrites: tuple[str, ...]  # the synonyms that produced `terms`
    hits: tuple[Hit[str], ...]  # where the terms are named


def read_name(name: str, vocabulary: ScreeningVocabulary, issuer: str | None = None) -> Reading:
    """Read a name once per vocabulary (names recur across thousands of items: cached).

    `issuer`: the name is a measure's list entry, read with every term it names (broad ones
    too), and bare control numbers (`3C901.a.1`) are the issuing jurisdiction's list numbers."""
    cache = vocabulary.cache
    key = (name, issuer)
    found = cache.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    shown, toks = tokens(name)
    stage_hits = vocabulary.language.stages.find(shown, toks)
    terms_found = vocabulary.taxonomy.find(shown, toks, reduce=issuer is None)
    spans = [(h.start, h.end) for h in terms_found.hits]
    outside = [h for h in stage_hits if not any(a <= h.start and h.end <= b for a, b in spans)]
    # `technology for mining, smelting and metal refining`: what follows `for` is the purpose,
    # not what the item is.
    first = next((h for h in outside if h.value in DECISIVE), None)
    if first is not None:
        purpose = next((t.start for t in toks if t.start >= first.end and t.text in _PURPOSE), None)
        if purpose is not None:
            outside = [h for h in outside if h.start < purpose]
    modifiers = set()
    for h in terms_found.hits:
        if h.value not in terms_found.concepts:
            continue
        follower = next((s for s in outside if s.start >= h.end), None)
        if follower is not None and follower.value in DECISIVE and not shown[h.end : follower.start].strip(" -"):
            modifiers.add(h.value)
    words, rewrites = vocabulary.synonyms.explained(name)
    reading = Reading(terms_found.concepts, tuple(h.value for h in outside), frozenset(modifiers),
                      tuple(codes_in_text(name, issuer)), words, rewrites, terms_found.hits)
    cache[key] = reading
    return reading
