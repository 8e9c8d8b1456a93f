"""Measure schema family (Create/Update/Read) and the cross-field rules of a measure."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from desktop_app.domain.enums import ItemStage, MeasureStatus, MeasureType
from desktop_app.domain.fields import (
    CodeText,
    Issue,
    Jurisdiction,
    LongText,
    NameText,
    RecordMeta,
    RequiredText,
    Schema,
    Severity,
    ShortText,
    Target,
    parse_model,
)
from desktop_app.system.message_language import label, msg


class ControlledItem(Schema):
    name: NameText
    codes: list[CodeText] = Field(default_factory=list)
    # None: the entry's words say which stages it reaches (`unprocessed ore`), or any stage.
    stage: ItemStage | None = None


class StatusChange(Schema):
    status: MeasureStatus
    valid_from: date
    note: ShortText = ""


class MeasureBase(Schema):
    reference: NameText
    title: RequiredText
    original_title: ShortText = ""
    jurisdiction: Jurisdiction
    authority: ShortText = ""
    measure_type: MeasureType
    status: MeasureStatus
    announced_on: date | None = None
    consultation_ends_on: date | None = None
    effective_on: date | None = None
    removed_on: date | None = None
    summary: LongText = ""
    source_url: ShortText = ""
    notes: LongText = ""
    # What the targets say beyond countries and groups ("most entities"), as written.
    targets_note: LongText = ""


class MeasureCreate(MeasureBase):
    items: list[ControlledItem] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    excluded: list[Target] = Field(default_factory=list)
    status_history: list[StatusChange] = Field(default_factory=list)


class MeasureUpdate(MeasureCreate):
    """A full replacement of a measure's content, valid only against `version`."""

    version: int


class MeasureRead(MeasureCreate, RecordMeta):
    update_schema = MeasureUpdate

    def status_on(self, day: date) -> MeasureStatus | None:
        """Status in force on `day` from the dated history; None before the first entry."""
        return status_on(self.status_history, self.status, day)


def status_on(
    history: list[StatusChange], current: MeasureStatus, day: date
) -> MeasureStatus | None:
    if not history:
        return current
    applicable = [h for h in history if h.valid_from <= day]
    if not applicable:
        return None
    return max(applicable, key=lambda h: h.valid_from).status


def measure_rules(m: MeasureCreate, today: date) -> list[Issue]:
    """Cross-field checks that a single field validator cannot see."""
    found: list[Issue] = []

    def err(field: str, msg: str) -> None:
        found.append(Issue(field, Severity.ERROR, msg))

    def warn(field: str, msg: str) -> None:
        found.append(Issue(field, Severity.WARNING, msg))

    if m.announced_on and m.consultation_ends_on and m.consultation_ends_on < m.announced_on:
        err("consultation_ends_on", msg("consultation cannot end before the measure was announced"))
    if m.effective_on and m.removed_on and m.removed_on < m.effective_on:
        err("removed_on", msg("a measure cannot be removed before it takes effect"))
    if m.announced_on and m.effective_on and m.effective_on < m.announced_on:
        warn("effective_on", msg("takes effect before it was announced (retroactive?)"))
    both = sorted(set(m.targets) & set(m.excluded))
    if both:
        err("excluded", msg("{codes} cannot be both targeted and excluded", codes=", ".join(both)))
    for name, values in (("targets", m.targets), ("excluded", m.excluded)):
        if len(set(values)) != len(values):
            err(name, msg("lists a jurisdiction twice"))
    days = [h.valid_from for h in m.status_history]
    if len(set(days)) != len(days):
        err("status_history", msg("two status changes share the same date"))
    if m.status_history:
        now = status_on(m.status_history, m.status, today)
        if now is not None and now != m.status:
            warn("status", msg("status history says '{then}' today, not '{now}'", then=label(now.label),
                                 now=label(m.status.label)))
    if m.source_url and not m.source_url.lower().startswith(("http://", "https://")):
        warn("source_url", msg("is not an http(s) address, so reports will not link it"))
    return found


def validate_measure(
    data: dict[str, Any], today: date, schema: type[MeasureCreate] = MeasureCreate
) -> tuple[MeasureCreate | None, list[Issue]]:
    """Validate raw measure data: field errors first, then cross-field rules."""
    model, issues = parse_model(schema, data)
    if model is None:
        return None, issues
    return model, measure_rules(model, today)
