"""Dialogs of a measure's time: a clause, a suspension window, an extension or a lifting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.errors import RegisterError
from desktop_app.ui import workers
from desktop_app.ui.forms.fields import STYLE, DateEdit, JurisdictionListEdit, TextArea
from desktop_app.ui.forms.rows_editor import RowsEditor
from desktop_app.ui.forms.rows_model import Column
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

ITEM_COLUMNS = [
    Column("name", translate("time_dialogs", "Item")),
    Column("codes", translate("time_dialogs", "Codes (e.g. HS:2504.10; ECCN:3A090)"), "codes"),
]


class ServiceDialog(QDialog):
    """A small form whose OK runs one service call on the worker; errors stay in the dialog."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("dialog_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # messages name user records: never markup
        self.error.setWordWrap(True)
        self.error.setProperty("issue", "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_record: Any = None

    def call(self) -> Callable[[], Any]:
        raise NotImplementedError

    def prepared(self) -> Callable[[], Any] | None:
        """The service call the fields make, or None with the reason shown in place (a bad date)."""
        try:
            return self.call()
        except (ValueError, RegisterError) as exc:
            self._failed(exc)
            return None

    def submit(self) -> None:
        work = self.prepared()
        if work is not None:
            workers.run_task(self, self.windowTitle(), lambda _p: work(), self._done, self._failed,
                             cancellable=False)

    def _done(self, record: Any) -> None:
        self.result_record = record
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(str(exc))
        self.error.show()


def _date(edit: DateEdit, label: str, required: bool = False) -> Any:
    text = edit.text().strip()
    if not text:
        if required:
            raise ValueError(translate("time_dialogs", "{label} is required (YYYY-MM-DD)").format(label=label))
        return None
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            translate("time_dialogs", "{label}: {text!r} is not a date; write YYYY-MM-DD").format(
                label=label, text=text
            )
        ) from None


class ClauseDialog(ServiceDialog):
    """Create or edit one clause of a measure."""

    def __init__(self, parent: QWidget, ctx: Any, measure_id: int, clause: Any = None) -> None:
        super().__init__(
            parent,
            translate("time_dialogs", "Clause {label}").format(label=clause.label)
            if clause
            else translate("time_dialogs", "New clause"),
        )
        self.ctx, self.measure_id, self.clause = ctx, measure_id, clause
        self.label, self.title = QLineEdit(self), QLineEdit(self)
        self.text, self.notes = TextArea(self), TextArea(self)
        self.effective_on, self.expires_on = DateEdit(self), DateEdit(self)
        self.status = QComboBox(self)
        self.status.addItem(translate("time_dialogs", "(follows its dates)"), None)
        for member in MeasureStatus:
            self.status.addItem(label_text(member.label), member.value)
        self.threshold = QLineEdit(self)
        self.threshold.setPlaceholderText(translate("time_dialogs", "e.g. >=0.1% by value of China-origin content"))
        self.targets, self.excluded = JurisdictionListEdit(self), JurisdictionListEdit(self)
        self.items = RowsEditor(ITEM_COLUMNS, "item", self)
        for text, widget in (
            (translate("time_dialogs", "Label *"), self.label),
            (translate("time_dialogs", "Title"), self.title),
            (translate("time_dialogs", "Text"), self.text),
            (translate("time_dialogs", "Items"), self.items),
            (translate("time_dialogs", "Effective on"), self.effective_on),
            (translate("time_dialogs", "Expires after"), self.expires_on),
            (translate("time_dialogs", "Own status"), self.status),
            (translate("time_dialogs", "Value threshold"), self.threshold),
            (translate("time_dialogs", "Targeted"), self.targets),
            (translate("time_dialogs", "Excluded"), self.excluded),
            (translate("time_dialogs", "Notes"), self.notes),
        ):
            self.form.addRow(text, widget)
        if clause is not None:
            self.label.setText(clause.label)
            self.title.setText(clause.title)
            self.text.set_value(clause.text)
            self.notes.set_value(clause.notes)
            self.effective_on.set_value(clause.effective_on)
            self.expires_on.set_value(clause.expires_on)
            self.status.setCurrentIndex(max(self.status.findData(clause.status.value if clause.status else None), 0))
            self.threshold.setText(clause.threshold)
            self.targets.set_values(list(clause.targets))
            self.excluded.set_values(list(clause.excluded))
            self.items.set_values([i.model_dump() for i in clause.items])
        self.resize(640, 620)

    def call(self) -> Callable[[], Any]:
        from desktop_app.services.timeline import clauses

        data = {
            "measure_id": self.measure_id,
            "label": self.label.text(),
            "title": self.title.text(),
            "text": self.text.value(),
            "items": self.items.values(),
            "effective_on": _date(self.effective_on, translate("time_dialogs", "Effective on")),
            "expires_on": _date(self.expires_on, translate("time_dialogs", "Expires after")),
            "status": self.status.currentData(),
            "threshold": self.threshold.text(),
            "targets": self.targets.values(),
            "excluded": self.excluded.values(),
            "notes": self.notes.value(),
        }
        ctx, clause = self.ctx, self.clause
        if clause is None:
            return lambda: clauses.create_clause(ctx, data)
        return lambda: clauses.update_clause(ctx, clause.id, data | {"version": clause.version})


class WindowDialog(ServiceDialog):
    """Record a suspension window on a measure (or one of its clauses)."""

    def __init__(self, parent: QWidget, ctx: Any, measure_id: int, clause_labels: list[str]) -> None:
        super().__init__(parent, translate("time_dialogs", "New suspension window"))
        self.ctx, self.measure_id = ctx, measure_id
        self.clause = QComboBox(self)
        self.clause.addItem(translate("time_dialogs", "the whole measure"), "")
        for label in clause_labels:
            self.clause.addItem(translate("time_dialogs", "clause {label}").format(label=label), label)
        self.suspended_by = QLineEdit(self)
        self.suspended_by.setPlaceholderText(translate("time_dialogs", "reference of the suspending measure"))
        self.starts_on, self.ends_on = DateEdit(self), DateEdit(self)
        self.note = TextArea(self)
        for text, widget in (
            (translate("time_dialogs", "Suspends"), self.clause),
            (translate("time_dialogs", "Suspended by"), self.suspended_by),
            (translate("time_dialogs", "First day suspended *"), self.starts_on),
            (translate("time_dialogs", "Last day suspended (empty: open-ended)"), self.ends_on),
            (translate("time_dialogs", "Note"), self.note),
        ):
            self.form.addRow(text, widget)

    def call(self) -> Callable[[], Any]:
        from desktop_app.services.records.lineage import measure_id_for
        from desktop_app.services.timeline import windows

        ctx, by = self.ctx, self.suspended_by.text().strip()
        data = {
            "measure_id": self.measure_id,
            "clause": self.clause.currentData() or "",
            "starts_on": _date(self.starts_on, translate("time_dialogs", "First day suspended"), True),
            "ends_on": _date(self.ends_on, translate("time_dialogs", "Last day suspended")),
            "note": self.note.value(),
        }
        return lambda: windows.create_window(ctx, data | {"suspension_id": measure_id_for(ctx, by) if by else None})


class WindowChangeDialog(ServiceDialog):
    """Extend a window (decided on, new last day or open-ended) or lift it (from a day on)."""

    def __init__(self, parent: QWidget, ctx: Any, window: Any, lifting: bool) -> None:
        super().__init__(
            parent,
            translate("time_dialogs", "Lift the suspension")
            if lifting
            else translate("time_dialogs", "Extend the suspension"),
        )
        self.ctx, self.window, self.lifting = ctx, window, lifting
        self.on, self.ends_on = DateEdit(self), DateEdit(self)
        self.open_ended = QCheckBox(translate("time_dialogs", "open-ended"), self)
        self.note = QLineEdit(self)
        self.form.addRow(
            translate("time_dialogs", "Applies again from *") if lifting else translate("time_dialogs", "Decided on *"),
            self.on,
        )
        if not lifting:
            self.form.addRow(translate("time_dialogs", "New last day suspended"), self.ends_on)
            self.form.addRow("", self.open_ended)
        self.form.addRow(translate("time_dialogs", "Note (e.g. the instrument)"), self.note)

    def call(self) -> Callable[[], Any]:
        from desktop_app.services.timeline import windows

        ctx, window_id, note = self.ctx, self.window.id, self.note.text()
        on = _date(self.on, translate("time_dialogs", "The date"), True)
        if self.lifting:
            return lambda: windows.lift_window(ctx, window_id, on, note)
        ends = (
            None
            if self.open_ended.isChecked()
            else _date(self.ends_on, translate("time_dialogs", "New last day suspended"), True)
        )
        return lambda: windows.extend_window(ctx, window_id, on, ends, note)
