"""Partners' owners in venture files: a `partner_N_owners` cell, read on import and written on export.

A cell lists partner N's direct owners: `Binhai Holdings [50, CN]; 삼성 홀딩스 [unknown, KR]`: each
owner's name, then in brackets its share (percent, or `unknown`) and, optionally, its country.
A file with the column sets exactly those owners (an empty cell: none); without it, owners stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation

from sqlmodel import Session

from desktop_app.domain.cells import cell_text, join_tagged, split_tagged
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.ownership.aggregate import pct
from desktop_app.domain.text import normalize_key
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership.graph import load_graph
from desktop_app.services.ownership.parties import drop_owner_in, ensure_party, owners_of, set_owner_in
from desktop_app.system.message_language import msg

OWNERS = re.compile(r"^partner_(\d+)_owners$")
Owner = tuple[str, str | None, Decimal | None]  # (name, country, share; None: not known)


def owner_columns(cells: Iterable[str]) -> dict[int, str]:
    """Partner number -> its owners column, for the file's columns."""
    return {int(m.group(1)): c for c in cells if (m := OWNERS.match(c))}


def with_owner_columns(columns: Iterable[str]) -> tuple[str, ...]:
    """The venture columns with `partner_N_owners` after each `partner_N_share`."""
    out: list[str] = []
    for column in columns:
        out.append(column)
        if column.startswith("partner_") and column.endswith("_share"):
            out.append(column.removesuffix("_share") + "_owners")
    return tuple(out)


def _share(text: str) -> Decimal | None:
    word = text.strip().removesuffix("%").strip()
    if word.casefold() == "unknown":
        return None
    try:
        value = Decimal(word)
    except InvalidOperation:
        raise ValueError(msg("{text!r} is not a share: write a percent such as 50 or 12.5, or unknown",
                             text=text.strip())) from None
    if not Decimal(0) <= value <= Decimal(100):
        raise ValueError(msg("a share must be between 0 and 100 (percent), not {value}", value=word))
    return value


def parse_owners(text: str, country: Callable[[str], str]) -> list[Owner]:
    """`Name [share, country]; ...` -> owners; ValueError naming the owner at fault."""
    out: list[Owner] = []
    for name, tags in split_tagged(text):
        if not tags or len(tags) > 2:
            raise ValueError(msg("{name!r}: write the owner as '{name} [SHARE]' or '{name} [SHARE, COUNTRY]'",
                                 name=name))
        try:
            out.append((name, country(tags[1]) if len(tags) == 2 else None, _share(tags[0])))
        except ValueError as exc:
            raise ValueError(msg("{name!r}: {problem}", name=name, problem=exc)) from None
    if len({(normalize_key(n), c or "") for n, c, _s in out}) != len(out):
        raise ValueError(msg("lists an owner twice"))
    return out


def set_owners(s: Session, ctx: ServiceContext, partner: str, country: str | None, owners: list[Owner]) -> None:
    """Make `owners` exactly the direct owners of the partner's party (each change audited)."""
    child = ensure_party(s, ctx, partner, country)
    wanted = {(normalize_key(n), c or "") for n, c, _s in owners}
    for o in owners_of(s, child):
        if (normalize_key(o.owner), o.owner_country) not in wanted:
            drop_owner_in(s, ctx, child, o.owner_id)
    for name, owner_country, share in owners:
        set_owner_in(s, ctx, child.name, name, share, owned_country=country or None, owner_country=owner_country)


def owner_cells(s: Session) -> dict[tuple[str, str], str]:
    """(partner name key, country) -> its owners cell, for every party that has owners."""
    g = load_graph(s)
    out = {}
    for party, edges in g.owners.items():
        if edges:
            out[(normalize_key(g.names[party]), g.countries[party])] = join_tagged(
                [(g.names[e.owner], ["unknown" if e.share is None else pct(e.share).removesuffix("%"),
                                     *([g.countries[e.owner]] if g.countries[e.owner] else [])])
                 for e in sorted(edges, key=lambda e: normalize_key(g.names[e.owner]))])
    return out


RowOwners = list[tuple[str, str, str | None, list[Owner]]]  # (column, partner, country, owners)


def row_owners(cells: dict[str, object], data: dict[str, object],
               country: Callable[[str], str]) -> tuple[RowOwners, list[tuple[str, str]]]:
    """The owners a venture row sets, per partner, and its (column, message) errors. Partner N is
    the row's Nth partner once the file's partner columns are laid over the stored ones."""
    partners = list(data.get("partners") or [])  # type: ignore[call-overload]
    out: RowOwners = []
    errors: list[tuple[str, str]] = []
    for n, column in sorted(owner_columns(cells).items()):
        text = cell_text(cells.get(column))
        if n > len(partners):
            if text.strip():
                errors.append((column, msg("the row has no partner {number} to own", number=n)))
            continue
        try:
            owners = parse_owners(text, country)
        except ValueError as exc:
            errors.append((column, str(exc)))
            continue
        partner = partners[n - 1]
        out.append((column, str(partner["name"]), partner.get("country") or None, owners))
    return out, errors


def apply_row_owners(s: Session, ctx: ServiceContext, row: int, owners: RowOwners) -> list[str]:
    """Set each partner's owners inside a savepoint; the row's messages when one is refused."""
    for column, partner, country, listed in owners:
        try:
            with s.begin_nested():
                set_owners(s, ctx, partner, country, listed)
        except RegisterError as exc:
            return [msg("row {row}, column {column}: {problem}", row=row, column=column, problem=exc)]
    return []
