"""Reading one name: the vocabulary terms it names, its stage words, codes written in it, its words."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.matching.codes import codes_in_text, issuer_list
from desktop_app.domain.matching.phrases import Hit
from desktop_app.domain.matching.stages import DECISIVE
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary
from desktop_app.domain.matching.words import CONJUNCTIONS, GENERIC_WORDS, Token, tokens

_PURPOSE = frozenset({"for", "to", "用于", "用", "위한", "용"})
# Words of a list's wording, not of the item: `listed rare-earth items`, `China-origin graphite`.
_WORDING = frozenset({"listed", "controlled", "specified", "covered", "origin", "foreign", "bearing",
                      "containing", "contained", "made", "all", "any", "following"})
_BREAK = GENERIC_WORDS | CONJUNCTIONS | _WORDING
# Stage words too broad to narrow a family: `graphite products` is graphite.
_BROAD = frozenset({"product", "material", "item", "good", "part", "component", "raw", "technology", "equipment"})


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
    # A family term (no stage of its own) narrowed by the words next to it in a measure's entry:
    # `graphite scrap` is not all graphite, `recycled cobalt` not all cobalt.
    qualifiers: tuple[tuple[str, frozenset[str]], ...] = ()
    # Terms written next to each other name one thing together (`graphite anode`: both a kind of
    # graphite and an anode material); terms apart (`gallium, germanium`) are a list.
    groups: tuple[tuple[str, ...], ...] = ()


def _groups(shown: str, hits: tuple[Hit[str], ...], concepts: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    groups: list[list[str]] = []
    last: Hit[str] | None = None
    for h in hits:
        if h.value not in concepts:
            continue
        if last is not None and groups and not shown[last.end : h.start].strip(" -"):
            groups[-1].append(h.value)
        else:
            groups.append([h.value])
        last = h
    grouped = {c for g in groups for c in g}
    return tuple(tuple(dict.fromkeys(g)) for g in groups) + tuple((c,) for c in sorted(concepts - grouped))


def _qualifiers(shown: str, toks: list[Token], hits: tuple[Hit[str], ...], concepts: frozenset[str],
                stage_hits: list[Hit[str]], vocabulary: ScreeningVocabulary) -> tuple[tuple[str, frozenset[str]], ...]:
    """For each term named in a Latin-script entry, the significant words written right before or
    after it (up to a punctuation mark, a conjunction, a generic or wording word, a code): words
    the vocabulary does not know narrow the term (`fatelaium precursor` is not every precursor).
    Stage words narrow a family (`cobalt oxides`), never a term with a stage of its own (the
    stage rule does that: `unprocessed crushed lithium ore`)."""
    places = vocabulary.language.places.find(shown, toks)
    covered = [(h.start, h.end) for h in hits] + [(p.start, p.end) for p in places]
    staged = [(h.start, h.end) for h in stage_hits]
    out = []
    for h in hits:
        if h.value not in concepts or any(t.cjk for t in toks if h.start <= t.start < h.end):
            continue
        family = not vocabulary.taxonomy.stage(h.value)
        words: set[str] = set()
        before = [t for t in toks if t.end <= h.start][::-1]
        after = [t for t in toks if t.start >= h.end]
        for side, start in ((before, h.start), (after, h.end)):
            edge = start
            for t in side[:2]:
                gap = shown[min(t.end, edge) : max(t.start, edge)]
                stage_word = any(a <= t.start < b for a, b in staged)
                if (gap.strip(" -") or t.cjk or t.text in _BROAD or (t.text in _BREAK and not (family and stage_word))
                        or any(ch.isdigit() for ch in t.text) or len(t.text) < 2
                        or any(a <= t.start < b for a, b in covered) or (stage_word and not family)):
                    break
                words.add(t.text)
                edge = t.start if side is before else t.end
        if words:
            out.append((h.value, frozenset(words)))
    return tuple(out)


def read_name(name: str, vocabulary: ScreeningVocabulary, issuer: str | None = None) -> Reading:
    """Read a name once per vocabulary (names recur across thousands of items: cached).

    `issuer`: the name is a measure's list entry, read with every term it names (broad ones
    too), and bare control numbers (`3C901.a.1`) are the issuing jurisdiction's list numbers."""
    cache = vocabulary.cache
    key = (name, issuer is not None, issuer_list(issuer))  # issuers sharing a list read alike
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
    qualifiers = (_qualifiers(shown, toks, terms_found.hits, terms_found.concepts, stage_hits, vocabulary)
                  if issuer else ())
    groups = _groups(shown, terms_found.hits, terms_found.concepts) if issuer else ()
    reading = Reading(terms_found.concepts, tuple(h.value for h in outside), frozenset(modifiers),
                      tuple(codes_in_text(name, issuer)), words, rewrites, terms_found.hits, qualifiers, groups)
    cache[key] = reading
    return reading
