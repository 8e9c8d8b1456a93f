"""Import dialog: choose a file and what it holds, map the columns it names its own way, preview
every row with its field changes and problems, choose for rows older than the register, then
apply in the background (all or nothing) with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import RECORDS, Entity, guess_record
from desktop_app.domain.errors import ImportRejected
from desktop_app.services.intake.headers import HeaderCheck, check_headers
from desktop_app.services.intake.import_batch import ConflictPolicy
from desktop_app.services.intake.importer import ImportReport, run_import
from desktop_app.services.progress import Cancelled, Progress
from desktop_app.ui import messages, settings, workers
from desktop_app.ui.dialogs.import_mapping import ColumnMapping, ImportPreviewModel
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.undo import RecordWindow


class ImportDialog(QDialog):
    """Check a file (a dry run that writes nothing), then import it."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.running = False
        self.setWindowTitle(translate("import_dialog", "Import from CSV or Excel"))
        self.report: ImportReport | None = None
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(translate("import_dialog", "a .csv or .xlsx file"))
        browse = QPushButton(translate("import_dialog", "Choose…"), self)
        browse.clicked.connect(self.choose_file)
        self.entity = QComboBox(self)
        for entity in RECORDS:
            self.entity.addItem(label_text(entity.record.title), entity.value)
        self.check_button = QPushButton(translate("import_dialog", "Check file"), self)
        self.import_button = QPushButton(translate("import_dialog", "Import"), self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.mapping = ColumnMapping(self)
        self.check: HeaderCheck | None = None
        self.model = ImportPreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.setPlaceholderText(
            translate("import_dialog", "Select a row to see what it changes, field by field (old -> new).")
        )
        self.overwrite_button = QPushButton(translate("import_dialog", "Overwrite with the file"), self)
        self.keep_button = QPushButton(translate("import_dialog", "Keep the register's"), self)
        self.overwrite_button.clicked.connect(lambda: self._choose("overwrite"))
        self.keep_button.clicked.connect(lambda: self._choose("keep"))
        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(translate("import_dialog", "Rows older than the register:"), self))
        choice_row.addWidget(self.overwrite_button)
        choice_row.addWidget(self.keep_button)
        choice_row.addStretch(1)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)
        self.problems.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("import_dialog", "File"), file_row)
        form.addRow(translate("import_dialog", "Contains"), self.entity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(choice_row)
        layout.addWidget(self.details)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.apply)
        self.path.textChanged.connect(self._path_changed)
        self.entity.currentIndexChanged.connect(self._reset)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.details.setPlainText(self.model.details(current.row())))
        self._reset()
        self.resize(900, 640)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("import_dialog", "Choose a file to import"),
            self.path.text(),
            translate("import_dialog", "Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def _path_changed(self, text: str) -> None:
        guessed = guess_record(Path(text).name)
        if guessed is not None:
            self.entity.setCurrentIndex(self.entity.findData(guessed.value))
        self._reset()

    def _reset(self) -> None:
        """Any change of file or entity invalidates the preview (and the column mapping)."""
        self.report = None
        self.check = None
        self.mapping.show_headers(HeaderCheck([], {}, {}, []), {})
        self.model.choices = {}
        self.model.set_outcomes([])
        self.details.clear()
        self.problems.hide()
        self.summary.setText(
            translate("import_dialog", "Check the file first: nothing is written until you press Import.")
        )
        self.check_button.setEnabled(bool(self.path.text().strip()))
        self.import_button.setEnabled(False)
        self.overwrite_button.setEnabled(False)
        self.keep_button.setEnabled(False)

    def selected_entity(self) -> Entity:
        return Entity(self.entity.currentData())

    def _selection(self) -> tuple[Path, Entity]:
        return Path(self.path.text().strip()), self.selected_entity()

    def current_mapping(self) -> dict[str, str]:
        """The mapping shown (after a first check), else the one remembered for these headers."""
        return self.mapping.mapping() if self.check is not None else {}

    def preview(self) -> None:
        path, entity = self._selection()
        ctx, mapping, known = self.window_.ctx, self.current_mapping(), self.check is not None
        policy = ConflictPolicy(choices=dict(self.model.choices))
        self._busy(True)

        def task(p: Progress) -> tuple[HeaderCheck, dict[str, str], ImportReport | ImportRejected]:
            check = check_headers(path, entity)
            chosen = mapping if known else settings.import_mapping(entity.value, check.key) or {
                h: s for h, s in check.unknown.items() if s}
            try:
                return check, chosen, run_import(ctx, path, entity, dry_run=True, progress=p, mapping=chosen,
                                                 conflicts=policy)
            except ImportRejected as exc:  # e.g. a required column not mapped yet: show the mapping too
                return check, chosen, exc

        workers.run_task(
            self,
            translate("import_dialog", "Checking {name}").format(name=path.name),
            task,
            self._previewed,
            self._failed,
        )

    def _previewed(self, result: tuple[HeaderCheck, dict[str, str], ImportReport | ImportRejected]) -> None:
        check, chosen, report = result
        self._busy(False)
        if self.check is None or self.check.key != check.key:
            self.mapping.show_headers(check, chosen)
        self.check = check
        if isinstance(report, ImportRejected):
            self.model.set_outcomes([])
            self._failed(report)
            return
        self.report = report
        self.model.set_outcomes(report.outcomes)
        self._show_problems(report.listed_errors(), report.warnings)
        self._verdict()

    def _choose(self, choice: str) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()} |
                      ({self.view.currentIndex().row()} if self.view.currentIndex().isValid() else set()))
        self.model.choose(rows, choice)
        self._verdict()

    def _verdict(self) -> None:
        report = self.report
        if report is None:
            return
        changes = report.count("create") + report.count("update") + sum(
            1 for c in self.model.choices.values() if c == "overwrite")
        unresolved = self.model.unresolved()
        if report.errors:
            verdict = translate(
                "import_dialog",
                "{error_count:,} error(s): fix the file and check it again; nothing can be imported while any row has "
                "an error.",
            ).format(error_count=report.error_count)
        elif unresolved:
            verdict = translate(
                "import_dialog",
                "{unresolved} row(s) carry an older version than the register (someone edited the record after the "
                "file was exported): select each and choose to overwrite it with the file or keep the register's.",
            ).format(unresolved=unresolved)
        else:
            verdict = (
                translate("import_dialog", "Ready to import.")
                if changes
                else translate("import_dialog", "Nothing to import: the register already matches.")
            )
        self.summary.setText(f"{report.summary()}.\n{verdict}")
        self.import_button.setEnabled(not report.errors and not unresolved and changes > 0)
        has_conflicts = bool(self.model.conflicts())
        self.overwrite_button.setEnabled(has_conflicts)
        self.keep_button.setEnabled(has_conflicts)

    def apply(self) -> None:
        if self.report is None or self.report.errors or self.model.unresolved():
            return
        path, entity = self._selection()
        ctx, mapping = self.window_.ctx, self.current_mapping()
        policy = ConflictPolicy(choices=dict(self.model.choices))
        if self.check is not None:
            settings.set_import_mapping(entity.value, self.check.key, mapping)  # remembered for next time
        self._busy(True)
        workers.run_task(
            self,
            translate("import_dialog", "Importing {name}").format(name=path.name),
            lambda p: run_import(ctx, path, entity, dry_run=False, progress=p, mapping=mapping, conflicts=policy),
            self._applied,
            self._failed,
        )

    def _applied(self, report: ImportReport) -> None:
        self._busy(False)
        self.report = report
        self.model.set_outcomes(report.outcomes)
        self.summary.setText(translate("import_dialog", "Imported. {report}.").format(report=report.summary()))
        self.import_button.setEnabled(False)
        self.window_.records_changed.emit(report.entity)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.import_button.setEnabled(False)
        if isinstance(exc, Cancelled):
            self.summary.setText(translate("import_dialog", "Cancelled; nothing was imported."))
        elif isinstance(exc, ImportRejected):
            self.summary.setText(str(exc))
            self._show_problems(exc.errors, [])
        else:
            text, details = messages.describe(exc)
            self.summary.setText(text)
            self._show_problems([details] if details else [], [])

    def _show_problems(self, errors: list[str], warnings: list[str]) -> None:
        lines = [translate("import_dialog", "Error: {e}").format(e=e) for e in errors] + [
            translate("import_dialog", "Warning: {w}").format(w=w) for w in warnings
        ]
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
