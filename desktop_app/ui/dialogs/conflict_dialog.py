"""Conflict dialog: someone else saved the record meanwhile; show theirs beside yours and let the
user choose (keep mine, take theirs, or go back to editing). Nothing is overwritten silently."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Vocabulary

KEEP_MINE = 2
TAKE_THEIRS = 3
Index = QModelIndex | QPersistentModelIndex
_CHANGED = QBrush(QColor("#FFF1D6"))


def render(value: Any) -> str:
    """Plain, readable text for any field value (lists of rows become one line per row)."""
    if value is None:
        return ""
    if isinstance(value, Vocabulary):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return "; ".join(render(v) for v in value.values() if render(v))
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, dict) for v in value):
            return "\n".join(render(v) for v in value)
        return ", ".join(render(v) for v in value)
    return str(value)


class DiffModel(QAbstractTableModel):
    """Rows of (field, theirs, yours); differing rows are highlighted."""

    HEADERS = ("Field", "Their version (saved)", "Your version")

    def __init__(self, rows: list[tuple[str, str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.all_rows = rows
        self.rows = rows

    def set_only_differences(self, only: bool) -> None:
        self.beginResetModel()
        self.rows = [r for r in self.all_rows if r[1] != r[2]] if only else self.all_rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < 3:
            return self.HEADERS[section]
        return None

    def differs(self, row: int) -> bool:
        return self.rows[row][1] != self.rows[row][2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and self.differs(index.row()):
            return _CHANGED
        if role == Qt.ItemDataRole.FontRole and self.differs(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None


def diff_rows(
    labels: dict[str, str], theirs: dict[str, Any], yours: dict[str, Any]
) -> list[tuple[str, str, str]]:
    """One row per labelled field (a label shared by several keys shows them together)."""
    rows: list[tuple[str, str, str]] = []
    seen: dict[str, int] = {}
    for key, label in labels.items():
        if key not in theirs and key not in yours:
            continue
        a, b = render(theirs.get(key)), render(yours.get(key))
        if label in seen:  # e.g. likelihood and impact under one "Inherent risk" label
            old = rows[seen[label]]
            rows[seen[label]] = (label, f"{old[1]} x {a}", f"{old[2]} x {b}")
            continue
        seen[label] = len(rows)
        rows.append((label, a, b))
    return rows


class ConflictDialog(QDialog):
    """Their saved version beside the user's; finishes with KEEP_MINE, TAKE_THEIRS or Rejected."""

    def __init__(self, parent: QWidget | None, noun: str, labels: dict[str, str],
                 theirs: dict[str, Any], yours: dict[str, Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"This {noun} was changed by someone else")
        self.model = DiffModel(diff_rows(labels, theirs, yours), self)
        intro = QLabel(
            f"Someone else saved this {noun} after you opened it. Nothing has been overwritten.\n"
            "Compare the two versions (differences are highlighted) and choose which to keep.", self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()
        self.only_differences = QCheckBox("Show only the fields that differ", self)
        self.only_differences.toggled.connect(self._filter)
        self.only_differences.setChecked(True)
        buttons = QDialogButtonBox(self)
        self.keep_mine = QPushButton("Save mine over theirs", self)
        self.take_theirs = QPushButton("Discard mine, load theirs", self)
        self.back = QPushButton("Back to editing", self)
        for button, role in ((self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole),
                             (self.take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole),
                             (self.back, QDialogButtonBox.ButtonRole.RejectRole)):
            buttons.addButton(button, role)
        self.back.setDefault(True)
        self.keep_mine.clicked.connect(lambda: self.done(KEEP_MINE))
        self.take_theirs.clicked.connect(lambda: self.done(TAKE_THEIRS))
        self.back.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _filter(self, only: bool) -> None:
        self.model.set_only_differences(only)
        self.view.resizeRowsToContents()
