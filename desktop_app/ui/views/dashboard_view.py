"""Dashboard: residual heat map, top residual risks, deadlines, measures by status and jurisdiction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.jurisdictions import jurisdiction_name
from desktop_app.domain.rewording import worded
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.ui import messages, workers
from desktop_app.ui.labels import capitalized, label_text
from desktop_app.ui.language import country_name, format_date, translate
from desktop_app.ui.models.list_model import ListRow, ListTableModel
from desktop_app.ui.views.heat_map import HeatMapWidget
from desktop_app.ui.views.navigation import open_record

if TYPE_CHECKING:  # the figures' services load with the first read, on the background reader
    from desktop_app.domain.risk import RiskMatrix
    from desktop_app.services.reports.analytics import DashboardData
    from desktop_app.ui.undo import RecordWindow

MAX_DEADLINES = 200  # the list shows the nearest; the assessments view lists every overdue review
KIND_LABELS = {
    "consultation_ends": translate("dashboard_view", "Consultation ends"),
    "effective": translate("dashboard_view", "Takes effect"),
    "review_due": translate("dashboard_view", "Review due"),
    "review_overdue": translate("dashboard_view", "Review overdue"),
}
# Measure dates come with the events; the deadlines add the reviews.
REVIEW_KINDS = ("review_due", "review_overdue")
OVERDUE_COLOUR = "#B71C1C"
LOADING = translate("dashboard_view", "Reading the figures…")


def _table(model: ListTableModel, name: str, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    # References differ at their ends ("MOFCOM/GAC Announcement No. 1..." hid which one).
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class DashboardView(QWidget):
    """Read in one transaction (on the worker thread); every list opens its records."""

    cell_clicked = Signal(int, int)
    loaded = Signal()
    exposures_clicked = Signal()  # the badge: go to the Exposures view
    events_clicked = Signal()  # the waiting badge: go to the Events view

    def __init__(self, window: RecordWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.data: DashboardData | None = None
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14px; padding: 4px;")
        self.heat_map = HeatMapWidget(self)
        self.heat_map.cell_clicked.connect(self.cell_clicked)
        self.top_model = ListTableModel(
            (
                translate("dashboard_view", "Measure"),
                translate("dashboard_view", "Joint venture"),
                translate("dashboard_view", "Residual"),
                translate("dashboard_view", "Score"),
                translate("dashboard_view", "Owner"),
                translate("dashboard_view", "Next review"),
            ),
            self,
        )
        self.deadline_model = ListTableModel(
            (
                translate("dashboard_view", "Date"),
                translate("dashboard_view", "What"),
                translate("dashboard_view", "Event"),
            ),
            self,
        )  # just happened / coming up
        self.status_model = ListTableModel(
            (translate("dashboard_view", "Status"), translate("dashboard_view", "Measures")), self
        )
        self.jurisdiction_model = ListTableModel(
            (translate("dashboard_view", "Jurisdiction"), translate("dashboard_view", "Measures")), self
        )
        self.top_table = _table(self.top_model, "top_risks")
        self.deadline_table = _table(self.deadline_model, "deadlines", 1)
        self.status_table = _table(self.status_model, "by_status", 0)
        self.jurisdiction_table = _table(self.jurisdiction_model, "by_jurisdiction", 0)
        for view in (self.top_table, self.deadline_table):
            view.doubleClicked.connect(lambda index, v=view: self._open(v, index.row()))
        for column, width in enumerate((200, 190, 70, 50, 110)):
            self.top_table.setColumnWidth(column, width)
        self.top_table.horizontalHeader().setStretchLastSection(True)
        # Level and score first: on a 1024-pixel screen they are what must stay in view.
        self.top_table.horizontalHeader().moveSection(2, 0)
        self.top_table.horizontalHeader().moveSection(3, 1)
        for table in (self.status_table, self.jurisdiction_table):  # counts sized to fit, names get the rest
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.deadline_table.setColumnWidth(0, 95)
        self.deadline_table.setColumnWidth(2, 125)
        grid = QGridLayout()
        grid.addWidget(
            self._box(translate("dashboard_view", "Residual risk heat map (live assessments)"), self.heat_map), 0, 0
        )
        grid.addWidget(self._box(translate("dashboard_view", "Top residual risks"), self.top_table), 0, 1, 1, 2)
        grid.addWidget(
            self._box(
                translate("dashboard_view", "Just happened / coming up (what waits for someone first)"),
                self.deadline_table,
            ),
            1,
            0,
        )
        grid.addWidget(self._box(translate("dashboard_view", "Measures by status"), self.status_table), 1, 1)
        grid.addWidget(self._box(translate("dashboard_view", "By jurisdiction"), self.jurisdiction_table), 1, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        self.exposure_badge = QPushButton(self)
        self.exposure_badge.setObjectName("exposure_badge")
        self.exposure_badge.setFlat(True)
        self.exposure_badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.exposure_badge.setStyleSheet("QPushButton { color: #B71C1C; font-weight: bold; text-align: left;"
                                          " padding: 2px 6px; }")
        self.exposure_badge.clicked.connect(self.exposures_clicked)
        self.exposure_badge.hide()
        self.waiting_badge = QPushButton(self)
        self.waiting_badge.setObjectName("waiting_badge")
        self.waiting_badge.setFlat(True)
        self.waiting_badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.waiting_badge.setStyleSheet(self.exposure_badge.styleSheet())
        self.waiting_badge.clicked.connect(self.events_clicked)
        self.waiting_badge.hide()
        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(self.waiting_badge)
        header.addWidget(self.exposure_badge)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid, 1)

    def set_exposures(self, unassessed: int) -> None:
        """Show how many screening matches nobody has assessed or dismissed yet."""
        self.exposure_badge.setText(
            (translate("dashboard_view", "{n} unassessed exposure: review") if unassessed == 1
             else translate("dashboard_view", "{n} unassessed exposures: review")).format(n=unassessed)
        )
        self.exposure_badge.setVisible(unassessed > 0)

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    def _open(self, view: QTableView, row: int) -> None:
        record = view.model().record(row)  # type: ignore[attr-defined]
        if record is not None:
            open_record(self.main_window, record[0], record[1])

    def refresh(self) -> None:
        """Re-read the figures on the background reader; the window stays responsive meanwhile.

        The first time, the view says it is reading (the figures of a large register take a
        few seconds); later reads keep the figures shown until the new ones arrive.
        """
        ctx = self.main_window.ctx
        if self.data is None:
            self.summary.setText(LOADING)

        def work() -> tuple[DashboardData, RiskMatrix]:
            from desktop_app.services.records import matrix
            from desktop_app.services.reports import analytics

            return analytics.dashboard(ctx, deadline_limit=MAX_DEADLINES), matrix.get_matrix(ctx)

        def failed(exc: BaseException) -> None:
            if self.data is None:
                self.summary.setText(translate("dashboard_view", "The figures could not be read."))
            messages.show_error(self, exc, translate("dashboard_view", "Could not read the dashboard"))

        workers.run_background(self, work, lambda r: self.show_data(*r), failed)

    def show_data(self, data: DashboardData, risk: RiskMatrix) -> None:
        self.data = data
        self.heat_map.set_data(data.heat_map, risk)
        labels = {lv.key: lv for lv in risk.levels}
        live = sum(data.by_level.values())
        by_level = ", ".join(f"{data.by_level.get(lv.key, 0)} {label_text(lv.label).lower()}"
                             for lv in reversed(risk.ordered()))
        self.summary.setText(
            translate(
                "dashboard_view",
                "As of {today}: {live} live assessments ({by_level}); {ventures_exposed} joint ventures exposed; "
                "{overdue} reviews overdue.",
            ).format(
                today=format_date(data.today),
                live=live,
                by_level=by_level,
                ventures_exposed=data.ventures_exposed,
                overdue=data.overdue,
            )
        )
        self.top_model.set_rows([_dated(ListRow(
            (a.measure_reference, a.venture_name,
             label_text(labels[a.residual_level].label) if a.residual_level in labels else a.residual_level,
             str(a.residual_likelihood * a.residual_impact), a.owner, format_date(a.next_review_on)),
            (Entity.ASSESSMENT, a.id),
            colours={2: labels[a.residual_level].colour} if a.residual_level in labels else {}),
            5, a.next_review_on) for a in data.top])
        self.deadline_model.set_rows(self._deadline_rows(data))
        self.status_model.set_rows([ListRow((label_text(s.label), str(data.by_status.get(s, 0))))
                                    for s in DayStatus if data.by_status.get(s, 0)])
        self.waiting_badge.setText(
            translate("dashboard_view", "{waiting} waiting for someone: events").format(waiting=data.waiting)
        )
        self.waiting_badge.setVisible(data.waiting > 0)
        by_count = sorted(data.by_jurisdiction.items(), key=lambda kv: (-kv[1], kv[0]))
        self.jurisdiction_model.set_rows([ListRow((country_name(j, jurisdiction_name(j)), str(n)))
                                          for j, n in by_count])
        self.loaded.emit()

    @staticmethod
    def _deadline_rows(data: DashboardData) -> Sequence[ListRow]:
        """What waits for someone first (lapsed suspensions to confirm, overdue reviews, oldest
        first), then the events of the last weeks and the coming months with the reviews due."""
        reviews = [d for d in data.deadlines if d.kind in REVIEW_KINDS]
        waiting = [(e.on, worded(e.title), capitalized(e.kind.label), e.record) for e in data.events if e.open]
        waiting += [(d.on, worded(d.label), KIND_LABELS[d.kind], (d.record, d.record_id)) for d in reviews
                    if d.kind == "review_overdue"]
        later = [(e.on, worded(e.title), capitalized(e.kind.label), e.record) for e in data.events if not e.open]
        later += [(d.on, worded(d.label), KIND_LABELS[d.kind], (d.record, d.record_id)) for d in reviews
                  if d.kind == "review_due"]
        rows = [_dated(ListRow((format_date(on), title, kind), _opens(record), foreground=OVERDUE_COLOUR), 0, on)
                for on, title, kind, record in sorted(waiting, key=lambda r: r[0])]
        rows += [_dated(ListRow((format_date(on), title, kind), _opens(record)), 0, on)
                 for on, title, kind, record in sorted(later, key=lambda r: r[0])]
        return rows[:MAX_DEADLINES]


def _dated(row: ListRow, column: int, day: date) -> ListRow:
    """The row sorts on the date itself: a locale's short form ("2026/3/4") does not sort as text."""
    row.sort_values = tuple(day if i == column else cell for i, cell in enumerate(row.cells))
    return row


def _opens(record: tuple[Entity | str, int] | None) -> tuple[Entity, int] | None:
    """What a row opens: a measure or an assessment (a window event names its measure)."""
    if record is None or record[0] == "window":
        return None
    kind = record[0]
    if isinstance(kind, Entity):
        return kind, record[1]
    return (Entity.MEASURE if kind == "measure" else Entity.ASSESSMENT), record[1]
