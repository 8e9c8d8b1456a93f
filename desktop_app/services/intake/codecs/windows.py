"""Suspension-window rows: `measure_reference*, clause, suspended_by, starts_on*, ends_on, changes, note`.

`changes` lists the extensions and liftings, each `DATE KIND until LAST_DAY` with an optional
`: note`, `until open-ended` for an extension without an end:
`2026-11-05 extension until 2027-11-10: MOFCOM Announcement No. 1 of 2027; 2027-03-01 lifting until 2027-02-28`.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain.cells import cell_date, cell_text
from desktop_app.domain.entity import Entity
from desktop_app.domain.text import escape_item, normalize_key, split_list
from desktop_app.domain.time_schemas import WindowRead
from desktop_app.domain.timeline.facts import ChangeKind
from desktop_app.services.intake.codecs.base import Cells, Codec, Lookup, first_segment, text_or_date
from desktop_app.system.message_language import msg

COLUMNS = Entity.SUSPENSION_WINDOW.record.columns
_FIELD_COLUMN = {"measure_id": "measure_reference", "measure": "measure_reference", "suspension_id": "suspended_by",
                 "suspension": "suspended_by"}
OPEN = "open-ended"


def parse_changes(text: str) -> list[dict[str, Any]]:
    """`2026-11-05 extension until 2027-11-10: note; ...` -> window changes."""
    out = []
    for part in split_list(text):
        head, _, note = part.partition(":")
        words = head.split()
        if len(words) != 4 or words[2].casefold() != "until":
            raise ValueError(msg("{part!r} should read 'YYYY-MM-DD extension until YYYY-MM-DD' (or lifting, "
                                 "or 'until {open}')", part=part, open=OPEN))
        kind = ChangeKind.parse(words[1])
        ends = None if words[3].casefold() == OPEN else cell_date(words[3])
        out.append({"decided_on": cell_date(words[0]), "kind": kind, "ends_on": ends,
                    "note": note.removeprefix(" ")})
    return out


def changes_cell(read: WindowRead) -> str:
    return "; ".join(
        f"{c.decided_on.isoformat()} {c.kind.value} until {c.ends_on.isoformat() if c.ends_on else OPEN}"
        + (f": {escape_item(c.note)}" if c.note else "") for c in read.changes)


def from_cells(raw: dict[str, object], existing: dict[str, Any] | None,
               lookup: Lookup) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    cells = Cells(raw)
    data = cells.overlay(existing, texts=("note",), dates=("starts_on", "ends_on"))
    reference = cells.text("measure_reference")
    measure_id = lookup.measure_id(reference) if reference.strip() else None
    if measure_id is None:
        cells.errors.append(("measure_reference", msg("no measure with reference {reference!r} in the register",
                                                      reference=reference)))
    data["measure_id"] = measure_id or 0
    data["clause"] = cells.text("clause").strip()
    by = cells.text("suspended_by").strip()
    data["suspension_id"] = lookup.measure_id(by) if by else None
    if by and data["suspension_id"] is None:
        cells.errors.append(("suspended_by", msg("no measure with reference {reference!r} in the register",
                                                 reference=by)))
    if cells.has("changes"):
        data["changes"] = cells.parsed("changes", parse_changes, [])
    return data, cells.errors


def to_cells(read: WindowRead) -> dict[str, object]:
    return {"measure_reference": read.measure_reference, "clause": read.clause,
            "suspended_by": read.suspension_reference, "starts_on": text_or_date(read.starts_on),
            "ends_on": text_or_date(read.ends_on), "changes": changes_cell(read), "note": read.note}


def column_for(path: str) -> str:
    return _FIELD_COLUMN.get(first_segment(path), first_segment(path))


def key_of(raw: dict[str, object]) -> str:
    return "\x1f".join(normalize_key(cell_text(raw.get(c)))
                       for c in ("measure_reference", "clause", "suspended_by", "starts_on"))


CODEC = Codec(Entity.SUSPENSION_WINDOW, from_cells, to_cells, column_for, key_of)
