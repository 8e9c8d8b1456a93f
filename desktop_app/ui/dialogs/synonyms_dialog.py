"""Edit > Screening synonyms: the names screening reads as another (`export-risk synonym` in the window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import synonyms
from desktop_app.services.records.synonyms import SynonymRead
from desktop_app.ui import messages
from desktop_app.ui.change_op import ChangeOp
from desktop_app.ui.models.list_model import ListRow, ListTableModel
from desktop_app.ui.undo import RecordWindow
from desktop_app.ui.undo_config import SynonymCommand


class SynonymsDialog(QDialog):
    """Pick a synonym on the left, edit it on the right; every save and removal is audited and
    runs through the window's one change owner (the views re-read: screening changes)."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Screening synonyms"))
        self.window_ = window
        self.current: SynonymRead | None = None
        self.model = ListTableModel((self.tr("Term"), self.tr("Reads as")), self)
        self.table = QTableView(self)
        self.table.setObjectName("synonyms")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # both columns read whole
        self.table.verticalHeader().hide()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter synonyms…"))
        self.search.setClearButtonEnabled(True)
        self.term, self.means = QLineEdit(self), QLineEdit(self)
        self.term.setPlaceholderText(self.tr("a name found in item lists, e.g. flake graphite"))
        self.means.setPlaceholderText(self.tr("what screening reads it as, e.g. graphite"))
        form = QFormLayout()
        form.addRow(self.tr("Term"), self.term)
        form.addRow(self.tr("Reads as"), self.means)
        self.new_button = QPushButton(self.tr("New synonym"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        writable = not window.ctx.db.read_only
        for button in (self.new_button, self.save_button):
            button.setEnabled(writable)
        self.writable = writable
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.new_synonym)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.show_row(current.row()))
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.shown: list[SynonymRead] = []
        self.reload()
        self.resize(860, 480)

    def reload(self, select: str | None = None) -> None:
        """Re-read the list (a few hundred rows at most) and select `select`, else the first row."""
        words = self.search.text().casefold().split()
        self.shown = [s for s in synonyms.list_synonyms(self.window_.ctx)
                      if all(w in f"{s.term} {s.means}".casefold() for w in words)]
        self.model.set_rows([ListRow((s.term, s.means)) for s in self.shown])
        terms = [s.term for s in self.shown]
        row = terms.index(select) if select in terms else (0 if terms else -1)
        if row >= 0:
            self.table.selectRow(row)
        self.show_row(row)

    def show_row(self, row: int) -> None:
        self.current = self.shown[row] if 0 <= row < len(self.shown) else None
        self.term.setText(self.current.term if self.current else "")
        self.means.setText(self.current.means if self.current else "")
        self.remove_button.setEnabled(self.writable and self.current is not None)

    def new_synonym(self) -> None:
        self.table.clearSelection()
        self.show_row(-1)
        self.term.setFocus()

    def save(self) -> None:
        term, means, window = self.term.text(), self.means.text(), self.window_

        def work(ctx: ServiceContext) -> tuple[SynonymRead | None, SynonymRead]:
            return synonyms.find_synonym(ctx, term), synonyms.set_synonym(ctx, term, means)

        def command(saved: tuple[SynonymRead | None, SynonymRead]) -> SynonymCommand | None:
            before, after = saved
            unchanged = before is not None and (before.term, before.means) == (after.term, after.means)
            return None if unchanged else SynonymCommand(window, before, after)

        ChangeOp(window, self.tr("Save the synonym"), work, changed=Entity.SYNONYM, command=command,
                 success=lambda saved: self.reload(saved[1].term),
                 failure=lambda exc: messages.show_error(self, exc, self.tr("Synonym not saved")),
                 parent=self).run()

    def remove(self) -> None:
        current = self.current
        if current is None or not messages.confirm(self, self.tr("Remove synonym"), self.tr(
                "Remove the synonym \"{0}\" (read as \"{1}\")?").format(current.term, current.means)):
            return
        window = self.window_
        ChangeOp(window, self.tr("Remove the synonym"), lambda ctx: synonyms.remove_synonym(ctx, current.term),
                 changed=Entity.SYNONYM, command=lambda _r: SynonymCommand(window, current, None),
                 success=lambda _r: self.reload(),
                 failure=lambda exc: messages.show_error(self, exc, self.tr("Synonym not removed")),
                 parent=self).run()
