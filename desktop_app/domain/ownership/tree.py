"""An ownership tree as rows to show: each party under the one it owns, a shared owner shown once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.ownership.aggregate import Edge, Holding, Listing, Status, Verdict, pct


@dataclass(frozen=True, slots=True)
class TreeRow:
    depth: int  # 1: a partner of the venture, 2: its owners, ...
    party: int
    share: Decimal | None  # of the party one row up (None: not known)
    repeated: bool  # shown above already: its owners are not repeated


def tree_rows(root: int, owners: Mapping[int, Sequence[Edge]]) -> list[TreeRow]:
    """Depth-first rows below `root` (iterative: a 1,000-tier chain is 1,000 rows, no recursion)."""
    out: list[TreeRow] = []
    shown: set[int] = set()
    stack = [(1, e) for e in reversed(owners.get(root, ()))]
    while stack:
        depth, edge = stack.pop()
        repeated = edge.owner in shown
        out.append(TreeRow(depth, edge.owner, edge.share, repeated))
        if not repeated:
            shown.add(edge.owner)
            stack.extend((depth + 1, e) for e in reversed(owners.get(edge.owner, ())))
    return out


def mark(status: Status | None, holding: Holding | None) -> str:
    """What a row says about the party: listed (and where), a possible match, its captured share."""
    parts = []
    if status is not None and status.listing is not Listing.NOT_LISTED:
        parts.append(f"{status.listing.value.upper()}: {status.why}" if status.why else status.listing.value.upper())
    shown = holding is not None and (holding.share or holding.unknown or holding.verdict is not Verdict.NOT_CAPTURED)
    if holding is not None and shown and (status is None or status.listing is not Listing.LISTED):
        held = f"held {pct(holding.share)}" + (" or more" if holding.unknown else "")
        parts.append(f"{held} by listed parties: {holding.verdict.value}")
    return "; ".join(parts)


def tree_text(root: int, owners: Mapping[int, Sequence[Edge]], names: Mapping[int, str],
              countries: Mapping[int, str], statuses: Mapping[int, Status], holdings: Mapping[int, Holding],
              max_indent: int = 16) -> list[str]:
    """The tree as indented lines (indentation stops growing at `max_indent`; the tier is written)."""
    lines = []
    for row in tree_rows(root, owners):
        indent = "  " * min(row.depth, max_indent)
        tier = f"[tier {row.depth}] " if row.depth > max_indent else ""
        share = "share unknown" if row.share is None else pct(row.share)
        country = f" ({countries[row.party]})" if countries.get(row.party) else ""
        note = mark(statuses.get(row.party), holdings.get(row.party))
        tail = " (shown above)" if row.repeated else (f"  [{note}]" if note else "")
        lines.append(f"{indent}{tier}{share} {names.get(row.party, '?')}{country}{tail}")
    return lines
