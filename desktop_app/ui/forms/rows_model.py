"""Editable table model for a record's child rows (items, partners, status history, mitigation)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.fields import Severity
from desktop_app.domain.jurisdictions import jurisdiction_name
from desktop_app.domain.text import join_list, split_list
from desktop_app.ui.forms.fields import resolve_jurisdiction
from desktop_app.ui.labels import label_text

Index = QModelIndex | QPersistentModelIndex
_EXTRA = "\x00extra"  # where a row keeps the fields no column shows
_ISSUE_BRUSH = {Severity.ERROR: QBrush(QColor("#FDE0E0")), Severity.WARNING: QBrush(QColor("#FFF1D6"))}


@dataclass(frozen=True)
class Column:
    """One column: the schema key, its header, and how its text maps to schema data.

    kinds: text, codes (`HS:2504.10; HS:8112.92` <-> list), enum (key of `vocabulary`),
    date (ISO text, empty = None), decimal (text kept as typed), jurisdiction (empty = None),
    jurisdictions (`CN, CL` <-> list of codes).
    """

    key: str
    header: str
    kind: str = "text"
    vocabulary: type[Vocabulary] | None = None
    default: str = ""
    optional: bool = False  # an enum that may be left empty (None)


class RowsModel(QAbstractTableModel):
    """Rows held as text per column, converted to schema-shaped dicts by `values()`.

    Fields of a loaded row that no column shows are kept and returned unchanged, so a form
    never drops data it does not edit."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict[str, Any]] = []
        self._issues: dict[tuple[int, str], tuple[Severity, str]] = {}

    # Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = self.columns[index.column()]
        raw = self._rows[index.row()][column.key]
        issue = self._issues.get((index.row(), column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            return _label(column, raw)
        if role == Qt.ItemDataRole.EditRole:
            return raw
        if role == Qt.ItemDataRole.ToolTipRole:
            return issue[1] if issue else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return _ISSUE_BRUSH[issue[0]] if issue else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.columns[index.column()].key
        text = "" if value is None else str(value)
        if self._rows[index.row()][key] == text:
            return True  # nothing to change, but the value is what was asked for
        self._rows[index.row()][key] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or not 0 <= row <= len(self._rows) or count < 1:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, {c.key: c.default for c in self.columns})
        self._issues.clear()
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self._issues.clear()
        self.endRemoveRows()
        return True

    # Form interface
    def append_row(self, **texts: str) -> int:
        row = len(self._rows)
        self.insertRows(row, 1)
        for key, text in texts.items():
            self.setData(self.index(row, self.column_of(key)), text)
        return row

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def set_values(self, rows: list[dict[str, Any]]) -> None:
        """Load schema-shaped rows (lists, enums, dates, decimals) as text."""
        self.beginResetModel()
        keys = {c.key for c in self.columns}
        self._rows = [{c.key: _to_text(c, row.get(c.key)) for c in self.columns}
                      | {_EXTRA: {k: v for k, v in row.items() if k not in keys}} for row in rows]
        self._issues.clear()
        self.endResetModel()

    def values(self) -> list[dict[str, Any]]:
        """The rows as schema-shaped dicts for the validators and services."""
        return [row.get(_EXTRA, {}) | {c.key: _to_value(c, row[c.key]) for c in self.columns}
                for row in self._rows]

    def set_issues(self, issues: dict[tuple[int, str], tuple[Severity, str]]) -> None:
        if issues == self._issues:
            return
        self._issues = dict(issues)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def issue_at(self, row: int, key: str) -> tuple[Severity, str] | None:
        return self._issues.get((row, key))


def _label(column: Column, raw: str) -> str:
    if column.kind == "enum" and column.vocabulary is not None and raw:
        member = column.vocabulary._lookup(raw)
        return label_text(member.label) if member is not None else raw
    return raw


def _to_text(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "codes":
        return join_list([str(v) for v in value])
    if column.kind == "jurisdictions":
        return "; ".join(jurisdiction_name(str(v)) for v in value)
    if column.kind == "jurisdiction":
        return jurisdiction_name(str(value))  # read as "Namibia"; typed names and codes resolve back
    if isinstance(value, Vocabulary):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _to_value(column: Column, text: str) -> Any:
    if column.kind == "enum" and column.optional and not text.strip():
        return None
    if column.kind == "codes":
        return split_list(text)
    if column.kind == "jurisdictions":
        parts = text.split(";") if ";" in text else text.split(",")
        return [resolve_jurisdiction(p) for p in parts if p.strip()]
    if column.kind in ("date", "jurisdiction"):
        if not text.strip():
            return None
        return text.strip() if column.kind == "date" else resolve_jurisdiction(text)
    if column.kind == "decimal":
        return text.strip() or None  # blank: not known (a partner's share not disclosed yet)
    return text
