"""Exposures: measures reaching joint ventures' items that nobody has assessed yet, and the data to record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.rewording import worded
from desktop_app.services.progress import Cancelled
from desktop_app.services.records import browse
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.services.screening import actions
from desktop_app.services.screening import exposures as screening
from desktop_app.services.screening import flows as flow_service
from desktop_app.services.screening.exposures import Exposure
from desktop_app.services.screening.flows import ProposedFlow
from desktop_app.system.heap import settle_survivors
from desktop_app.ui import messages, workers
from desktop_app.ui.change_op import ChangeOp
from desktop_app.ui.dialogs.dismiss_dialog import DismissDialog
from desktop_app.ui.language import translate
from desktop_app.ui.models.list_model import sort_rows
from desktop_app.ui.views.exposure_rows import HEADERS, MAX_VENTURES, TIPS, Screened, row_of
from desktop_app.ui.views.needs_data_panel import NeedsDataPanel, TipsModel, table

ROWS_SETTLED = 5_000  # rows built between two settlings of the survivors (system/heap.py)

if TYPE_CHECKING:
    from desktop_app.services.context import ServiceContext
    from desktop_app.ui.undo import RecordWindow
    from desktop_app.ui.workers import QtProgress


class ExposuresView(QWidget):
    """The unassessed-exposure list with its two actions (draft an assessment, or dismiss), and
    the needs-data list with its one-step fix."""

    exposures_changed = Signal(int)  # how many unassessed, undismissed exposures (the badge)

    def __init__(self, window: RecordWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.exposures: list[Exposure] = []
        self._screening = self._again = False  # a screening runs; another was asked for meanwhile
        self.venture = QComboBox(self)
        self.venture.setObjectName("exposure_venture")
        self.show_all = QCheckBox(translate("exposures_view", "Show assessed and dismissed"), self)
        self.refresh_button = QPushButton(translate("exposures_view", "Screen again"), self)
        self.draft_button = QPushButton(translate("exposures_view", "Draft assessment"), self)
        self.draft_button.setObjectName("draft_assessment")
        self.dismiss_button = QPushButton(translate("exposures_view", "Dismiss…"), self)
        self.dismiss_button.setObjectName("dismiss_exposure")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("exposures_view", "Joint venture:"), self))
        bar.addWidget(self.venture, 1)
        bar.addWidget(self.show_all)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.draft_button)
        bar.addWidget(self.dismiss_button)
        self.model = TipsModel(HEADERS, TIPS, self)
        self.table, self.proxy = table(self.model, "exposures_table", self)
        header = self.table.horizontalHeader()
        for column, width in enumerate((230, 80, 200, 200, 90, 80, 320)):
            # Never narrower than its title: "Zuverlässigkeit" was cut off at 80 px in German.
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.needs = NeedsDataPanel(lambda: self.ctx, self)
        self.needs.changed.connect(lambda: self._changed(Entity.VENTURE))
        self.tabs = QTabWidget(self)
        found = QWidget(self.tabs)
        found_layout = QVBoxLayout(found)
        found_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel(self)
        self.detail.setObjectName("exposure_detail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # item names are user text
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        found_layout.addWidget(self.table, 1)
        found_layout.addWidget(self.detail)
        self.tabs.addTab(found, translate("exposures_view", "Possible exposures"))
        self.tabs.addTab(self.needs, translate("exposures_view", "Needs data"))
        self.tabs.setTabToolTip(
            1,
            translate(
                "exposures_view",
                "Facts to record (supplier and destination countries) before screening can "
                "decide, the most-depended-on first; and flows read from activity texts.",
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
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
        self.venture.addItem(translate("exposures_view", "All joint ventures"), None)
        for name in names:
            self.venture.addItem(name, name)
        self.venture.setCurrentIndex(max(self.venture.findData(current), 0) if current else 0)
        self.venture.blockSignals(False)

    def refresh(self) -> None:
        """Screen again on the background reader and show the result, with the venture list.

        The window stays responsive meanwhile (the rows shown so far stay, the count line says
        it is screening). A refresh asked for while a screening runs is kept: that screening's
        result is dropped as out of date and one more screening starts when it ends."""
        if self._screening:
            self._again = True
            return
        self._screening, self._again = True, False
        self.count_label.setText(translate("exposures_view", "Screening the register…"))
        venture, everything = self.venture.currentData(), self.show_all.isChecked()
        ctx, sort = self.ctx, self.model.sort_order()
        stop = getattr(self.main_window, "stop_reads", None)

        def work() -> Screened:
            try:  # names only, in one query: the whole venture records cost seconds at 2,000
                names = [str(r.values[0]) for r in browse.page(ctx, Entity.VENTURE, BrowseQuery(sort="name"),
                                                               0, MAX_VENTURES)]
            except RegisterError:  # the screening below reports it
                names = []
            everything_found = screening.screen(ctx, venture=venture, include_assessed=everything,
                                                include_dismissed=everything, kinds=screening.ALL_KINDS,
                                                progress=stop)  # stopped when the window closes
            found = [e for e in everything_found if e.kind == "exposure"]
            needs = screening.group_needs(everything_found)
            open_ = [e for e in found if not e.assessed and not e.dismissed]
            total = len(open_) if venture is None else screening.count_unassessed(ctx)
            if venture is None:
                flows: list[ProposedFlow] = []
                ventures_waiting = len({n.venture_id for n in needs})
                summary = translate(
                    "exposures_view",
                    "{facts:,} facts to record across {ventures_waiting:,} joint ventures. Choose a joint venture to "
                    "see its data completeness and the flows read from its activity text.",
                ).format(facts=len(needs), ventures_waiting=ventures_waiting)
            else:
                vid = screening.venture_id_for(ctx, venture)
                flows = flow_service.proposed_flows(ctx, vid)
                summary = f"{venture}: {flow_service.completeness(ctx, vid).text}"
            # The rows' text, their order and the pair count are worked out here too: 50,000
            # rows took 8 s on the GUI thread, and sorting them still held it for a tenth of one.
            settle_survivors()  # the screening's findings live on in the rows: no full collection rescans them
            made: list[Any] = []
            for start in range(0, len(found), ROWS_SETTLED):
                if stop is not None and stop.cancelled():
                    raise Cancelled()
                made += [row_of(e) for e in found[start:start + ROWS_SETTLED]]
                settle_survivors()  # else a full collection set off while building rescans them all
            rows = sort_rows(made, sort)
            pairs = len({(e.measure_id, e.venture_id) for e in found})
            return Screened(names, [r.payload for r in rows], total, needs, flows, summary, rows, pairs, sort)

        workers.run_background(self, work, self._screened, self._failed, long=True)  # builds much

    def screening(self) -> bool:
        """Whether a screening is running (its result not shown yet)."""
        return self._screening

    def _finished(self) -> bool:
        """The screening that ran has ended: start the one asked for meanwhile, if any (True)."""
        self._screening = False
        if self._again:
            self.refresh()
            return True
        return False

    def _failed(self, exc: BaseException) -> None:
        if self._finished() or isinstance(exc, Cancelled):  # Cancelled: the window is closing
            return
        self.count_label.setText("")
        messages.show_error(self, exc, translate("exposures_view", "Could not screen the register"))

    def _screened(self, result: Screened) -> None:
        if not self._finished():  # else out of date: a change came while it ran
            self._show(result)

    def _show(self, result: Screened) -> None:
        self._fill_ventures(result.names)
        self.exposures = result.found
        self.model.set_rows(result.rows, sorted_by=result.sort)
        needs = result.needs
        self.needs.show_data(needs, result.flows, result.summary)
        self.tabs.setTabText(1, translate("exposures_view", "Needs data ({count:,})").format(count=len(needs)))
        self.count_label.setText(
            translate(
                "exposures_view",
                "{exposures:,} possible exposures in {pairs:,} measure x venture pairs; {total:,} unassessed in the "
                "register; {facts:,} facts to record",
            ).format(exposures=len(self.exposures), pairs=result.pairs, total=result.total, facts=len(needs))
        )
        self.exposures_changed.emit(result.total)
        if self.exposures:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> Exposure | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()  # rows carry their exposure: the model sorts them
        return self.model.rows[row].payload if 0 <= row < len(self.model.rows) else None

    def _selection_changed(self) -> None:
        e = self.selected()
        if e is None:
            self.detail.setText("")
        else:
            note = (
                translate("exposures_view", "\nDismissed by {actor}: {reason}").format(
                    actor=e.dismissal.actor, reason=e.dismissal.reason
                )
                if e.dismissal
                else ""
            )
            self.detail.setText(translate("exposures_view", "{measure} x {venture}\n{why}{note}").format(
                measure=e.measure_reference, venture=e.venture_name, why=worded(e.why), note=note))
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
        ctx = self.ctx

        def work(_progress: QtProgress) -> dict[str, Any]:
            return actions.prefill_assessment(ctx, e.measure_id, e.venture_id)

        workers.run_task(
            self,
            translate("exposures_view", "Reading the matches"),
            work,
            self._open_draft,
            lambda exc: messages.show_error(self, exc, translate("exposures_view", "Could not draft the assessment")),
            cancellable=False,
        )

    def _open_draft(self, data: dict[str, Any]) -> None:
        """The assessment form, prefilled and unscored: saving it (with real scores) is what
        adds it, counts it in the heat map and puts it on the undo stack."""
        from desktop_app.ui.forms import open_prefilled

        self.draft_form = open_prefilled(self.main_window, Entity.ASSESSMENT, data)

    def ask_reason(self, e: Exposure) -> str | None:
        """The dismissal reason, or None when cancelled (tests replace this)."""
        dialog = DismissDialog(
            translate(
                "exposures_view", "Why does {measure_reference} not matter for '{item_name}' of {venture_name}?"
            ).format(measure_reference=e.measure_reference, item_name=e.item_name, venture_name=e.venture_name),
            self,
        )
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def dismiss_selected(self) -> None:
        e = self.selected()
        if e is None:
            return
        reason = self.ask_reason(e)
        if reason is None:
            return
        from desktop_app.ui.undo_screening import DismissCommand

        window = self.main_window
        ChangeOp(window, translate("exposures_view", "Dismiss the exposure"),
                 lambda ctx: actions.dismiss_exposure(ctx, e.measure_id, e.venture_id, e.item_key, reason),
                 command=lambda done: DismissCommand(window, done, self.refresh),
                 success=lambda _done: self.refresh(), parent=self).run()  # it changes only this list

    def _changed(self, entity: Entity | None) -> None:
        signal = getattr(self.main_window, "records_changed", None)
        if signal is not None and entity is not None:
            signal.emit(entity)  # the window refreshes its views (this one included when shown)
        self.refresh()
