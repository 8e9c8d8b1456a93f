"""Audit log: who changed what and when, with before/after values; filterable by record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity, audit_label
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import RegisterError
from desktop_app.services.audit import AuditRecord
from desktop_app.services.records import audit_log
from desktop_app.services.records.audit_log import AuditQuery
from desktop_app.ui import messages
from desktop_app.ui.field_labels import field_label
from desktop_app.ui.labels import capitalized
from desktop_app.ui.language import translate
from desktop_app.ui.models.audit_model import AuditTableModel, action_label, when
from desktop_app.ui.models.list_model import ListRow, ListTableModel
from desktop_app.ui.views.audit_values import readable_field
from desktop_app.ui.views.filter_bar import SEARCH_DELAY_MS

if TYPE_CHECKING:
    from desktop_app.services.context import ServiceContext
    from desktop_app.ui.undo import RecordWindow


class AuditView(QWidget):
    def __init__(self, window: RecordWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.model = AuditTableModel(window.ctx, self)
        self.model.load_failed.connect(
            lambda exc: messages.show_error(self, exc, translate("audit_view", "Could not read the audit log")))
        self.entity = QComboBox(self)
        self.entity.addItem(translate("audit_view", "Any record type"), None)
        for entity in Entity:  # everything the trail names
            self.entity.addItem(capitalized(entity.label), entity.value)
        self.record_id = QLineEdit(self)
        self.record_id.setPlaceholderText(translate("audit_view", "Record no."))
        self.record_id.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record_id.setMaximumWidth(110)
        self.actor = QComboBox(self)
        self.action = QComboBox(self)
        self.action.addItem(translate("audit_view", "Any action"), None)
        for a in AuditAction:
            self.action.addItem(capitalized(a.label), a.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("audit_view", "Search record names and changed values"))
        self.search.setClearButtonEnabled(True)
        clear = QToolButton(self)
        clear.setText(translate("audit_view", "Clear filters"))
        clear.clicked.connect(self.clear_filters)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        for combo in (self.entity, self.actor, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.search, self.record_id):
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self.apply_filters)
        bar = QHBoxLayout()
        for w in (self.entity, self.record_id, self.actor, self.action):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(clear)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((55, 140, 110, 90, 100, 80, 280)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_entry(cur.row()))
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.changes = ListTableModel(
            (translate("audit_view", "Field"), translate("audit_view", "Before"), translate("audit_view", "After")),
            self,
        )
        self.changes_table = QTableView(self)
        self.changes_table.setObjectName("audit_changes")
        self.changes_table.setModel(self.changes)
        self.changes_table.setWordWrap(True)
        self.changes_table.verticalHeader().setVisible(False)
        self.changes_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.changes_table.horizontalHeader().setStretchLastSection(True)
        self.changes_table.setColumnWidth(0, 150)
        self.changes_table.setColumnWidth(1, 360)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.changes_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

    def set_context(self, ctx: ServiceContext) -> None:
        self.model.ctx = ctx
        self.clear_filters()

    def refresh(self) -> None:
        self._refresh_actors()
        self.apply_filters()

    def _refresh_actors(self) -> None:
        current = self.actor.currentData()
        try:
            actors = audit_log.actors(self.model.ctx)
        except RegisterError:
            actors = []
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem(translate("audit_view", "Anyone"), None)
        for a in actors:
            self.actor.addItem(a, a)
        self.actor.setCurrentIndex(max(self.actor.findData(current), 0) if current else 0)
        self.actor.blockSignals(False)

    def query(self) -> AuditQuery:
        rid = self.record_id.text().strip()
        entity = self.entity.currentData()
        return AuditQuery(entity=Entity(entity) if entity else None, entity_id=int(rid) if rid.isdigit() else None,
                          actor=self.actor.currentData(), action=self.action.currentData(),
                          search=self.search.text().strip())

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_query(self.query())
        shown, total = self.model.rowCount(), self.model.total
        loaded = (
            translate("audit_view", " ({shown:,} loaded; scroll for more)").format(shown=shown) if shown < total else ""
        )
        self.count_label.setText(
            translate("audit_view", "{total:,} audit entries{loaded}").format(total=total, loaded=loaded)
        )
        if shown:
            self.table.selectRow(0)
        else:
            self.show_entry(-1)

    def clear_filters(self) -> None:
        for w in (self.entity, self.actor, self.action, self.record_id, self.search):
            w.blockSignals(True)
        for combo in (self.entity, self.actor, self.action):
            combo.setCurrentIndex(0)
        self.record_id.clear()
        self.search.clear()
        for w in (self.entity, self.actor, self.action, self.record_id, self.search):
            w.blockSignals(False)
        self.refresh()

    def show_record(self, entity: Entity, record_id: int) -> None:
        """Only the history of one record."""
        for w in (self.entity, self.record_id):
            w.blockSignals(True)
        self.entity.setCurrentIndex(max(self.entity.findData(entity.value), 0))
        self.record_id.setText(str(record_id))
        for w in (self.entity, self.record_id):
            w.blockSignals(False)
        self.apply_filters()

    def show_entry(self, row: int) -> None:
        entry: AuditRecord | None = self.model.entry(row)
        if entry is None:
            self.detail.setText("")
            self.changes.set_rows([])
            return
        what = audit_label(entry.entity)
        number = f" {entry.entity_id}" if entry.entity_id is not None else ""
        self.detail.setText(
            translate("audit_view", "Entry {id}: {action} {what}{number} “{entity_label}” by {actor} on {at}").format(
                id=entry.id,
                action=action_label(entry.action),
                what=what,
                number=number,
                entity_label=entry.entity_label,
                actor=entry.actor,
                at=when(entry.at),
            )
        )
        self.changes.set_rows([ListRow((field_label(name, entry.entity), readable_field(name, pair[0]),
                                        readable_field(name, pair[1])))
                               if isinstance(pair, list) and len(pair) == 2
                               else ListRow((field_label(name, entry.entity), "", readable_field(name, pair)))
                               for name, pair in sorted(entry.changes.items())])
