"""The share of a party held by listed parties on a date: summed across owners, multiplied along
tiers, a captured intermediate counted in full; `unknown` never turns into `not captured`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.errors import RegisterError
from desktop_app.domain.ownership import wording as w
from desktop_app.domain.phrase import Phrase, Term
from desktop_app.system.message_language import msg

HUNDRED = Decimal(100)
ZERO = Decimal(0)
DEFAULT_THRESHOLD = Decimal(50)


class Listing(StrEnum):
    """What the listings say about one party on the date asked about."""

    LISTED = "listed"
    NOT_LISTED = "not listed"
    NOT_YET = "not yet listed"  # listed from a later date
    UNKNOWN = "listing unknown"  # a possible match nobody has confirmed or rejected


class Verdict(StrEnum):
    CAPTURED = "captured"
    NOT_CAPTURED = "not captured"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Edge:
    """`owner` holds `share` percent (None: not known) of the party whose edge this is."""

    owner: int
    share: Decimal | None


@dataclass(frozen=True, slots=True)
class Status:
    listing: Listing
    why: str = ""  # "on the Entity List from 2025-03-25 (90 FR 14046)"


NOT_LISTED = Status(Listing.NOT_LISTED)


@dataclass(frozen=True, slots=True)
class Holding:
    """A party's result: the share listed parties are known to hold (a floor when `unknown`)."""

    party: int
    share: Decimal
    unknown: bool
    verdict: Verdict
    lines: tuple[str, ...]

    @property
    def counts_in_full(self) -> bool:
        return self.verdict is Verdict.CAPTURED


class OwnershipCycle(RegisterError):
    """Ownership that runs in a circle: no share can be computed through it."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        # The chain's link is a phrase of its own: a translation reorders within it, not across it.
        chain = msg(", which is owned by ").join(self.names)
        super().__init__(msg("Ownership runs in a circle: {chain}. Correct one of these owners first.", chain=chain))


def pct(value: Decimal) -> str:
    """A percentage as people write it: 50%, 27.5%, 0.0625% (at most 4 decimals shown)."""
    shown = value.quantize(Decimal("0.0001")).normalize()
    return f"{shown:f}%"


def held_text(share: Decimal, unknown: bool, verdict: Verdict) -> str:
    """The share listed parties hold as a result states it: "55%", "20% or more" (a floor), or
    "unknown" when nothing is known (never "0% or more")."""
    if not unknown or verdict is Verdict.CAPTURED:
        return pct(share)
    return Phrase(w.OR_MORE, share=pct(share)) if share else w.UNKNOWN


def order(targets: Iterable[int], owners: Mapping[int, Sequence[Edge]], names: Mapping[int, str]) -> list[int]:
    """Every party reachable from `targets` through owners, owners before the parties they own.
    Iterative (a 1,000-tier chain is no deeper than a flat one); a cycle raises OwnershipCycle."""
    state: dict[int, int] = {}  # 1: on the path being walked, 2: done
    out: list[int] = []
    for start in targets:
        if state.get(start):
            continue
        path: list[int] = [start]
        stack: list[Iterator[Edge]] = [iter(owners.get(start, ()))]
        state[start] = 1
        while stack:
            edge = next(stack[-1], None)
            if edge is None:
                stack.pop()
                done = path.pop()
                state[done] = 2
                out.append(done)
                continue
            seen = state.get(edge.owner)
            if seen == 1:
                circle = [*path[path.index(edge.owner):], edge.owner]
                raise OwnershipCycle([names.get(p, msg("party {id}", id=p)) for p in circle])
            if seen is None:
                state[edge.owner] = 1
                path.append(edge.owner)
                stack.append(iter(owners.get(edge.owner, ())))
    return out


def _line(name: str, template: str, **facts: object) -> Phrase:
    """"{name}: ...": one line of the arithmetic, about the party `name`."""
    return Phrase(w.LINE, name=name, said=Phrase(template, **facts))


def _own(status: Status, name: str) -> str:
    listing = Term(status.listing.value)
    return _line(name, w.OWN_WHY, listing=listing, why=status.why) if status.why else \
        _line(name, w.OWN, listing=listing)


def _close(name: str, share: Decimal, unknown: bool, threshold: Decimal, own: Status) -> tuple[Verdict, str]:
    """The verdict on a party held `share` (a floor when `unknown`) and its sentence."""
    if own.listing is Listing.LISTED:
        return Verdict.CAPTURED, _line(name, w.LISTED_ITSELF)
    if share >= threshold:
        return Verdict.CAPTURED, _line(name, w.AT_OR_ABOVE, share=pct(share), threshold=pct(threshold))
    if unknown or own.listing is Listing.UNKNOWN:
        floor = Phrase(w.FLOOR, share=pct(share)) if share else w.UNKNOWN
        missing = w.ITS_LISTING if own.listing is Listing.UNKNOWN and not unknown else w.SHARE_OR_LISTING
        return Verdict.UNKNOWN, _line(name, w.UNKNOWN_BELOW, floor=floor, threshold=pct(threshold), missing=missing)
    return Verdict.NOT_CAPTURED, _line(name, w.BELOW, share=pct(share), threshold=pct(threshold))


def contribution(share: Decimal | None, held: Holding, name: str, owner: str) -> tuple[Decimal, bool, str]:
    """What one holder adds to the party it holds `share` of: (known part, unknown, the line)."""
    if held.counts_in_full:
        factor, why = HUNDRED, Phrase(w.OWNER_CAPTURED, owner=owner)
    else:
        factor, why = held.share, Phrase(w.OWNER_HELD_MORE if held.unknown else w.OWNER_HELD, owner=owner,
                                         share=pct(held.share))
    if share is None:
        if factor == 0 and not held.unknown:
            return ZERO, False, _line(name, w.NOT_KNOWN_ZERO, owner=owner, why=why)
        return ZERO, True, _line(name, w.NOT_RECORDED, owner=owner, factor=pct(factor), why=why)
    part = share * factor / HUNDRED
    result = Phrase(w.FLOOR, share=pct(part)) if held.unknown else pct(part)
    return part, held.unknown, _line(name, w.TIMES, owner=owner, share=pct(share), factor=pct(factor), why=why,
                                     result=result)


def aggregate(
    targets: Iterable[int], owners: Mapping[int, Sequence[Edge]], statuses: Mapping[int, Status],
    names: Mapping[int, str], threshold: Decimal = DEFAULT_THRESHOLD,
) -> dict[int, Holding]:
    """The holding of every party reachable from `targets` (owners first). A party listed on the
    date is held 100%; otherwise the sum over its owners of share x the owner's holding, where an
    owner at or above `threshold` counts as 100%. Owners with no listed party above them and no
    unknowns add nothing and no line."""
    out: dict[int, Holding] = {}
    for party in order(list(targets), owners, names):
        name = names.get(party, f"party {party}")
        own = statuses.get(party, NOT_LISTED)
        lines: list[str] = []
        if own.listing is not Listing.NOT_LISTED:
            lines.append(_own(own, name))
        total, unknown = ZERO, False
        for edge in owners.get(party, ()):
            held = out[edge.owner]
            if held.share == 0 and not held.unknown and not held.counts_in_full:
                continue  # an owner nobody listed holds: nothing to add, nothing to show
            part, unsure, line = contribution(edge.share, held, name, names.get(edge.owner, f"party {edge.owner}"))
            total, unknown = total + part, unknown or unsure
            lines.append(line)
        if len([x for x in lines if " x " in x]) > 1:
            lines.append(_line(name, w.SUM_UNKNOWN if unknown else w.SUM, total=pct(total)))
        verdict, line = _close(name, total, unknown, threshold, own)
        if lines or verdict is not Verdict.NOT_CAPTURED:
            lines.append(line)
        share = HUNDRED if own.listing is Listing.LISTED else total
        out[party] = Holding(party, share, unknown or (own.listing is Listing.UNKNOWN and verdict is Verdict.UNKNOWN),
                             verdict, tuple(lines))
    return out


def explain(party: int, holdings: Mapping[int, Holding], owners: Mapping[int, Sequence[Edge]]) -> list[str]:
    """The arithmetic behind one party's holding: its owners' lines first, each once."""
    seen: set[int] = set()
    out: list[str] = []
    for p in order([party], owners, {}):
        if p not in seen:
            seen.add(p)
            out.extend(holdings[p].lines)
    return out
