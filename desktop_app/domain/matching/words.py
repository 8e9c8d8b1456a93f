"""Words of item names and activity texts: normalisation, tokens with offsets, synonyms shown."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.phrase import Phrase, template

READ_AS = template("'{term}' read as '{means}' (synonym)")
WILDCARD = "*"  # a synonym target meaning "every traded good"
# Words too common in item names to say anything about what the item is.
_GENERIC = """
a an and or of the for to in on by with from into via incl including include other others related
relevant certain such item items product products material materials raw grade high low purity
technology technologies equipment process processes preparation production manufacturing
manufacture licence license licensing know how tool tools part parts component components crude
refined unprocessed processed processing powder compound compounds ore ores metal metals use uses end user
dual clause type types based advanced active new battery ion stricter review lifted as per than
"""
GENERIC_WORDS = frozenset(_GENERIC.split())
_TOKEN = re.compile(r"[^\W_]+|[/&]")
CONJUNCTIONS = frozenset({"and", "or", "/", "&", "和", "及", "与", "및"})
# Han ideographs, kana and Hangul: scripts written without spaces between words, matched as substrings.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def stem(word: str) -> str:
    """A light plural fold (`oxides` -> `oxide`, `batteries` -> `battery`), never below 3 letters."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def fold(text: str) -> str:
    """NFKC and case-folded, for comparing text that people typed."""
    return unicodedata.normalize("NFKC", text).casefold()


def words(text: str) -> list[str]:
    """Normalised words of a name: NFKC, case-folded, split on anything not a letter or digit."""
    return [stem(w) for w in re.findall(r"[^\W_]+", fold(text)) if not w.isdigit() and len(w) > 1]


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text (stemmed when Latin, verbatim when CJK) and where it stands in the text."""

    text: str
    start: int
    end: int
    cjk: bool


def tokens(text: str) -> tuple[str, list[Token]]:
    """(the NFKC text, its tokens): Latin words stemmed and folded, CJK runs kept whole, `/` and
    `&` kept as conjunctions; offsets point into the NFKC text, so spans can be shown as written."""
    shown = unicodedata.normalize("NFKC", text)
    low = shown.lower()
    if len(low) != len(shown):  # a few characters change length when lowered: keep offsets honest
        shown = low
    out = []
    for m in _TOKEN.finditer(low):
        word = m.group()
        cjk = is_cjk(word)
        out.append(Token(word if cjk else stem(word.casefold()), m.start(), m.end(), cjk))
    return shown, out


class Synonyms:
    """Phrase rewriting for names no vocabulary term describes; each rewrite is reported."""

    def __init__(self, mapping: Mapping[str, str] | None = None) -> None:
        self._rules: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], str, str]]] = defaultdict(list)
        self._cache: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
        for term, means in (mapping or {}).items():
            phrase = tuple(words(term))
            target = (WILDCARD,) if means.strip() == WILDCARD else tuple(words(means))
            if phrase:
                self._rules[phrase[0]].append((phrase, target, term, means))
        for rules in self._rules.values():
            rules.sort(key=lambda r: -len(r[0]))  # longest phrase wins

    def rewrite(self, found: list[str]) -> tuple[list[str], list[str]]:
        """(the words after rewriting, one `'term' read as 'means'` note per rewrite used)."""
        out: list[str] = []
        notes: list[str] = []
        i = 0
        while i < len(found):
            for phrase, target, term, means in self._rules.get(found[i], ()):
                if tuple(found[i : i + len(phrase)]) == phrase:
                    out.extend(target)
                    notes.append(Phrase(READ_AS, term=term, means=means))
                    i += len(phrase)
                    break
            else:
                out.append(found[i])
                i += 1
        return out, notes

    def terms(self, name: str) -> frozenset[str]:
        """The significant words of a name after synonyms, without generic words."""
        return self.explained(name)[0]

    def explained(self, name: str) -> tuple[frozenset[str], tuple[str, ...]]:
        """(significant words after synonyms, the rewrites that produced them)."""
        found = self._cache.get(name)
        if found is None:
            rewritten, notes = self.rewrite(words(name))
            # Interned: a few hundred distinct words recur across tens of thousands of items.
            found = (frozenset(sys.intern(w) for w in rewritten if w not in GENERIC_WORDS), tuple(notes))
            self._cache[name] = found
        return found
