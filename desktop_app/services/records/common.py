"""What the three audited entity services share: validation, version checks, archive/restore."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlmodel import Session, SQLModel

from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ArchivedRecord, Conflict, NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, RecordMeta, Severity
from desktop_app.persistence.db import retrying_write
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.wording import ARCHIVED, MEANWHILE, NOT_FOUND, STALE, said

Row = TypeVar("Row", bound=SQLModel)
Read = TypeVar("Read", bound=RecordMeta)
M = TypeVar("M", bound=BaseModel)
_META = {"id", "version", "created_at", "updated_at", "archived_at"}


def snapshot(model: BaseModel) -> dict[str, Any]:
    """The audited content of a record: every field but ids, versions and timestamps."""
    return model.model_dump(mode="json", exclude=_META)


def require_valid(model: M | None, issues: list[Issue], what: str) -> M:
    if model is None or any(i.severity is Severity.ERROR for i in issues):
        raise ValidationFailed(issues, what)
    return model


def as_dict(data: BaseModel | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(data, BaseModel):
        return data.model_dump()
    return dict(data)


@dataclass(frozen=True)
class EntityKind(Generic[Row, Read]):
    """How the generic helpers reach one record entity: its spec, the audit label of a stored
    row, and the reader that turns rows into Read models."""

    entity: Entity
    label: Callable[[Row], str]
    read: Callable[[Session, list[Row]], list[Read]]

    @property
    def table(self) -> type[Row]:
        return self.entity.record.table

    @property
    def what(self) -> str:
        return self.entity.label

    def get_row(self, session: Session, record_id: int) -> Row:
        row = session.get(self.table, record_id)
        if row is None:
            raise NotFound(said(NOT_FOUND, self.entity, id=record_id))
        return row

    def get(self, ctx: ServiceContext, record_id: int) -> Read:
        with ctx.db.session() as s:
            return self.read(s, [self.get_row(s, record_id)])[0]

    def editable_row(self, session: Session, record_id: int, version: int) -> tuple[Row, Read]:
        """The row to change, refusing archived records and stale versions."""
        row = self.get_row(session, record_id)
        current = self.read(session, [row])[0]
        if row.archived_at is not None:
            raise ArchivedRecord(said(ARCHIVED, self.entity))
        if row.version != version:
            raise Conflict(said(STALE, self.entity, yours=version, now=row.version), current=current)
        return row, current

    @retrying_write
    def set_archived(self, ctx: ServiceContext, record_id: int, version: int | None, archive: bool) -> Read:
        """Archive (soft delete) or restore; audited, refused on a stale version."""
        with ctx.db.session(write=True) as s:
            row = self.get_row(s, record_id)
            if version is not None and row.version != version:
                raise Conflict(said(MEANWHILE, self.entity),
                               current=self.read(s, [row])[0])
            self._archive_row(s, ctx, row, archive)
            return self.read(s, [row])[0]

    @retrying_write
    def set_archived_many(self, ctx: ServiceContext, record_ids: list[int], archive: bool) -> list[int]:
        """Archive or restore several records in one transaction (one audit entry each); all or
        nothing. Returns the ids it changed (a record already in that state is left alone)."""
        changed: list[int] = []
        with ctx.db.session(write=True) as s:
            for record_id in record_ids:
                if self._archive_row(s, ctx, self.get_row(s, record_id), archive):
                    changed.append(record_id)
        return changed

    def _archive_row(self, s: Session, ctx: ServiceContext, row: Row, archive: bool) -> bool:
        before = row.archived_at
        if (before is not None) == archive:
            return False
        after = ctx.now() if archive else None
        row.archived_at = after
        row.updated_at = ctx.now()
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.ARCHIVE if archive else AuditAction.RESTORE, self.entity,
                     row.id, self.label(row), field_changes({"archived_at": before}, {"archived_at": after}))
        return True
