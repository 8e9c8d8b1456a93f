"""What screening waits on: facts to record (fixed in one step), and flows read from activity texts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.rewording import worded
from desktop_app.services.screening.exposures import NeedsData
from desktop_app.services.screening.flows import ProposedFlow, decide_flow, record_countries
from desktop_app.ui import messages
from desktop_app.ui.language import translate
from desktop_app.ui.models.list_model import ListRow, ListTableModel
from desktop_app.ui.models.roles import plain_tooltip
from desktop_app.ui.views.exposure_rows import flow_row

NEEDS_HEADERS = (
    translate("needs_data_panel", "Joint venture"),
    translate("needs_data_panel", "Item"),
    translate("needs_data_panel", "Record"),
    translate("needs_data_panel", "Measures waiting"),
    translate("needs_data_panel", "Which measures"),
)
NEEDS_TIPS = (
    "",
    translate("needs_data_panel", "An item of the venture (or one its activity text names)."),
    translate(
        "needs_data_panel",
        "Supplier countries of an input, destinations of an output: with them recorded, each measure listed either "
        "reaches the item or does not.",
    ),
    translate("needs_data_panel", "How many measures cannot be decided until this is recorded."),
    "",
)
FLOW_HEADERS = (
    translate("needs_data_panel", "Item"),
    translate("needs_data_panel", "Direction"),
    translate("needs_data_panel", "Country"),
    translate("needs_data_panel", "Read from"),
    translate("needs_data_panel", "Words"),
)
FLOW_TIPS = (
    "",
    "",
    "",
    translate(
        "needs_data_panel",
        "The activity text, the notes, a foreign partner (for technology nobody names a "
        "licensor for), or the venture's own mine (for ore).",
    ),
    "",
)


class TipsModel(ListTableModel):
    """A list model whose column headers explain screening's terms in a tooltip."""

    def __init__(self, headers: Sequence[str], tips: Sequence[str], parent: Any = None) -> None:
        super().__init__(headers, parent)
        self.tips = list(tips)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
                   ) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.tips) and self.tips[section]):
            return plain_tooltip(self.tips[section])
        return super().headerData(section, orientation, role)


def table(model: ListTableModel, name: str, parent: QWidget) -> tuple[QTableView, QIdentityProxyModel]:
    # A header click sorts the model itself (QAbstractProxyModel passes sort() on): in Python,
    # once, on the sort values; a sorting proxy asked data() a million times at 50,000 rows.
    proxy = QIdentityProxyModel(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


class NeedsDataPanel(QWidget):
    """The needs-data list with its one-step fix, and the inferred flows of the chosen venture."""

    changed = Signal()  # something was recorded: screen again

    def __init__(self, ctx: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.needs: list[NeedsData] = []
        self.flows: list[ProposedFlow] = []
        self.completeness = QLabel(self)
        self.completeness.setObjectName("data_completeness")
        self.completeness.setTextFormat(Qt.TextFormat.PlainText)
        self.completeness.setWordWrap(True)
        self.needs_model = TipsModel(NEEDS_HEADERS, NEEDS_TIPS, self)
        self.needs_table, self.needs_proxy = table(self.needs_model, "needs_data_table", self)
        self.record_button = QPushButton(translate("needs_data_panel", "Record countries…"), self)
        self.record_button.setObjectName("record_countries")
        self.record_button.setToolTip(
            translate(
                "needs_data_panel",
                "Record the missing countries of the selected item (audited); the "
                "measures waiting on it are then decided.",
            )
        )
        self.flows_model = TipsModel(FLOW_HEADERS, FLOW_TIPS, self)
        self.flows_table, self.flows_proxy = table(self.flows_model, "inferred_flows_table", self)
        self.confirm_button = QPushButton(translate("needs_data_panel", "Confirm"), self)
        self.confirm_button.setObjectName("confirm_flow")
        self.confirm_button.setToolTip(
            translate("needs_data_panel", "Record this flow on the venture (audited); screening then trusts it fully.")
        )
        self.reject_button = QPushButton(translate("needs_data_panel", "Reject"), self)
        self.reject_button.setObjectName("reject_flow")
        self.reject_button.setToolTip(
            translate("needs_data_panel", "Not true: screening stops using it and it is not proposed again (audited).")
        )
        self.flows_label = QLabel(
            translate(
                "needs_data_panel", "Flows read from the activity text (used with medium confidence until confirmed)"
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.completeness)
        layout.addWidget(self.needs_table, 2)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.record_button)
        layout.addLayout(bar)
        layout.addWidget(self.flows_label)
        layout.addWidget(self.flows_table, 1)
        flow_bar = QHBoxLayout()
        flow_bar.addStretch(1)
        flow_bar.addWidget(self.confirm_button)
        flow_bar.addWidget(self.reject_button)
        layout.addLayout(flow_bar)
        self.record_button.clicked.connect(self.record_selected)
        self.confirm_button.clicked.connect(lambda: self.decide_selected(True))
        self.reject_button.clicked.connect(lambda: self.decide_selected(False))
        for view in (self.needs_table, self.flows_table):
            view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.update_buttons())
        self.update_buttons()

    def show_data(self, needs: list[NeedsData], flows: list[ProposedFlow], completeness: str) -> None:
        self.needs, self.flows = needs, flows
        self.needs_model.set_rows([ListRow((n.venture_name, n.item_name, worded(n.missing), str(n.count),
                                            "; ".join(ref for _, ref, _ in n.measures)),
                                           sort_values=(n.venture_name, n.item_name, worded(n.missing), n.count, ""),
                                           payload=n)
                                   for n in needs])
        self.flows_model.set_rows([flow_row(f) for f in flows])
        self.completeness.setText(completeness)
        for view in (self.needs_table, self.flows_table):
            if view.model().rowCount():
                view.selectRow(0)
        self.update_buttons()

    def _selected(self, view: QTableView, proxy: QIdentityProxyModel, rows: list[Any]) -> Any:
        index = view.currentIndex()
        if not index.isValid():
            return None
        row = proxy.mapToSource(index).row()
        model: ListTableModel = proxy.sourceModel()  # type: ignore[assignment]
        return model.rows[row].payload if 0 <= row < len(model.rows) else None  # sorted with its row

    def selected_need(self) -> NeedsData | None:
        return self._selected(self.needs_table, self.needs_proxy, self.needs)  # type: ignore[no-any-return]

    def selected_flow(self) -> ProposedFlow | None:
        return self._selected(self.flows_table, self.flows_proxy, self.flows)  # type: ignore[no-any-return]

    def update_buttons(self) -> None:
        writable = not getattr(self._ctx().db, "read_only", False)
        self.record_button.setEnabled(writable and self.selected_need() is not None)
        flow = self.selected_flow()
        self.confirm_button.setEnabled(writable and flow is not None)
        self.reject_button.setEnabled(writable and flow is not None)

    def ask_countries(self, need: NeedsData) -> list[str] | None:
        """Country codes typed by the user, or None when cancelled (tests replace this)."""
        proposed = [f.country for f in self.flows if f.item_key == need.item_key and f.country]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("needs_data_panel", "Record countries"))
        dialog.setLabelText(
            translate(
                "needs_data_panel",
                "{missing} of '{item_name}' at {venture_name} (ISO codes such as CN, KR; separate them with commas):",
            ).format(missing=worded(need.missing).capitalize(), item_name=need.item_name,
                     venture_name=need.venture_name)
        )
        dialog.setTextValue(", ".join(proposed))
        for label in dialog.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names may look like markup
            label.setWordWrap(True)
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return [p.strip() for p in dialog.textValue().replace(";", ",").split(",") if p.strip()]

    def record_selected(self) -> None:
        need = self.selected_need()
        if need is None:
            return
        countries = self.ask_countries(need)
        if countries is None:
            return
        try:
            record_countries(self._ctx(), need.venture_id, need.item_key, countries, item_name=need.item_name,
                             direction=need.direction)
        except Exception as exc:  # every failure is shown; the service saved nothing
            messages.show_error(self, exc, translate("needs_data_panel", "Could not record the countries"))
            return
        self.changed.emit()

    def decide_selected(self, confirm: bool) -> None:
        flow = self.selected_flow()
        if flow is None:
            return
        try:
            decide_flow(self._ctx(), flow.venture_id, flow.item_key, flow.country, confirm)
        except Exception as exc:  # every failure is shown; the service saved nothing
            messages.show_error(self, exc, translate("needs_data_panel", "Could not record the decision"))
            return
        self.changed.emit()
