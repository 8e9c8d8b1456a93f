"""Record form base: inline validation mapped to widgets, save through the services, conflicts."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from pydantic import BaseModel
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import Conflict, DatabaseBusy, RegisterError, ValidationFailed
from desktop_app.domain.fields import Issue, RecordMeta, Severity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.registry import SERVICES
from desktop_app.ui import messages
from desktop_app.ui.change_op import ChangeOp
from desktop_app.ui.dialogs.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog
from desktop_app.ui.forms.fields import STYLE
from desktop_app.ui.forms.keyboard import KeyboardFirst, reserve_space
from desktop_app.ui.forms.live_form import FormWatch
from desktop_app.ui.forms.validation import IssueMarking
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.undo import RecordWindow, SaveRecordCommand, content


class RecordForm(QDialog, IssueMarking, KeyboardFirst):
    """Subclasses build widgets (registering them with `field`) and define read_widgets/load/validate."""

    entity: ClassVar[Entity]
    record_saved = Signal(object)

    def __init__(self, window: RecordWindow, record: RecordMeta | None = None,
                 initial: dict[str, Any] | None = None) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(STYLE)
        self.window_ = window
        self.ctx = window.ctx
        self.services = SERVICES[self.entity]
        self.record = record
        self.version: int | None = record.version if record is not None else None
        self.issues: list[Issue] = []
        self.conflict_dialog: ConflictDialog | None = None
        self._widgets: dict[str, QWidget] = {}
        self._messages: dict[QWidget, QLabel] = {}
        self.labels: dict[str, str] = {}
        self._loading = True  # no validation until the first load is complete
        self._loaded: dict[str, Any] = {}
        self._saving = False
        self._initial = initial  # a new record prefilled (a draft from screening), not saved
        self.live: FormWatch | None = None
        self._build()
        self._set_title()

    # --- for subclasses -------------------------------------------------------------------
    def build(self) -> QWidget:
        raise NotImplementedError

    def read_widgets(self) -> dict[str, Any]:
        raise NotImplementedError

    def collect(self) -> dict[str, Any]:
        """What the widgets hold, over the loaded record: fields no widget shows are kept."""
        return self._loaded | self.read_widgets()

    def load(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def validate(self, data: dict[str, Any], today: date) -> tuple[BaseModel | None, list[Issue]]:
        raise NotImplementedError

    def default_data(self) -> dict[str, Any]:
        return {}

    def comparable(self, data: dict[str, Any]) -> dict[str, Any]:
        """`data` with the defaults the service would fill in, to compare with a saved record."""
        return data

    # --- building and state ---------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setProperty("issue", "error")
        self.details_button = QPushButton(translate("base", "Details…"), self)
        self.details_button.clicked.connect(self._show_details)
        self._details = ""
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.details_button)
        self.issue_list = QListWidget(self)
        self.issue_list.setMaximumHeight(90)
        self.issue_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # typing goes to the fields
        reserve_space(self.issue_list)
        self.issue_list.itemActivated.connect(self._focus_issue)
        self.issue_list.itemClicked.connect(self._focus_issue)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # A stored record can change underneath the open form (a colleague, the command line).
        self.live = FormWatch(self) if self.record is not None else None
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if self.live is not None:
            layout.addWidget(self.live.banner)
        layout.addWidget(self.build(), 1)
        layout.addWidget(self.issue_list)
        layout.addWidget(self.buttons)
        live_buttons = [self.live.banner.reload_button, self.live.banner.keep_button] if self.live else []
        self.setup_keyboard([self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                             *live_buttons])
        self.show_banner("")
        new = self.default_data() | (self._initial or {})
        self.reload(content(self.record) if self.record is not None else new)
        if self.record is not None and self.record.archived:
            self.show_banner(
                translate("base", "This {label} is archived; restore it before editing.").format(
                    label=label_text(self.entity.label)
                )
            )

    def reload(self, data: dict[str, Any]) -> None:
        self._loading = True
        self._loaded = dict(data)
        try:
            self.load(data)
        finally:
            self._loading = False
        self.remember_loaded()
        self._clean = self.collect()
        self.revalidate()

    def _set_title(self) -> None:
        noun = label_text(self.entity.label)
        name = self.services.describe(self.record) if self.record is not None else ""
        self._title = f"{noun.capitalize()}: {name}" if name else translate("base", "New {noun}").format(noun=noun)
        self.setWindowTitle(self._title)

    def is_dirty(self) -> bool:
        return self.collect() != self._clean

    def has_errors(self) -> bool:
        """An error the user can see (a blank new form shows none until a field is left)."""
        return any(i.severity is Severity.ERROR for i in self.visible_issues())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            self.focus_first()

    def show_banner(self, text: str, details: str = "") -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self._details = details
        self.details_button.setVisible(bool(details))

    def _show_details(self) -> None:
        messages.plain_box(self, QMessageBox.Icon.Information, translate("base", "Details"),
                           self.banner.text(), self._details).exec()

    # --- validation -----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        archived = self.record is not None and self.record.archived
        archived = archived or (self.live is not None and self.live.blocks_save)
        self.save_button.setEnabled(not self.has_errors() and not self._saving and not archived)
        self.setWindowTitle(getattr(self, "_title", "") + (" *" if self.is_dirty() else ""))

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        trimmed = self.trim_all()
        self.reveal_all()
        self.revalidate()
        if self.has_errors():
            self._focus_first_error()
            return
        if trimmed:
            names = ", ".join(self.labels.get(n, n) for n, w in self._widgets.items() if w in trimmed)
            self.show_banner(
                translate("base", "Removed spaces or tabs from the edges of: {names}. Check, then save again.").format(
                    names=names
                )
            )
            return
        if not self.may_save():
            return
        data, services, before, window, entity = self.collect(), self.services, self.record, self.window_, \
            self.entity
        if before is None:
            def work(ctx: ServiceContext) -> RecordMeta:
                return services.create(ctx, data)
        else:
            record_id, version = before.id, self.version

            def work(ctx: ServiceContext) -> RecordMeta:
                return services.update(ctx, record_id, data | {"version": version})
        self._saving = True
        self._update_buttons()
        self.show_banner("")
        ChangeOp(
            window,
            translate("base", "Save {label}").format(label=label_text(entity.label)),
            work,
            changed=entity,
            parent=self,
            command=lambda read: SaveRecordCommand(window, entity, before, read),
            success=self._saved,
            failure=self._failed,
        ).run()

    def may_save(self) -> bool:
        """A last question before saving valid data (a possible duplicate); True to go on."""
        return True

    def _focus_first_error(self) -> None:
        for field in self.order:
            head = next((n for n, w in self._widgets.items() if w is field), "")
            if any(i.field.partition(".")[0] == head and i.severity is Severity.ERROR for i in self.issues):
                self._focus_issue_of(head)
                return

    def done(self, code: int) -> None:
        self.closing = True  # focus leaving the fields now is no edit
        super().done(code)

    def _saved(self, read: RecordMeta) -> None:
        """The change helper has pushed the undo command and refreshed the views."""
        self._saving = False
        self.record, self.version = read, read.version
        self._set_title()
        self._clean = self.collect()
        self.record_saved.emit(read)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self._update_buttons()
        if isinstance(exc, Conflict) and exc.current is not None:
            self._open_conflict(exc.current)
        elif isinstance(exc, DatabaseBusy):
            self.show_banner(
                translate("base", "{exc}\nYour entries are still here: press Save to try again.").format(exc=exc)
            )
        elif isinstance(exc, ValidationFailed):
            self.show_banner(messages.refusal(exc, self.labels))
        elif isinstance(exc, RegisterError):
            self.show_banner(str(exc))
        else:
            text, details = messages.describe(exc)
            self.show_banner(text, details)

    def _open_conflict(self, theirs: RecordMeta) -> None:
        mine, _ = self.validate(self.collect(), self.ctx.today())  # typed like theirs, for comparing
        yours = self.comparable(mine.model_dump() if mine is not None else self.collect())
        self.conflict_dialog = ConflictDialog(self, label_text(self.entity.label), self.labels,
                                              theirs=content(theirs), yours=yours)
        dialog = self.conflict_dialog
        self.conflict_dialog.finished.connect(lambda code: self._resolve(code, theirs, dialog.theirs_keys()))
        self.conflict_dialog.open()

    def _resolve(self, code: int, theirs: RecordMeta, theirs_keys: set[str] | None = None) -> None:
        self.conflict_dialog = None
        if code == KEEP_MINE:  # an explicit choice, field by field, over their version
            self.record, self.version = theirs, theirs.version
            if theirs_keys:
                saved = content(theirs)
                self.reload(self.collect() | {k: saved[k] for k in theirs_keys if k in saved})
            self.save()
        elif code == TAKE_THEIRS:
            self.record, self.version = theirs, theirs.version
            self.reload(content(theirs))
            self.show_banner(translate("base", "Their version is loaded; your changes were discarded."))
        else:
            self.show_banner(translate("base", "Not saved: someone else changed this record. Save again to compare."))

    def reject(self) -> None:
        if self._saving:
            return
        if self.is_dirty() and not messages.confirm(
                self, translate("base", "Unsaved changes"),
                translate("base", "Discard your changes to this {label}?").format(label=label_text(self.entity.label))):
            return
        super().reject()


