"""The import dialog's parts: the column mapping of unknown headers and the per-row preview model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from desktop_app.services.intake.diffs import change_lines
from desktop_app.services.intake.headers import HeaderCheck
from desktop_app.services.intake.import_batch import RowOutcome
from desktop_app.ui.language import translate

IGNORE_TEXT = translate("import_mapping", "(ignore this column)")
OUTCOME = {
    "create": translate("import_mapping", "new"),
    "update": translate("import_mapping", "update"),
    "unchanged": translate("import_mapping", "unchanged"),
    "reject": translate("import_mapping", "error"),
    "conflict": translate("import_mapping", "conflict: newer edit in the register"),
    "kept": translate("import_mapping", "kept as in the register"),
}
CHOICE_TEXT = {
    "overwrite": translate("import_mapping", "overwrite with the file"),
    "keep": translate("import_mapping", "keep the register's"),
}
Index = QModelIndex | QPersistentModelIndex


class ColumnMapping(QGroupBox):
    """One drop-down per header that is not an import column: the suggested column (by
    similarity) or a remembered choice is preselected; "(ignore this column)" drops it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("import_mapping", "Columns this file names its own way"), parent)
        self.form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        self.hide()

    def show_headers(self, check: HeaderCheck, remembered: dict[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        for header, suggested in check.unknown.items():
            combo = QComboBox(self)
            combo.addItem(IGNORE_TEXT, "")
            for column in check.choices:
                combo.addItem(column, column)
            wanted = remembered.get(header, suggested or "")
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            label = QLabel(header, self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a header is the file's text, never markup
            self.form.addRow(label, combo)
            self.combos[header] = combo
        self.setVisible(bool(self.combos))

    def mapping(self) -> dict[str, str]:
        """{header: column} of every header shown; an ignored one maps to "" (the import drops
        it), so that choice is remembered too instead of the suggestion coming back."""
        return {h: str(c.currentData() or "") for h, c in self.combos.items()}


class ImportPreviewModel(QAbstractTableModel):
    """One line per file row: its number, key, what would happen, the choice for a conflict,
    and its messages; `details(row)` gives its field changes (old -> new)."""

    HEADERS = (
        translate("import_mapping", "Row"),
        translate("import_mapping", "Record"),
        translate("import_mapping", "Outcome"),
        translate("import_mapping", "Choice"),
        translate("import_mapping", "Messages"),
    )
    _REJECT = QBrush(QColor("#FDE0E0"))
    _CONFLICT = QBrush(QColor("#FFF1C2"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.outcomes: list[RowOutcome] = []
        self.choices: dict[int, str] = {}  # file row -> "overwrite" | "keep"

    def set_outcomes(self, outcomes: list[RowOutcome]) -> None:
        self.beginResetModel()
        self.outcomes = list(outcomes)
        self.choices = {r: c for r, c in self.choices.items() if any(o.row == r for o in self.outcomes)}
        self.endResetModel()

    def conflicts(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action == "conflict" or o.row in self.choices]

    def unresolved(self) -> int:
        return sum(1 for o in self.outcomes if o.action == "conflict" and o.row not in self.choices)

    def choose(self, rows: list[int], choice: str) -> None:
        for r in rows:
            outcome = self.outcomes[r]
            if outcome.action == "conflict" or outcome.row in self.choices:
                self.choices[outcome.row] = choice
        self.dataChanged.emit(self.index(0, 3), self.index(max(len(self.outcomes) - 1, 0), 3))

    def details(self, row: int) -> str:
        if not 0 <= row < len(self.outcomes):
            return ""
        o = self.outcomes[row]
        if o.action == "conflict" or o.row in self.choices:
            lines = [o.conflict] if o.conflict else []
            lines += change_lines(o.changes, left="register", right="file")
        else:
            lines = change_lines(o.changes) if o.action == "update" else []
        return "\n".join([*lines, *o.messages])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.outcomes):
            return None
        outcome = self.outcomes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return str(outcome.row)
            if column == 1:
                return outcome.key
            if column == 2:
                return OUTCOME.get(outcome.action, outcome.action)
            if column == 3:
                choice = self.choices.get(outcome.row)
                return CHOICE_TEXT.get(choice or "", "choose…" if outcome.action == "conflict" else "")
            return "\n".join(outcome.messages)
        if role == Qt.ItemDataRole.BackgroundRole:
            if outcome.action == "reject":
                return self._REJECT
            if outcome.action == "conflict" or outcome.row in self.choices:
                return self._CONFLICT
        return None
