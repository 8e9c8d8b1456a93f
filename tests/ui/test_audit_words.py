"""A German window's audit log names its fields in German; English names them by label, never by key."""

from __future__ import annotations

from typing import Any

from desktop_app.services.audit import AuditRecord
from desktop_app.ui import language
from desktop_app.ui.field_labels import LABELS
from desktop_app.ui.main_window import MainWindow

FIELDS_CHANGED = 7  # the audit table's column of field names


def made_from_key(key: str) -> str:
    """What the English fallback would show for a key with no label."""
    return key.replace("_", " ").strip().capitalize()


def _nested_keys(value: Any) -> set[str]:
    """The keys of the rows inside an audited value (an item's codes, a partner's share...)."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _nested_keys(v)}
    if isinstance(value, list | tuple):
        return {k for v in value for k in _nested_keys(v)}
    return set()


def _audit(window: MainWindow) -> tuple[list[AuditRecord], list[str]]:
    """The demo's entries as the audit view holds them, and its "Fields changed" cells."""
    window.show_view("audit")
    model = window.audit.model
    assert model.rowCount() == len(model.entries) > 50
    return model.entries, [str(model.index(r, FIELDS_CHANGED).data()) for r in range(model.rowCount())]


def _history(window: MainWindow, entries: list[AuditRecord]) -> list[tuple[str, str]]:
    """Each entry's changes as the record history shows them: (field, before and after)."""
    shown = []
    for row in range(len(entries)):
        window.audit.show_entry(row)
        shown += [(r.cells[0], "\n".join(r.cells[1:])) for r in window.audit.changes.rows]
    return shown


def test_the_german_audit_log_names_no_field_by_its_english_key(german: str, window: MainWindow) -> None:
    entries, cells = _audit(window)
    keys = {k for e in entries for k in e.changes}
    nested = {k for e in entries for v in e.changes.values() for k in _nested_keys(v)}
    # A key's words in English that its German label does not share ("Status" is German too); a
    # key with no label keeps its English words here, so the scan catches it.
    german_labels = {language.translate("field_labels", LABELS[k]) for k in keys | nested if k in LABELS}
    english = {made_from_key(k) for k in keys | nested} - german_labels
    assert {"Status history", "Title", "Value at stake", "Codes"} & {made_from_key(k) for k in keys | nested}
    names = {name for cell in cells for name in cell.split(", ")}
    assert names & english == set(), sorted(names & english)
    assert not {name for name in names if "_" in name}  # nor a stored key itself
    assert {"Statusverlauf", "Titel", "Güter", "Betroffener Wert", "Inhärente Auswirkung"} <= names
    history = _history(window, entries)
    assert {field for field, _ in history} & english == set()
    inner = [f"{made_from_key(k)}: " for k in nested if made_from_key(k) in english]
    assert [(f, v) for f, v in history if any(words in v for words in inner)] == []
    assert any("Richtung: " in values and "Länder (von / nach): " in values for _, values in history)


def test_english_names_the_fields_by_their_labels(window: MainWindow) -> None:
    """The same check in English finds the labels (the German test is not blind), and no key."""
    entries, cells = _audit(window)
    names = {name for cell in cells for name in cell.split(", ")}
    assert {"Status history", "Title", "Items", "Value at stake", "Inherent impact", "Issuing jurisdiction"} <= names
    assert not {name for name in names if "_" in name}  # no stored key such as status_history
    history = _history(window, entries)
    assert any(field == "Items" and "Direction: " in values and "Countries (from / to): " in values
               for field, values in history)
