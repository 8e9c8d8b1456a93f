"""The 5x5 residual risk heat map: counts per cell in the matrix's colours; a click filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.domain.entity import Entity
from desktop_app.domain.risk import SIZE, RiskMatrix
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.models.roles import text_on

LIKELIHOOD = {
    1: translate("heat_map", "rare"),
    2: translate("heat_map", "unlikely"),
    3: translate("heat_map", "possible"),
    4: translate("heat_map", "likely"),
    5: translate("heat_map", "almost certain"),
}
IMPACT = {
    1: translate("heat_map", "minor"),
    2: translate("heat_map", "moderate"),
    3: translate("heat_map", "significant"),
    4: translate("heat_map", "major"),
    5: translate("heat_map", "severe"),
}


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
        axis_l = QLabel(translate("heat_map", "Likelihood"), self)
        axis_l.setStyleSheet("font-weight: bold")
        grid.addWidget(axis_l, 0, 0, SIZE, 1, Qt.AlignmentFlag.AlignVCenter)
        axis_i = QLabel(translate("heat_map", "Impact"), self)
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
            noun = label_text(Entity.ASSESSMENT.label if n == 1 else Entity.ASSESSMENT.spec.plural)
            button.setToolTip(
                translate("heat_map", "Likelihood {li} ({likelihood}) x impact {ii} ({impact}): {label}. {n} {noun}; "
                          "click to list them.").format(li=li, likelihood=LIKELIHOOD[li], ii=ii, impact=IMPACT[ii],
                                                        label=label_text(level.label), n=n, noun=noun)
            )
            button.setAccessibleName(
                translate("heat_map", "Likelihood {li}, impact {ii}, {label}, {n} {noun}").format(
                    li=li, ii=ii, label=label_text(level.label), n=n, noun=noun
                )
            )

    def count(self, likelihood: int, impact: int) -> int:
        return int(self.cells[(likelihood, impact)].text())
