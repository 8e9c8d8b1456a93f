"""The vocabularies screening is handed: item terms, synonyms, crosswalk, stage and trade words, places."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.matching.codes import Crosswalk
from desktop_app.domain.matching.phrases import PhraseIndex
from desktop_app.domain.matching.taxonomy import Taxonomy
from desktop_app.domain.matching.words import Synonyms
from desktop_app.domain.phrase import Places

_EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
EU_MEMBERS = frozenset(_EU.split())
HOME = "HOME"  # a place word meaning the venture's own country ("domestic", "国内", "국내")
# Cue categories of trade words in activity texts.
ORIGIN, DESTINATION, OUTBOUND, MAKES, CUSTOMER, NEUTRAL = (
    "origin", "destination", "outbound", "makes", "customer", "neutral")
# Flavours of a measure that reaches beyond its own borders.
FDP, REEXPORT, CONTAINS = "foreign-made", "re-export", "contains"


def expand_default(code: str) -> frozenset[str]:
    """A jurisdiction and the countries within it (the EU brings its members)."""
    return frozenset({code}) | (EU_MEMBERS if code == "EU" else frozenset())


def reader_name(name: str) -> str:
    """An ISO-style inverted name turned the way a sentence needs it:
    `Congo, The Democratic Republic of the` -> `the Democratic Republic of the Congo`."""
    head, sep, tail = name.partition(", ")
    if not sep or "," in tail:
        return name
    words = tail.split()
    if tail.endswith((" of", " of the")) or len(words) == 1:
        turned = f"{tail} {head}"
        return turned[0].lower() + turned[1:] if turned.startswith("The ") else turned
    return name


@dataclass(frozen=True)
class Language:
    """Words that tell a stage, a place or a trade direction, in English, Chinese and Korean."""

    stages: PhraseIndex[str]
    code_stages: Mapping[str, str]
    places: PhraseIndex[str]
    cues: PhraseIndex[frozenset[str]]  # a trade word and what it can mean (sold: destination, outbound)
    mining: PhraseIndex[str]
    made_in: frozenset[str]  # a character right after a place meaning "made in" (中国产, 중국산)
    extraterritorial: Mapping[str, tuple[re.Pattern[str], ...]]

    @classmethod
    def from_json(cls, data: Mapping[str, Any], country_names: Mapping[str, str] | None = None) -> Language:
        """From the shipped `screening_language.json`; `country_names` (code -> English name)
        adds every country's own name to the place words."""
        places: list[tuple[str, str]] = [(name, code) for code, name in (country_names or {}).items()
                                         if len(name) > 3]
        places += [(w, code) for code, spellings in data.get("places", {}).items() for w in spellings]
        places += [(w, HOME) for w in data.get("home", [])]
        kinds: dict[str, set[str]] = {}
        for kind, spellings in data.get("cues", {}).items():
            for w in spellings:
                kinds.setdefault(w, set()).add(kind)
        cues = [(w, frozenset(k)) for w, k in kinds.items()]
        return cls(
            stages=PhraseIndex((w, stage) for stage, spellings in data.get("stage_words", {}).items()
                               for w in spellings),
            code_stages=dict(data.get("code_stages", {})),
            places=PhraseIndex(places, strict_capitals=True),
            cues=PhraseIndex(cues),
            mining=PhraseIndex((w, "mining") for w in data.get("mining", [])),
            made_in=frozenset(data.get("made_in", [])),
            # One pattern per flavour: every measure's title, summary and entries are searched.
            extraterritorial={kind: (re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE),)
                              for kind, patterns in data.get("extraterritorial", {}).items() if patterns},
        )

    def reach_beyond(self, texts: Iterable[str]) -> frozenset[str]:
        """Which extraterritorial flavours the texts state (foreign-made, re-export, contains)."""
        joined = "\n".join(texts)
        return frozenset(kind for kind, patterns in self.extraterritorial.items()
                         if any(p.search(joined) for p in patterns))


EMPTY_LANGUAGE = Language(PhraseIndex(()), {}, PhraseIndex(()), PhraseIndex(()), PhraseIndex(()),
                          frozenset(), {})


def _no_names(code: str) -> str:
    return code


@dataclass(frozen=True)
class ScreeningVocabulary:
    """Everything matching needs besides the records: handed in by the services layer."""

    taxonomy: Taxonomy = field(default_factory=lambda: Taxonomy(()))
    synonyms: Synonyms = field(default_factory=Synonyms)
    crosswalk: Crosswalk = field(default_factory=Crosswalk)
    language: Language = EMPTY_LANGUAGE
    # A jurisdiction code -> its name for a reader (a group code -> the group's name).
    name_of: Callable[[str], str] = _no_names
    # The register's jurisdiction groups: group code -> the countries within it.
    groups: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # Names read with this vocabulary (see names.read_name): a few thousand recur everywhere.
    cache: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    def expand(self, code: str) -> frozenset[str]:
        """A jurisdiction and the countries within it: a group's members (the EU's, built in when
        the register has no EU group)."""
        members = self.groups.get(code)
        return expand_default(code) if members is None else frozenset({code}) | members

    def country(self, code: str) -> str:
        return reader_name(self.name_of(code)) if code != HOME else "its own country"

    def countries(self, codes: Iterable[str]) -> str:
        """`the United States, Germany and France`: names joined for a sentence."""
        unique = list(dict.fromkeys(codes))
        plain = [self.country(c) for c in unique]
        names = [("the " + n) if n in _THE else n for n in plain]
        text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""
        return Places(text, unique, plain)  # the codes kept: a report names them in its language


# Country names that read with "the" in a sentence.
_THE = frozenset({"United States", "United Kingdom", "Netherlands", "Philippines", "European Union",
                  "Czech Republic", "United Arab Emirates", "Dominican Republic", "Bahamas", "Gambia"})
