"""An open record form follows its record when the register changes underneath it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.domain.errors import NotFound
from desktop_app.domain.fields import RecordMeta
from desktop_app.services.records import audit_log
from desktop_app.ui import workers
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.models.audit_model import when
from desktop_app.ui.undo import content

if TYPE_CHECKING:
    from desktop_app.ui.forms.base import RecordForm

LINES = 3  # of notice text the banner keeps room for


@dataclass(frozen=True)
class Reread:
    """The record as the register holds it now (None: deleted) and who last changed it."""

    record: RecordMeta | None
    who: str = ""
    at: str = ""


class LiveBanner(QFrame):
    """A plain notice with Reload theirs / Keep mine. Its room is kept while hidden, so the
    form never jumps when it appears; the buttons take Tab focus and have Alt shortcuts."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # names come from the register
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(translate("live_form", "&Reload theirs"), self)
        self.keep_button = QPushButton(translate("live_form", "&Keep mine"), self)
        self.keep_button.setToolTip(translate("live_form", "You will choose per field when you save."))
        for button in (self.reload_button, self.keep_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)  # Enter in a field still saves, never reloads
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        # Room for three lines of text (or the buttons), whatever the notice says: its height
        # never depends on its text, so nothing below it moves when it appears or changes.
        lines = self.text.fontMetrics().lineSpacing() * LINES
        margins = layout.contentsMargins().top() + layout.contentsMargins().bottom() + 2 * self.frameWidth()
        self.setFixedHeight(max(lines, self.reload_button.sizeHint().height()) + margins)
        self.setAccessibleName(translate("live_form", "Changed underneath"))
        self.hide()

    def say(self, text: str, choices: bool) -> None:
        self.text.setText(text)
        self.text.setToolTip(text)  # the whole notice, should a narrow form cut it
        self.setAccessibleDescription(text)
        self.reload_button.setVisible(choices)
        self.keep_button.setVisible(choices)
        self.setVisible(bool(text))


class FormWatch(QObject):
    """Re-reads the form's record on the background reader whenever the register changes
    (this window's changes and those seen by its live refresh), then: a clean form shows the
    new values, an edited one offers Reload theirs / Keep mine, an archived or deleted record
    disables Save. The form's own save is not a change underneath (it is skipped while saving,
    and a read only counts when its version is newer than the form's)."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.form = form
        self.banner = LiveBanner(form)
        self.blocks_save = False  # archived or deleted underneath
        self.checks = 0  # re-reads that came back (read by tests)
        self._kept: int | None = None  # the version the user chose to keep their typing over
        self._pending: Reread | None = None
        self._busy = False
        self._again = False
        self._return_to: QWidget | None = None  # where the user was typing when the notice came
        self.banner.reload_button.clicked.connect(self.reload_theirs)
        self.banner.keep_button.clicked.connect(self.keep_mine)
        window = form.window_
        window.records_changed.connect(self.check)
        live = getattr(window, "live", None)
        if live is not None and hasattr(live, "changed_elsewhere"):
            live.changed_elsewhere.connect(self.check)

    def check(self, *_args: object) -> None:
        """Start a re-read (one at a time; a change during one leads to one more)."""
        form = self.form
        if form.record is None or not shiboken6.isValid(form):
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        ctx, services, entity, record_id = form.ctx, form.services, form.entity, form.record.id

        def read() -> Reread:
            try:
                record = services.get(ctx, record_id)
            except NotFound:
                return Reread(None)
            last = audit_log.page(ctx, audit_log.AuditQuery(entity=entity, entity_id=record_id), limit=1)
            return Reread(record, last[0].actor, when(last[0].at)) if last else Reread(record)

        workers.run_background(self, read, self._arrived, self._failed)

    def _failed(self, _exc: BaseException) -> None:
        self._busy = False  # a read that fails is tried again at the next change

    def _arrived(self, now: Reread) -> None:
        self._busy = False
        self.checks += 1
        if self._again:  # the register changed again while reading: that newer read decides
            self._again = False
            self.check()
            return
        form = self.form
        if form._saving or form.conflict_dialog is not None or form.record is None:
            return  # the form's own save is under way, or the user is comparing already
        label = label_text(form.entity.label)
        if now.record is None:
            self._block(translate("live_form", "This {label} was deleted from the register; it can no longer "
                                               "be saved. Your entries are still here.").format(label=label))
            return
        read = now.record
        if form.version is not None and read.version <= form.version:
            return  # nothing newer than what the form shows (or its own save)
        if read.archived:
            self._block(self._who(now, translate("live_form", "{who} archived this {label} on {at}; restore it "
                                                              "before saving. Your entries are still here."),
                                  translate("live_form", "Someone archived this {label}; restore it before "
                                                         "saving. Your entries are still here.")))
            return
        self.blocks_save = False
        if not form.is_dirty():
            self._pending = None
            self._take(read)
            self.banner.say("", False)
            return
        if self._kept == read.version:
            return
        self._pending = read
        focused = QApplication.focusWidget()
        self._return_to = focused if focused is not None and form.isAncestorOf(focused) else None
        self.banner.say(self._who(now, translate("live_form", "{who} changed this {label} on {at} while you were "
                                                              "editing: reload theirs, or keep mine (you will choose "
                                                              "per field when you save)."),
                                  translate("live_form", "Someone changed this {label} while you were editing: "
                                                         "reload theirs, or keep mine (you will choose per field "
                                                         "when you save).")),
                        True)
        form._update_buttons()

    def _who(self, now: Reread, known: str, unknown: str) -> str:
        label = label_text(self.form.entity.label)
        if now.who:
            return known.format(who=now.who, label=label, at=now.at)
        return unknown.format(label=label)

    def _block(self, text: str) -> None:
        self.blocks_save = True
        self._pending = None
        self.banner.say(text, False)
        self.form._update_buttons()

    def _take(self, read: RecordMeta) -> None:
        """Show `read` and take its version, so a later save does not conflict."""
        form = self.form
        if form.record is not None and form.record.archived and not read.archived:
            form.show_banner("")  # the "archived, restore it first" notice no longer holds
        form.record, form.version = read, read.version
        form.reload(content(read))
        form._set_title()
        form._update_buttons()

    def reload_theirs(self) -> None:
        if self._pending is not None:
            self._take(self._pending)
        self._pending = None
        self.banner.say("", False)
        self._refocus()

    def keep_mine(self) -> None:
        """Keep the typing and the old version: Save then opens the per-field comparison."""
        if self._pending is not None:
            self._kept = self._pending.version
        self._pending = None
        self.banner.say("", False)
        self._refocus()

    def _refocus(self) -> None:
        """Back to the field the user was in (the buttons that took the focus are hidden now)."""
        target, self._return_to = self._return_to, None
        if target is not None and shiboken6.isValid(target) and target.isVisible():
            target.setFocus()
        else:
            self.form.focus_first()
