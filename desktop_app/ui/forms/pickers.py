"""Assessment pickers: a searchable record picker and a likelihood x impact risk picker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.risk import RiskMatrix
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

Search = Callable[[str], list[tuple[int, str]]]
LIKELIHOOD = (translate("pickers", "rare"), translate("pickers", "unlikely"), translate("pickers", "possible"),
              translate("pickers", "likely"), translate("pickers", "almost certain"))
IMPACT = (translate("pickers", "minor"), translate("pickers", "moderate"), translate("pickers", "significant"),
          translate("pickers", "major"), translate("pickers", "severe"))


class RecordPicker(QWidget):
    """Type to search (SQL LIKE through the lookup service), then choose from the matches."""

    changed = Signal()

    def __init__(self, search: Search, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("pickers", "Type to search: {noun}…").format(noun=noun))
        self.filter.setClearButtonEnabled(True)
        self.combo = QComboBox(self)
        self.combo.setPlaceholderText(translate("pickers", "Choose: {noun}").format(noun=noun))
        self.combo.setMinimumContentsLength(30)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter, 1)
        layout.addWidget(self.combo, 2)
        self.filter.textChanged.connect(self.refresh)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.refresh()

    def refresh(self) -> None:
        """Refill the matches, keeping the current choice when it still matches."""
        keep = self.current_id()
        self.combo.blockSignals(True)
        self.combo.clear()
        for record_id, label in self._search(self.filter.text()):
            self.combo.addItem(label, record_id)
        found = self.combo.findData(keep) if keep is not None else -1
        if found < 0 and self.filter.text().strip() and self.combo.count():
            found = 0  # searching is choosing: take the best match
        self.combo.setCurrentIndex(found)
        self.combo.blockSignals(False)
        if self.current_id() != keep:
            self.changed.emit()

    def current_id(self) -> int | None:
        data = self.combo.currentData()
        return None if data is None else int(data)

    def current_label(self) -> str:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else ""

    def set_current(self, record_id: int | None, label: str = "") -> None:
        """Select `record_id`, adding it when the search would not list it (e.g. archived)."""
        if record_id is None:
            self.combo.setCurrentIndex(-1)
            return
        index = self.combo.findData(record_id)
        if index < 0:
            self.combo.addItem(label or f"#{record_id}", record_id)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


def _score(combo: QComboBox) -> int | None:
    data = combo.currentData()
    return None if data is None else int(data)


def _combo(names: tuple[str, ...], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setPlaceholderText(translate("pickers", "not scored"))
    for score, name in enumerate(names, start=1):
        combo.addItem(f"{score} – {name}", score)
    return combo


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on `background`."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#000000" if luminance > 150 else "#FFFFFF"


class RiskPicker(QWidget):
    """Likelihood and impact pickers with the resulting matrix level shown live in its colour.

    An optional picker (residual risk) has a check box; unchecked, it follows `fallback`
    and `values()` is (None, None).
    """

    changed = Signal()

    def __init__(self, matrix: RiskMatrix, optional_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix = matrix
        self._fallback = (1, 1)
        self.likelihood = _combo(LIKELIHOOD, self)
        self.impact = _combo(IMPACT, self)
        self.level = QLabel(self)
        self.level.setTextFormat(Qt.TextFormat.PlainText)
        self.level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level.setMinimumWidth(90)
        self.enabled_box = QCheckBox(optional_text, self) if optional_text else None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.enabled_box is not None:
            layout.addWidget(self.enabled_box)
            self.enabled_box.toggled.connect(self._toggled)
        layout.addWidget(QLabel(translate("pickers", "Likelihood"), self))
        layout.addWidget(self.likelihood)
        layout.addWidget(QLabel(translate("pickers", "Impact"), self))
        layout.addWidget(self.impact)
        layout.addWidget(self.level)
        self.likelihood.currentIndexChanged.connect(self._update)
        self.impact.currentIndexChanged.connect(self._update)
        self._toggled(self.enabled_box is None)

    def _toggled(self, on: bool) -> None:
        self.likelihood.setEnabled(on)
        self.impact.setEnabled(on)
        if not on:
            self.set_scores(*self._fallback, emit=False)
        self._update()

    def is_set(self) -> bool:
        return self.enabled_box is None or self.enabled_box.isChecked()

    def set_fallback(self, likelihood: int, impact: int) -> None:
        self._fallback = (likelihood, impact)
        if not self.is_set():
            self.set_scores(likelihood, impact, emit=False)
            self._update()

    def set_scores(self, likelihood: int, impact: int, *, emit: bool = True) -> None:
        for combo, value in ((self.likelihood, likelihood), (self.impact, impact)):
            combo.blockSignals(not emit)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def scores(self) -> tuple[int | None, int | None]:
        """The chosen scores; None for one not chosen yet (a draft from screening)."""
        return _score(self.likelihood), _score(self.impact)

    def values(self) -> tuple[int | None, int | None]:
        return self.scores() if self.is_set() else (None, None)

    def set_values(self, likelihood: int | None, impact: int | None) -> None:
        if self.enabled_box is not None:
            self.enabled_box.setChecked(likelihood is not None)
        if likelihood is not None and impact is not None:
            self.set_scores(likelihood, impact)
        elif self.enabled_box is None:  # not scored yet: nothing chosen, nothing assumed
            self.likelihood.setCurrentIndex(-1)
            self.impact.setCurrentIndex(-1)
        self._update()

    def level_label(self) -> str:
        return self.level.text()

    def _update(self) -> None:
        likelihood, impact = self.scores()
        if likelihood is None or impact is None:
            self.level.setText(translate("pickers", "Not scored"))
            self.level.setToolTip(translate("pickers", "Choose a likelihood and an impact"))
            self.level.setStyleSheet("padding: 2px 8px;")
            self.level.setProperty("colour", "")
            self.changed.emit()
            return
        level = self._matrix.level_for(likelihood, impact)
        self.level.setText(label_text(level.label))
        self.level.setToolTip(
            translate("pickers", "Level from the risk matrix: {label}").format(label=label_text(level.label))
        )
        self.level.setStyleSheet(
            f"background-color: {level.colour}; color: {text_colour(level.colour)}; "
            "padding: 2px 8px; border-radius: 3px;"
        )
        self.level.setProperty("colour", level.colour)
        self.changed.emit()
