"""A child-rows editor: table view with vocabulary/jurisdiction editors, add/remove, issue marks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.fields import Issue, Severity
from desktop_app.ui.forms.fields import JurisdictionEdit, mark
from desktop_app.ui.forms.rows_model import Column, RowsModel
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

Index = QModelIndex | QPersistentModelIndex


class ColumnDelegate(QStyledItemDelegate):
    """Combo boxes for vocabulary columns, a completing line edit for jurisdictions."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._columns[index.column()]
        if column.kind == "enum" and column.vocabulary is not None:
            combo = QComboBox(parent)
            if column.optional:
                combo.addItem(translate("rows_editor", "(not recorded)"), "")
            for member in column.vocabulary:
                combo.addItem(label_text(member.label), member.value)
            return combo
        if column.kind == "jurisdiction":
            return JurisdictionEdit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        raw = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(raw), 0))
        elif isinstance(editor, JurisdictionEdit):
            editor.set_value(raw)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, JurisdictionEdit):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class RowsEditor(QWidget):
    """Edits one list of child rows; `changed` fires on every edit, add or removal."""

    changed = Signal()

    def __init__(self, columns: list[Column], noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ColumnDelegate(columns, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.add_button = QPushButton(translate("rows_editor", "Add {noun}").format(noun=noun), self)
        self.remove_button = QPushButton(translate("rows_editor", "Remove {noun}").format(noun=noun), self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self.changed)
        self.model.dataChanged.connect(self._data_changed)

    def _data_changed(self, _tl: Any, _br: Any, roles: list[int]) -> None:
        # Issue highlighting changes only background and tooltip; that is not an edit.
        if not roles or Qt.ItemDataRole.EditRole in roles:
            self.changed.emit()

    def add_row(self) -> None:
        row = self.model.append_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        for row in rows:
            self.model.removeRows(row, 1)

    def values(self) -> list[dict[str, Any]]:
        return self.model.values()

    def set_values(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_values(rows)

    def show_issues(self, issues: list[tuple[str, Issue]]) -> None:
        """Mark cells for `row.key...` paths; list-level issues (empty path) go to the label."""
        cells: dict[tuple[int, str], tuple[Severity, str]] = {}
        general: list[Issue] = []
        keys = {c.key for c in self.model.columns}
        for rest, issue in issues:
            row, _, tail = rest.partition(".")
            key = tail.split(".", 1)[0]
            if row.isdigit() and key in keys:
                old = cells.get((int(row), key))
                if old is None or old[0] is not Severity.ERROR:
                    cells[(int(row), key)] = (issue.severity, issue.message)
            else:
                general.append(issue)
        self.model.set_issues(cells)
        worst = _worst([i.severity for i in general] + [s for s, _ in cells.values()])
        mark(self.view, worst, "\n".join(i.message for i in general))
        mark(self.message, _worst([i.severity for i in general]))
        self.message.setText("\n".join(i.message for i in general))
        self.message.setVisible(bool(general))


def _worst(severities: list[Severity]) -> Severity | None:
    if Severity.ERROR in severities:
        return Severity.ERROR
    return Severity.WARNING if severities else None
