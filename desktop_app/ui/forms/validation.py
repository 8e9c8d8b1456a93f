"""Inline validation for the record forms: map Issue paths to widgets, mark them, list them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.fields import Issue, Severity
from desktop_app.ui.forms.fields import mark
from desktop_app.ui.forms.keyboard import reserve_space
from desktop_app.ui.forms.pickers import RecordPicker, RiskPicker
from desktop_app.ui.forms.rows_editor import RowsEditor
from desktop_app.ui.language import translate


class IssueMarking:
    """Mixin of RecordForm (a QDialog): `field` registers inputs; `revalidate` runs the domain
    validator on every edit and shows each Issue on its widget, its tab and in the issue list."""

    _widgets: dict[str, QWidget]
    _messages: dict[QWidget, QLabel]
    labels: dict[str, str]
    issues: list[Issue]
    issue_list: QListWidget
    _loading: bool

    def field(self, names: str | tuple[str, ...], label: str, widget: QWidget) -> QWidget:
        """Register `widget` for issues on `names` and wrap it with its message line."""
        for name in (names,) if isinstance(names, str) else names:
            self._widgets[name] = widget
            self.labels[name] = label
        _watch(widget, lambda *_a: self._edited(widget))
        if isinstance(widget, RowsEditor):  # it shows its own list-level message
            return widget
        if isinstance(widget, QLineEdit | QComboBox):  # room for the issue border: no jump
            widget.setMinimumHeight(widget.sizeHint().height() + 4)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        message = QLabel(box)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.hide()
        reserve_space(message)
        layout.addWidget(message)
        self._messages[widget] = message
        return box


    def _edited(self, widget: QWidget) -> None:
        self.field_changed(widget)  # type: ignore[attr-defined]
        self.revalidate()

    def visible_issues(self) -> list[Issue]:
        """The issues of fields the user has left (all of them once Save was tried)."""
        shown = self.shown  # type: ignore[attr-defined]
        return [i for i in self.issues if ((w := self._widgets.get(i.field.partition(".")[0])) is None
                and self.show_all_issues) or (w is not None and shown(w))]  # type: ignore[attr-defined]

    def revalidate(self) -> None:
        if self._loading or not hasattr(self, "touched"):
            return
        _, found = self.validate(self.collect(), self.ctx.today())
        # "'' is not an ISO 3166 code" reads oddly for a field left empty.
        self.issues = [
            Issue(i.field, i.severity, translate("validation", "is required")) if i.message.startswith("'' ") else i
            for i in found
        ]
        per_widget: dict[QWidget, list[tuple[str, Issue]]] = {}
        for issue in self.visible_issues():
            head, _, rest = issue.field.partition(".")
            widget = self._widgets.get(head)
            if widget is not None:
                per_widget.setdefault(widget, []).append((rest, issue))
        notes: dict[QWidget, str] = self.trim_notes  # type: ignore[attr-defined]
        for widget in set(self._widgets.values()):
            found = per_widget.get(widget, [])
            if isinstance(widget, RowsEditor):
                widget.show_issues(found)
                continue
            worst = _worst([i for _, i in found])
            text = "\n".join([_where(rest) + i.message for rest, i in found] + [notes.get(widget, "")]).strip()
            severity = worst.severity if worst else (Severity.WARNING if text else None)
            mark(widget, severity, text)
            message = self._messages[widget]
            message.setText(text)
            mark(message, severity)
            message.setVisible(bool(text))
        self._flag_tabs({w for w, found in per_widget.items()
                         if any(i.severity is Severity.ERROR for _, i in found)})
        self._fill_issue_list()
        self._update_buttons()

    def _flag_tabs(self, flagged: set[QWidget]) -> None:
        """A warning icon on every tab that hides a field with an error."""
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        blank = QPixmap(icon.actualSize(QSize(16, 16)))
        blank.fill(Qt.GlobalColor.transparent)  # a clean tab keeps the icon's room: no jump
        for tabs in self.findChildren(QTabWidget):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                bad = any(page.isAncestorOf(w) for w in flagged)
                tabs.setTabIcon(index, icon if bad else QIcon(blank))
                tabs.setTabToolTip(index, translate("validation", "Has errors") if bad else "")

    def _fill_issue_list(self) -> None:
        self.issue_list.clear()
        shown = self.visible_issues()
        for issue in sorted(shown, key=lambda i: i.severity is not Severity.ERROR):
            head, _, rest = issue.field.partition(".")
            label = self.labels.get(head, head.replace("_", " "))
            kind = (
                translate("validation", "Error")
                if issue.severity is Severity.ERROR
                else translate("validation", "Warning")
            )
            item = QListWidgetItem(f"{kind} – {label}: {_where(rest)}{issue.message}")
            item.setData(Qt.ItemDataRole.UserRole, head)
            self.issue_list.addItem(item)
        self.issue_list.setVisible(bool(shown))


    def _focus_issue(self, item: QListWidgetItem) -> None:
        self._focus_issue_of(item.data(Qt.ItemDataRole.UserRole))

    def _focus_issue_of(self, name: str) -> None:
        widget = self._widgets.get(name)
        if widget is None:
            return
        child: QWidget | None = widget
        while child is not None and child is not self:  # bring its tab to the front
            parent = child.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
                parent.parentWidget().setCurrentWidget(child)
            child = parent
        widget.setFocus()



def _worst(issues: list[Issue]) -> Issue | None:
    return next((i for i in issues if i.severity is Severity.ERROR), issues[0] if issues else None)


def _where(rest: str) -> str:
    """`1.share` -> `row 2: `; `1` -> `item 2: `; empty -> nothing."""
    head = rest.split(".", 1)[0]
    if not head.isdigit():
        return ""
    return f"{'row' if '.' in rest else 'item'} {int(head) + 1}: "


def _watch(widget: QWidget, slot: Any) -> None:
    """Connect the change signal of any form input to `slot`."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(slot)
    elif isinstance(widget, RowsEditor | RecordPicker | RiskPicker):
        widget.changed.connect(slot)
