"""Every field key the code can audit or refuse (schemas, tables, services' entries) has a label of its own."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from sqlmodel import SQLModel

import desktop_app.domain
import desktop_app.services
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.fields import Issue, RecordMeta, Schema, Severity
from desktop_app.ui.field_labels import BY_RECORD, LABELS, field_label
from desktop_app.ui.messages import refusal

ROOT = Path(desktop_app.domain.__file__).parent.parent
# The register's bookkeeping: never audited as a field, nor checked as one.
BOOKKEEPING_TABLES = {"audit_entry", "audit_head", "record_seal", "register_marker", "setting"}
BOOKKEEPING_COLUMNS = {"id", "version", "created_at", "updated_at", "position"}
# Dict keys inside an audited function that are no field: the briefing's options (JSON text shown as written).
NOT_FIELDS = {"full", "ventures"}


def _modules(package: ModuleType) -> Iterator[ModuleType]:
    for found in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        yield importlib.import_module(found.name)


def _classes(package: ModuleType) -> Iterator[type]:
    for module in _modules(package):
        yield from (c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == module.__name__)


def schema_keys() -> set[str]:
    """The fields of every input schema (what a refused save names), nested rows' schemas included."""
    return {name for package in (desktop_app.domain, desktop_app.services) for cls in _classes(package)
            if issubclass(cls, Schema) and not issubclass(cls, RecordMeta) for name in cls.model_fields
            if name not in BOOKKEEPING_COLUMNS}


def column_keys() -> set[str]:
    """The columns of every record table; row ids (`*_id`) and match keys (`*_key`) are the
    register's own links: the trail names what they point at (an owner's name, a measure)."""
    return {name for cls in _classes(desktop_app.domain)
            if issubclass(cls, SQLModel) and getattr(cls, "__tablename__", None) not in (None, *BOOKKEEPING_TABLES)
            and hasattr(cls, "__table__") for name in cls.model_fields
            if name not in BOOKKEEPING_COLUMNS and not name.endswith(("_id", "_key"))}


def _written_by_audit(function: ast.AST) -> bool:
    """A function that writes an audit entry: it hands an AuditAction to a call."""
    return any(isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "AuditAction"
               for call in ast.walk(function) if isinstance(call, ast.Call)
               for arg in call.args for node in ast.walk(arg))


def _issue_field(call: ast.Call) -> str | None:
    """The field an `Issue(...)` names: a literal, or the literal start of an f-string."""
    if not (isinstance(call.func, ast.Name) and call.func.id == "Issue" and call.args):
        return None
    first = call.args[0]
    if isinstance(first, ast.JoinedStr) and first.values and isinstance(first.values[0], ast.Constant):
        first = first.values[0]
    return str(first.value).partition(".")[0] or None if isinstance(first, ast.Constant) else None


@cache
def service_keys() -> frozenset[str]:
    """Keys the services write into entries (the dict literals of each function that audits) and
    the fields their own checks name (`Issue("field", ...)`)."""
    keys: set[str] = set()
    for path in [*(ROOT / "services").rglob("*.py"), *(ROOT / "domain").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (field := _issue_field(node)):
                keys.add(field)
            if isinstance(node, ast.FunctionDef) and _written_by_audit(node):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Dict):
                        keys |= {k.value for k in inner.keys
                                 if isinstance(k, ast.Constant) and isinstance(k.value, str)}
                    if isinstance(inner, ast.Subscript) and isinstance(inner.ctx, ast.Store) \
                            and isinstance(inner.slice, ast.Constant) and isinstance(inner.slice.value, str):
                        keys.add(inner.slice.value)
    return frozenset(k for k in keys - NOT_FIELDS - BOOKKEEPING_COLUMNS if not k.endswith("_key"))


def test_the_scan_finds_the_audited_fields_and_the_nested_row_keys() -> None:
    """Not blind: it reaches the records' fields, their rows' keys and the keys services compose."""
    found = schema_keys() | column_keys() | service_keys()
    assert {"title", "status_history", "valid_from", "codes", "direction", "share", "partners", "mitigation",
            "due_on", "suspension_id", "covers_all", "means", "term"} <= schema_keys() | column_keys()
    assert {"owner", "partner", "from", "to", "assessments_relevelled", "relation", "item", "broader"} <= found


@pytest.mark.parametrize("source", ["schemas", "columns", "services"])
def test_every_field_key_has_a_label_of_its_own(source: str) -> None:
    keys = {"schemas": schema_keys, "columns": column_keys, "services": service_keys}[source]()
    assert sorted(k for k in keys if k not in LABELS) == []


def test_an_unknown_key_still_reads_as_words() -> None:
    assert field_label("a_field_added_later") == "A field added later"
    assert field_label("inherent_impact") == "Inherent impact"



def test_labels_follow_a_language_installed_after_they_were_read(german: str) -> None:
    """Translated when shown, so a language installed after the module loaded still applies."""
    assert field_label("status_history") == "Statusverlauf"
    assert field_label("value_at_stake") == "Betroffener Wert"
    assert field_label("owner") == "Verantwortlich"
    assert field_label("owner", "party") == "Gehalten von"  # a party's owner is a party, not a person


def test_a_party_s_owner_reads_apart_from_a_person_in_charge() -> None:
    assert field_label("owner", "party") == "Owned by"
    assert field_label("owner", "joint_venture") == field_label("owner") == "Owner"
    assert all(key in LABELS for _, key in BY_RECORD)  # words apart, never the only label of a key


def test_a_refusal_without_form_labels_names_fields_in_german(german: str) -> None:
    """An import's or an undo's refused save (no form to lend its labels) names its fields in German."""
    text = refusal(ValidationFailed([Issue("items.1.codes", Severity.ERROR, "!"),
                                     Issue("status_history", Severity.ERROR, "!")], "measure"))
    assert "Güter, Zeile 2: !" in text and "Statusverlauf: !" in text
    assert "Items" not in text and "Status history" not in text
