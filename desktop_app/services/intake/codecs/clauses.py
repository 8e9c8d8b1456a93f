"""Clause rows: `measure_reference*, clause*, title, text, items, codes, ...` and back."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.cells import cell_text
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.text import join_list, normalize_key
from desktop_app.domain.time_schemas import ClauseRead
from desktop_app.services.intake.codecs.base import Cells, Codec, Lookup, first_segment, text_or_date
from desktop_app.services.intake.codecs.measures import codes_cell, item_rows, items_cell
from desktop_app.system.message_language import msg

COLUMNS = Entity.MEASURE_CLAUSE.record.columns
_TEXT = ("title", "text", "threshold", "notes")
_DATES = ("effective_on", "expires_on")
_FIELD_COLUMN = {"measure_id": "measure_reference", "label": "clause"}


def from_cells(raw: dict[str, object], existing: dict[str, Any] | None,
               lookup: Lookup) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    cells = Cells(raw)
    data = cells.overlay(existing, texts=_TEXT, dates=_DATES)
    reference = cells.text("measure_reference")
    measure_id = lookup.measure_id(reference) if reference.strip() else None
    if measure_id is None:
        cells.errors.append(("measure_reference", msg("no measure with reference {reference!r} in the register",
                                                      reference=reference)))
    data["measure_id"] = measure_id or 0
    data["label"] = cells.text("clause").strip()
    if cells.has("items") or cells.has("codes"):
        data["items"] = item_rows(cells, existing)
    for column in ("targets", "excluded"):
        if cells.has(column):
            data[column] = _places(cells, column, lookup)
    if cells.has("status"):
        text = cells.text("status").strip()
        data["status"] = cells.parsed("status", MeasureStatus.parse) if text else None
    return data, cells.errors


def _places(cells: Cells, column: str, lookup: Lookup) -> list[str]:
    """Countries and groups by code, name or alias (the workbook writes names). A clause keeps
    no note on its targets, so words that are not a place are an error naming them."""
    read = lookup.jurisdictions.targets(cells.text(column))
    cells.errors += [(column, e) for e in read.errors]
    cells.errors += [(column, msg("{text!r} is not a country or jurisdiction group{hint}; a clause's {column} hold "
                                  "only those (write the rest in the clause's text)", text=note,
                                  hint=lookup.jurisdictions.suggestions(note), column=column))
                     for note in read.notes]
    return read.codes


def to_cells(read: ClauseRead) -> dict[str, object]:
    return {
        "measure_reference": read.measure_reference, "clause": read.label, "title": read.title, "text": read.text,
        "items": items_cell(read.items), "codes": codes_cell(read.items),
        "effective_on": text_or_date(read.effective_on), "expires_on": text_or_date(read.expires_on),
        "status": read.status.label if read.status else "", "threshold": read.threshold,
        "targets": join_list(read.targets), "excluded": join_list(read.excluded), "notes": read.notes,
    }


def column_for(path: str) -> str:
    parts = path.split(".")
    if parts[0] == "items" and len(parts) > 2 and parts[2] == "codes":
        return "codes"
    return _FIELD_COLUMN.get(first_segment(path), first_segment(path))


def key_of(raw: dict[str, object]) -> str:
    return normalize_key(cell_text(raw.get("measure_reference"))) + "\x1f" + normalize_key(
        cell_text(raw.get("clause")))


CODEC = Codec(Entity.MEASURE_CLAUSE, from_cells, to_cells, column_for, key_of)
