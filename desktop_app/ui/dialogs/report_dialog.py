"""Report dialog for the PDF briefing and the Excel workbook: options, progress, cancel, open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import OutputRefused
from desktop_app.services.outputs import check_output
from desktop_app.services.progress import Cancelled
from desktop_app.services.records import lookup
from desktop_app.services.reports.options import ReportOptions
from desktop_app.system import report_language
from desktop_app.ui import messages, settings, workers
from desktop_app.ui.dialogs.venture_checklist import VentureChecklist
from desktop_app.ui.language import translate
from desktop_app.ui.undo import RecordWindow

Writer = Callable[..., Path]
KINDS = {
    "pdf": (
        translate("report_dialog", "PDF risk briefing"),
        "briefing",
        translate("report_dialog", "PDF files (*.pdf)"),
        ".pdf",
    ),
    "xlsx": (
        translate("report_dialog", "Excel risk workbook"),
        "workbook",
        translate("report_dialog", "Excel workbooks (*.xlsx)"),
        ".xlsx",
    ),
}


def load_writer(kind: str) -> Writer:
    """The report service for `kind`, imported only when a report is made (they are heavy)."""
    if kind == "pdf":
        from desktop_app.services.reports.briefing import write_briefing

        return write_briefing
    from desktop_app.services.reports.workbook import write_workbook

    return write_workbook


def open_path(path: Path) -> bool:
    """Open a finished report with the desktop's default program."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def report_folder() -> Path:
    """Where reports go by default: the folder set in the Preferences, else that of the last report,
    else Documents if it exists, else the home folder (no folder is created on the user's behalf)."""
    for key in (settings.Key.DEFAULT_REPORT_DIR, settings.Key.REPORT_DIR):
        folder = settings.get_text(key)
        if folder and Path(folder).is_dir():
            return Path(folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def language_box(parent: QWidget) -> QComboBox:
    """The languages a report can be written in, the system's language chosen when it is one."""
    box = QComboBox(parent)
    names = {"en": parent.tr("English"), "zh_CN": parent.tr("Simplified Chinese (简体中文)")}
    for code, (name, _locale) in report_language.LANGUAGES.items():
        box.addItem(names.get(code, name), code)
    try:
        system = report_language.parse_language(QLocale.system().name())
    except report_language.LanguageError:
        system = report_language.DEFAULT
    box.setCurrentIndex(max(box.findData(system), 0))
    return box


class ReportDialog(QDialog):
    """Choose the options and the file, create the report in the background, then open it."""

    def __init__(self, window: RecordWindow, kind: str) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        if kind not in KINDS:
            raise ValueError(
                translate("report_dialog", "unknown report kind {kind!r}; use pdf or xlsx").format(kind=kind)
            )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_, self.kind = window, kind
        self.running = False
        title, stem, self._filter, suffix = KINDS[kind]
        ctx = window.ctx
        today = ctx.today()
        self.setWindowTitle(translate("report_dialog", "Create the {title}").format(title=title))
        self.result_path: Path | None = None
        self.as_of = QDateEdit(_qdate(today), self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.since_box = QCheckBox(translate("report_dialog", "List changes since"), self)
        self.since = QDateEdit(_qdate(today - timedelta(days=30)), self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setEnabled(False)
        self.since_box.toggled.connect(self.since.setEnabled)
        self.ventures = VentureChecklist(self)
        self.ventures.show_note(translate("report_dialog", "Reading the joint ventures…"))
        self.ventures.setEnabled(False)
        # Read on the background reader: at 2,000 ventures a GUI-thread read froze the dialog.
        workers.run_background(
            self,
            lambda: lookup.search_ventures(ctx, "", limit=100_000),
            self._fill_ventures,
            lambda exc: self.status.setText(
                translate("report_dialog", "Could not list the joint ventures: {reason}").format(
                    reason=messages.describe(exc)[0]
                )
            ),
        )
        # The PDF writes the bounded board pack unless asked for more, as the command line does;
        # ticking ventures makes it their dossier. The workbook always holds everything.
        self.full = QCheckBox(translate("report_dialog",
                                        "Add the full appendix (every venture and measure, the raw audit list)"), self)
        self.full.setVisible(kind == "pdf")
        self.scope_note = QLabel(self)
        self.scope_note.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_note.setWordWrap(True)
        self.scope_note.setVisible(kind == "pdf")
        self.full.toggled.connect(self._describe)
        self.ventures.ticked_changed.connect(self._describe)
        self._describe()
        self.prepared_by = QLineEdit(ctx.actor, self)
        self.language = language_box(self)
        default = report_folder() / f"export-risk-{stem}-{today}{suffix}"
        self.target = QLineEdit(str(default), self)
        browse = QPushButton(translate("report_dialog", "Choose…"), self)
        browse.clicked.connect(self.choose_target)
        self.open_when_done = QCheckBox(translate("report_dialog", "Open the file when it is ready"), self)
        self.open_when_done.setChecked(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.create_button = QPushButton(translate("report_dialog", "Create"), self)
        self.open_button = QPushButton(translate("report_dialog", "Open"), self)
        self.open_button.setEnabled(False)
        self.create_button.clicked.connect(self.create)
        self.open_button.clicked.connect(self.open_result)
        self.folder_button = QPushButton(translate("report_dialog", "Show in folder"), self)
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.show_folder)

        since_row = QHBoxLayout()
        since_row.addWidget(self.since_box)
        since_row.addWidget(self.since, 1)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("report_dialog", "As of"), self.as_of)
        form.addRow(translate("report_dialog", "Changes"), since_row)
        form.addRow(translate("report_dialog", "Venture dossier\n(none ticked = board pack)") if kind == "pdf"
                    else translate("report_dialog", "Joint ventures\n(none ticked = all)"), self.ventures)
        if kind == "pdf":
            form.addRow("", self.full)
            form.addRow(translate("report_dialog", "Contents"), self.scope_note)
        form.addRow(translate("report_dialog", "Prepared by"), self.prepared_by)
        form.addRow(self.tr("Report language"), self.language)
        form.addRow(translate("report_dialog", "Save as"), target_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _chosen(self) -> tuple[str, ...]:
        return self.ventures.chosen()

    def _describe(self, *_args: object) -> None:
        """Say what the PDF will hold for the options as they stand."""
        chosen, full = self._chosen(), self.full.isChecked()
        # Whole sentences, one per choice: a translation never assembles fragments.
        if chosen and full:
            text = translate("report_dialog", "Dossier of {n} joint venture(s): their measures with sources, "
                             "assessments, actions, screening and audit trail, with the full appendix.")
        elif chosen:
            text = translate("report_dialog", "Dossier of {n} joint venture(s): their measures with sources, "
                             "assessments, actions, screening and audit trail.")
        elif full:
            text = translate("report_dialog", "Board pack: key messages and decisions, changes since the last "
                             "briefing, heat maps, top risks and calendar, with the full appendix.")
        else:
            text = translate("report_dialog", "Board pack: key messages and decisions, changes since the last "
                             "briefing, heat maps, top risks and calendar, at most 12 pages.")
        self.scope_note.setText(text.format(n=len(chosen)))

    def _fill_ventures(self, found: list[tuple[int, str]]) -> None:
        # One model reset and one description: an item per venture, each announcing itself to
        # a description that rescanned them all, froze the window for 22 s at 2,000 ventures.
        self.ventures.set_names([name for _id, name in found])
        self.ventures.setEnabled(True)

    def open_result(self) -> None:
        """Open the report; with no program for it, say so and offer its folder."""
        if self.result_path is None:
            return
        if not open_path(self.result_path):
            self.status.setText(
                translate(
                    "report_dialog",
                    "No program here opens {suffix} files. The report is saved as {result_path}; use Show in folder "
                    "to find it.",
                ).format(suffix=self.result_path.suffix, result_path=self.result_path)
            )
            self.folder_button.setFocus()

    def show_folder(self) -> None:
        if self.result_path is not None and not QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(self.result_path.parent))):
            self.status.setText(
                translate("report_dialog", "No file manager is available. The report is in {parent}").format(
                    parent=self.result_path.parent
                )
            )

    def choose_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("report_dialog", "Save the report as"), self.target.text(), self._filter
        )
        if name:
            self.target.setText(name)

    def reject(self) -> None:
        if not self.running:  # the worker reports back to this dialog: keep it until then
            super().reject()

    def options(self) -> ReportOptions:
        chosen = self._chosen()
        return ReportOptions(
            as_of=_pydate(self.as_of.date()),
            since=_pydate(self.since.date()) if self.since_box.isChecked() else None,
            ventures=chosen,
            prepared_by=self.prepared_by.text().strip() or None,
            full=self.kind == "pdf" and self.full.isChecked(),
            lang=str(self.language.currentData()),
        )

    def create(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.status.setText(translate("report_dialog", "Choose where to save the report."))
            return
        target = Path(text).expanduser()
        suffix = KINDS[self.kind][3]
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        ctx, options, writer = self.window_.ctx, self.options(), load_writer(self.kind)
        try:  # the writers' own guard, asked before any work starts
            check_output(ctx, target, what=f"the {KINDS[self.kind][1]}")
        except OutputRefused as refused:
            messages.show_error(self, refused, translate("report_dialog", "The report was not created"))
            self.status.setText(
                translate("report_dialog", "Not created: {reason}").format(reason=messages.describe(refused)[0])
            )
            return
        self.running = True
        self.create_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.status.setText(translate("report_dialog", "Creating {name}…").format(name=target.name))
        workers.run_task(self, translate("report_dialog", "Creating {name}").format(name=target.name),
                         lambda progress: writer(ctx, target, options, progress),
                         self._done, self._failed)

    def _done(self, path: Any) -> None:
        self.running = False
        self.result_path = Path(path)
        settings.set_text(settings.Key.REPORT_DIR, str(self.result_path.parent))
        self.create_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.status.setText(translate("report_dialog", "Saved: {result_path}").format(result_path=self.result_path))
        if self.open_when_done.isChecked():
            self.open_result()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.create_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.status.setText(translate("report_dialog", "Cancelled; no file was written."))
        else:
            messages.show_error(self, exc, translate("report_dialog", "The report was not created"))
            self.status.setText(translate("report_dialog", "Not created: {reason}").format(
                reason=messages.describe(exc)[0]))
