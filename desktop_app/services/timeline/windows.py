"""Suspension windows: record, extend, lift, archive; every rule checked against the register."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ArchivedRecord, NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.models import Measure
from desktop_app.domain.models.timeline import MeasureClause, SuspensionWindow
from desktop_app.domain.time_schemas import WindowCreate, WindowRead, validate_window
from desktop_app.domain.timeline.facts import ChangeKind, Window, day_before
from desktop_app.domain.timeline.rules import window_issues
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.time_repo import read_windows, window_fact, write_window
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.common import EntityKind, as_dict, require_valid, snapshot
from desktop_app.system.message_language import msg


def window_label(w: WindowRead | WindowCreate, refs: Mapping[int, str] | None = None) -> str:
    """`No. 46 clause 2 suspended by No. 72 from 2025-11-09`: how messages and the audit name it."""
    refs = refs or {}
    target = getattr(w, "measure_reference", "") or refs.get(w.measure_id, f"measure {w.measure_id}")
    by = getattr(w, "suspension_reference", "") or (refs.get(w.suspension_id, "") if w.suspension_id else "")
    return (f"{target}" + (f" clause {w.clause}" if w.clause else "") + " suspended"
            + (f" by {by}" if by else "") + f" from {w.starts_on}")


KIND: EntityKind[SuspensionWindow, WindowRead] = EntityKind(
    Entity.SUSPENSION_WINDOW, lambda r: f"window {r.id}", read_windows)


def check_window_in(s: Session, model: WindowCreate, window_id: int | None = None,
                    pending: Sequence[Window] = ()) -> Window:
    """Refuse what the register says is wrong with `model` (ValidationFailed names the window);
    `pending`: windows of the same import not written yet. Returns the window as a fact."""
    refs = dict(s.exec(select(Measure.id, Measure.reference).where(
        col(Measure.id).in_([model.measure_id, model.suspension_id or 0]))).all())
    label = window_label(model, refs)
    found: list[Issue] = []
    for field, mid in (("measure", model.measure_id), ("suspension", model.suspension_id)):
        if mid is None:
            continue
        row = s.get(Measure, mid)
        if row is None:
            found.append(Issue(field, Severity.ERROR, msg("no measure with id {id}", id=mid)))
        elif row.archived_at is not None:
            found.append(Issue(field, Severity.ERROR, msg("{reference} is archived; restore it first",
                                                           reference=row.reference)))
    if found:
        raise ValidationFailed(found, f"window ({label})")
    clauses = list(s.exec(select(MeasureClause.label).where(
        MeasureClause.measure_id == model.measure_id, col(MeasureClause.archived_at).is_(None))))
    others = [window_fact(w) for w in read_windows(s, s.exec(select(SuspensionWindow).where(
        SuspensionWindow.measure_id == model.measure_id, col(SuspensionWindow.archived_at).is_(None))))]
    others += [w for w in pending if w.id != (window_id or 0) or not window_id]
    new = window_fact(WindowRead.model_construct(
        **dict(model), id=window_id or 0, measure_reference=refs.get(model.measure_id, ""),
        suspension_reference=refs.get(model.suspension_id or 0, "")))
    issues = window_issues(new, others, clauses)
    if issues:
        raise ValidationFailed(issues, f"window ({label})")
    return new


def save_window_in(s: Session, ctx: ServiceContext, row: SuspensionWindow | None, model: WindowCreate,
                   before: WindowRead | None) -> tuple[WindowRead, bool]:
    """Check and write inside an open transaction (also used by import); returns (record, changed)."""
    check_window_in(s, model, row.id if row else None)
    changes = field_changes(snapshot(before) if before else None, snapshot(model))
    if before is not None and not any(k for k in changes if k not in ("measure_reference", "suspension_reference")):
        return before, False
    row = write_window(s, row, model, ctx.now())
    after = read_windows(s, [row])[0]
    audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, Entity.SUSPENSION_WINDOW, row.id,
                 window_label(after), changes)
    return after, True


def _model(ctx: ServiceContext, data: WindowCreate | Mapping[str, Any]) -> WindowCreate:
    model, issues = validate_window(as_dict(data))
    return require_valid(model, issues, "window")  # type: ignore[return-value]


@retrying_write
def create_window(ctx: ServiceContext, data: WindowCreate | Mapping[str, Any]) -> WindowRead:
    model = _model(ctx, data)
    with ctx.db.session(write=True) as s:
        return save_window_in(s, ctx, None, model, None)[0]


@retrying_write
def update_window(ctx: ServiceContext, window_id: int, data: Mapping[str, Any]) -> WindowRead:
    raw = dict(data)
    version = int(raw.pop("version"))
    model = _model(ctx, raw)
    with ctx.db.session(write=True) as s:
        row, before = KIND.editable_row(s, window_id, version)
        return save_window_in(s, ctx, row, model, before)[0]


def _add_change(ctx: ServiceContext, window_id: int, change: dict[str, Any]) -> WindowRead:
    with ctx.db.session(write=True) as s:
        row = KIND.get_row(s, window_id)
        if row.archived_at is not None:
            raise ArchivedRecord(msg("This suspension window is archived; restore it first."))
        before = read_windows(s, [row])[0]
        data = before.to_update()
        data.pop("version")
        data["changes"] = [*data["changes"], change]
        return save_window_in(s, ctx, row, _model(ctx, data), before)[0]


@retrying_write
def extend_window(ctx: ServiceContext, window_id: int, decided_on: date, ends_on: date | None,
                  note: str = "") -> WindowRead:
    """Record an extension decided on `decided_on`: the last day is now `ends_on` (None: open-ended)."""
    return _add_change(ctx, window_id, {"kind": ChangeKind.EXTENSION, "decided_on": decided_on,
                                        "ends_on": ends_on, "note": note})


@retrying_write
def lift_window(ctx: ServiceContext, window_id: int, lifted_on: date, note: str = "") -> WindowRead:
    """Record that the suspension was lifted: from `lifted_on` the measure applies again."""
    return _add_change(ctx, window_id, {"kind": ChangeKind.LIFTING, "decided_on": lifted_on,
                                        "ends_on": day_before(lifted_on), "note": note})


def archive_window(ctx: ServiceContext, window_id: int, version: int | None = None) -> WindowRead:
    return KIND.set_archived(ctx, window_id, version, archive=True)


def list_windows(ctx: ServiceContext, measure_id: int | None = None, *, suspending: bool = False,
                 include_archived: bool = False) -> list[WindowRead]:
    """Windows on measure `measure_id` (or, `suspending`, made by it); every window for None."""
    with ctx.db.session() as s:
        query = select(SuspensionWindow).order_by(col(SuspensionWindow.starts_on), col(SuspensionWindow.id))
        if measure_id is not None:
            column = SuspensionWindow.suspension_id if suspending else SuspensionWindow.measure_id
            query = query.where(column == measure_id)
        if not include_archived:
            query = query.where(col(SuspensionWindow.archived_at).is_(None))
        return read_windows(s, list(s.exec(query)))


def get_window(ctx: ServiceContext, window_id: int) -> WindowRead:
    with ctx.db.session() as s:
        row = s.get(SuspensionWindow, window_id)
        if row is None:
            raise NotFound(msg("No suspension window with id {id}.", id=window_id))
        return read_windows(s, [row])[0]
