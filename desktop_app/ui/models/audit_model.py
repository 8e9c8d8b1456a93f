"""The audit trail as a table: newest first, read in pages as the user scrolls (fetchMore)."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.domain.entity import audit_label
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import RegisterError
from desktop_app.services.audit import AuditRecord
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import audit_log
from desktop_app.services.records.audit_log import AuditQuery
from desktop_app.ui.field_labels import field_label
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.models.roles import RowIdRole, SortRole, plain_tooltip

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 500
HEADERS = (
    translate("audit_model", "No."),
    translate("audit_model", "When"),
    translate("audit_model", "Who"),
    translate("audit_model", "Action"),
    translate("audit_model", "Record type"),
    translate("audit_model", "Record no."),
    translate("audit_model", "Record"),
    translate("audit_model", "Fields changed"),
)


def when(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def action_label(action: str) -> str:
    try:
        return label_text(AuditAction(action).label)
    except ValueError:
        return action


def audit_cells(e: AuditRecord) -> tuple[str, ...]:
    """An entry's cells in HEADERS order (plain Python: also used off the GUI thread)."""
    # By label: the keys are the register's own words, not the user's.
    fields = ", ".join(field_label(key, e.entity) for key in sorted(e.changes))
    return (str(e.id), when(e.at), e.actor, action_label(e.action), audit_label(e.entity),
            "" if e.entity_id is None else str(e.entity_id), e.entity_label, fields)


class AuditTableModel(QAbstractTableModel):
    """Entries matching an AuditQuery; the first page on reset, more pages on fetchMore."""

    load_failed = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = AuditQuery()
        self.entries: list[AuditRecord] = []
        self.total = 0

    def set_query(self, query: AuditQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = []
        try:
            self.total = audit_log.count(self.ctx, self.query)
            self.entries = audit_log.page(self.ctx, self.query, 0, PAGE_SIZE)
        except (RegisterError, OSError) as exc:
            self.total = 0
            self.load_failed.emit(exc)
        self.endResetModel()

    def entry(self, row: int) -> AuditRecord | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self.entries) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        try:
            more = audit_log.page(self.ctx, self.query, len(self.entries), PAGE_SIZE)
        except (RegisterError, OSError) as exc:
            self.load_failed.emit(exc)
            return
        if not more:
            self.total = len(self.entries)  # entries vanished? stop asking
            return
        start = len(self.entries)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.entries.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
                   ) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return HEADERS[section]
        return None

    def _cells(self, e: AuditRecord) -> tuple[str, ...]:
        return audit_cells(e)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.entries)):
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self._cells(e)[index.column()].split())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (6, 7):
            return plain_tooltip(self._cells(e)[index.column()])
        if role == SortRole:
            return e.id
        if role == RowIdRole:
            return e.id
        return None
