"""Ownership records as CSV files in a folder: exported losslessly, imported all-or-nothing."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.cells import guard_formula, unguard_formula
from desktop_app.domain.errors import ImportRejected, RegisterError
from desktop_app.domain.models import (
    ContentShare,
    DeMinimisRule,
    JointVenture,
    ListedParty,
    Measure,
    OwnershipRule,
    Party,
    PartyOwner,
)
from desktop_app.domain.ownership.aggregate import pct
from desktop_app.domain.text import join_list, split_list
from desktop_app.persistence.db import Database, retrying_write
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership import content, listings, parties
from desktop_app.system.atomic import atomic_output
from desktop_app.system.message_language import msg

FILES: dict[str, tuple[str, ...]] = {
    "parties.csv": ("name", "country", "aliases", "notes"),
    "owners.csv": ("owned", "owned_country", "owner", "owner_country", "share", "note"),
    "listed_parties.csv": ("measure_reference", "name", "aliases", "country", "list_name", "listed_from",
                           "listed_until"),
    "thresholds.csv": ("measure_reference", "threshold", "lists", "note"),
    "content_shares.csv": ("venture", "product", "input", "origin", "share", "note"),
    "de_minimis.csv": ("measure_reference", "share", "origin", "items", "technology", "note"),
}


def _num(value: Any) -> str:
    return "" if value is None else pct(value).removesuffix("%")


def _rows(ctx: ServiceContext) -> dict[str, list[list[Any]]]:
    with ctx.db.session() as s:
        return rows_in(s)


def rows_in(s: Session) -> dict[str, list[list[Any]]]:
    """Every ownership record as the files' rows (also the workbook's ownership sheets), by file."""
    name = dict(s.exec(select(Party.id, Party.name)).all())
    country = dict(s.exec(select(Party.id, Party.country)).all())
    ref = dict(s.exec(select(Measure.id, Measure.reference)).all())
    venture = dict(s.exec(select(JointVenture.id, JointVenture.name)).all())
    return {
        "parties.csv": [[p.name, p.country, p.aliases, p.notes] for p in s.exec(
            select(Party).order_by(col(Party.name_key), col(Party.country)))],
        "owners.csv": [[name[o.owned_id], country[o.owned_id], name[o.owner_id], country[o.owner_id],
                        "unknown" if o.share is None else _num(o.share), o.note]
                       for o in s.exec(select(PartyOwner).order_by(col(PartyOwner.id)))],
        "listed_parties.csv": [[ref[r.measure_id], r.name, r.aliases, r.country, r.list_name,
                                r.listed_from or "", r.listed_until or ""]
                               for r in s.exec(select(ListedParty).order_by(col(ListedParty.id)))],
        "thresholds.csv": [[ref[r.measure_id], _num(r.threshold), r.lists, r.note]
                           for r in s.exec(select(OwnershipRule).order_by(col(OwnershipRule.id)))],
        "content_shares.csv": [[venture[c.venture_id], c.product, c.input_name, c.origin,
                                "unknown" if c.share is None else _num(c.share), c.note]
                               for c in s.exec(select(ContentShare).order_by(col(ContentShare.id)))],
        "de_minimis.csv": [[ref[r.measure_id], _num(r.share), r.origin, r.items, "yes" if r.technology else "no",
                            r.note] for r in s.exec(select(DeMinimisRule).order_by(col(DeMinimisRule.id)))],
    }


def export_ownership(ctx: ServiceContext, folder: Path) -> dict[str, int]:
    """Write every ownership file into `folder` (each atomically); rows written per file."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for file, rows in _rows(ctx).items():
        with atomic_output(folder / file, "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(FILES[file])
            out.writerows([guard_formula(str(v)) for v in row] for row in rows)
        counts[file] = len(rows)
    return counts


def _share(text: str) -> str | None:
    return None if text.strip().casefold() in ("", "unknown") else text.strip()


def _date(text: str) -> str | None:
    return text.strip() or None


# One call per row of each file, in dependency order: parties before owners, listings before verdicts.
APPLY: dict[str, Callable[[ServiceContext, dict[str, str]], object]] = {
    "parties.csv": lambda ctx, r: parties.save_party(ctx, {
        "name": r["name"], "country": r["country"] or None, "aliases": split_list(r["aliases"]), "notes": r["notes"]}),
    "owners.csv": lambda ctx, r: parties.set_owner(
        ctx, r["owned"], r["owner"], _share(r["share"]), note=r["note"], owned_country=r["owned_country"] or None,
        owner_country=r["owner_country"] or None),
    "listed_parties.csv": lambda ctx, r: listings.add_listed(ctx, r["measure_reference"], {
        "name": r["name"], "aliases": split_list(r["aliases"]), "country": r["country"] or None,
        "list_name": r["list_name"], "listed_from": _date(r["listed_from"]), "listed_until": _date(r["listed_until"])}),
    "thresholds.csv": lambda ctx, r: listings.set_rule(ctx, r["measure_reference"], {
        "threshold": r["threshold"], "lists": split_list(r["lists"]), "note": r["note"]}),
    "content_shares.csv": lambda ctx, r: content.set_content(ctx, r["venture"], {
        "product": r["product"], "input_name": r["input"], "origin": r["origin"] or None, "share": _share(r["share"]),
        "note": r["note"]}),
    "de_minimis.csv": lambda ctx, r: content.set_de_minimis(ctx, r["measure_reference"], {
        "share": r["share"], "origin": r["origin"], "items": split_list(r["items"]),
        "technology": r["technology"].strip().casefold() in ("yes", "true", "1"), "note": r["note"]}),
}


def _read(folder: Path) -> tuple[dict[str, list[dict[str, str]]], list[str]]:
    found, errors = {}, []
    for file, columns in FILES.items():
        path = folder / file
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                errors.append(msg("{file}: missing column(s) {columns}", file=file, columns=", ".join(missing)))
                continue
            found[file] = [{c: unguard_formula(row.get(c) or "") for c in columns} for row in reader]
    return found, errors


def import_ownership(ctx: ServiceContext, folder: Path) -> dict[str, int]:
    """Import the ownership files found in `folder` in one transaction, on SQLite as on
    PostgreSQL: each row is tried in a savepoint, every refused row is reported with its file, row
    and field, and if any was refused nothing is written. Listed parties already recorded are not
    added twice."""
    found, errors = _read(folder)
    if errors:
        raise ImportRejected(msg("nothing was imported"), errors)
    return _apply(ctx, found)


@dataclass
class _Joined(Database):
    """The register with every service call's transaction being one already open (`shared`)."""

    shared: Session | None = None

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        assert self.shared is not None
        yield self.shared


@retrying_write
def _apply(ctx: ServiceContext, found: dict[str, list[dict[str, str]]]) -> dict[str, int]:
    errors: list[str] = []
    with ctx.db.session(write=True) as s:
        joined = replace(ctx, db=_Joined(ctx.db.url, ctx.db.engine, ctx.db.read_only, shared=s))
        existing = {_listed_key_of((r.measure_reference, r.name, r.aliases, r.country, r.list_name, r.listed_from,
                                    r.listed_until)) for r in listings.listed_in(s)}
        for file, rows in found.items():
            for n, row in enumerate(rows, start=2):  # row 1 is the header
                if file == "listed_parties.csv" and _listed_key(row) in existing:
                    continue
                try:
                    with s.begin_nested():  # a refused row leaves the rows before it, for the report
                        APPLY[file](joined, row)
                except RegisterError as exc:
                    errors.append(msg("{file} row {row}: {problem}", file=file, row=n, problem=exc))
        if errors:  # raised inside the transaction: it rolls back, nothing was imported
            raise ImportRejected(msg("nothing was imported"), errors)
    return {file: len(rows) for file, rows in found.items()}


def _listed_key(row: dict[str, str]) -> tuple[str, ...]:
    return (row["measure_reference"], " ".join(row["name"].split()), join_list(split_list(row["aliases"])),
            row["country"], " ".join(row["list_name"].split()), row["listed_from"].strip(), row["listed_until"].strip())


def _listed_key_of(e: tuple[Any, ...]) -> tuple[str, ...]:
    ref, name, aliases, country, list_name, start, end = e
    return (ref, name, join_list(list(aliases)), country, list_name, start.isoformat() if start else "",
            end.isoformat() if end else "")
