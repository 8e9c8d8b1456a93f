"""Keyboard-first form behaviour: first-field focus, field tab order, Ctrl+S, issues shown once a
field is left, and edges of typed or pasted text trimmed with a visible note."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QWidget

from desktop_app.domain.fields import Issue
from desktop_app.ui.language import translate

TRIM_NOTE = translate("keyboard", "Removed spaces or tabs from the start or end.")


def reserve_space(widget: QWidget, lines: int = 1) -> None:
    """Keep a message line's room when it is hidden, so the form never jumps when it appears."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    if isinstance(widget, QLabel):
        text = widget.text()
        widget.setText("\n".join(["Xg"] * lines))  # the height the label takes with a message
        widget.setMinimumHeight(widget.sizeHint().height())
        widget.setText(text)


def _inputs(widget: QWidget) -> list[QWidget]:
    """The widget and its descendants that take keyboard focus (a composite's line edits, views)."""
    found = [widget, *widget.findChildren(QWidget)]
    return [w for w in found if w.focusPolicy() != w.focusPolicy().NoFocus]


class _LeaveWatcher(QObject):
    """Calls back with the registered field when focus leaves it or one of its parts."""

    def __init__(self, form: KeyboardFirst, field: QWidget) -> None:
        super().__init__(field)
        self.form, self.field = form, field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and shiboken6.isValid(self.form) \
                and not getattr(self.form, "closing", False):
            self.form.field_left(self.field)
        return False


class KeyboardFirst:
    """Mixin of RecordForm. `order` lists the registered inputs in the order they are laid out;
    `touched` holds those whose issues are shown (all once the user tried to save, or for a
    stored record that is being edited)."""

    _widgets: dict[str, QWidget]
    _messages: dict[QWidget, QLabel]
    issues: list[Issue]

    def setup_keyboard(self, buttons: list[QAbstractButton]) -> None:
        self.order: list[QWidget] = list(dict.fromkeys(self._widgets.values()))
        self.touched: set[QWidget] = set()
        self.show_all_issues = getattr(self, "record", None) is not None
        self.trim_notes: dict[QWidget, str] = {}
        dialog: Any = self
        for field in self.order:
            watcher = _LeaveWatcher(self, field)
            for part in _inputs(field):
                part.installEventFilter(watcher)
            if isinstance(field, QLineEdit):
                field.textEdited.connect(lambda _t, f=field: self.trim_notes.pop(f, None))
        chain = [w for w in self.order if w.focusPolicy() != w.focusPolicy().NoFocus
                 or w.focusProxy() is not None or w.findChildren(QWidget)] + list(buttons)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog)
        self._save_shortcut.activated.connect(dialog.save)

    def focus_first(self) -> None:
        """Put the cursor in the first field, so typing lands in the form."""
        if self.order:
            first = self.order[0]
            target = next((w for w in _inputs(first) if isinstance(w, QLineEdit | QComboBox | QListWidget)), first)
            target.setFocus()

    def shown(self, field: QWidget) -> bool:
        return self.show_all_issues or field in self.touched

    def field_left(self, field: QWidget) -> None:
        if getattr(self, "_loading", False):
            return
        self.trim(field)
        if field not in self.touched:
            self.touched.add(field)
        self.revalidate()  # type: ignore[attr-defined]

    def field_changed(self, field: QWidget) -> None:
        """Choices (lists, pickers, rows) have no half-typed state: their issues show at once."""
        if not isinstance(field, QLineEdit) and not getattr(self, "_loading", False):
            self.touched.add(field)

    def trim(self, field: QWidget) -> bool:
        """Trim the edges of an edited one-line field; True when something was removed."""
        if type(field) is not QLineEdit:  # dates and jurisdictions are read trimmed anyway
            return False
        text = field.text()
        if text == text.strip() or text == self.loaded_text(field):
            return False
        field.setText(text.strip())
        self.trim_notes[field] = TRIM_NOTE
        return True

    def loaded_text(self, field: QWidget) -> str:
        """What the field showed when the record was loaded (a stored value is never trimmed)."""
        return self._loaded_texts.get(field, "") if hasattr(self, "_loaded_texts") else ""

    def remember_loaded(self) -> None:
        self._loaded_texts = {w: w.text() for w in self._widgets.values() if isinstance(w, QLineEdit)}

    def trim_all(self) -> list[QWidget]:
        return [field for field in self.order if self.trim(field)]

    def reveal_all(self) -> None:
        self.show_all_issues = True
