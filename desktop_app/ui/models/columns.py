"""The text a table cell shows for a browse column's value (the columns are declared by the service)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop_app.domain.enums import ImpactChannel, Vocabulary
from desktop_app.domain.jurisdictions import jurisdiction_name
from desktop_app.services.records.browse_columns import BrowseColumn
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import country_name, format_date, format_money, translate


def display(spec: BrowseColumn, value: Any, level_labels: dict[str, str]) -> str:
    """The text a cell shows; user text is returned as it is (views draw it as plain text)."""
    if value is None:
        return ""
    kind = spec.kind
    if kind == "enum" and spec.vocabulary is not None:
        return _label(spec.vocabulary, value)
    if kind == "level":
        return level_labels.get(str(value), str(value))
    if kind == "channels":
        labels = []
        for raw in str(value).split(";"):
            part = raw.strip()
            if part:
                try:
                    labels.append(label_text(ImpactChannel(part).label))
                except ValueError:
                    labels.append(part)
        return ", ".join(labels)
    if kind == "overdue":
        return translate("columns", "overdue") if value else ""
    if kind == "jurisdiction":
        # stored as a code, read as a name: "Namibia" (in the interface language)
        return country_name(str(value), jurisdiction_name(str(value)))
    if kind == "money" and isinstance(value, (Decimal, int, float)):
        return format_money(Decimal(str(value)))
    if isinstance(value, datetime):
        # SQLite hands back naive UTC; show the user's local time either way.
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return format_date(value)
    if kind == "text":
        # One line in a cell; the tooltip carries the full text.
        return " ".join(str(value).split())
    return str(value)


@lru_cache(maxsize=4096)
def _label(vocabulary: type[Vocabulary], value: Any) -> str:
    # Cached: a handful of stored keys, looked up for every visible cell on first paint.
    try:
        return label_text(vocabulary(value).label)
    except ValueError:
        return str(value)


