"""A small read-only table model over a list of rows (dashboard lists, audit changes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.entity import Entity
from desktop_app.ui.models.roles import RowIdRole, SortRole, plain_tooltip, text_on

Index = QModelIndex | QPersistentModelIndex
SortOrder = tuple[int, Qt.SortOrder] | None  # (column, order) the header asked for; None: as given


@dataclass
class ListRow:
    """Cells as text (shown verbatim), the raw values to sort on, and what the row opens."""

    cells: tuple[str, ...]
    record: tuple[Entity, int] | None = None  # the record a double-click opens
    sort_values: tuple[Any, ...] = ()
    colours: dict[int, str] = field(default_factory=dict)  # column -> background colour
    foreground: str | None = None
    payload: Any = None  # what the row stands for, kept with it when the model sorts
    tips: dict[int, str] = field(default_factory=dict)  # column -> tooltip (else the cell's own text)


class ListTableModel(QAbstractTableModel):
    """Rows given all at once; sized for tens or hundreds of rows, not the register itself."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[ListRow] = []

    def set_rows(self, rows: Sequence[ListRow], sorted_by: SortOrder = None) -> None:
        """Show `rows`, in the header's order; rows already sorted that way (`sorted_by`, e.g. by
        a background thread) are not sorted again."""
        self.beginResetModel()
        sort = self.sort_order()
        self.rows = list(rows) if sorted_by == sort else sort_rows(list(rows), sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python on their sort values (kept for the rows set later)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows = sort_rows(self.rows, self._sort)
        self.layoutChanged.emit()

    def sort_order(self) -> SortOrder:
        """The order rows are shown in (to sort them elsewhere before `set_rows`)."""
        return getattr(self, "_sort", None)

    def record(self, row: int) -> tuple[Entity, int] | None:
        return self.rows[row].record if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
                   ) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], index.column()
        if not 0 <= column < len(row.cells):
            return None
        text = row.cells[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(text.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = row.tips.get(column) or text
            return plain_tooltip(tip) if tip else None
        if role == SortRole:
            return row.sort_values[column] if column < len(row.sort_values) else text
        if role == RowIdRole:
            return row.record[1] if row.record else None
        colour = row.colours.get(column)
        if role == Qt.ItemDataRole.BackgroundRole and colour:
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ForegroundRole:
            if colour:
                return QBrush(text_on(QColor(colour)))
            if row.foreground:
                return QBrush(QColor(row.foreground))
        return None


def sort_rows(rows: list[ListRow], sort: SortOrder) -> list[ListRow]:
    """`rows` in the order `sort` names, on their sort values (any thread: plain Python)."""
    if sort is None or sort[0] < 0:
        return rows
    column, order = sort

    def key(row: ListRow) -> tuple[int, Any]:
        value = row.sort_values[column] if column < len(row.sort_values) else row.cells[column]
        return (value is None, "" if value is None else value)

    try:
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
    except TypeError:  # mixed kinds in one column: compare as text
        return sorted(rows, key=lambda r: str(key(r)), reverse=order == Qt.SortOrder.DescendingOrder)
