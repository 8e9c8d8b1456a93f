"""Jurisdictions as the domain sees them: codes, names, aliases and group codes, handed in by services."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property

from desktop_app.system.message_language import msg

# A group's code (`EAR:D:5`, `WORLD`): three or more capitals, digits and `:`/`-`/`.` inside.
# Two-letter codes are reserved to ISO 3166 (and EU), so a typo of a country code never
# passes for a group.
_GROUP_CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:[:.\-][A-Z0-9]+)*$")
GROUP_CODE_MAX = 40
_PUNCTUATION = re.compile(r"[\s.,;:'’‘\"()\[\]/\\_\-–—·]+")


def fold(text: str) -> str:
    """The key names are compared by: NFKC, no accents, case-folded, `&` read as `and`,
    punctuation and spacing collapsed, a leading "the" dropped ("Türkiye" = "turkiye",
    "St. Lucia" = "st lucia", "Bosnia & Herzegovina" = "bosnia and herzegovina")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    folded = unicodedata.normalize("NFKC", bare).casefold().replace("&", " and ")
    words = _PUNCTUATION.sub(" ", folded).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_group_code(text: str) -> bool:
    """True for text shaped like a group code (not whether such a group exists)."""
    return 3 <= len(text) <= GROUP_CODE_MAX and _GROUP_CODE.match(text) is not None


@dataclass(frozen=True)
class Vocabulary:
    """What the services hand the domain: ISO 3166-1 alpha-2 codes (and EU) with their English
    names, every accepted spelling folded to its code, and a similarity search for messages."""

    names: Mapping[str, str]
    # () -> {fold(spelling): code}: built on first use, as names alone are enough to show a table
    spellings: Callable[[], Mapping[str, str]] = field(repr=False, compare=False)
    # text -> the nearest valid names, best first (the services build it on a fuzzy matcher)
    nearest: Callable[[str], list[str]] = field(default=lambda _text: [], repr=False, compare=False)

    @cached_property
    def aliases(self) -> Mapping[str, str]:
        return self.spellings()

    def resolve(self, text: str) -> str | None:
        """The code `text` names (a code in any case, a name, an alias); None when it names none."""
        value = text.strip()
        if value.upper() in self.names:
            return value.upper()
        found = self.aliases.get(fold(value))
        if found is None and value.count(",") == 1:  # "Gambia, The", "Korea, Republic of"
            head, _, tail = value.partition(",")
            found = self.aliases.get(fold(f"{tail} {head}"))
        return found

    def name(self, code: str) -> str:
        """The English name of a code; any other text (a group code) comes back as it is."""
        return self.names.get(code, code)

    def did_you_mean(self, text: str) -> str:
        """" (did you mean 'China'?)" or "" when nothing is near."""
        near = self.nearest(text)
        return f" (did you mean {' or '.join(repr(n) for n in near[:2])}?)" if near else ""


_loader: list[Callable[[], Vocabulary]] = []


def install(loader: Callable[[], Vocabulary]) -> None:
    """Hand the domain the function that builds the vocabulary (called once, on first use)."""
    _loader[:] = [loader]
    vocabulary.cache_clear()


@cache
def vocabulary() -> Vocabulary:
    if not _loader:
        raise RuntimeError("no jurisdiction vocabulary installed (import desktop_app.services first)")
    return _loader[0]()


def jurisdiction_name(code: str) -> str:
    """What a person reads for a stored code: "NA" -> "Namibia"; group codes come back unchanged
    (their names are records the services look up)."""
    return vocabulary().name(code)


def parse_jurisdiction(text: str) -> str:
    """A country (or EU) by code, name or alias -> its code; ValueError naming the text otherwise."""
    vocab = vocabulary()
    code = vocab.resolve(text)
    if code is None:
        near = vocab.nearest(text)[:2]
        if len(near) == 2:
            raise ValueError(msg("{value!r} is not a country or EU: write an ISO 3166 code or a country name "
                                 "(did you mean {first!r} or {second!r}?)", value=text.strip(), first=near[0],
                                 second=near[1]))
        if near:
            raise ValueError(msg("{value!r} is not a country or EU: write an ISO 3166 code or a country name "
                                 "(did you mean {first!r}?)", value=text.strip(), first=near[0]))
        raise ValueError(msg("{value!r} is not a country or EU: write an ISO 3166 code or a country name",
                             value=text.strip()))
    return code


def parse_target(text: str) -> str:
    """A targeted or excluded jurisdiction: a country (as `parse_jurisdiction`) or a group code.
    Whether the group exists is the services' check (groups are records of the register)."""
    code = vocabulary().resolve(text)
    if code is not None:
        return code
    value = text.strip()
    if is_group_code(value):  # as written: "chna" is a misspelt country, not a group
        return value
    return parse_jurisdiction(text)  # raises, with the message of an unknown country
