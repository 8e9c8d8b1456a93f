"""Venture rows: `name*, country*, ..., inputs, partner_N_name/country/share` and back."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from desktop_app.domain.cells import cell_decimal, cell_text, join_tagged, split_tagged
from desktop_app.domain.entity import EXPORT_PARTNERS, VENTURE_BASE_COLUMNS, VERSION_COLUMN, Entity, partner_columns
from desktop_app.domain.enums import CodeSystem, ItemDirection, ItemStage, VentureStage
from desktop_app.domain.text import escape_item, normalize_key
from desktop_app.domain.venture_schemas import JointVentureRead, VentureItemIn
from desktop_app.services.intake.codecs.base import Cells, Codec, Lookup, first_segment
from desktop_app.system.message_language import label, msg

_TEXT = ("name", "location", "activity", "sector", "stage", "currency", "owner", "notes")
_ITEM_COLUMNS = {
    "inputs": ItemDirection.INPUT,
    "outputs": ItemDirection.OUTPUT,
    "technologies_in": ItemDirection.TECHNOLOGY_IN,
    "technologies_out": ItemDirection.TECHNOLOGY_OUT,
}
_PARTNER = re.compile(r"^partner_(\d+)_(name|country|share)$")
_INBOUND = (ItemDirection.INPUT, ItemDirection.TECHNOLOGY_IN)


def _country_word(direction: ItemDirection) -> str:
    return "from" if direction in _INBOUND else "to"


def _countries(text: str, read: Callable[[str], str]) -> list[str]:
    """`CN; MZ`, `CN MZ` or `China; Mozambique` -> codes (a name may hold spaces, so spaces
    separate only codes)."""
    parts = [p for p in text.split(";") if p.strip()]
    if len(parts) == 1 and all(w.isascii() and w.isalpha() and len(w) in (2, 3) for w in parts[0].split()):
        parts = parts[0].split()
    return [read(p) for p in parts]


_TAG_KEY = re.compile(r"^\s*(?:from|to|stage)\s*:", re.IGNORECASE)


def _tag_parts(tag: str) -> list[str]:
    """Tags written with `;` instead of `,` (`HS:2504.10; from: China; stage: ore`) split where
    a part starts a tag of its own (a key or a code system); otherwise the tag stays whole, so
    `from: CN; MZ` and a code holding a `;` read as before."""
    parts = tag.split(";")
    if len(parts) > 1 and any(_TAG_KEY.match(p) or _is_code(p) for p in parts[1:]):
        return [p for p in parts if p.strip()]
    return [tag]


def _is_code(text: str) -> bool:
    system, sep, _value = text.strip().partition(":")
    try:
        return bool(sep) and CodeSystem.parse(system) is not None
    except ValueError:
        return False


def _tagged_items(text: str, direction: ItemDirection, read: Callable[[str], str]) -> list[dict[str, Any]]:
    """`name [HS:2504.10, from: CN; AR, stage: ore]` -> item; `from:`/`to:` tags hold the
    countries, `stage:` the item's stage (a key or label, e.g. `ore`, `refined`)."""
    items = []
    word = _country_word(direction)
    for name, written in split_tagged(text):
        tags = [part for tag in written for part in _tag_parts(tag)]
        codes: list[str] = []
        countries: list[str] = []
        stage: str | None = None
        continuing = False
        for tag in tags:
            key, sep, rest = tag.partition(":")
            if sep and key.strip().casefold() == "stage":
                try:
                    stage = ItemStage.parse(rest.strip()).value
                except ValueError as exc:
                    raise ValueError(msg("{name!r}: {problem}", name=name, problem=exc)) from None
                continuing = False
            elif sep and key.strip().casefold() in ("from", "to"):
                if key.strip().casefold() != word:
                    raise ValueError(msg("{name!r}: write '{word}: COUNTRY' for {direction} items", name=name,
                                         word=word, direction=label(direction.label)))
                countries += _countries(rest, read)
                continuing = True
            elif continuing and not sep:  # `from: CN, AR` continues the country list
                countries += _countries(tag, read)
            else:
                continuing = False
                codes.append(tag)
        items.append({"name": name, "direction": direction, "codes": codes, "countries": countries,
                      "stage": stage})
    return items


def _code(code: str) -> str:
    return code


def _item_cell(item: VentureItemIn, place: Callable[[str], str] = _code) -> str:
    if not item.countries and not item.stage:
        return join_tagged([(item.name, list(item.codes))])
    # Written by hand: join_tagged would escape the `;` between countries.
    tags = [escape_item(c).replace(",", "\\,") for c in item.codes]
    if item.countries:
        # A name keeps its own commas ("St. Helena, Ascension & Tristan da Cunha") escaped.
        places = "; ".join(escape_item(place(c)).replace(",", "\\,") for c in item.countries)
        tags.append(f"{_country_word(item.direction)}: {places}")
    if item.stage:
        tags.append(f"stage: {item.stage.value}")
    return escape_item(item.name).replace(",", "\\,") + " [" + ", ".join(tags) + "]"


def _share(value: object) -> Decimal | None:
    """A share as written: `40`, `40.5` or `40%` (a percent sign is how people write a share)."""
    if isinstance(value, str) and value.strip().endswith("%"):
        value = value.strip()[:-1]
    return cell_decimal(value)


def _partners(cells: Cells, lookup: Lookup, stored: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stored partners with the file's partner_N_* columns laid over partner N.

    Partner N's columns that the file does not have keep their stored values; a partner whose
    name the file empties is removed. Partners the file does not name at all are kept. A blank
    share is a share not disclosed yet.
    """
    slots = {n: dict(p) for n, p in enumerate(stored, start=1)}
    for n in sorted({int(m.group(1)) for c in cells.cells if (m := _PARTNER.match(c))}):
        old = slots.get(n, {})
        columns = {part: f"partner_{n}_{part}" for part in ("name", "country", "share")}
        name = cells.text(columns["name"]) if cells.has(columns["name"]) else old.get("name", "")
        country = ((cells.jurisdiction(columns["country"], lookup) or None) if cells.has(columns["country"])
                   else old.get("country"))
        share = cells.typed(columns["share"], _share) if cells.has(columns["share"]) else old.get("share")
        if not name.strip():
            if (cells.has(columns["country"]) and country) or (cells.has(columns["share"]) and share is not None):
                cells.errors.append((columns["name"], msg("a partner with a country or share needs a name")))
            slots.pop(n, None)
            continue
        slots[n] = {"name": name, "country": country, "share": share}
    return [slots[n] for n in sorted(slots)]


def from_cells(
    raw: dict[str, object], existing: dict[str, Any] | None, lookup: Lookup
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    cells = Cells(raw)
    data = cells.overlay(existing, texts=_TEXT)
    if cells.has("country"):
        data["country"] = cells.jurisdiction("country", lookup) or cells.text("country")
    if not data.get("stage"):
        data.pop("stage", None)
    if cells.has("value_at_stake"):
        data["value_at_stake"] = cells.decimal("value_at_stake")
    if any(cells.has(c) for c in _ITEM_COLUMNS):
        kept = [i for i in data.get("items", []) if not cells.has(_column_of(i["direction"]))]
        fresh = []
        for column, direction in _ITEM_COLUMNS.items():
            if cells.has(column):
                read = lookup.jurisdictions.country
                fresh += cells.parsed(column, lambda text, d=direction, r=read: _tagged_items(text, d, r), [])
        data["items"] = kept + fresh
    if any(_PARTNER.match(c) for c in cells.cells):
        data["partners"] = _partners(cells, lookup, list((existing or {}).get("partners", [])))
    return data, cells.errors


def _column_of(direction: object) -> str:
    value = ItemDirection(direction)
    return next(c for c, d in _ITEM_COLUMNS.items() if d is value)


def to_cells(read: JointVentureRead) -> dict[str, object]:
    row: dict[str, object] = {
        "name": read.name, "country": read.country, "location": read.location,
        "activity": read.activity, "sector": read.sector, "stage": read.stage.label,
        "value_at_stake": read.value_at_stake if read.value_at_stake is not None else "",
        "currency": read.currency, "owner": read.owner, "notes": read.notes,
    }
    row.update(item_cells(read))
    for n, p in enumerate(read.partners, start=1):
        row[f"partner_{n}_name"] = p.name
        row[f"partner_{n}_country"] = p.country or ""
        row[f"partner_{n}_share"] = "" if p.share is None else p.share
    row["version"] = read.version
    return row


def item_cells(read: JointVentureRead, place: Callable[[str], str] = _code) -> dict[str, str]:
    """The inputs, outputs and technologies cells; `place` writes each supplier or destination
    country (the CSV export keeps codes, the workbook writes names; the import reads both)."""
    return {column: "; ".join(_item_cell(i, place) for i in read.items if i.direction is direction)
            for column, direction in _ITEM_COLUMNS.items()}


def column_for(path: str) -> str:
    parts = path.split(".")
    if parts[0] == "partners" and len(parts) > 1 and parts[1].isdigit():
        field = parts[2] if len(parts) > 2 else "name"
        return f"partner_{int(parts[1]) + 1}_{field}"
    if parts[0] == "items":
        return "inputs"
    return first_segment(path)


def key_of(raw: dict[str, object]) -> str:
    return normalize_key(cell_text(raw.get("name")))


def export_columns(reads: list[JointVentureRead]) -> tuple[str, ...]:
    most = max((len(r.partners) for r in reads), default=0)
    return VENTURE_BASE_COLUMNS + partner_columns(max(EXPORT_PARTNERS, most)) + (VERSION_COLUMN,)


CODEC: Codec[JointVentureRead] = Codec(Entity.VENTURE, from_cells, to_cells, column_for, key_of, export_columns,
                                       vocabularies=(("stage", VentureStage, False),))
