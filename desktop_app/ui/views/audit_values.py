"""Audit entries in words: field labels instead of keys, vocabulary labels instead of stored codes,
rows of a list one per line instead of JSON."""

from __future__ import annotations

from functools import cache
from typing import Any

from desktop_app.domain.enums import Vocabulary
from desktop_app.ui.field_labels import field_label
from desktop_app.ui.forms.pickers import LIKELIHOOD
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate


@cache
def _vocabulary_labels() -> dict[str, str]:
    """Stored code -> label over every vocabulary, for codes that no two vocabularies share
    with different labels (those stay as stored)."""
    found: dict[str, set[str]] = {}
    pending = list(Vocabulary.__subclasses__())
    while pending:
        kind = pending.pop()
        pending.extend(kind.__subclasses__())
        for member in kind:
            found.setdefault(member.value, set()).add(member.label)
    return {code: next(iter(labels)) for code, labels in found.items() if len(labels) == 1}


def readable(value: Any) -> str:
    """An audited value as a user reads it (text that is not a code is shown verbatim)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("audit_values", "yes") if value else translate("audit_values", "no")
    if isinstance(value, str):
        return label_text(_vocabulary_labels()[value]) if value in _vocabulary_labels() and "_" in value else value
    if isinstance(value, dict):
        return "; ".join(f"{field_label(str(k))}: {readable(v)}" for k, v in value.items()
                         if v not in (None, "", []))
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, dict | list | tuple) for v in value):
            return "\n".join(readable(v) for v in value)  # rows of a list (or of a grid), one per line
        return ", ".join(readable(v) for v in value)
    return str(value)


def readable_field(key: str, value: Any) -> str:
    """`readable`, knowing the field: the risk matrix's grid is shown a likelihood per line."""
    if key == "grid" and isinstance(value, list) and len(value) == len(LIKELIHOOD) \
            and all(isinstance(row, list) for row in value):
        return "\n".join(f"{name}: {readable(row)}" for name, row in zip(LIKELIHOOD, value, strict=True))
    return readable(value)
