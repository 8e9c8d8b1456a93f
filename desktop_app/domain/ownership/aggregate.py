"""The share of a party held by listed parties on a date: summed across owners, multiplied along
tiers, a captured intermediate counted in full; `unknown` never turns into `not captured`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.errors import RegisterError
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


def _own(status: Status, name: str) -> str:
    return f"{name}: {status.listing.value}" + (f" ({status.why})" if status.why else "")


def _close(name: str, share: Decimal, unknown: bool, threshold: Decimal, own: Status) -> tuple[Verdict, str]:
    """The verdict on a party held `share` (a floor when `unknown`) and its sentence."""
    if own.listing is Listing.LISTED:
        return Verdict.CAPTURED, f"{name}: listed itself: captured (counts in full)"
    if share >= threshold:
        return Verdict.CAPTURED, f"{name}: {pct(share)} >= {pct(threshold)}: captured (counts in full)"
    if unknown or own.listing is Listing.UNKNOWN:
        floor = f"at least {pct(share)}" if share else "unknown"
        missing = "its own listing" if own.listing is Listing.UNKNOWN and not unknown else "a share or a listing"
        return Verdict.UNKNOWN, f"{name}: {floor}, below {pct(threshold)} as far as known; {missing} is " \
            "not known: unknown"
    return Verdict.NOT_CAPTURED, f"{name}: {pct(share)} < {pct(threshold)}: not captured"


def contribution(share: Decimal | None, held: Holding, name: str, owner: str) -> tuple[Decimal, bool, str]:
    """What one holder adds to the party it holds `share` of: (known part, unknown, the line)."""
    if held.counts_in_full:
        factor, why = HUNDRED, f"{owner} captured, counted in full"
    else:
        factor, why = held.share, f"{owner} held {pct(held.share)} by listed parties" + (
            ", or more" if held.unknown else "")
    if share is None:
        if factor == 0 and not held.unknown:
            return ZERO, False, f"{name}: {owner} (share not known) x 0% ({why}) = 0%"
        return ZERO, True, f"{name}: {owner} holds a share not recorded x {pct(factor)} ({why}) = unknown"
    part = share * factor / HUNDRED
    result = f"at least {pct(part)}" if held.unknown else pct(part)
    return part, held.unknown, f"{name}: {owner} {pct(share)} x {pct(factor)} ({why}) = {result}"


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
            lines.append(f"{name}: sum {pct(total)}" + (" (and an unknown part)" if unknown else ""))
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
