"""Edit > Risk matrix: each level's label, colour and review cadence, and the level of each of the
25 likelihood x impact cells; saving re-levels every assessment (audited)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.fields import Severity
from desktop_app.domain.risk import SIZE, RiskMatrix, matrix_issues
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import matrix as matrix_service
from desktop_app.ui import messages
from desktop_app.ui.change_op import ChangeOp
from desktop_app.ui.forms.pickers import IMPACT, LIKELIHOOD, text_colour
from desktop_app.ui.undo import RecordWindow
from desktop_app.ui.undo_config import MatrixCommand


class MatrixDialog(QDialog):
    """The register's matrix, edited in place; OK saves it through the window's change owner."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Risk matrix"))
        self.window_ = window
        self.matrix = matrix_service.get_matrix(window.ctx)
        levels = QGroupBox(self.tr("Levels (lowest first)"), self)
        level_grid = QGridLayout(levels)
        for column, title in enumerate((self.tr("Label"), self.tr("Colour"), self.tr("Review every (days)"))):
            level_grid.addWidget(QLabel(title, self), 0, column)
        self.labels: dict[str, QLineEdit] = {}
        self.colours: dict[str, QLineEdit] = {}
        self.review_days: dict[str, QSpinBox] = {}
        for row, lv in enumerate(sorted(self.matrix.levels, key=lambda lv: lv.rank), start=1):
            self.labels[lv.key] = QLineEdit(lv.label, self)
            self.colours[lv.key] = QLineEdit(lv.colour, self)
            self.colours[lv.key].setInputMask("\\#HHHHHH")
            days = QSpinBox(self)
            days.setRange(1, 3660)
            days.setValue(lv.review_days)
            self.review_days[lv.key] = days
            for column, widget in enumerate((self.labels[lv.key], self.colours[lv.key], days)):
                level_grid.addWidget(widget, row, column)
        cells = QGroupBox(self.tr("Level of each cell (rows: likelihood, columns: impact)"), self)
        cell_grid = QGridLayout(cells)
        for i, name in enumerate(IMPACT, start=1):
            cell_grid.addWidget(QLabel(name, self), 0, i)
        self.cells: list[list[QComboBox]] = []
        for li, name in enumerate(LIKELIHOOD, start=1):
            cell_grid.addWidget(QLabel(name, self), li, 0)
            row_combos = []
            for ii in range(1, SIZE + 1):
                combo = QComboBox(self)
                combo.setObjectName(f"cell_{li}_{ii}")
                for lv in sorted(self.matrix.levels, key=lambda lv: lv.rank):
                    combo.addItem(lv.label, lv.key)
                combo.setCurrentIndex(combo.findData(self.matrix.grid[li - 1][ii - 1]))
                combo.currentIndexChanged.connect(lambda _i, c=combo: self._paint(c))
                self._paint(combo)
                cell_grid.addWidget(combo, li, ii)
                row_combos.append(combo)
            self.cells.append(row_combos)
        self.error = QLabel(self)
        self.error.setObjectName("matrix_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not window.ctx.db.read_only)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(levels)
        layout.addWidget(cells)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _paint(self, combo: QComboBox) -> None:
        colour = self.matrix.level(combo.currentData()).colour
        combo.setStyleSheet(f"QComboBox {{ background: {colour}; color: {text_colour(colour)}; }}")

    def edited(self) -> RiskMatrix:
        """The matrix as the widgets show it (not yet checked)."""
        levels = tuple(replace(lv, label=self.labels[lv.key].text().strip(), colour=self.colours[lv.key].text(),
                               review_days=self.review_days[lv.key].value()) for lv in self.matrix.levels)
        grid = tuple(tuple(str(combo.currentData()) for combo in row) for row in self.cells)
        return RiskMatrix(levels, grid)

    def save(self) -> None:
        edited = self.edited()
        errors = [i for i in matrix_issues(edited) if i.severity is Severity.ERROR]
        if errors:  # the domain's own check, shown before any work: nothing is written
            self._failed(ValidationFailed(errors, "risk matrix"))
            return
        window = self.window_

        def work(ctx: ServiceContext) -> tuple[RiskMatrix, int, RiskMatrix]:
            before = matrix_service.get_matrix(ctx)
            relevelled = matrix_service.update_matrix(ctx, edited)
            return before, relevelled, matrix_service.get_matrix(ctx)

        def command(saved: tuple[RiskMatrix, int, RiskMatrix]) -> MatrixCommand | None:
            before, _relevelled, after = saved
            return None if before.to_json() == after.to_json() else MatrixCommand(window, before, after)

        ChangeOp(window, self.tr("Save the risk matrix"), work, changed=Entity.RISK_MATRIX, command=command,
                 success=lambda saved: self._saved(saved[1]), failure=self._failed, parent=self).run()

    def _saved(self, relevelled: int) -> None:
        status = getattr(self.window_, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("Risk matrix saved; {0} assessments changed level.").format(relevelled), 8000)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(messages.describe(exc)[0])
        self.error.show()
