"""Events: every dated event of the register, the lapsed suspensions to confirm, a calendar export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.rewording import worded
from desktop_app.ui import messages, workers
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.models.list_model import ListRow, ListTableModel
from desktop_app.ui.views.navigation import open_record

if TYPE_CHECKING:
    from desktop_app.domain.timeline.events import Event

WAITING_COLOUR = "#B71C1C"
HEADERS = (
    translate("events_view", "Date"),
    translate("events_view", "Event"),
    translate("events_view", "Kind"),
    translate("events_view", "Clause"),
    translate("events_view", "Waiting"),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# Module functions, so tests can answer them without a native dialog.
def ask_note(parent: QWidget, title: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, translate("events_view", "Note (optional, e.g. where you checked):"),
                                QLineEdit.EchoMode.Normal, "")


def ask_calendar_path(parent: QWidget, start: str) -> str:
    return QFileDialog.getSaveFileName(parent, translate("events_view", "Export the events as a calendar"), start,
                                       translate("events_view", "iCalendar files (*.ics)"))[0]


def row_of(e: Event) -> ListRow:
    """One event as a table row (waiting ones in red); it opens its record, else its measure."""
    return ListRow((e.on.isoformat(), worded(e.title), label_text(e.kind.label), e.clause,
                    translate("events_view", "yes") if e.open else ""),
                   (e.record[0], e.record[1]) if e.record and e.record[0] != "window" else
                   (Entity.MEASURE, e.measure_id) if e.measure_id else None,
                   foreground=WAITING_COLOUR if e.open else None)


class EventsView(QWidget):
    """Events between two dates (default: 90 days back to a year ahead); waiting ones in red."""

    events_changed = Signal()  # a confirmation changed what waits

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.events: list[Event] = []
        self._rows: list[ListRow] = []  # the events' rows, made with them on the background reader
        today = window.ctx.today()
        self.start, self.end = QDateEdit(_qdate(today - timedelta(days=90)), self), QDateEdit(
            _qdate(today + timedelta(days=365)), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.waiting_only = QCheckBox(translate("events_view", "Only what waits for someone"), self)
        self.waiting_only.toggled.connect(lambda _c: self._show())
        self.confirm_button = QPushButton(translate("events_view", "Confirm not extended…"), self)
        self.confirm_button.setObjectName("confirm_event")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.export_button = QPushButton(translate("events_view", "Export calendar (.ics)…"), self)
        self.export_button.clicked.connect(self.export_calendar)
        self.model = ListTableModel(HEADERS, self)
        self.table = QTableView(self)
        self.table.setObjectName("events_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 95)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        for widget in (
            QLabel(translate("events_view", "From"), self),
            self.start,
            QLabel(translate("events_view", "to"), self),
            self.end,
            self.waiting_only,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.confirm_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def refresh(self) -> None:
        """Re-read the events on the background reader, their rows made there too."""
        ctx, start, end = self.main_window.ctx, _pydate(self.start.date()), _pydate(self.end.date())

        def work() -> tuple[list[Event], list[ListRow]]:
            from desktop_app.services.timeline import events

            found = events.list_events(ctx, start, end)
            # What waits from before the range (an old lapsed suspension) is shown too.
            found = [e for e in events.list_events(ctx, end=start, reviews=False) if e.open and e.on < start] + found
            return found, [row_of(e) for e in found]  # thousands of rows: not on the GUI thread

        workers.run_background(
            self,
            work,
            self._loaded,
            lambda exc: messages.show_error(self, exc, translate("events_view", "Could not read the events")),
            long=True,  # a year of events and their rows; outside the policy, a full collection it set
        )               # off rescanned the window's whole heap (the Exposures rows) with the GIL held

    def _loaded(self, result: tuple[list[Event], list[ListRow]]) -> None:
        self.events, self._rows = result
        self._show()

    def visible(self) -> list[Event]:
        return [e for e in self.events if e.open] if self.waiting_only.isChecked() else list(self.events)

    def _show(self) -> None:
        waiting_only = self.waiting_only.isChecked()
        shown = [row for e, row in zip(self.events, self._rows, strict=True) if e.open or not waiting_only]
        self.model.set_rows(shown)
        waiting = sum(1 for e in self.events if e.open)
        self.count_label.setText(
            translate("events_view", "{shown} events shown; {waiting} waiting for someone.").format(
                shown=len(shown), waiting=waiting
            )
        )
        self._update_buttons()

    def selected(self) -> Event | None:
        rows = self.table.selectionModel().selectedRows()
        shown = self.visible()
        return shown[rows[0].row()] if rows and rows[0].row() < len(shown) else None

    def _update_buttons(self) -> None:
        from desktop_app.domain.timeline.events import EventKind

        event = self.selected()
        self.confirm_button.setEnabled(event is not None and event.open and event.kind is EventKind.CONFIRM
                                       and not self.main_window.ctx.db.read_only)

    def _open(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None:
            open_record(self.main_window, record[0], record[1])

    def confirm_selected(self) -> None:
        """Confirm (audited) that the selected lapsed suspension was not extended."""
        event = self.selected()
        if event is None:
            return
        note, ok = ask_note(self, translate("events_view", "Confirm the suspension was not extended"))
        if not ok:
            return
        ctx, uid = self.main_window.ctx, event.uid

        def work(_progress: Any) -> Event:
            from desktop_app.services.timeline.events import confirm_event

            return confirm_event(ctx, uid, note)

        def done(_event: Event) -> None:
            self.main_window.records_changed.emit("all")
            self.events_changed.emit()
            self.refresh()

        workers.run_task(
            self,
            translate("events_view", "Recording the confirmation"),
            work,
            done,
            lambda exc: messages.show_error(self, exc, translate("events_view", "Could not confirm")),
            cancellable=False,
        )

    def export_calendar(self) -> None:
        chosen = ask_calendar_path(self, str(Path.home() / "export-risk-events.ics"))
        if not chosen:
            return
        ctx, shown = self.main_window.ctx, self.visible()

        def work(_progress: Any) -> Path:
            from desktop_app.services.timeline.events import write_ics

            return write_ics(ctx, shown, Path(chosen))

        workers.run_task(
            self,
            translate("events_view", "Writing the calendar"),
            work,
            lambda path: self.main_window.statusBar().showMessage(
                translate("events_view", "Wrote {path}").format(path=path), 8000
            ),
            lambda exc: messages.show_error(self, exc, translate("events_view", "Could not write the calendar")),
        )
