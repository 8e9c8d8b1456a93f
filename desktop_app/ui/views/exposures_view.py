"""Exposures: matches of measures against joint ventures' key items that nobody has assessed yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.services.records import browse
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.services.screening import exposures as screening
from desktop_app.services.screening.exposures import Exposure
from desktop_app.ui import messages, workers
from desktop_app.ui.models.list_model import ListRow, ListTableModel
from desktop_app.ui.models.roles import SortRole

if TYPE_CHECKING:
    from desktop_app.services.context import ServiceContext
    from desktop_app.ui.undo import RecordWindow
    from desktop_app.ui.workers import QtProgress

HEADERS = ("Measure", "Status", "Joint venture", "Item", "Direction", "Matched on", "How it reaches")
DISMISSED_GREY = "#7A7A7A"
MAX_VENTURES = 1_000_000  # every live venture


def row_of(e: Exposure) -> ListRow:
    """One exposure as table cells (plain text, shown verbatim)."""
    matched = "; ".join(f"{h.detail} ({h.measure_item})" for h in e.hits)
    state = " [assessed]" if e.assessed else " [dismissed]" if e.dismissed else ""
    return ListRow((e.measure_reference, e.measure_status.label, e.venture_name, e.item_name + state,
                    e.direction.label, matched, e.flow),
                   record=(Entity.MEASURE, e.measure_id),
                   foreground=DISMISSED_GREY if (e.assessed or e.dismissed) else None)


class ExposuresView(QWidget):
    """The unassessed-exposure list with its two actions: draft an assessment, or dismiss."""

    exposures_changed = Signal(int)  # how many unassessed, undismissed exposures (the badge)

    def __init__(self, window: RecordWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.exposures: list[Exposure] = []
        self.venture = QComboBox(self)
        self.venture.setObjectName("exposure_venture")
        self.show_all = QCheckBox("Show assessed and dismissed", self)
        self.refresh_button = QPushButton("Screen again", self)
        self.draft_button = QPushButton("Draft assessment", self)
        self.draft_button.setObjectName("draft_assessment")
        self.dismiss_button = QPushButton("Dismiss…", self)
        self.dismiss_button.setObjectName("dismiss_exposure")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Joint venture:", self))
        bar.addWidget(self.venture, 1)
        bar.addWidget(self.show_all)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.draft_button)
        bar.addWidget(self.dismiss_button)
        self.model = ListTableModel(HEADERS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("exposures_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((230, 80, 200, 200, 90, 320)):
            self.table.setColumnWidth(column, width)
        self.detail = QLabel(self)
        self.detail.setObjectName("exposure_detail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # item names are user text
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.count_label)
        self.venture.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_all.toggled.connect(lambda _on: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.draft_button.clicked.connect(self.draft_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        self._update_buttons()

    # -- data -----------------------------------------------------------------------------
    @property
    def ctx(self) -> ServiceContext:
        return self.main_window.ctx

    def _fill_ventures(self, names: list[str]) -> None:
        current = self.venture.currentData()
        self.venture.blockSignals(True)
        self.venture.clear()
        self.venture.addItem("All joint ventures", None)
        for name in names:
            self.venture.addItem(name, name)
        self.venture.setCurrentIndex(max(self.venture.findData(current), 0) if current else 0)
        self.venture.blockSignals(False)

    def refresh(self) -> None:
        """Screen again (on the database worker) and show the result, with the venture list."""
        venture, everything = self.venture.currentData(), self.show_all.isChecked()
        ctx = self.ctx

        def work(_progress: QtProgress) -> tuple[list[str], list[Exposure], int]:
            try:  # names only, in one query: the whole venture records cost seconds at 2,000
                names = [str(r.values[0]) for r in browse.page(ctx, Entity.VENTURE, BrowseQuery(sort="name"),
                                                               0, MAX_VENTURES)]
            except RegisterError:  # the screening below reports it
                names = []
            found = screening.screen(ctx, venture=venture, include_assessed=everything,
                                     include_dismissed=everything)
            open_ = [e for e in found if not e.assessed and not e.dismissed]
            total = len(open_) if venture is None else screening.count_unassessed(ctx)
            return names, found, total

        workers.run_task(self, "Screening measures against joint ventures", work, self._show,
                         lambda exc: messages.show_error(self, exc, "Could not screen the register"),
                         cancellable=False)

    def _show(self, result: tuple[list[str], list[Exposure], int]) -> None:
        names, self.exposures, total = result
        self._fill_ventures(names)
        self.model.set_rows([row_of(e) for e in self.exposures])
        pairs = len({(e.measure_id, e.venture_id) for e in self.exposures})
        self.count_label.setText(f"{len(self.exposures):,} matches in {pairs:,} measure x venture pairs; "
                                 f"{total:,} unassessed in the register")
        self.exposures_changed.emit(total)
        if self.exposures:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> Exposure | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.exposures[row] if 0 <= row < len(self.exposures) else None

    def _selection_changed(self) -> None:
        e = self.selected()
        if e is None:
            self.detail.setText("")
        else:
            note = f"\nDismissed by {e.dismissal.actor}: {e.dismissal.reason}" if e.dismissal else ""
            self.detail.setText(f"{e.measure_reference} x {e.venture_name}\n{e.why}{note}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        e = self.selected()
        writable = not getattr(self.ctx.db, "read_only", False)
        self.draft_button.setEnabled(writable and e is not None and not e.assessed)
        self.dismiss_button.setEnabled(writable and e is not None and not e.assessed and not e.dismissed)

    # -- actions --------------------------------------------------------------------------
    def draft_selected(self) -> None:
        e = self.selected()
        if e is None:
            return
        try:
            screening.draft_assessment(self.ctx, e.measure_id, e.venture_id)
        except Exception as exc:  # every failure is shown; the service saved nothing
            messages.show_error(self, exc, "Could not draft the assessment")
            return
        self._changed(Entity.ASSESSMENT)

    def ask_reason(self, e: Exposure) -> str | None:
        """The dismissal reason, or None when cancelled (tests replace this)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Dismiss exposure")
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setLabelText(f"Why does {e.measure_reference} not matter for '{e.item_name}' of "
                            f"{e.venture_name}?")
        for label in dialog.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names may look like markup
            label.setWordWrap(True)
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None

    def dismiss_selected(self) -> None:
        e = self.selected()
        if e is None:
            return
        reason = self.ask_reason(e)
        if reason is None:
            return
        try:
            screening.dismiss_exposure(self.ctx, e.measure_id, e.venture_id, e.item_key, reason)
        except Exception as exc:  # every failure is shown; the service saved nothing
            messages.show_error(self, exc, "Could not dismiss the exposure")
            return
        self._changed(None)  # a dismissal changes only this list

    def _changed(self, entity: Entity | None) -> None:
        signal = getattr(self.main_window, "records_changed", None)
        if signal is not None and entity is not None:
            signal.emit(entity)  # the window refreshes its views (this one included when shown)
        self.refresh()
