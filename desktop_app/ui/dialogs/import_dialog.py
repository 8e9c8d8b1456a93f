"""Import dialog: choose a file and what it holds, preview every row with its problems, then apply
in the background (all or nothing) with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ImportRejected
from desktop_app.services.intake.importer import ImportReport, RowOutcome, run_import
from desktop_app.services.progress import Cancelled
from desktop_app.ui import messages, workers
from desktop_app.ui.undo import RecordWindow

ENTITIES = {"measures": "Measures", "ventures": "Joint ventures", "assessments": "Assessments"}
_OUTCOME = {"create": "new", "update": "update", "unchanged": "unchanged", "reject": "error"}
Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    """One line per file row: its number, key, what would happen, and its messages."""

    HEADERS = ("Row", "Record", "Outcome", "Messages")
    _REJECT = QBrush(QColor("#FDE0E0"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.outcomes: list[RowOutcome] = []

    def set_outcomes(self, outcomes: list[RowOutcome]) -> None:
        self.beginResetModel()
        self.outcomes = list(outcomes)
        self.endResetModel()

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
                return _OUTCOME.get(outcome.action, outcome.action)
            return "\n".join(outcome.messages)
        if role == Qt.ItemDataRole.BackgroundRole and outcome.action == "reject":
            return self._REJECT
        return None


def guess_entity(path: str) -> str | None:
    name = Path(path).name.casefold()
    for key, words in (("assessments", ("assess",)), ("ventures", ("venture", "jv")),
                       ("measures", ("measure",))):
        if any(w in name for w in words):
            return key
    return None


class ImportDialog(QDialog):
    """Check a file (a dry run that writes nothing), then import it."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.running = False
        self.setWindowTitle("Import from CSV or Excel")
        self.report: ImportReport | None = None
        self.path = QLineEdit(self)
        self.path.setPlaceholderText("a .csv or .xlsx file")
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self.choose_file)
        self.entity = QComboBox(self)
        for key, label in ENTITIES.items():
            self.entity.addItem(label, key)
        self.check_button = QPushButton("Check file", self)
        self.import_button = QPushButton("Import", self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = ImportPreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)
        self.problems.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("File", file_row)
        form.addRow("Contains", self.entity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.apply)
        self.path.textChanged.connect(self._path_changed)
        self.entity.currentIndexChanged.connect(self._reset)
        self._reset()
        self.resize(820, 560)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Choose a file to import", self.path.text(),
                                              "Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)")
        if name:
            self.path.setText(name)

    def _path_changed(self, text: str) -> None:
        guessed = guess_entity(text)
        if guessed is not None:
            self.entity.setCurrentIndex(self.entity.findData(guessed))
        self._reset()

    def _reset(self) -> None:
        """Any change of file or entity invalidates the preview."""
        self.report = None
        self.model.set_outcomes([])
        self.problems.hide()
        self.summary.setText("Check the file first: nothing is written until you press Import.")
        self.check_button.setEnabled(bool(self.path.text().strip()))
        self.import_button.setEnabled(False)

    def _selection(self) -> tuple[Path, str]:
        return Path(self.path.text().strip()), str(self.entity.currentData())

    def preview(self) -> None:
        path, entity = self._selection()
        ctx = self.window_.ctx
        self._busy(True)
        workers.run_task(self, f"Checking {path.name}", lambda p: run_import(
            ctx, path, entity, dry_run=True, progress=p), self._previewed, self._failed)

    def _previewed(self, report: ImportReport) -> None:
        self._busy(False)
        self.report = report
        self.model.set_outcomes(report.outcomes)
        self._show_problems(report.listed_errors(), report.warnings)
        changes = report.count("create") + report.count("update")
        if report.errors:
            verdict = (f"{report.error_count:,} error(s): fix the file and check it again; nothing can be "
                       "imported while any row has an error.")
        else:
            verdict = "Ready to import." if changes else "Nothing to import: the register already matches."
        self.summary.setText(f"{report.summary()}.\n{verdict}")
        self.import_button.setEnabled(not report.errors and changes > 0)

    def apply(self) -> None:
        if self.report is None or self.report.errors:
            return
        path, entity = self._selection()
        ctx = self.window_.ctx
        self._busy(True)
        workers.run_task(self, f"Importing {path.name}", lambda p: run_import(
            ctx, path, entity, dry_run=False, progress=p), self._applied, self._failed)

    def _applied(self, report: ImportReport) -> None:
        self._busy(False)
        self.report = report
        self.model.set_outcomes(report.outcomes)
        self.summary.setText(f"Imported. {report.summary()}.")
        self.import_button.setEnabled(False)
        self.window_.records_changed.emit(report.entity)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.import_button.setEnabled(False)
        if isinstance(exc, Cancelled):
            self.summary.setText("Cancelled; nothing was imported.")
        elif isinstance(exc, ImportRejected):
            self.summary.setText(str(exc))
            self._show_problems(exc.errors, [])
        else:
            text, details = messages.describe(exc)
            self.summary.setText(text)
            self._show_problems([details] if details else [], [])

    def _show_problems(self, errors: list[str], warnings: list[str]) -> None:
        lines = [f"Error: {e}" for e in errors] + [f"Warning: {w}" for w in warnings]
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def reject(self) -> None:
        if not self.running:  # the worker reports back to this dialog: keep it until then
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.running = busy
        self.check_button.setEnabled(not busy and bool(self.path.text().strip()))
        if busy:
            self.import_button.setEnabled(False)
