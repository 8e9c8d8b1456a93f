"""The measure form's "Clauses and suspensions" tab: state on a date, clauses and windows to edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.rewording import worded
from desktop_app.ui import messages
from desktop_app.ui.dialogs.time_dialogs import ClauseDialog, WindowChangeDialog, WindowDialog
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate


class TimeTab(QWidget):
    """Saved straight away (each change is audited on its own), not with the measure's Save."""

    def __init__(self, form: Any, measure_id: int) -> None:
        super().__init__(form)
        self.form, self.ctx, self.measure_id = form, form.ctx, measure_id
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state_today")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.clauses = QListWidget(self)
        self.clauses.setObjectName("clauses")
        self.windows = QListWidget(self)
        self.windows.setObjectName("windows")
        self.add_clause, self.edit_clause = (
            QPushButton(translate("measure_time_tab", "Add clause…"), self),
            QPushButton(translate("measure_time_tab", "Edit clause…"), self),
        )
        self.add_window = QPushButton(translate("measure_time_tab", "Add suspension window…"), self)
        self.extend, self.lift = (
            QPushButton(translate("measure_time_tab", "Extend…"), self),
            QPushButton(translate("measure_time_tab", "Lift…"), self),
        )
        self.add_clause.clicked.connect(lambda: self._run(ClauseDialog(self, self.ctx, measure_id)))
        self.edit_clause.clicked.connect(self._edit_clause)
        self.add_window.clicked.connect(lambda: self._run(WindowDialog(
            self, self.ctx, measure_id, [c.label for c in self._clauses])))
        self.extend.clicked.connect(lambda: self._change(lifting=False))
        self.lift.clicked.connect(lambda: self._change(lifting=True))
        self.clauses.itemDoubleClicked.connect(lambda _i: self._edit_clause())
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        for title, listing, buttons in (
            (translate("measure_time_tab", "Clauses"), self.clauses, (self.add_clause, self.edit_clause)),
            (
                translate("measure_time_tab", "Suspension windows (on this measure or made by it)"),
                self.windows,
                (self.add_window, self.extend, self.lift),
            ),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.addWidget(listing)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            layout.addWidget(box)
        self._clauses: list[Any] = []
        self._windows: list[Any] = []
        writable = not self.ctx.db.read_only
        for button in (self.add_clause, self.edit_clause, self.add_window, self.extend, self.lift):
            button.setEnabled(writable)
        self.reload()

    def reload(self) -> None:
        """Re-read the clauses, the windows and the state today (small reads: on the GUI thread)."""
        from desktop_app.services.timeline import asof, clauses, windows

        try:
            self._clauses = clauses.list_clauses(self.ctx, self.measure_id)
            self._windows = (windows.list_windows(self.ctx, self.measure_id)
                             + windows.list_windows(self.ctx, self.measure_id, suspending=True))
            reference = self.form.record.reference
            state = asof.measure_status(self.ctx, reference)
        except RegisterError as exc:
            self.state_label.setText(str(exc))
            return
        lines = [
            translate("measure_time_tab", "Today ({day}): {label}").format(day=state.day, label=worded(state.label))
        ]
        lines += [
            f"  {worded(c.name)}: {label_text(c.status.label)}"
            + (translate("measure_time_tab", " since {since}").format(since=c.since) if c.since else "")
            + (translate("measure_time_tab", " until {until}").format(until=c.until) if c.until else "")
            + f" ({worded(c.cause)})"
            for c in state.clauses
        ]
        self.state_label.setText("\n".join(lines))
        self.clauses.clear()
        for c in self._clauses:
            effective = translate("measure_time_tab", "effective {day}").format(day=c.effective_on)
            expires = translate("measure_time_tab", "expires after {day}").format(day=c.expires_on)
            dates = ", ".join(x for x in (effective if c.effective_on else "", expires if c.expires_on else "") if x)
            text = f"{c.label}: {c.title or c.text[:80]}" + (f" ({dates})" if dates else "")
            self.clauses.addItem(QListWidgetItem(text))
        self.windows.clear()
        for w in self._windows:
            mine = w.measure_id == self.measure_id
            what = (
                (
                    translate("measure_time_tab", "suspended")
                    + (translate("measure_time_tab", " (clause {clause})").format(clause=w.clause) if w.clause else "")
                    + (
                        translate("measure_time_tab", " by {suspension_reference}").format(
                            suspension_reference=w.suspension_reference
                        )
                        if w.suspension_reference
                        else ""
                    )
                )
                if mine
                else (
                    translate("measure_time_tab", "suspends {measure_reference}").format(
                        measure_reference=w.measure_reference
                    )
                    + (translate("measure_time_tab", " clause {clause}").format(clause=w.clause) if w.clause else "")
                )
            )
            changes = "".join(f"; {label_text(c.kind.label)} {c.decided_on}" for c in w.changes)
            self.windows.addItem(
                QListWidgetItem(
                    translate("measure_time_tab", "{what}: {starts_on} through {end}{changes}").format(
                        what=what, starts_on=w.starts_on, end=w.end or translate("measure_time_tab", "open-ended"),
                        changes=changes
                    )
                )
            )

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.form.window_.records_changed.emit(Entity.MEASURE)

    def _edit_clause(self) -> None:
        row = self.clauses.currentRow()
        if 0 <= row < len(self._clauses):
            self._run(ClauseDialog(self, self.ctx, self.measure_id, self._clauses[row]))

    def _change(self, lifting: bool) -> None:
        row = self.windows.currentRow()
        if not 0 <= row < len(self._windows):
            messages.plain_box(self, QMessageBox.Icon.Information, translate("measure_time_tab", "Suspension windows"),
                               translate("measure_time_tab", "Select a window first.")).exec()
            return
        self._run(WindowChangeDialog(self, self.ctx, self._windows[row], lifting))
