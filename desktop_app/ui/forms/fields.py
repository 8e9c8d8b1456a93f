"""Input widgets of the record forms (dates, jurisdictions, vocabularies, long text) and issue marks."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QWidget,
)

from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.fields import Severity
from desktop_app.domain.jurisdictions import fold, jurisdiction_name, vocabulary
from desktop_app.domain.text import jurisdictions
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

ISSUE_PROPERTY = "issue"
ERROR_COLOUR = "#C62828"
WARNING_COLOUR = "#B45309"
# Widgets carrying an issue get a coloured border; message labels get coloured text.
STYLE = f"""
*[issue="error"] {{ border: 2px solid {ERROR_COLOUR}; }}
*[issue="warning"] {{ border: 2px solid {WARNING_COLOUR}; }}
QLabel[issue="error"] {{ border: none; color: {ERROR_COLOUR}; }}
QLabel[issue="warning"] {{ border: none; color: {WARNING_COLOUR}; }}
"""
_DASH = " — "


def mark(widget: QWidget, severity: Severity | None, message: str = "") -> None:
    """Flag `widget` as carrying an error or warning (or clear it) and explain in its tooltip."""
    widget.setProperty(ISSUE_PROPERTY, severity.value if severity else "")
    widget.setToolTip(message)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def jurisdiction_choices() -> list[str]:
    return [f"{code}{_DASH}{name}" for code, name in sorted(jurisdictions().items())]


def resolve_jurisdiction(text: str) -> str:
    """`CN`, `cn`, `CN — China`, `China` or `中国` -> `CN`; anything else comes back trimmed for
    the validator to report in its own words."""
    value = text.strip()
    if _DASH in value:
        value = value.split(_DASH, 1)[0].strip()
    return vocabulary().resolve(value) or value


def _completer(parent: QWidget) -> QCompleter:
    completer = QCompleter(jurisdiction_choices(), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class JurisdictionEdit(QLineEdit):
    """One jurisdiction: type a code or a country name; the completer offers `CN — China`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("fields", "ISO code or country name, e.g. CN"))
        self.setCompleter(_completer(self))

    def value(self) -> str:
        return resolve_jurisdiction(self.text())

    def set_value(self, code: str | None) -> None:
        name = jurisdictions().get(code or "")
        self.setText(f"{code}{_DASH}{name}" if name else (code or ""))


class JurisdictionListEdit(QLineEdit):
    """Countries and jurisdiction groups by name or code, separated by `;` (or commas), shown by
    name: `United States; EAR Country Group D:5`. `groups` maps each group's code to its name."""

    def __init__(self, parent: QWidget | None = None, groups: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.groups = dict(groups or {})
        self._group_codes = {fold(t): code for code, name in self.groups.items() for t in (code, name)}
        self.setPlaceholderText(
            translate("fields", "countries or groups by name or code, e.g. United States; EU; EAR:D:5")
        )

    def values(self) -> list[str]:
        text = self.text()
        parts = text.split(";") if ";" in text else text.split(",")
        return [self._resolve(p) for p in parts if p.strip()]

    def _resolve(self, text: str) -> str:
        return self._group_codes.get(fold(text)) or resolve_jurisdiction(text)

    def set_values(self, codes: list[str]) -> None:
        self.setText("; ".join(self.groups.get(c) or jurisdiction_name(c) for c in codes))


class DateEdit(QLineEdit):
    """An optional ISO date; empty means none. Typing stays free so a bad date is reported,
    not silently corrected; the calendar button (or Alt+Down) picks one instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("fields", "YYYY-MM-DD"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(translate("fields", "Choose a date from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    def show_calendar(self) -> None:
        """Open the calendar below the field, on the typed date when it is one."""
        typed = QDate.fromString(self.text().strip(), Qt.DateFormat.ISODate)
        self.calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar.hide()
        self.setText(day.toString(Qt.DateFormat.ISODate))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, day: date | str | None) -> None:
        self.setText(day.isoformat() if isinstance(day, date) else (day or ""))


class EnumCombo(QComboBox):
    """A vocabulary picker showing labels and holding keys."""

    def __init__(self, vocabulary: type[Vocabulary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for member in vocabulary:
            self.addItem(label_text(member.label), member.value)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(self.findData(str(getattr(value, "value", value))))


def _line_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TextArea(QPlainTextEdit):
    """Long plain text. Qt turns a lone CR into a line break, so an untouched loaded value is
    returned as it was stored rather than counted as an edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._loaded = ""

    def value(self) -> str:
        text = self.toPlainText()
        return self._loaded if text == _line_breaks(self._loaded) else text

    def set_value(self, text: str | None) -> None:
        self._loaded = text or ""
        self.setPlainText(self._loaded)
