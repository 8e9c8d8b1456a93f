"""An ownership tree as rows to show: each party under the one it owns, a shared owner shown once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.ownership import wording as w
from desktop_app.domain.ownership.aggregate import Edge, Holding, Listing, Status, Verdict, held_text, pct
from desktop_app.domain.phrase import Phrase, Term, joined


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
        held = held_text(holding.share, holding.unknown, holding.verdict)
        said = "share held by listed parties not known" if held == "unknown" else f"held {held} by listed parties"
        parts.append(f"{said}: {holding.verdict.value}")
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


def _contributes(held: Holding | None) -> bool:
    return held is not None and (held.share > 0 or held.unknown or held.verdict is not Verdict.NOT_CAPTURED)


def _path_text(path: Sequence[tuple[int, Decimal | None]], names: Mapping[int, str], statuses: Mapping[int, Status],
               keep: int) -> str:
    """`A [listed] -50%-> B -50%-> C`: the top party first; a long path keeps its ends."""
    top = path[-1][0]
    mark_ = "listed" if statuses[top].listing is Listing.LISTED else statuses[top].listing.value
    words: list[str] = [Phrase(w.CHAIN_TOP, name=names.get(top, '?'), mark=Term(mark_))]
    for (party, _s), (_p, share) in zip(reversed(path[:-1]), reversed(path[1:]), strict=True):
        words.append(f"-{'?' if share is None else pct(share)}-> {names.get(party, '?')}")
    if len(words) > keep:
        head, tail = keep // 2, keep - keep // 2
        words = [*words[:head], Phrase(w.MORE_TIERS, n=f"{len(words) - keep:,}"), *words[-tail:]]
    return joined(words, w.CHAIN_NEXT)


def chains(node: int, owners: Mapping[int, Sequence[Edge]], holdings: Mapping[int, Holding],
           statuses: Mapping[int, Status], names: Mapping[int, str], limit: int = 3, keep: int = 8) -> list[str]:
    """The paths (at most `limit`) from a listed (or possibly listed) party down to `node`, through
    owners listed parties hold: how the party is reached, as a reader follows it. Iterative."""
    out: list[str] = []
    stack: list[list[tuple[int, Decimal | None]]] = [[(node, None)]]
    while stack and len(out) < limit:
        path = stack.pop()
        party = path[-1][0]
        status = statuses.get(party)
        if len(path) > 1 and status is not None and status.listing in (Listing.LISTED, Listing.UNKNOWN):
            out.append(_path_text(path, names, statuses, keep))
            continue
        seen = {p for p, _s in path}
        stack.extend([*path, (e.owner, e.share)] for e in reversed(owners.get(party, ()))
                     if e.owner not in seen and _contributes(holdings.get(e.owner)))
    return out
