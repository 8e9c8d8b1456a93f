"""Search box, drop-down filters and check boxes above a table; emits one `changed` signal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.language import translate

SEARCH_DELAY_MS = 250  # typing pauses this long before the table re-queries


@dataclass
class FilterSpec:
    """A filter: `name` is the BrowseQuery field; `choices` are (label, value) pairs; no choices
    means a check box."""

    name: str
    label: str
    choices: Sequence[tuple[str, Any]] = field(default_factory=list)

    @property
    def is_date(self) -> bool:
        return self.name == "as_of"

    @property
    def is_check(self) -> bool:
        return not self.choices and self.name in ("review_overdue", "include_archived")


class FilterBar(QWidget):
    """Collects what the user wants to see; `values()` is applied to the table's query."""

    changed = Signal()

    def __init__(self, specs: Sequence[FilterSpec], placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_now)
        self.combos: dict[str, QComboBox] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.dates: dict[str, QLineEdit] = {}
        # Two rows: search and switches above, drop-downs below, so narrow windows still fit.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        top, layout = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(layout)
        top.addWidget(self.search, 1)
        for spec in specs:
            if spec.is_date:
                edit = QLineEdit(self)
                edit.setObjectName(f"filter_{spec.name}")
                edit.setPlaceholderText(
                    translate("filter_bar", "{label} YYYY-MM-DD (empty: today)").format(label=spec.label.lower())
                )
                edit.setMaximumWidth(230)
                edit.textChanged.connect(lambda _t: self._timer.start())
                self.dates[spec.name] = edit
                top.addWidget(edit)
            elif spec.is_check:
                box = QCheckBox(spec.label, self)
                box.toggled.connect(lambda _c: self.changed.emit())
                self.checks[spec.name] = box
                top.addWidget(box)
            else:
                combo = QComboBox(self)
                combo.setObjectName(f"filter_{spec.name}")
                combo.setToolTip(spec.label)
                # Narrow when the window is narrow; the open list still shows whole labels.
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(7)
                combo.view().setMinimumWidth(220)
                self.combos[spec.name] = combo
                self.set_choices(spec.name, spec.label, spec.choices)
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                layout.addWidget(combo, 1)
        # A pinned filter (a heat-map cell, one venture's assessments) shows as a removable chip.
        self.chip = QLabel(self)
        self.chip.setTextFormat(Qt.TextFormat.PlainText)
        self.chip.setStyleSheet("QLabel { background: #E3F2FD; border-radius: 4px; padding: 2px 6px; }")
        self.chip_clear = QToolButton(self)
        self.chip_clear.setText("✕")
        self.chip_clear.setToolTip(translate("filter_bar", "Remove this filter"))
        self.chip_clear.clicked.connect(self.clear_pinned)
        self.reset_button = QToolButton(self)
        self.reset_button.setText(translate("filter_bar", "Clear filters"))
        self.reset_button.clicked.connect(self.reset)
        for w in (self.chip, self.chip_clear, self.reset_button):
            top.addWidget(w)
        self.pinned: dict[str, Any] = {}
        self._show_chip("")

    def set_choices(self, name: str, label: str, choices: Sequence[tuple[str, Any]]) -> None:
        """Refill a drop-down, keeping the current choice when it is still offered."""
        combo = self.combos[name]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("filter_bar", "Any {label}").format(label=label.lower()), None)
        for text, value in choices:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if current is not None and found < 0:
            self.changed.emit()

    def set_value(self, name: str, value: Any) -> None:
        if name in self.combos:
            combo = self.combos[name]
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        elif name in self.checks:
            self.checks[name].setChecked(bool(value))

    def pin(self, values: dict[str, Any], text: str) -> None:
        """Pin filters set from elsewhere (the dashboard), shown as `text` with a remove button."""
        self.pinned = dict(values)
        self._show_chip(text)
        self.changed.emit()

    def clear_pinned(self) -> None:
        if self.pinned:
            self.pinned = {}
            self._show_chip("")
            self.changed.emit()

    def _show_chip(self, text: str) -> None:
        self.chip.setText(text)
        self.chip.setVisible(bool(text))
        self.chip_clear.setVisible(bool(text))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: c.currentData() for name, c in self.combos.items()}
        out |= {name: c.isChecked() for name, c in self.checks.items()}
        out |= {name: _date(e) for name, e in self.dates.items()}
        out["search"] = self.search.text().strip()
        return out | self.pinned

    def apply_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def reset(self) -> None:
        for w in (*self.combos.values(), *self.checks.values(), *self.dates.values(), self.search):
            w.blockSignals(True)
        for edit in self.dates.values():
            edit.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for box in self.checks.values():
            box.setChecked(False)
        self.search.clear()
        for w in (*self.combos.values(), *self.checks.values(), *self.dates.values(), self.search):
            w.blockSignals(False)
        self.pinned = {}
        self._show_chip("")
        self.apply_now()


def _date(edit: QLineEdit) -> date | None:
    """The date typed (ISO); anything else counts as none, and the field says so."""
    text = edit.text().strip()
    try:
        day = date.fromisoformat(text) if text else None
    except ValueError:
        day = None
    edit.setStyleSheet("" if day is not None or not text else "QLineEdit { background: #FDE0E0; }")
    return day
