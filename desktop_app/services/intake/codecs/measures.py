"""Measure rows: `reference*, title*, jurisdiction*, ...` to MeasureCreate data and back."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.cells import cell_date, cell_text, join_tagged, split_tagged
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import ItemStage, MeasureStatus, MeasureType
from desktop_app.domain.measure_schemas import ControlledItem, MeasureRead
from desktop_app.domain.text import escape_item, join_list, normalize_key, split_list, split_raw
from desktop_app.services.intake.codecs.base import Cells, Codec, Lookup, first_segment, text_or_date
from desktop_app.services.intake.jurisdiction_cells import note_text
from desktop_app.system.message_language import msg

_TEXT = ("reference", "title", "authority", "measure_type", "status", "source_url",
         "summary", "original_title", "notes")
_DATES = ("announced_on", "consultation_ends_on", "effective_on", "removed_on")


def _history(text: str) -> list[dict[str, Any]]:
    """`2024-12-03 in force; 2025-11-09 suspended: note` -> status changes."""
    entries = []
    for part in split_list(text):
        day, _, rest = part.partition(" ")
        status, _, note = rest.partition(":")
        if not status.strip():
            raise ValueError(msg("{part!r} should read 'YYYY-MM-DD status', e.g. '2024-12-03 in force'", part=part))
        # One space follows the colon on export; anything after it (tabs included) is the note.
        entries.append({"valid_from": cell_date(day), "status": status.strip(),
                        "note": note.removeprefix(" ")})
    return entries


def _stage_of(name: str, tags: list[str]) -> str | None:
    """`natural graphite [stage: material]`: the one tag a measure's item takes (codes have
    their own column)."""
    stage = None
    for tag in tags:
        key, sep, rest = tag.partition(":")
        if not sep or key.strip().casefold() != "stage":
            raise ValueError(msg("{name!r}: only a stage goes in brackets here, e.g. [stage: ore]; "
                                 "codes go in the codes column", name=name))
        try:
            stage = ItemStage.parse(rest.strip()).value
        except ValueError as exc:
            raise ValueError(msg("{name!r}: {problem}", name=name, problem=exc)) from None
    return stage


def _named_items(text: str) -> list[tuple[str, str | None]]:
    return [(name, _stage_of(name, tags)) for name, tags in split_tagged(text)]


def item_rows(cells: Cells, existing: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The `items` (with optional `[stage: ...]`) and `codes` columns (codes aligned by `|`
    groups) as item data; a measure's clauses read their items the same way."""
    if cells.has("items"):
        named = cells.parsed("items", _named_items, [])
    else:
        named = [(i["name"], i.get("stage")) for i in (existing or {}).get("items", [])]
    names = [n for n, _ in named]
    stages = dict(named)
    if not cells.has("codes"):
        old = {i["name"]: i["codes"] for i in (existing or {}).get("items", [])}
        return [{"name": n, "codes": old.get(n, []), "stage": stages[n]} for n in names]
    raw = cells.text("codes")
    groups = [split_list(g) for g in split_raw(raw, "|")] if raw.strip() else []
    if groups and not names:
        cells.errors.append(("codes", msg("codes need at least one item in the items column")))
        return []
    if len(groups) == 1:
        return [{"name": n, "codes": groups[0], "stage": stages[n]} for n in names]
    if groups and len(groups) != len(names):
        cells.errors.append(
            ("codes", msg("{groups} code groups for {items} items; give one group per item "
                          "(separated by |) or one group for all", groups=len(groups), items=len(names)))
        )
        return []
    return [{"name": n, "codes": groups[i] if groups else [], "stage": stages[n]} for i, n in enumerate(names)]


def _issuer(cells: Cells, data: dict[str, Any], lookup: Lookup) -> None:
    """`CN`, `China` or `China - MOFCOM & GAC` (the authority after the dash fills an empty
    authority column, with a warning)."""
    text = cells.text("jurisdiction")
    if not text.strip():
        data["jurisdiction"] = ""
        return
    try:
        code, authority = lookup.jurisdictions.issuer(text)
    except ValueError as exc:
        cells.errors.append(("jurisdiction", str(exc)))
        data["jurisdiction"] = text
        return
    data["jurisdiction"] = code
    if authority:
        if not str(data.get("authority") or "").strip():
            data["authority"] = authority
            lookup.warnings.append(("jurisdiction", msg(
                "read {text!r} as {jurisdiction}, issued by {authority!r} (put in the authority column)",
                text=text, jurisdiction=lookup.jurisdictions.name(code), authority=authority)))
        else:
            lookup.warnings.append(("jurisdiction", msg("read {text!r} as {jurisdiction}", text=text,
                                                        jurisdiction=lookup.jurisdictions.name(code))))


def _targets(cells: Cells, data: dict[str, Any], lookup: Lookup) -> None:
    """Countries and groups as written; words that are neither are kept in `targets_note`."""
    reader = lookup.jurisdictions
    read = {}
    for column in ("targets", "excluded"):
        text = cells.text(column) if cells.has(column) else join_list(data.get(column, []))
        read[column] = reader.targets(text)
        if cells.has(column):
            data[column] = read[column].codes
            cells.errors += [(column, e) for e in read[column].errors]
            lookup.warnings += [(column, w) for w in read[column].warnings]
    written = cells.text("targets_note") if cells.has("targets_note") else ""
    data["targets_note"] = note_text(read["targets"], read["excluded"], written)


def from_cells(
    raw: dict[str, object], existing: dict[str, Any] | None, lookup: Lookup
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    cells = Cells(raw)
    data = cells.overlay(existing, texts=_TEXT, dates=_DATES)
    if cells.has("jurisdiction"):
        _issuer(cells, data, lookup)
    if cells.has("items") or cells.has("codes"):
        data["items"] = item_rows(cells, existing)
    if cells.has("targets") or cells.has("excluded"):
        _targets(cells, data, lookup)
    if cells.has("status_history"):
        data["status_history"] = cells.parsed("status_history", _history, [])
    elif existing and existing.get("status_history") and cells.has("status"):
        data["status_history"] = _dated_change(existing, data.get("status"), lookup)
    if cells.has("targets_note") and not (cells.has("targets") or cells.has("excluded")):
        data["targets_note"] = cells.text("targets_note")
    return data, cells.errors


def _status(value: object) -> MeasureStatus | None:
    try:
        return value if isinstance(value, MeasureStatus) else MeasureStatus.parse(str(value))
    except ValueError:
        return None  # the status itself is reported by validation


def _dated_change(existing: dict[str, Any], status: object, lookup: Lookup) -> list[dict[str, Any]]:
    """The stored history, plus the file's status as of today if it differs from the stored one.

    Statuses are compared as vocabulary members (a file may give the label, the register
    keeps the key); a second change on the same day replaces the first, as the history keeps
    one status per day (and one back to the earlier status removes it).
    """
    history = list(existing["status_history"])
    new, old = _status(status), _status(existing.get("status"))
    if new is None or new is old:
        return history
    today = lookup.today()
    kept = [h for h in history if h["valid_from"] != today]
    earlier = max((h for h in kept if h["valid_from"] < today), key=lambda h: h["valid_from"], default=None)
    if earlier is not None and _status(earlier["status"]) is new:
        return kept  # back to what was in force before today: today's change is undone
    return [*kept, {"status": new, "valid_from": today, "note": "import"}]


def codes_cell(items: list[ControlledItem]) -> str:
    groups = [join_list(i.codes) for i in items]
    if not any(groups):
        return ""
    if len(groups) > 1 and len(set(groups)) == 1:
        return groups[0]
    return " | ".join(groups)


def items_cell(items: list[ControlledItem]) -> str:
    """Item names, each with its `[stage: ...]` when any item has one (a clause's items too)."""
    if not any(i.stage for i in items):
        return join_list([i.name for i in items])
    return join_tagged([(i.name, [f"stage: {i.stage.value}"] if i.stage else []) for i in items])


def to_cells(read: MeasureRead) -> dict[str, object]:
    history = "; ".join(
        f"{h.valid_from.isoformat()} {h.status.label}" + (f": {escape_item(h.note)}" if h.note else "")
        for h in read.status_history
    )
    return {
        "reference": read.reference, "title": read.title, "jurisdiction": read.jurisdiction,
        "authority": read.authority, "measure_type": read.measure_type.label,
        "status": read.status.label, "announced_on": text_or_date(read.announced_on),
        "consultation_ends_on": text_or_date(read.consultation_ends_on),
        "effective_on": text_or_date(read.effective_on), "removed_on": text_or_date(read.removed_on),
        "items": items_cell(read.items), "codes": codes_cell(read.items),
        "targets": join_list(read.targets), "excluded": join_list(read.excluded),
        "targets_note": read.targets_note, "source_url": read.source_url, "summary": read.summary,
        "original_title": read.original_title, "notes": read.notes, "status_history": history,
        "version": read.version,
    }


def column_for(path: str) -> str:
    parts = path.split(".")
    if parts[0] == "items" and len(parts) > 2 and parts[2] == "codes":
        return "codes"
    return first_segment(path)


def key_of(raw: dict[str, object]) -> str:
    return normalize_key(cell_text(raw.get("reference")))


CODEC: Codec[MeasureRead] = Codec(Entity.MEASURE, from_cells, to_cells, column_for, key_of,
                                  vocabularies=(("measure_type", MeasureType, False), ("status", MeasureStatus, False)))
