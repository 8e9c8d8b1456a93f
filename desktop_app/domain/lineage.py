"""Measure lineage: link kinds, how each reads from either end, and the rules a new link obeys."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.fields import Issue, Severity
from desktop_app.system.message_language import label, msg


class LinkKind(Vocabulary):
    """`from` FINALISES `to`: e.g. the 15 Jul 2025 catalogue finalises the 2 Jan 2025 draft."""

    FINALISES = "finalises"
    AMENDS = "amends"
    SUSPENDS = "suspends"
    SUPERSEDES = "supersedes"
    RESPONDS_TO = "responds_to"

    @property
    def inverse_label(self) -> str:
        """How the link reads from the other measure."""
        return _INVERSE[self]


_INVERSE = {
    LinkKind.FINALISES: "finalised by",
    LinkKind.AMENDS: "amended by",
    LinkKind.SUSPENDS: "suspended by",
    LinkKind.SUPERSEDES: "superseded by",
    LinkKind.RESPONDS_TO: "responded to by",
}
# Other spellings people type; an inverse phrase swaps the two measures.
_SPELLINGS = {"finalizes": (LinkKind.FINALISES, False), "replaces": (LinkKind.SUPERSEDES, False),
              "finalized by": (LinkKind.FINALISES, True), "replaced by": (LinkKind.SUPERSEDES, True)}
# Kinds that order measures in time: a chain of them must never loop back.
ORDERED = frozenset({LinkKind.FINALISES, LinkKind.SUPERSEDES})
NOTE_MAX = 4_000


def parse_link_kind(text: str) -> tuple[LinkKind, bool]:
    """(kind, inverted): `finalises` -> (FINALISES, False); `finalised by` -> (FINALISES, True)."""
    folded = " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()
    for kind, phrase in _INVERSE.items():
        if folded == phrase:
            return kind, True
    if folded in _SPELLINGS:
        return _SPELLINGS[folded]
    return LinkKind(LinkKind.parse(text)), False


@dataclass(frozen=True, slots=True)
class LinkEnds:
    from_id: int
    to_id: int
    kind: LinkKind


def link_issues(new: LinkEnds, existing: Iterable[LinkEnds]) -> list[Issue]:
    """Refuse self links, duplicates, a link and its reverse, and loops of ordering links."""
    existing = list(existing)
    found: list[Issue] = []
    if new.from_id == new.to_id:
        found.append(Issue("to", Severity.ERROR, msg("a measure cannot be linked to itself")))
        return found
    if new in existing:
        found.append(Issue("kind", Severity.ERROR, msg("this '{kind}' link already exists",
                                                     kind=label(new.kind.label))))
    if LinkEnds(new.to_id, new.from_id, new.kind) in existing:
        found.append(Issue("kind", Severity.ERROR, msg("the other measure already {kind} this one; a link cannot run "
                                                     "both ways", kind=label(new.kind.label))))
    elif new.kind in ORDERED and _reaches(new.to_id, new.from_id, existing):
        found.append(Issue("kind", Severity.ERROR,
                           msg("this link would close a loop of finalising/superseding measures")))
    return found


def _reaches(start: int, goal: int, links: list[LinkEnds]) -> bool:
    after: dict[int, list[int]] = defaultdict(list)
    for link in links:
        if link.kind in ORDERED:
            after[link.from_id].append(link.to_id)
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(after[node])
    return False
