"""A record table with its filter bar: SQL-sorted, column chooser remembered, Enter opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.risk import RiskMatrix
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.ui import messages, settings
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.models.entity_model import EntityTableModel
from desktop_app.ui.views.filter_bar import FilterBar, FilterSpec
from desktop_app.ui.views.navigation import open_record

if TYPE_CHECKING:
    from desktop_app.ui.undo import RecordWindow


class RecordTable(QTableView):
    """A QTableView that reports Enter/Return on a row (double-click is the view's own signal)."""

    row_activated = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex().row())
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QApplication.clipboard().setText(self.selected_text())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.select_some_row()

    def select_some_row(self) -> None:
        """Arriving in the table (Tab, or Down from the search box) selects a row to act on."""
        if self.model() is not None and self.model().rowCount() and not self.selectionModel().hasSelection():
            self.selectRow(max(self.currentIndex().row(), 0))

    def selected_text(self) -> str:
        """The selected rows as tab-separated text with the visible columns' headers, in the
        order shown (tabs and line breaks inside a cell become spaces)."""
        model, header = self.model(), self.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())
                   if not self.isColumnHidden(header.logicalIndex(v))]
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})

        def cell(value: object) -> str:
            return " ".join(str("" if value is None else value).split())

        lines = ["\t".join(cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        lines += ["\t".join(cell(model.index(r, c).data()) for c in columns) for r in rows]
        return "\n".join(lines) + "\n"


class RecordTableView(QWidget):
    """Measures, joint ventures or assessments: one paged model, a filter bar and a table."""

    selection_changed = Signal()

    def __init__(self, window: RecordWindow, entity: Entity, filters: Sequence[FilterSpec],
                 placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window, self.entity, self.noun = window, entity, label_text(entity.spec.plural)
        self.name = entity.record.name  # the table's name in settings and object names: "ventures"
        self.model = EntityTableModel(window.ctx, entity, self)
        self.model.load_failed.connect(self._load_failed)
        self.bar = FilterBar(filters, placeholder, self)
        self.bar.changed.connect(self.apply_filters)
        self.table = RecordTable(self)
        self.table.setObjectName(f"{self.name}_table")
        self.table.setModel(self.model)
        self._configure_table()
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.row_activated.connect(self.open_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self._reselect: int | None = None  # the record to select again when the reload is in
        self.model.reloaded.connect(self._reloaded)
        self.bar.search.installEventFilter(self)  # Down from the search box moves into the results

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar.search and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down:  # type: ignore[attr-defined]
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            self.table.select_some_row()
            return True
        return super().eventFilter(watched, event)

    def _configure_table(self) -> None:
        t = self.table
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
        t.verticalHeader().setVisible(False)
        # Fixed row heights: Qt never measures 100,000 rows to lay them out.
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 10)
        header = t.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for n, spec in enumerate(self.model.specs):
            t.setColumnWidth(n, spec.width)
        self.restore_columns()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # The model already knows this order, so enabling sorting does not read the table twice.
        self.model.prime(BrowseQuery(sort=self.model.specs[0].key))
        t.setSortingEnabled(True)  # from now on the model's sort() re-queries SQL

    # -- columns ---------------------------------------------------------------------------
    def restore_columns(self) -> None:
        default = [s.key for s in self.model.specs if not s.visible]
        hidden = set(settings.hidden_columns(self.name, default))
        for n, spec in enumerate(self.model.specs):
            self.table.setColumnHidden(n, spec.key in hidden)

    def hidden_keys(self) -> list[str]:
        return [s.key for n, s in enumerate(self.model.specs) if self.table.isColumnHidden(n)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        column = self.model.column_of(key)
        if not visible and len(self.hidden_keys()) >= len(self.model.specs) - 1:
            return  # keep at least one column
        self.table.setColumnHidden(column, not visible)
        if visible and self.table.columnWidth(column) == 0:
            self.table.setColumnWidth(column, self.model.specs[column].width)
        settings.set_hidden_columns(self.name, self.hidden_keys())

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setTitle(translate("table_view", "Columns"))
        hidden = set(self.hidden_keys())
        for spec in self.model.specs:
            action = QAction(label_text(spec.title), menu)
            action.setCheckable(True)
            action.setChecked(spec.key not in hidden)
            action.toggled.connect(lambda on, key=spec.key: self.set_column_visible(key, on))
            menu.addAction(action)
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    # -- data ------------------------------------------------------------------------------
    def set_context(self, ctx: ServiceContext) -> None:
        self.model.ctx = ctx
        self.refresh_choices()
        self.bar.reset()

    def set_matrix(self, matrix: RiskMatrix) -> None:
        self.model.set_matrix(matrix)

    def refresh_choices(self) -> None:
        """Refill drop-downs whose values come from the register (owners, jurisdictions)."""

    def apply_filters(self) -> None:
        # A fresh query from the bar's values, so a filter that was removed is really gone.
        old = self.model.query
        query = BrowseQuery(**self.bar.values()).with_(sort=old.sort, descending=old.descending)
        self._keep_current(lambda: self.model.set_query(query))

    def reload(self) -> None:
        self.refresh_choices()
        self._keep_current(self.model.reload)

    def _keep_current(self, change: Callable[[], None]) -> None:
        """Run `change` (a reload); the record selected now is selected again once the rows are in."""
        self._reselect = self.current_id()
        change()

    def _reloaded(self) -> None:
        self._update_count()
        record, self._reselect = self._reselect, None
        if record is not None:
            self.select_record(record)

    def select_record(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().isRowSelected(index.row()) if index.isValid() else False
        return self.model.record_id(index.row()) if selected else None

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [rid for rid in (self.model.record_id(r) for r in rows) if rid is not None]

    def open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id is not None:
            open_record(self.main_window, self.entity, record_id)

    def focus_search(self) -> None:
        self.bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.search.selectAll()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        filtered = any(v not in (None, False, "") for v in self.bar.values().values())
        self.count_label.setText(
            f"{n:,} {self.noun}" + (translate("table_view", " match the filters") if filtered else "")
        )

    def _load_failed(self, exc: BaseException) -> None:
        messages.show_error(self, exc, translate("table_view", "Could not read the {noun}").format(noun=self.noun))
