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
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Vocabulary
from desktop_app.ui.dialogs.field_choices import FieldChoices
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

KEEP_MINE = 2
TAKE_THEIRS = 3
Index = QModelIndex | QPersistentModelIndex
_CHANGED = QBrush(QColor("#FFF1D6"))


def render(value: Any) -> str:
    """Plain, readable text for any field value (lists of rows become one line per row)."""
    if value is None:
        return ""
    if isinstance(value, Vocabulary):
        return label_text(value.label)
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

    HEADERS = (
        translate("conflict_dialog", "Field"),
        translate("conflict_dialog", "Their version (saved)"),
        translate("conflict_dialog", "Your version"),
    )

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
    return [row for row, _keys in keyed_rows(labels, theirs, yours)]


def keyed_rows(
    labels: dict[str, str], theirs: dict[str, Any], yours: dict[str, Any]
) -> list[tuple[tuple[str, str, str], tuple[str, ...]]]:
    """`diff_rows` with the field keys behind each row (a per-field choice takes them all)."""
    rows: list[tuple[tuple[str, str, str], tuple[str, ...]]] = []
    seen: dict[str, int] = {}
    for key, label in labels.items():
        if key not in theirs and key not in yours:
            continue
        a, b = render(theirs.get(key)), render(yours.get(key))
        if label in seen:  # e.g. likelihood and impact under one "Inherent risk" label
            (_, old_a, old_b), keys = rows[seen[label]]
            rows[seen[label]] = ((label, f"{old_a} x {a}", f"{old_b} x {b}"), (*keys, key))
            continue
        seen[label] = len(rows)
        rows.append(((label, a, b), (key,)))
    return rows


class ConflictDialog(QDialog):
    """Their saved version beside the user's, field by field, each differing field with a
    choice (mine or theirs); finishes with KEEP_MINE (save with those choices), TAKE_THEIRS or
    Rejected. `theirs_keys()` names the fields where the user chose their value."""

    def __init__(self, parent: QWidget | None, noun: str, labels: dict[str, str],
                 theirs: dict[str, Any], yours: dict[str, Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("conflict_dialog", "This {noun} was changed by someone else").format(noun=noun))
        keyed = keyed_rows(labels, theirs, yours)
        self.model = DiffModel([row for row, _ in keyed], self)
        intro = QLabel(
            translate(
                "conflict_dialog",
                "Someone else saved this {noun} after you opened it. Nothing has been overwritten.\nFor each field "
                "that differs, choose which value to keep, then save; or load their version and drop your changes.",
            ).format(noun=noun),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.fields = FieldChoices(keyed, self)
        self.view = QScrollArea(self)
        self.view.setWidgetResizable(True)
        self.view.setWidget(self.fields)
        self.only_differences = QCheckBox(translate("conflict_dialog", "Show only the fields that differ"), self)
        self.only_differences.toggled.connect(self._filter)
        self.only_differences.setChecked(True)
        buttons = QDialogButtonBox(self)
        self.keep_mine = QPushButton(translate("conflict_dialog", "Save with these choices"), self)
        self.take_theirs = QPushButton(translate("conflict_dialog", "Discard mine, load theirs"), self)
        self.back = QPushButton(translate("conflict_dialog", "Back to editing"), self)
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
        self.resize(900, 560)

    def _filter(self, only: bool) -> None:
        self.model.set_only_differences(only)
        self.fields.show_only_differences(only)

    def theirs_keys(self) -> set[str]:
        return self.fields.theirs_keys()
