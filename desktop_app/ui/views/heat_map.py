"""The 5x5 residual risk heat map: counts per cell in the matrix's colours; a click filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.domain.entity import Entity
from desktop_app.domain.risk import SIZE, RiskMatrix
from desktop_app.ui.models.roles import text_on

LIKELIHOOD = {1: "rare", 2: "unlikely", 3: "possible", 4: "likely", 5: "almost certain"}
IMPACT = {1: "minor", 2: "moderate", 3: "significant", 4: "major", 5: "severe"}


class HeatMapWidget(QWidget):
    """Likelihood rises upwards, impact to the right, as on a printed risk matrix."""

    cell_clicked = Signal(int, int)  # likelihood, impact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(3)
        self.cells: dict[tuple[int, int], QPushButton] = {}
        for li in range(1, SIZE + 1):
            row = SIZE - li
            label = QLabel(f"{li} {LIKELIHOOD[li]}", self)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 1)
            for ii in range(1, SIZE + 1):
                button = QPushButton("0", self)
                button.setObjectName(f"cell_{li}_{ii}")
                button.setMinimumSize(48, 34)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _c=False, li=li, ii=ii: self.cell_clicked.emit(li, ii))
                grid.addWidget(button, row, ii + 1)
                self.cells[(li, ii)] = button
        for ii in range(1, SIZE + 1):
            label = QLabel(f"{ii} {IMPACT[ii]}", self)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, SIZE, ii + 1)
        axis_l = QLabel("Likelihood", self)
        axis_l.setStyleSheet("font-weight: bold")
        grid.addWidget(axis_l, 0, 0, SIZE, 1, Qt.AlignmentFlag.AlignVCenter)
        axis_i = QLabel("Impact", self)
        axis_i.setStyleSheet("font-weight: bold")
        grid.addWidget(axis_i, SIZE + 1, 2, 1, SIZE, Qt.AlignmentFlag.AlignHCenter)

    def set_data(self, counts: list[list[int]], matrix: RiskMatrix) -> None:
        """`counts[likelihood-1][impact-1]` live assessments; colours and names from `matrix`."""
        for (li, ii), button in self.cells.items():
            n = counts[li - 1][ii - 1]
            level = matrix.level_for(li, ii)
            colour = QColor(level.colour)
            fg = text_on(colour).name()
            weight = "bold" if n else "normal"
            button.setText(str(n))
            button.setStyleSheet(
                f"QPushButton {{ background-color: {colour.name()}; color: {fg}; border: 1px solid #FFFFFF;"
                f" font-size: 15px; font-weight: {weight}; }}"
                f" QPushButton:hover {{ border: 2px solid #212121; }}"
                f" QPushButton:focus {{ border: 2px dashed #212121; }}")
            noun = Entity.ASSESSMENT.label if n == 1 else Entity.ASSESSMENT.spec.plural
            button.setToolTip(f"Likelihood {li} ({LIKELIHOOD[li]}) x impact {ii} ({IMPACT[ii]}): "
                              f"{level.label}. {n} {noun}; click to list them.")
            button.setAccessibleName(f"Likelihood {li}, impact {ii}, {level.label}, {n} {noun}")

    def count(self, likelihood: int, impact: int) -> int:
        return int(self.cells[(likelihood, impact)].text())
