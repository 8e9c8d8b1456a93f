"""Preferences: language, theme, default report folder, and each risk level's review cadence."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.risk import RiskMatrix
from desktop_app.services.records.matrix import update_matrix
from desktop_app.ui import language, messages, settings, theme, workers
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

MAX_REVIEW_DAYS = 3650


def ask_folder(parent: QWidget, start: str) -> str:
    """A folder chooser (a module function so tests can answer it without a native dialog)."""
    return QFileDialog.getExistingDirectory(parent, translate("preferences", "Default report folder"), start)


class PreferencesDialog(QDialog):
    """Presentation choices go to the user's settings file; the review cadence is the register's
    business configuration, saved through the risk-matrix service with an audit entry."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("preferences", "Preferences"))
        self.language = QComboBox(self)
        system_code = language.resolve(language.SYSTEM)
        self.language.addItem(translate("preferences", "Follow the system ({language})").format(
            language=language.LANGUAGES[system_code]), language.SYSTEM)
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language.stored_choice()), 0))
        self.theme = QComboBox(self)
        for key, text in ((theme.SYSTEM, translate("preferences", "Follow the system")),
                          (theme.LIGHT, translate("preferences", "Light")),
                          (theme.DARK, translate("preferences", "Dark"))):
            self.theme.addItem(text, key)
        self.theme.setCurrentIndex(max(self.theme.findData(theme.stored_choice()), 0))
        self.folder = QLineEdit(settings.get_text(settings.Key.DEFAULT_REPORT_DIR), self)
        self.folder.setPlaceholderText(translate("preferences", "empty: the folder of the last report"))
        choose = QPushButton(translate("preferences", "Choose…"), self)
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        general = QFormLayout()
        general.addRow(translate("preferences", "Language"), self.language)
        general.addRow("", QLabel(translate("preferences", "A new language applies when the application "
                                            "starts again."), self))
        general.addRow(translate("preferences", "Theme"), self.theme)
        general.addRow(translate("preferences", "Default report folder"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(self._review_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _review_box(self) -> QGroupBox:
        box = QGroupBox(translate("preferences", "Review cadence by risk level (this register)"), self)
        form = QFormLayout(box)
        self.matrix: RiskMatrix | None = self.window_.risk_matrix()
        self.cadence: dict[str, QSpinBox] = {}
        writable = not self.window_.ctx.db.read_only
        if self.matrix is None:
            form.addRow(QLabel(translate("preferences", "The register's risk matrix could not be read."), box))
            return box
        for level in reversed(self.matrix.ordered()):
            spin = QSpinBox(box)
            spin.setRange(1, MAX_REVIEW_DAYS)
            spin.setValue(level.review_days)
            spin.setSuffix(translate("preferences", " days"))
            spin.setEnabled(writable)
            form.addRow(label_text(level.label), spin)
            self.cadence[level.key] = spin
        note = QLabel(translate("preferences", "Next reviews are set from these when an assessment is saved. "
                                "Level names, colours and the grid are set in the risk matrix editor."), box)
        note.setWordWrap(True)
        form.addRow(note)
        self.matrix_button = QPushButton(translate("preferences", "Edit risk matrix…"), box)
        self.matrix_button.clicked.connect(self.open_matrix_editor)
        form.addRow(self.matrix_button)
        return box

    def open_matrix_editor(self) -> None:
        """The full editor (Edit > Risk matrix…); this dialog closes so the two never edit at once."""
        self.reject()
        self.window_.tools.edit_matrix()

    def choose_folder(self) -> None:
        chosen = ask_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def edited_matrix(self) -> RiskMatrix | None:
        """The register's matrix with the cadences as entered (None when it could not be read)."""
        if self.matrix is None:
            return None
        levels = tuple(replace(lv, review_days=self.cadence[lv.key].value()) for lv in self.matrix.levels)
        return RiskMatrix(levels, self.matrix.grid)

    def accept(self) -> None:
        settings.set_text(settings.Key.LANGUAGE, str(self.language.currentData()))
        settings.set_text(settings.Key.THEME, str(self.theme.currentData()))
        settings.set_text(settings.Key.DEFAULT_REPORT_DIR, self.folder.text().strip())
        theme.apply(str(self.theme.currentData()))
        matrix = self.edited_matrix()
        if matrix is not None and matrix != self.matrix and not self.window_.ctx.db.read_only:
            ctx, window = self.window_.ctx, self.window_
            workers.run_task(window, translate("preferences", "Saving the review cadence"),
                             lambda _p: update_matrix(ctx, matrix), lambda _n: window.refresh("all"),
                             lambda exc: messages.show_error(
                                 window, exc, translate("preferences", "The review cadence was not saved")),
                             cancellable=False)
        super().accept()
