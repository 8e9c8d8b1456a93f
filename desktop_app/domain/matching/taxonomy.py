"""The item vocabulary: terms with aliases in English, Chinese and Korean, broader/narrower relations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop_app.domain.matching.phrases import Hit, PhraseIndex, distributed
from desktop_app.domain.matching.words import Token


@dataclass(frozen=True, slots=True)
class Term:
    """One item of the field (`lithium carbonate`), the stage it sits at ("" for a family such as
    `lithium`), what names it, and the broader terms it is a kind of."""

    key: str
    label: str
    stage: str
    aliases: tuple[str, ...]
    broader: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Found:
    """The terms a name speaks of (most specific only) and where the text names them."""

    concepts: frozenset[str]
    hits: tuple[Hit[str], ...]


NOTHING = Found(frozenset(), ())


class Taxonomy:
    """Terms and their relations. A term covers itself and every narrower term (`natural
    graphite` covers `spherical graphite`); siblings never cover each other (`natural graphite`
    is not `synthetic graphite`), which is what a bag of words got wrong."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms: dict[str, Term] = {t.key: t for t in terms}
        self._index: PhraseIndex[str] = PhraseIndex(
            (alias, t.key) for t in self.terms.values() for alias in (t.label, *t.aliases))
        self._children: dict[str, list[str]] = defaultdict(list)
        for t in self.terms.values():
            for b in t.broader:
                if b in self.terms:
                    self._children[b].append(t.key)
        self._ancestors: dict[str, frozenset[str]] = {}
        self._cache: dict[str, Found] = {}

    @classmethod
    def from_rows(cls, terms: Iterable[Mapping[str, object]]) -> Taxonomy:
        """From dicts with key, label, stage, aliases (list) and broader (list of keys)."""
        return cls(Term(str(t["key"]), str(t["label"]), str(t.get("stage") or ""),
                        tuple(map(str, t.get("aliases") or ())),  # type: ignore[call-overload]
                        tuple(map(str, t.get("broader") or ())))  # type: ignore[call-overload]
                   for t in terms)

    def __len__(self) -> int:
        return len(self.terms)

    def label(self, key: str) -> str:
        term = self.terms.get(key)
        return term.label if term else key

    def stage(self, key: str) -> str:
        term = self.terms.get(key)
        return term.stage if term else ""

    def ancestors(self, key: str) -> frozenset[str]:
        """Every broader term, transitively (a cycle someone typed in is cut where it closes)."""
        found = self._ancestors.get(key)
        if found is None:
            seen: set[str] = set()
            todo = list(self.terms[key].broader) if key in self.terms else []
            while todo:
                b = todo.pop()
                if b not in seen and b != key and b in self.terms:
                    seen.add(b)
                    todo.extend(self.terms[b].broader)
            found = self._ancestors[key] = frozenset(seen)
        return found

    def covers(self, broad: str, narrow: str) -> bool:
        return broad == narrow or broad in self.ancestors(narrow)

    def chain(self, broad: str, narrow: str) -> list[str]:
        """Labels from `narrow` up to `broad` (`spherical graphite` -> `natural graphite`)."""
        if broad == narrow:
            return [self.label(narrow)]
        paths = [[narrow]]
        while paths:
            path = paths.pop(0)
            for b in self.terms[path[-1]].broader if path[-1] in self.terms else ():
                if b == broad:
                    return [self.label(k) for k in [*path, b]]
                if b not in path:
                    paths.append([*path, b])
        return []

    def find(self, shown: str, toks: list[Token], *, reduce: bool = True) -> Found:
        """The terms a tokenised name speaks of. Coordinations are read both ways (`NCM and NCA
        precursor` names both precursors, and not NCM cathode); a term is implied when all its
        broader terms are named (`인조흑연 음극재`: artificial graphite + anode material =
        artificial graphite anode). With `reduce`, broader terms are dropped when a narrower one
        is named (`natural spherical graphite` is spherical graphite); a measure's list entry keeps
        them all (`lithium refining technologies (spodumene to carbonate...)` is about lithium)."""
        hits = self._index.find(shown, toks)
        named = {h.value for h in hits}
        base = set(named)
        superseded: set[str] = set()
        for variant, replaces in distributed(toks):
            for h in self._index.find(shown, variant):
                if any(h.value in self.ancestors(b) for b in base):
                    continue  # a broader reading of what the text already names exactly
                named.add(h.value)
                if replaces is not None and h.start <= replaces.start and h.end > replaces.end:
                    superseded |= {b.value for b in hits if b.end == replaces.end and b.value != h.value}
        named -= superseded
        implied = set(named)
        for key in named:
            for child in self._children.get(key, ()):
                parents = self.terms[child].broader
                if len(parents) > 1 and all(p in named for p in parents):
                    implied.add(child)
        if reduce:
            implied = {k for k in implied if not any(k in self.ancestors(o) for o in implied if o != k)}
        return Found(frozenset(implied), tuple(hits))
