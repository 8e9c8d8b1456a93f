"""What each table column shows: title, kind of value, default width and visibility."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop_app.domain.enums import (
    AssessmentStatus,
    ImpactChannel,
    MeasureType,
    Treatment,
    VentureStage,
    Vocabulary,
)
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.services.records.browse import COLUMNS


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a table: `key` is the browse service's column key."""

    key: str
    title: str
    kind: str = "text"  # text, int, money, date, datetime, level, enum, channels, overdue
    width: int = 120
    visible: bool = True
    vocabulary: type[Vocabulary] | None = None

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "money")


def _spec(key: str, title: str, kind: str = "text", width: int = 120, visible: bool = True,
          vocabulary: type[Vocabulary] | None = None) -> ColumnSpec:
    return ColumnSpec(key, title, kind, width, visible, vocabulary)


SPECS: dict[str, tuple[ColumnSpec, ...]] = {
    "measures": (
        _spec("reference", "Reference", width=240), _spec("title", "Title", width=320),
        _spec("original_title", "Original title", width=220, visible=False),
        _spec("jurisdiction", "Jurisdiction", width=90), _spec("authority", "Authority", width=120),
        _spec("measure_type", "Type", "enum", 180, vocabulary=MeasureType),
        _spec("status", "Status", "enum", 100, vocabulary=DayStatus),  # on the table's as-of date
        _spec("announced_on", "Announced", "date", 95),
        _spec("consultation_ends_on", "Consultation ends", "date", 120, visible=False),
        _spec("effective_on", "Effective", "date", 95), _spec("removed_on", "Removed", "date", 95, False),
        _spec("assessments", "Assessments", "int", 90),
        _spec("updated_at", "Last changed", "datetime", 130, visible=False),
    ),
    "ventures": (
        _spec("name", "Joint venture", width=260), _spec("country", "Country", width=70),
        _spec("location", "Location", width=140), _spec("activity", "Activity", width=260, visible=False),
        _spec("sector", "Sector", width=130), _spec("stage", "Stage", "enum", 100, vocabulary=VentureStage),
        _spec("value_at_stake", "Value at stake", "money", 130), _spec("currency", "Currency", width=70),
        _spec("owner", "Owner", width=130), _spec("assessments", "Assessments", "int", 90),
        _spec("worst_level", "Worst residual", "level", 110),
        _spec("updated_at", "Last changed", "datetime", 130, visible=False),
    ),
    "assessments": (
        _spec("id", "No.", "int", 60), _spec("measure", "Measure", width=240),
        _spec("measure_title", "Measure title", width=260, visible=False),
        _spec("venture", "Joint venture", width=220), _spec("jurisdiction", "Jurisdiction", width=85),
        _spec("channels", "Impact channels", "channels", 180, visible=False),
        _spec("inherent_level", "Inherent", "level", 85), _spec("residual_level", "Residual", "level", 85),
        _spec("residual_likelihood", "Likelihood", "int", 75, visible=False),
        _spec("residual_impact", "Impact", "int", 65, visible=False),
        _spec("residual_score", "Score", "int", 55),
        _spec("treatment", "Treatment", "enum", 90, vocabulary=Treatment),
        _spec("owner", "Owner", width=130), _spec("assessor", "Assessor", width=120, visible=False),
        _spec("assessed_on", "Assessed", "date", 95), _spec("next_review_on", "Next review", "date", 95),
        _spec("status", "Status", "enum", 90, vocabulary=AssessmentStatus),
        _spec("overdue", "Review", "overdue", 80),
        _spec("updated_at", "Last changed", "datetime", 130, visible=False),
    ),
}

for _entity, _specs in SPECS.items():  # the service and the view must agree on every column
    assert tuple(s.key for s in _specs) == COLUMNS[_entity], _entity


def display(spec: ColumnSpec, value: Any, level_labels: dict[str, str]) -> str:
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
                    labels.append(ImpactChannel(part).label)
                except ValueError:
                    labels.append(part)
        return ", ".join(labels)
    if kind == "overdue":
        return "overdue" if value else ""
    if kind == "money" and isinstance(value, (Decimal, int, float)):
        return f"{Decimal(str(value)):,.2f}"
    if isinstance(value, datetime):
        # SQLite hands back naive UTC; show the user's local time either way.
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if kind == "text":
        # One line in a cell; the tooltip carries the full text.
        return " ".join(str(value).split())
    return str(value)


@lru_cache(maxsize=4096)
def _label(vocabulary: type[Vocabulary], value: Any) -> str:
    # Cached: a handful of stored keys, looked up for every visible cell on first paint.
    try:
        return vocabulary(value).label
    except ValueError:
        return str(value)


