"""Clause and suspension-window schema families (Create/Update/Read) and their field rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.fields import (
    Issue,
    Jurisdiction,
    LongText,
    RecordMeta,
    RequiredText,
    Schema,
    Severity,
    ShortText,
    parse_model,
)
from desktop_app.domain.measure_schemas import ControlledItem
from desktop_app.domain.timeline.facts import ChangeKind
from desktop_app.system.message_language import msg


class ClauseCreate(Schema):
    """A clause of measure `measure_id`: `label` (e.g. `2`, `I(1)`) is unique within it."""

    measure_id: int
    label: RequiredText
    title: ShortText = ""
    text: LongText = ""
    items: list[ControlledItem] = Field(default_factory=list)
    effective_on: date | None = None
    expires_on: date | None = None
    status: MeasureStatus | None = None  # its own recorded status; None follows the dates
    threshold: ShortText = ""  # e.g. "0.1% of value (China-origin content)"
    targets: list[Jurisdiction] = Field(default_factory=list)
    excluded: list[Jurisdiction] = Field(default_factory=list)
    notes: LongText = ""


class ClauseUpdate(ClauseCreate):
    version: int


class ClauseRead(ClauseCreate, RecordMeta):
    update_schema = ClauseUpdate

    measure_reference: str = ""


def clause_rules(c: ClauseCreate) -> list[Issue]:
    found: list[Issue] = []
    if c.effective_on and c.expires_on and c.expires_on < c.effective_on:
        found.append(Issue("expires_on", Severity.ERROR, msg("a clause cannot expire before it takes effect")))
    both = sorted(set(c.targets) & set(c.excluded))
    if both:
        found.append(Issue("excluded", Severity.ERROR,
                           msg("{codes} cannot be both targeted and excluded", codes=", ".join(both))))
    return found


def validate_clause(data: dict[str, Any], _today: date | None = None) -> tuple[ClauseCreate | None, list[Issue]]:
    model, issues = parse_model(ClauseCreate, data)
    return (None, issues) if model is None else (model, clause_rules(model))


class WindowChangeIn(Schema):
    """Decided on `decided_on`: the window's last day is now `ends_on` (None: open-ended)."""

    kind: ChangeKind
    decided_on: date
    ends_on: date | None = None
    note: ShortText = ""


class WindowCreate(Schema):
    """Measure `measure_id` (or its clause `clause`) suspended by measure `suspension_id` from
    `starts_on` through its last day `ends_on` (None: open-ended), then moved by `changes`."""

    measure_id: int
    clause: ShortText = ""
    suspension_id: int | None = None
    starts_on: date
    ends_on: date | None = None
    note: LongText = ""
    changes: list[WindowChangeIn] = Field(default_factory=list)


class WindowUpdate(WindowCreate):
    version: int


class WindowRead(WindowCreate, RecordMeta):
    update_schema = WindowUpdate

    measure_reference: str = ""
    suspension_reference: str = ""

    @property
    def end(self) -> date | None:
        end = self.ends_on
        for change in sorted(self.changes, key=lambda c: c.decided_on):
            end = change.ends_on
        return end


def validate_window(data: dict[str, Any], _today: date | None = None) -> tuple[WindowCreate | None, list[Issue]]:
    """Field checks only; the rules that need the register (overlaps, clauses) are in the service."""
    return parse_model(WindowCreate, data)
