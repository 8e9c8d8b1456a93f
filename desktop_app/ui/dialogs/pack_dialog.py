"""Update pack dialog (File > Import update pack…): choose the pack, read its dry-run diff (new
measures, changed fields, new clauses, windows and links), then import it in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ImportRejected
from desktop_app.services.progress import Cancelled, Progress
from desktop_app.ui import messages, workers
from desktop_app.ui.undo import RecordWindow

if TYPE_CHECKING:
    from desktop_app.services.context import ServiceContext
    from desktop_app.services.intake.pack import PackReport

SPREADSHEETS = "Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)"


class PackDialog(QDialog):
    """Check an update pack (applied and rolled back: the diff), then import it, all or nothing."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.running = False
        self.report: PackReport | None = None
        self.setWindowTitle(self.tr("Import update pack"))
        self.path = self._file_edit(self.tr("measures as .csv or .xlsx (a workbook's Clauses, Suspension windows "
                                            "and Lineage sheets join the pack)"))
        self.clauses = self._file_edit(self.tr("optional: clauses as .csv or .xlsx"))
        self.windows = self._file_edit(self.tr("optional: suspension windows as .csv or .xlsx"))
        self.links = self._file_edit(self.tr("optional: links as .csv (from_reference, kind, to_reference, note)"))
        form = QFormLayout()
        for label, edit in ((self.tr("Pack"), self.path), (self.tr("Clauses"), self.clauses),
                            (self.tr("Suspension windows"), self.windows), (self.tr("Links"), self.links)):
            form.addRow(label, self._with_browse(edit))
        self.note = QLabel(self.tr("A pack never touches this register's assessments, notes or dismissals, and "
                                   "leaves measures archived here as they are. Importing it twice changes nothing."),
                           self)
        self.note.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diff.setPlaceholderText(self.tr("Check the pack to see what it would add and change."))
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)
        self.problems.hide()
        self.check_button = QPushButton(self.tr("Check pack"), self)
        self.import_button = QPushButton(self.tr("Import pack"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.summary):
            layout.addWidget(widget)
        layout.insertLayout(0, form)
        layout.addWidget(self.diff, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.apply)
        for edit in (self.path, self.clauses, self.windows, self.links):
            edit.textChanged.connect(self._reset)
        self._reset()
        self.resize(860, 600)

    def _file_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        return edit

    def _with_browse(self, edit: QLineEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(lambda: self._choose(edit))
        row.addWidget(browse)
        return row

    def _choose(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file of the pack"), edit.text(),
                                              self.tr(SPREADSHEETS))
        if name:
            edit.setText(name)

    def _reset(self) -> None:
        """Any change of file invalidates the diff."""
        self.report = None
        self.diff.clear()
        self.problems.hide()
        self.summary.setText(self.tr("Check the pack first: nothing is written until you press Import pack."))
        self.check_button.setEnabled(bool(self.path.text().strip()) and not self.running)
        self.import_button.setEnabled(False)

    def files(self) -> dict[str, Path | None]:
        """The pack's files as the service takes them (empty optional fields: none)."""
        def given(edit: QLineEdit) -> Path | None:
            return Path(edit.text().strip()) if edit.text().strip() else None
        return {"clauses": given(self.clauses), "windows": given(self.windows), "links": given(self.links)}

    def preview(self) -> None:
        self._run(dry_run=True)

    def apply(self) -> None:
        if self.report is not None and not self.report.all_errors() and self.report.changes_anything():
            self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        ctx, path, files = self.window_.ctx, Path(self.path.text().strip()), self.files()
        self._busy(True)
        title = (self.tr("Checking %1") if dry_run else self.tr("Importing %1")).replace("%1", path.name)
        workers.run_task(self, title, lambda p: _pack(ctx, path, files, dry_run, p),
                         self._checked if dry_run else self._applied, self._failed)

    def _checked(self, report: PackReport) -> None:
        from desktop_app.services.intake.pack_diff import diff_lines

        self._busy(False)
        self.report = report
        self.diff.setPlainText("\n".join(diff_lines(report)))
        errors = report.all_errors()
        self._show_problems(errors, report.all_warnings())
        if errors:
            verdict = self.tr("%1 error(s): fix the pack and check it again; nothing can be imported while any "
                              "row has an error.").replace("%1", f"{len(errors):,}")
        elif report.changes_anything():
            verdict = self.tr("Ready to import.")
        else:
            verdict = self.tr("Nothing to import: the register already has everything in this pack.")
        self.summary.setText(f"{report.summary()}.\n{verdict}")
        self.import_button.setEnabled(not errors and report.changes_anything())

    def _applied(self, report: PackReport) -> None:
        from desktop_app.services.intake.pack_diff import diff_lines

        self._busy(False)
        self.report = None
        self.diff.setPlainText("\n".join(diff_lines(report)))
        self._show_problems([], report.all_warnings())
        self.summary.setText(self.tr("Imported. %1.").replace("%1", report.summary()))
        self.import_button.setEnabled(False)
        self.window_.records_changed.emit("all")  # measures, their clauses, windows and links

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.import_button.setEnabled(False)
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Cancelled; nothing was imported."))
        elif isinstance(exc, ImportRejected):
            self.summary.setText(str(exc))
            self._show_problems(exc.errors, [])
        else:
            text, details = messages.describe(exc)
            self.summary.setText(text)
            self._show_problems([details] if details else [], [])

    def _show_problems(self, errors: list[str], warnings: list[str]) -> None:
        error, warning = self.tr("Error: "), self.tr("Warning: ")
        lines = [error + e for e in errors] + [warning + w for w in warnings]
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def reject(self) -> None:
        if not self.running:  # the worker reports back to this dialog: keep it until then
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.running = busy
        self.check_button.setEnabled(not busy and bool(self.path.text().strip()))
        if busy:
            self.import_button.setEnabled(False)


def _pack(ctx: ServiceContext, path: Path, files: dict[str, Path | None], dry_run: bool,
          progress: Progress) -> PackReport:
    """The worker's call (a plain function: nothing of the dialog crosses to the worker thread)."""
    from desktop_app.services.intake.pack import import_pack  # the services load when first used

    return import_pack(ctx, path, dry_run=dry_run, progress=progress, **files)


def open_pack_dialog(window: RecordWindow) -> PackDialog:
    """File > Import update pack…: the dialog, opened window-modal."""
    dialog = PackDialog(window)
    dialog.open()
    return dialog


def action_text() -> str:
    return QCoreApplication.translate("WindowActions", "Import &update pack…")
