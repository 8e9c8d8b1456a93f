"""The jurisdiction vocabulary built from pycountry (ISO 3166) and Babel's CLDR names, for the domain."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from functools import cache

from desktop_app.domain.jurisdictions import Vocabulary, fold
from desktop_app.system.paths import resource

EU = "EU"
# CLDR locales whose territory names are accepted on import: English, and the languages the
# register's users write names in (Chinese in both scripts, Japanese, Korean).
NAME_LOCALES = ("en", "zh", "zh_Hant", "ja", "ko")
_PAREN = re.compile(r"\s*[（(]([^()（）]*)[)）]\s*")
# CLDR writes the special administrative regions out in full ("中国香港特别行政区", "Hong Kong SAR
# China"); people write the short form ("香港", "Hong Kong SAR", "Hong Kong").
_CJK_PREFIXES = ("中華人民共和国", "中华人民共和国", "中国", "中國")
_CJK_SUFFIXES = ("特别行政区", "特別行政區", "特別行政区")
_EN_SUFFIXES = (" SAR China", " China")
NEAREST_CUTOFF = 75  # rapidfuzz ratio (0-100) below which a name is not offered as a suggestion


def _variants(name: str) -> Iterator[str]:
    """A library's name and the shorter forms people write for it."""
    yield name
    if "," in name:  # "Korea, Republic of" -> "Republic of Korea"
        head, _, tail = name.partition(",")
        yield f"{tail.strip()} {head.strip()}"
    if _PAREN.search(name):  # "Myanmar (Burma)" -> "Myanmar", "Burma"
        yield _PAREN.sub(" ", name).strip()
        yield from (inner.strip() for inner in _PAREN.findall(name) if inner.strip())
    for suffix in _EN_SUFFIXES:
        if name.endswith(suffix):
            yield name.removesuffix(suffix)
            yield from _variants(name.removesuffix(suffix))
    for prefix in _CJK_PREFIXES:
        if name.startswith(prefix) and any(name.endswith(s) for s in _CJK_SUFFIXES):
            core = name.removeprefix(prefix)
            yield next(core.removesuffix(s) for s in _CJK_SUFFIXES if core.endswith(s))


def _english_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 codes (pycountry) and EU -> CLDR English names: what a person reads."""
    import pycountry
    from babel import Locale

    english = Locale.parse("en").territories
    names = {c.alpha_2: english.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
             for c in pycountry.countries}
    names[EU] = english.get(EU, "European Union")
    return names


def _spellings(display: dict[str, str]) -> dict[str, str]:
    """fold(spelling) -> code for every ISO name, alpha-3 code and CLDR name in NAME_LOCALES, with
    their short forms; a spelling two codes share is dropped ("Korea" names neither)."""
    import pycountry
    from babel import Locale

    spellings: dict[str, list[str]] = defaultdict(list)
    for country in pycountry.countries:
        spellings[country.alpha_2] += [country.alpha_2, country.alpha_3, country.name]
        spellings[country.alpha_2] += [n for n in (getattr(country, "common_name", None),
                                                   getattr(country, "official_name", None)) if n]
    spellings[EU].append(EU)
    for locale in NAME_LOCALES:
        territories = Locale.parse(locale).territories
        for code in display:
            if code in territories:
                spellings[code].append(territories[code])
    owners: dict[str, set[str]] = defaultdict(set)
    for code, names in spellings.items():
        for name in names:
            for variant in _variants(name):
                if variant.strip():
                    owners[fold(variant)].add(code)
    aliases = {key: next(iter(codes)) for key, codes in owners.items() if len(codes) == 1}
    with resource("jurisdiction_aliases.json").open(encoding="utf-8") as fh:
        for alias, code in json.load(fh)["aliases"].items():
            aliases[fold(alias)] = code
    return aliases


def build_vocabulary() -> Vocabulary:
    """Names now; spellings and the nearest-name search of "did you mean" on first use."""
    display = _english_names()
    vocabulary = Vocabulary(display, lambda: _spellings(display),
                            lambda text: _nearest(text, display, vocabulary.aliases))
    return vocabulary


def _nearest(text: str, display: dict[str, str], aliases: Mapping[str, str]) -> list[str]:
    """The display names of the spellings closest to `text` (distinct countries, best first):
    spellings holding it as a whole word ("Korea": South Korea, North Korea), then the most
    similar ones by edit distance ("Chna": China)."""
    from rapidfuzz import fuzz, process

    folded = fold(text)
    keys = list(aliases)
    hits = sorted((k for k in keys if len(folded) > 3 and f" {folded} " in f" {k} "), key=len)
    hits += [k for k, _score, _i in process.extract(folded, keys, scorer=fuzz.ratio, limit=8,
                                                     score_cutoff=NEAREST_CUTOFF)]
    found: list[str] = []
    for key in hits:
        name = display.get(aliases[key], aliases[key])
        if name not in found:
            found.append(name)
    return found


@cache
def sentence_names() -> dict[str, str]:
    """Code -> the name a sentence reads: CLDR's English name, except where CLDR's short form
    only tells list entries apart ("Congo - Kinshasa", "Hong Kong SAR China", "Myanmar (Burma)"),
    there ISO 3166's name ("Congo, The Democratic Republic of the", "Hong Kong", "Myanmar")."""
    import pycountry

    names = _english_names()
    for c in pycountry.countries:
        shown = names.get(c.alpha_2, "")
        if " - " in shown or "SAR China" in shown or "(" in shown:
            names[c.alpha_2] = getattr(c, "common_name", None) or c.name
    return names
