"""File > Check the register and File > Restore from backup: `export-risk check` and `restore` in the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.maintenance.check import CheckReport, check_location
from desktop_app.system.paths import locate_db
from desktop_app.ui import messages, workers

if TYPE_CHECKING:
    from desktop_app.services.context import ServiceContext
    from desktop_app.ui.main_window import MainWindow

BACKUP_FILTER = "Register databases (*.sqlite3 *.db);;All files (*)"

translate = QCoreApplication.translate  # by this name lupdate finds the texts



def ask_backup_path(parent: QWidget, title: str, start: str) -> str:
    """The backup file to restore or check (a module function: tests answer it)."""
    return QFileDialog.getOpenFileName(parent, title, start, BACKUP_FILTER)[0]


def describe_check(report: CheckReport, name: str) -> str:
    """The outcome of a check in words, with what to do next when it found problems."""
    lines = [translate("Maintenance", "Note: {0}.").format(report.note)] if report.note else []
    if report.ok:
        lines.append(translate(
            "Maintenance", "{0} is sound: its pages and foreign keys are intact, the audit trail of {1} "
            "entries is unbroken (head {2}), {3} records match their sealed state and the rules hold.")
            .format(name, report.audit_entries, report.head_hash, report.records))
        return "\n".join(lines)
    lines.append(translate("Maintenance", "{0} problems in {1}:").format(len(report.problems), name))
    lines.extend(f"  - {problem}" for problem in report.problems)
    lines.append(translate(
        "Maintenance", "If records were changed outside the application, check a backup (Check a backup…), "
        "then restore it with File > Restore from backup…, or correct the records in the application."))
    return "\n".join(lines)


class CheckDialog(QDialog):
    """Runs the integrity check of the open register (or of a backup file) on the worker and
    shows the outcome in words; nothing is changed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Check the register"))
        self.window_ = window
        self.running = False
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # file names are user text
        self.heading.setWordWrap(True)
        self.result = QPlainTextEdit(self)
        self.result.setObjectName("check_result")
        self.result.setReadOnly(True)
        self.again_button = QPushButton(self.tr("Check again"), self)
        self.backup_button = QPushButton(self.tr("Check a backup…"), self)
        self.restore_button = QPushButton(self.tr("Restore from backup…"), self)
        self.restore_button.setEnabled(window.ctx.db.path is not None and not window.ctx.db.read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.again_button, self.backup_button, self.restore_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.again_button.clicked.connect(self.check_register)
        self.backup_button.clicked.connect(self.check_backup)
        self.restore_button.clicked.connect(lambda: restore_from_backup(self.window_, self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.result, 1)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def check_register(self) -> None:
        self.check(self.window_.ctx.db.url, self.window_.ctx.db.display_name)

    def check_backup(self) -> None:
        chosen = ask_backup_path(self, self.tr("Check a backup"), str(_folder_of(self.window_.ctx)))
        if chosen:
            self.check(chosen, chosen)

    def check(self, where: str, name: str) -> None:
        """Check `where` (a URL or a file) read-only on the worker."""
        if self.running:
            return
        self.running = True
        self.heading.setText(self.tr("Checking {0}…").format(name))
        self.result.setPlainText("")
        for button in (self.again_button, self.backup_button):
            button.setEnabled(False)
        workers.run_task(self, self.tr("Checking the register"), lambda _p: check_location(locate_db(where)),
                         self._checked, self._failed, cancellable=False)

    def _checked(self, outcome: tuple[CheckReport, str]) -> None:
        report, name = outcome
        self.heading.setText(self.tr("No problems found.") if report.ok else self.tr("Problems found."))
        self.result.setPlainText(describe_check(report, name))
        self._idle()

    def _failed(self, exc: BaseException) -> None:
        self.heading.setText(self.tr("The check could not be made."))
        self.result.setPlainText(messages.describe(exc)[0])
        self._idle()

    def _idle(self) -> None:
        self.running = False
        for button in (self.again_button, self.backup_button):
            button.setEnabled(True)

    def reject(self) -> None:
        if not self.running:  # the worker reports back to this dialog: keep it until then
            super().reject()


def _folder_of(ctx: ServiceContext) -> Path:
    return ctx.db.path.parent if ctx.db.path is not None else Path.home()


def restore_from_backup(window: MainWindow, parent: QWidget | None = None) -> None:
    """Ask for a backup, confirm, restore it over the open register on the worker (the service
    verifies the backup first and keeps the current state) and show the restored register."""
    from desktop_app.services.maintenance.restore import restore_file

    parent = parent or window
    ctx = window.ctx
    title = translate("Maintenance", "Restore from backup")
    if ctx.db.path is None:
        messages.plain_box(parent, QMessageBox.Icon.Information, title, translate(
            "Maintenance", "Restore works on register files; a shared PostgreSQL register is restored with "
            "pg_dump and pg_restore.")).exec()
        return
    chosen = ask_backup_path(parent, translate("Maintenance", "Restore the register from"), str(_folder_of(ctx)))
    if not chosen:
        return
    if not messages.confirm(parent, title, translate(
            "Maintenance", "Replace the register {0} with the backup {1}? The backup is verified first; the "
            "register as it is now is kept as a safety copy, and the restore is written in the audit trail. "
            "Changes since the backup will no longer show.").format(ctx.db.display_name, chosen)):
        return
    location, actor = locate_db(ctx.db.url), ctx.actor

    def done(outcome: tuple[ServiceContext, Path]) -> None:
        restored, safety = outcome
        restored.now = ctx.now  # the same clock as before (tests fix it)
        window.set_context(restored)
        messages.plain_box(parent, QMessageBox.Icon.Information, title, translate(
            "Maintenance", "Restored {0} from {1}. The previous state is saved as {2}.")
            .format(restored.db.display_name, chosen, safety)).exec()

    failed = translate("Maintenance", "The register was not restored")
    workers.run_task(parent, translate("Maintenance", "Restoring the register"),
                     lambda _p: restore_file(location, Path(chosen), actor), done,
                     lambda exc: messages.show_error(parent, exc, failed), cancellable=False)
