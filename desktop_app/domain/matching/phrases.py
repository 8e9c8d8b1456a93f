"""Finding known phrases in text: word sequences for Latin script, substrings for Chinese and Korean."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from desktop_app.domain.matching.words import CONJUNCTIONS, Token, tokens

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Hit(Generic[V]):
    """A phrase found in a text: what it stands for, where, and how the text wrote it."""

    value: V
    start: int
    end: int
    shown: str


class PhraseIndex(Generic[V]):
    """Phrases mapped to values. Latin phrases match whole (stemmed) words in sequence; phrases
    in Chinese or Korean match inside runs of those scripts, spaces ignored (`리튬 광석` is
    found in `리튬광석`). Longest first, never overlapping. Short all-capital phrases (`US`,
    `EU`) can be told to match only when written in capitals (`us` is a pronoun)."""

    def __init__(self, phrases: Iterable[tuple[str, V]], *, strict_capitals: bool = False) -> None:
        self._latin: dict[str, list[tuple[tuple[str, ...], V, bool]]] = defaultdict(list)
        self._cjk: dict[str, V] = {}
        self._cjk_longest = 0
        for phrase, value in phrases:
            toks = tokens(phrase)[1]
            if toks and all(t.cjk for t in toks):  # mixed phrases (`NCM 전구체`) match word by word
                key = "".join(phrase.lower().split())
                self._cjk.setdefault(key, value)
                self._cjk_longest = max(self._cjk_longest, len(key))
                continue
            words = tuple(t.text for t in toks)
            if words:
                capitals = strict_capitals and phrase.isupper() and len(phrase.replace(".", "")) <= 3
                self._latin[words[0]].append((words, value, capitals))
        for options in self._latin.values():
            options.sort(key=lambda o: -len(o[0]))

    def __bool__(self) -> bool:
        return bool(self._latin or self._cjk)

    def find(self, shown: str, toks: list[Token]) -> list[Hit[V]]:
        """Every phrase of the index in a tokenised text (`tokens(text)`), in text order."""
        found = self._find_latin(shown, toks) + self._find_cjk(shown, toks)
        found.sort(key=lambda h: h.start)
        return found

    def find_in(self, text: str) -> list[Hit[V]]:
        return self.find(*tokens(text))

    def _find_latin(self, shown: str, toks: list[Token]) -> list[Hit[V]]:
        out: list[Hit[V]] = []
        i = 0
        while i < len(toks):
            for words, value, capitals in self._latin.get(toks[i].text, ()):
                end = i + len(words)
                if end <= len(toks) and all(toks[i + k].text == w for k, w in enumerate(words)):
                    span = shown[toks[i].start : toks[end - 1].end]
                    if capitals and not span.isupper():
                        continue
                    out.append(Hit(value, toks[i].start, toks[end - 1].end, span))
                    i = end
                    break
            else:
                i += 1
        return out

    def _find_cjk(self, shown: str, toks: list[Token]) -> list[Hit[V]]:
        if not self._cjk:
            return []
        out: list[Hit[V]] = []
        # Runs of adjacent CJK words, joined without their spaces, with each character's offset.
        runs: list[list[tuple[str, int]]] = []
        previous: Token | None = None
        for t in toks:
            if not t.cjk:
                previous = None
                continue
            if previous is None:
                runs.append([])
            runs[-1].extend((shown[p], p) for p in range(t.start, t.end))
            previous = t
        for run in runs:
            text = "".join(ch for ch, _ in run).lower()
            i = 0
            while i < len(text):
                for n in range(min(self._cjk_longest, len(text) - i), 0, -1):
                    value = self._cjk.get(text[i : i + n])
                    if value is not None:
                        start, end = run[i][1], run[i + n - 1][1] + 1
                        out.append(Hit(value, start, end, shown[start:end]))
                        i += n
                        break
                else:
                    i += 1
        return out


def distributed(toks: list[Token]) -> list[tuple[list[Token], Token | None]]:
    """Readings of a coordination that share a word, each with the word whose reading it
    replaces: `NCM and NCA precursor` also reads `NCM precursor` (replacing what `NCM` alone
    named), `lithium carbonate/hydroxide` also reads `lithium hydroxide` (Latin words only)."""
    out: list[tuple[list[Token], Token | None]] = []
    for i, t in enumerate(toks):
        if t.text not in CONJUNCTIONS or i == 0 or i + 1 >= len(toks) or t.cjk:
            continue
        left, right = toks[:i], toks[i + 1 :]
        out.append(([*left, *right[1:]], left[-1]))  # the head after the right word is shared
        out.append(([*left[:-1], *right], None))  # the word before the left one is shared
    return out
