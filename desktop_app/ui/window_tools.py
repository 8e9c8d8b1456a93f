"""The window's places for what the command line also does: the user guide, CSV export of a view,
the integrity check, restore from a backup, synonyms and the risk matrix."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QTableView, QWidget

from desktop_app.ui import messages, settings, workers

if TYPE_CHECKING:
    from desktop_app.services.context import ServiceContext
    from desktop_app.services.records.audit_log import AuditQuery
    from desktop_app.ui.main_window import MainWindow

CSV_FILTER = "CSV files (*.csv);;All files (*)"


def ask_csv_path(parent: QWidget, title: str, start: str) -> str:
    """Where to write a CSV file (a module function: tests answer it)."""
    return QFileDialog.getSaveFileName(parent, title, start, CSV_FILTER)[0]


def shown_rows(table: QTableView) -> tuple[list[str], list[list[str]]]:
    """A list view's visible columns and rows as it shows them (its filters and sort applied)."""
    model = table.model()
    columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [[str(model.data(model.index(r, c, QModelIndex())) or "") for c in columns]
            for r in range(model.rowCount())]
    return headers, rows


def audit_rows(ctx: ServiceContext, query: AuditQuery) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The audit view's columns, and every entry `query` matches, newest first, its changes as
    "Field: before -> after" in words (the view's labels and values), one per line. On the worker."""
    # Imported here: the window's first paint does not wait for the audit view's modules.
    from desktop_app.services.records import audit_log
    from desktop_app.ui.field_labels import field_label
    from desktop_app.ui.models.audit_model import HEADERS, audit_cells
    from desktop_app.ui.views.audit_values import readable_field

    entries = audit_log.page(ctx, query, 0, audit_log.count(ctx, query))

    def change(entity: str, name: str, pair: Any) -> str:
        label = field_label(name, entity)
        if isinstance(pair, list) and len(pair) == 2:
            return f"{label}: {readable_field(name, pair[0])} -> {readable_field(name, pair[1])}"
        return f"{label}: {readable_field(name, pair)}"

    return (*HEADERS[:-1], "Changes"), [
        (*audit_cells(e)[:-1], "\n".join(change(e.entity, n, p) for n, p in sorted(e.changes.items())))
        for e in entries]


class ToolActions(QObject):
    """Adds its actions to the menus WindowActions built (found through actions they hold)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.user_guide = self._act(self.tr("&User guide"), self.open_guide, QKeySequence.StandardKey.HelpContents)
        self.export_view = self._act(self.tr("Export &view as CSV…"), self.export_view_csv, "Ctrl+Shift+E")
        self.check = self._act(self.tr("Chec&k the register…"), self.check_register)
        self.restore_backup = self._act(self.tr("Res&tore from backup…"), self.restore_from_backup)
        self.synonyms = self._act(self.tr("Screening &synonyms…"), self.edit_synonyms)
        self.matrix = self._act(self.tr("Risk &matrix…"), self.edit_matrix)
        acts = window.actions
        file, edit, help_ = (self._menu_of(a) for a in (acts.backup, acts.groups, acts.about))
        file.insertActions(self._after(file, acts.backup), [self.restore_backup, self.check])
        file.insertAction(self._after(file, acts.xlsx), self.export_view)
        edit.insertActions(self._after(edit, acts.groups), [self.synonyms, self.matrix])
        help_.insertAction(acts.about, self.user_guide)
        file.aboutToShow.connect(self.update_enabled)

    def _act(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(text.replace("&", "").rstrip("…"))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # shortcuts work whichever widget has focus
        return action

    @staticmethod
    def _menu_of(action: QAction) -> QMenu:
        return next(o for o in action.associatedObjects() if isinstance(o, QMenu))

    @staticmethod
    def _after(menu: QMenu, action: QAction) -> QAction | None:
        items = menu.actions()
        n = items.index(action) + 1
        return items[n] if n < len(items) else None

    def update_enabled(self) -> None:
        # Export view stays enabled: on a view without a table it says which views have one.
        db = self.window.ctx.db
        self.restore_backup.setEnabled(db.path is not None and not db.read_only)

    # -- help -----------------------------------------------------------------------------
    def open_guide(self) -> None:
        from desktop_app.ui.user_guide import open_user_guide

        open_user_guide(self.window)

    # -- export ---------------------------------------------------------------------------
    def _export_source(self) -> QTableView | str | None:
        """The current view's table: a record table (exported by the service with its query),
        the audit log (every entry its filters match, read on the worker), or a list view's
        QTableView; None where there is no table to export."""
        w = self.window
        if w.current_table() is not None:
            return "records"
        name = w.current_view_name()
        if name == "exposures":
            return w.exposures.table
        if name == "events":
            return w.events.table
        if name == "audit":
            return "audit"
        return None

    def export_view_csv(self) -> None:
        """Write the current view's rows, with its filters and sort, as CSV."""
        from desktop_app.services.intake.exporter import export_csv, export_rows_csv
        from desktop_app.services.records.browse import ordered_ids

        w = self.window
        source = self._export_source()
        if source is None:
            messages.plain_box(w, QMessageBox.Icon.Information, self.tr("Export view as CSV"),
                               self.tr("Show a table (measures, joint ventures, assessments, exposures, "
                                       "events or the audit log) to export it.")).exec()
            return
        name = w.current_view_name()
        start = Path(settings.get_text(settings.Key.EXPORT_DIR) or str(Path.home())) / f"{name}.csv"
        chosen = ask_csv_path(w, self.tr("Export the view as"), str(start))
        if not chosen:
            return
        target, ctx = Path(chosen), w.ctx
        if isinstance(source, QTableView):
            headers, rows = shown_rows(source)
            work: Any = lambda _p: export_rows_csv(ctx, target, headers, rows)  # noqa: E731
        elif source == "audit":
            query = w.audit.model.query
            work = lambda _p: export_rows_csv(ctx, target, *audit_rows(ctx, query))  # noqa: E731
        else:
            table = w.current_table()
            assert table is not None
            entity, query = table.entity, table.model.query
            work = lambda p: export_csv(ctx, entity, target, progress=p,  # noqa: E731
                                        ids=ordered_ids(ctx, entity, query))

        def done(count: int) -> None:
            settings.set_text(settings.Key.EXPORT_DIR, str(target.parent))
            w.statusBar().showMessage(self.tr("Wrote {0} rows to {1}").format(count, target), 8000)

        workers.run_task(w, self.tr("Exporting the view"), work, done,
                         lambda exc: messages.show_error(w, exc, self.tr("The view was not exported")))

    # -- maintenance ----------------------------------------------------------------------
    def check_register(self) -> None:
        from desktop_app.ui.dialogs.maintenance_dialog import CheckDialog

        self.check_dialog = CheckDialog(self.window)
        self.check_dialog.open()
        self.check_dialog.check_register()

    def restore_from_backup(self) -> None:
        from desktop_app.ui.dialogs.maintenance_dialog import restore_from_backup

        restore_from_backup(self.window)

    # -- screening vocabulary and the risk matrix ----------------------------------------------
    def edit_synonyms(self) -> None:
        from desktop_app.ui.dialogs.synonyms_dialog import SynonymsDialog

        SynonymsDialog(self.window).open()

    def edit_matrix(self) -> None:
        from desktop_app.ui.dialogs.matrix_dialog import MatrixDialog

        MatrixDialog(self.window).open()
