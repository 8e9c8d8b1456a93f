"""A list of joint venture names to tick, held as plain names: thousands fill in an instant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

Index = QModelIndex | QPersistentModelIndex


def _checked(value: Any) -> bool:
    """A check state as the view's delegate sends it (an int) or as code sets it (the enum)."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


class CheckListModel(QAbstractListModel):
    """Names with a check box each, or one line of text that cannot be ticked (while reading).

    A QListWidget made one item per venture and emitted a change per item as it filled: at
    2,000 ventures the report dialog froze for seconds. Here a fill is one model reset."""

    ticked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.checkable = False
        self.ticked: set[int] = set()

    def set_names(self, names: Sequence[str], *, checkable: bool = True) -> None:
        self.beginResetModel()
        self.names, self.checkable, self.ticked = list(names), checkable, set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.names):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.names[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable:
            return Qt.CheckState.Checked if index.row() in self.ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.checkable else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable or not index.isValid():
            return False
        row = index.row()
        before = row in self.ticked
        (self.ticked.add if _checked(value) else self.ticked.discard)(row)
        if before != (row in self.ticked):
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.ticked_changed.emit()
        return True


class VentureChecklist(QListView):
    """The report dialog's joint ventures: a note while they are read, then names to tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = CheckListModel(self)
        self.setModel(self.list_model)
        self.setUniformItemSizes(True)  # one height for all rows: no per-row layout pass
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ticked_changed = self.list_model.ticked_changed

    def show_note(self, text: str) -> None:
        """One line that cannot be ticked (e.g. while the names are read)."""
        self.list_model.set_names([text], checkable=False)

    def set_names(self, names: Sequence[str]) -> None:
        """Names to tick, none ticked; one change signal for the whole fill."""
        self.list_model.set_names(names)
        self.ticked_changed.emit()

    def count(self) -> int:
        return self.list_model.rowCount()

    def text(self, row: int) -> str:
        return self.list_model.names[row]

    def set_checked(self, row: int, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list_model.setData(self.list_model.index(row), state, Qt.ItemDataRole.CheckStateRole)

    def chosen(self) -> tuple[str, ...]:
        """The ticked names, in list order."""
        model = self.list_model
        return tuple(model.names[row] for row in sorted(model.ticked)) if model.checkable else ()
