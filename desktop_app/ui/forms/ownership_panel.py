"""The venture form's Ownership tab: the ownership tree per rule, listed parties marked, the arithmetic."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.ownership.aggregate import Holding, Listing, held_text, pct
from desktop_app.domain.ownership.tree import tree_rows
from desktop_app.domain.rewording import worded
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership.captures import VentureOwnership, venture_ownership
from desktop_app.services.ownership.graph import VENTURE
from desktop_app.system.message_language import label
from desktop_app.ui import workers
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

HEADERS = (
    translate("ownership_panel", "Party"),
    translate("ownership_panel", "Share"),
    translate("ownership_panel", "Listing"),
    translate("ownership_panel", "Held by listed parties"),
)


def _item(text: str, *, bold: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    return item


def _holding(h: Holding) -> str:
    """A party's share held by listed parties and its verdict, in the interface language."""
    held, verdict = worded(held_text(h.share, h.unknown, h.verdict)), label(h.verdict.value)
    return verdict if held == verdict else f"{held}: {verdict}"  # not "unknown: unknown"


class OwnershipPanel(QWidget):
    """Read-only: the rules with a threshold, each with the venture's tree on the chosen date."""

    def __init__(self, ctx: ServiceContext, venture_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.venture_id = ctx, venture_id
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.show_button = QPushButton(translate("ownership_panel", "Compute"), self)
        self.show_button.clicked.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels(list(HEADERS))
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.arithmetic = QPlainTextEdit(self)
        self.arithmetic.setReadOnly(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ownership_panel", "On"), self))
        top.addWidget(self.day)
        top.addWidget(self.show_button)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addWidget(self.tree, 3)
        column.addWidget(self.arithmetic, 2)
        self.loaded = False

    def chosen_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        ctx, vid, day = self.ctx, self.venture_id, self.chosen_day()
        workers.run_task(
            self,
            translate("ownership_panel", "Computing ownership…"),
            lambda _p: venture_ownership(ctx, vid, day=day),
            self.show_result,
            self._failed,
            cancellable=False,
        )

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(translate("ownership_panel", "Could not compute ownership: {exc}").format(exc=exc))

    def show_result(self, result: VentureOwnership) -> None:
        self.loaded = True
        self.model.removeRows(0, self.model.rowCount())
        g, lines, verdicts = result.graph, [], []
        for o in result.outcomes:
            status = (
                label_text(o.status.label) if o.status is not None else translate("ownership_panel", "not yet issued")
            )
            # "unknown" when nothing is known, never "0% or more" (as the command line and reports say)
            held = worded(held_text(o.venture.share, o.venture.unknown, o.venture.verdict))
            verdict = label(o.venture.verdict.value)
            verdicts.append(f"{o.rule.measure_reference}: " + (verdict if held == verdict else f"{held}, {verdict}"))
            head = [
                _item(
                    translate("ownership_panel", "{measure_reference} ({status}), threshold {threshold}").format(
                        measure_reference=o.rule.measure_reference, status=status, threshold=pct(o.rule.threshold)
                    ),
                    bold=True,
                ),
                _item(""),
                _item(""),
                _item(f"{held}: {verdict}"),
            ]
            self.model.appendRow(head)
            parents = {0: head[0]}
            for row in tree_rows(VENTURE, o.owners):
                st, h = o.statuses.get(row.party), o.holdings.get(row.party)
                listed = st is not None and st.listing is not Listing.NOT_LISTED
                cells = [
                    _item(
                        g.names.get(row.party, "?")
                        + (translate("ownership_panel", " (shown above)") if row.repeated else ""),
                        bold=listed,
                    ),
                    _item(label("unknown") if row.share is None else pct(row.share)),
                    _item(f"{label(st.listing.value)}: {worded(st.why)}" if listed and st is not None else ""),
                    _item("" if h is None else _holding(h)),
                ]
                parents[row.depth - 1].appendRow(cells)
                parents[row.depth] = cells[0]
            lines += [f"{o.rule.measure_reference}:"] + [f"  {worded(line)}" for line in o.arithmetic()]
        self.tree.expandAll()
        self.summary.setText(
            "; ".join(verdicts)
            if verdicts
            else translate(
                "ownership_panel", "No rule with an ownership threshold (record a party listing or a threshold)."
            )
        )
        self.arithmetic.setPlainText("\n".join(lines))
