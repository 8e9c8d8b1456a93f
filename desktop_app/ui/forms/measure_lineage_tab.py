"""The measure form's "Lineage" tab: links to other measures (finalises, suspends, supersedes...),
added and removed there, each saved and audited at once (`export-risk link` in the window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.lineage import LinkKind
from desktop_app.services.records import lineage, lookup
from desktop_app.ui import messages
from desktop_app.ui.change_op import ChangeOp
from desktop_app.ui.dialogs.time_dialogs import ServiceDialog
from desktop_app.ui.forms.fields import TextArea
from desktop_app.ui.forms.pickers import RecordPicker
from desktop_app.ui.labels import label_text
from desktop_app.ui.undo import RecordWindow
from desktop_app.ui.undo_config import LinkCommand


class LinkDialog(ServiceDialog):
    """This measure <phrase> another: both directions are offered ("finalises", "finalised by")."""

    def __init__(self, parent: QWidget, window: RecordWindow, measure_id: int, reference: str) -> None:
        super().__init__(parent, self.tr("Link to another measure"))
        self.window_, self.ctx, self.measure_id = window, window.ctx, measure_id
        ctx = self.ctx
        self.phrase = QComboBox(self)
        self.phrase.setObjectName("link_phrase")
        for kind in LinkKind:
            self.phrase.addItem(label_text(kind.label), (kind, False))
            self.phrase.addItem(label_text(kind.inverse_label), (kind, True))
        self.other = RecordPicker(lambda text: [(i, label) for i, label in lookup.search_measures(ctx, text)
                                                if i != measure_id], Entity.MEASURE.label, self)
        self.note = TextArea(self)
        subject = QLabel(reference, self)
        subject.setTextFormat(Qt.TextFormat.PlainText)  # a reference is user text
        subject.setWordWrap(True)
        self.form.addRow(self.tr("This measure"), subject)
        self.form.addRow(self.tr("Link"), self.phrase)
        self.form.addRow(self.tr("Other measure"), self.other)
        self.form.addRow(self.tr("Note"), self.note)
        self.resize(620, 320)

    def call(self) -> Callable[[], Any]:
        other = self.other.current_id()
        if other is None:
            raise ValueError(self.tr("Choose the other measure (type part of its reference or title)."))
        kind, inverted = self.phrase.currentData()
        ends = (other, self.measure_id) if inverted else (self.measure_id, other)
        ctx, note = self.ctx, self.note.value() or ""
        return lambda: lineage.link_measures(ctx, ends[0], ends[1], kind, note)

    def submit(self) -> None:
        """Through the window's change owner: audited, undoable, errors kept in this dialog."""
        work = self.prepared()
        if work is None:
            return
        window = self.window_
        ChangeOp(window, self.windowTitle(), lambda _ctx: work(), changed=Entity.MEASURE_LINK,
                 command=lambda link: LinkCommand(window, link, added=True), success=self._done,
                 failure=self._failed, parent=self).run()


class LineageTab(QWidget):
    """Links read from this measure's side; double-click opens the other measure."""

    def __init__(self, form: Any, measure_id: int) -> None:
        super().__init__(form)
        self.form, self.ctx, self.measure_id = form, form.ctx, measure_id
        self.links = QListWidget(self)
        self.links.setObjectName("lineage")
        self.links.setWordWrap(True)  # a link with a long note reads whole, not cut at the edge
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("Add link…"), self)
        self.remove_button = QPushButton(self.tr("Remove link"), self)
        writable = not self.ctx.db.read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(False)
        self.links.itemDoubleClicked.connect(self._open_linked)
        self.links.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(writable and self._link_at(row) is not None))
        self.add_button.clicked.connect(self.add_link)
        form.window_.records_changed.connect(self._records_changed)  # an undo in the window
        self.remove_button.clicked.connect(self.remove_link)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.links, 1)
        layout.addLayout(row)
        self._views: list[lineage.LinkView] = []
        self.reload()

    def reload(self) -> None:
        """Re-read the links (a handful per measure: on the GUI thread, as the form's other reads)."""
        self.links.clear()
        try:
            self._views = lineage.links_of(self.ctx, self.measure_id)
        except RegisterError as exc:
            self._views = []
            self.links.addItem(QListWidgetItem(str(exc)))
            return
        for link in self._views:
            note = f" ({link.note})" if link.note else ""  # the link's phrase in the interface language
            item = QListWidgetItem(f"{label_text(link.phrase)} {link.other_reference}{note} - {link.other_title}")
            item.setData(Qt.ItemDataRole.UserRole, link.link_id)
            self.links.addItem(item)
        if not self._views:
            self.links.addItem(QListWidgetItem(self.tr("No links yet. Add link… records that this measure "
                                                       "finalises, amends, suspends or supersedes another.")))

    def _records_changed(self, entity: object) -> None:
        if entity in (Entity.MEASURE_LINK, Entity.MEASURE, "all"):
            self.reload()

    def _link_at(self, row: int) -> lineage.LinkView | None:
        return self._views[row] if 0 <= row < len(self._views) else None

    def _open_linked(self, item: QListWidgetItem) -> None:
        link = self._link_at(self.links.row(item))
        if link is not None:
            from desktop_app.ui.forms import open_record

            open_record(self.form.window_, Entity.MEASURE, link.other_id)

    def add_link(self) -> None:
        dialog = LinkDialog(self, self.form.window_, self.measure_id, self.form.record.reference)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def remove_link(self) -> None:
        link = self._link_at(self.links.currentRow())
        if link is None or not messages.confirm(self, self.tr("Remove link"), self.tr(
                "Remove the link \"{0}\"? The audit log keeps what it said.").format(link)):
            return
        window, link_id = self.form.window_, link.link_id
        ChangeOp(window, self.tr("Remove the link"), lambda ctx: lineage.unlink_measures(ctx, link_id),
                 changed=Entity.MEASURE_LINK, command=lambda read: LinkCommand(window, read, added=False),
                 success=lambda _read: self.reload(), parent=self).run()
