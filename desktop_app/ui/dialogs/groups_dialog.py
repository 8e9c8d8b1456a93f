"""Jurisdiction groups: list the register's groups (the EU, EAR country groups...) and edit them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from desktop_app.domain.errors import RegisterError
from desktop_app.domain.group_schemas import JurisdictionGroupRead
from desktop_app.domain.text import join_list, split_list
from desktop_app.services.records import groups
from desktop_app.ui import messages
from desktop_app.ui.forms.fields import JurisdictionListEdit, TextArea
from desktop_app.ui.language import translate
from desktop_app.ui.models.list_model import ListRow, ListTableModel
from desktop_app.ui.undo import RecordWindow


class GroupsDialog(QDialog):
    """Pick a group on the left, edit it on the right; every save and removal is audited."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("groups_dialog", "Jurisdiction groups"))
        self.window_ = window
        self.current: JurisdictionGroupRead | None = None
        self.model = ListTableModel(
            (
                translate("groups_dialog", "Code"),
                translate("groups_dialog", "Name"),
                translate("groups_dialog", "Members"),
            ),
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.code, self.name, self.aliases = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.aliases.setPlaceholderText(translate("groups_dialog", "other ways files write it, separated by ;"))
        self.members = JurisdictionListEdit(self)
        self.covers_all = QCheckBox(translate("groups_dialog", "Every country (no members listed)"), self)
        self.source, self.notes = QLineEdit(self), TextArea(self)
        form = QFormLayout()
        for label, widget in (
            (translate("groups_dialog", "Code"), self.code),
            (translate("groups_dialog", "Name"), self.name),
            (translate("groups_dialog", "Also written"), self.aliases),
            (translate("groups_dialog", "Members"), self.members),
            ("", self.covers_all),
            (translate("groups_dialog", "Source"), self.source),
            (translate("groups_dialog", "Notes"), self.notes),
        ):
            form.addRow(label, widget)
        self.new_button = QPushButton(translate("groups_dialog", "New group"), self)
        self.save_button = QPushButton(translate("groups_dialog", "Save"), self)
        self.remove_button = QPushButton(translate("groups_dialog", "Remove"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.new_group)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.covers_all.toggled.connect(lambda on: self.members.setEnabled(not on))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.show_row(current.row()))
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.groups: list[JurisdictionGroupRead] = []
        self.reload()
        self.resize(980, 520)

    def reload(self, select: str | None = None) -> None:
        self.groups = groups.list_groups(self.window_.ctx)
        self.model.set_rows(
            [
                ListRow(
                    (
                        g.code,
                        g.name,
                        translate("groups_dialog", "all countries") if g.covers_all else str(len(g.members)),
                    )
                )
                for g in self.groups
            ]
        )
        codes = [g.code for g in self.groups]
        row = codes.index(select) if select in codes else (0 if codes else -1)
        if row >= 0:
            self.table.selectRow(row)
        self.show_row(row)

    def show_row(self, row: int) -> None:
        self.current = self.groups[row] if 0 <= row < len(self.groups) else None
        g = self.current
        self.code.setText(g.code if g else "")
        self.code.setReadOnly(g is not None)  # a group's code is its identity in every target
        self.name.setText(g.name if g else "")
        self.aliases.setText(join_list(g.aliases) if g else "")
        self.members.set_values(g.members if g else [])
        self.covers_all.setChecked(bool(g and g.covers_all))
        self.source.setText(g.source if g else "")
        self.notes.set_value(g.notes if g else "")
        self.remove_button.setEnabled(g is not None)

    def new_group(self) -> None:
        self.table.clearSelection()
        self.show_row(-1)
        self.code.setFocus()

    def data(self) -> dict[str, Any]:
        return {"code": self.code.text(), "name": self.name.text(), "aliases": split_list(self.aliases.text()),
                "members": [] if self.covers_all.isChecked() else self.members.values(),
                "covers_all": self.covers_all.isChecked(), "source": self.source.text(),
                "notes": self.notes.value()}

    def save(self) -> None:
        version = self.current.version if self.current is not None else None
        try:
            saved = groups.save_group(self.window_.ctx, self.data(), version=version)
        except RegisterError as exc:
            messages.show_error(self, exc, translate("groups_dialog", "Jurisdiction group not saved"))
            return
        self.reload(saved.code)
        self.window_.records_changed.emit("all")  # screening and targets read the groups

    def remove(self) -> None:
        g = self.current
        if g is None or not messages.confirm(self, translate("groups_dialog", "Remove group"),
                                             translate("groups_dialog", "Remove the group {code} ({name})?").format(
                                                 code=g.code, name=g.name)):
            return
        try:
            groups.remove_group(self.window_.ctx, g.code)
        except RegisterError as exc:
            messages.show_error(self, exc, translate("groups_dialog", "Jurisdiction group not removed"))
            return
        self.reload()
        self.window_.records_changed.emit("all")
