"""The main window's actions (menus.py lays them out in menus and the toolbar) and what each does."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStyle, QWidget

from desktop_app import __version__
from desktop_app.domain.entity import RECORDS
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.system.paths import locate_db, resource
from desktop_app.ui import menus, messages, settings, workers
from desktop_app.ui.change_op import ChangeOp
from desktop_app.ui.dialogs import pack_dialog
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.views.navigation import open_record

if TYPE_CHECKING:
    from desktop_app.services.intake.importer import ImportReport
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.views.table_view import RecordTableView

log = logging.getLogger(__name__)
SP = QStyle.StandardPixmap
DB_FILTER = translate("actions", "Register databases (*.sqlite3 *.db);;All files (*)")


def icon(name: str, fallback: SP) -> QIcon:
    """Our SVG from resources/icons, else the style's standard icon."""
    path = resource("icons", f"{name}.svg")
    if path.is_file():
        return QIcon(str(path))
    from PySide6.QtWidgets import QApplication

    return QApplication.style().standardIcon(fallback)


# File choosers are module functions so tests can answer them without a native dialog.
def ask_open_path(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, start, DB_FILTER)[0]


def ask_save_path(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, start, DB_FILTER, "",
                                       QFileDialog.Option.DontConfirmOverwrite)[0]


def url_for(path: str) -> str:
    return locate_db(path).url


class WindowActions:
    """Creates every QAction once; menus and the toolbar share them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        K = QKeySequence.StandardKey
        self.new_db = self._act(translate("actions", "&New database…"), self.new_database, "Ctrl+Shift+N",
                                "new-db", SP.SP_FileIcon)
        self.open_db = self._act(translate("actions", "&Open database…"), self.open_database, K.Open, "open",
                                 SP.SP_DialogOpenButton)
        self.backup = self._act(translate("actions", "&Back up database…"), self.backup_database, "Ctrl+Shift+B",
                                "backup", SP.SP_DialogSaveButton)
        self.import_ = self._act(translate("actions", "&Import…"), self.import_file, "Ctrl+I", "import",
                                 SP.SP_ArrowDown)
        self.pack = self._act(pack_dialog.action_text(), lambda: pack_dialog.open_pack_dialog(w))
        self.pdf = self._act(translate("actions", "&PDF briefing…"), lambda: self.report("pdf"), K.Print, "pdf",
                             SP.SP_FileDialogInfoView)
        self.xlsx = self._act(translate("actions", "E&xcel workbook…"), lambda: self.report("xlsx"),
                              "Ctrl+Shift+X", "xlsx", SP.SP_FileDialogListView)
        self.demo = self._act(translate("actions", "Load &demo register"), self.load_demo)
        self.quit = self._act(translate("actions", "&Quit"), w.close, K.Quit)
        self.undo = w.undo_stack.createUndoAction(w, translate("actions", "&Undo"))
        self.undo.setShortcut(K.Undo)
        self.undo.setIcon(icon("undo", SP.SP_ArrowBack))
        self.redo = w.undo_stack.createRedoAction(w, translate("actions", "&Redo"))
        self.redo.setShortcuts([QKeySequence(K.Redo), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(icon("redo", SP.SP_ArrowForward))
        self.new = self._act(translate("actions", "&New record…"), self.new_record, K.New, "new",
                             SP.SP_FileDialogNewFolder)
        self.new_by_entity = {e: self._act(translate("actions", "New {label}…").format(label=label_text(e.label)),
                                           lambda _c=False, e=e: open_record(w, e, None)) for e in RECORDS}
        self.edit = self._act(translate("actions", "Op&en record…"), self.edit_record, "Ctrl+E", "edit",
                              SP.SP_FileDialogDetailedView)
        self.archive = self._act(translate("actions", "&Archive"), lambda: self.set_archived(True), K.Delete,
                                 "archive", SP.SP_TrashIcon)
        self.restore = self._act(translate("actions", "Res&tore"), lambda: self.set_archived(False),
                                 "Ctrl+Shift+R", "restore", SP.SP_DialogResetButton)
        self.history = self._act(translate("actions", "Show &history"), self.show_history, "Ctrl+H", "history",
                                 SP.SP_FileDialogContentsView)
        self.find = self._act(translate("actions", "&Find…"), self.focus_search, K.Find, "find",
                              SP.SP_FileDialogContentsView)
        self.groups = self._act(translate("actions", "Jurisdiction &groups…"), self.edit_groups)
        self.preferences = self._act(translate("actions", "&Preferences…"), self.show_preferences,
                                     "Ctrl+,")
        self.refresh = self._act(translate("actions", "Re&fresh"), lambda: w.refresh("all"), K.Refresh,
                                 "refresh", SP.SP_BrowserReload)
        self.about = self._act(translate("actions", "&About Export Risk Register"), self.show_about)
        self.views: dict[str, QAction] = {}
        group = QActionGroup(w)  # exclusive: triggering the current view keeps it checked
        for n, (name, title) in enumerate(w.VIEW_TITLES.items(), start=1):
            action = self._act(title, lambda _c=False, v=name: w.show_view(v), f"Ctrl+{n}")
            action.setCheckable(True)
            group.addAction(action)
            self.views[name] = action
        self.recent_menu = QMenu(translate("actions", "Open re&cent"), w)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        menus.build_menus(self)
        self.toolbar = menus.build_toolbar(self)

    def _act(self, text: str, slot: Any, shortcut: Any = None, name: str | None = None,
             fallback: SP | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name and fallback is not None:
            action.setIcon(icon(name, fallback))
        tip = text.replace("&", "").rstrip("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # shortcuts work whichever widget has focus
        return action

    # -- enabling ---------------------------------------------------------------------------
    def update_enabled(self) -> None:
        w = self.window
        writable = not w.ctx.db.read_only
        table = w.current_table()
        selected = table.selected_ids() if table else []
        archived = self._archived_flags(table) if table else []
        self.new.setEnabled(writable and table is not None)
        for action in (*self.new_by_entity.values(), self.import_, self.pack, self.demo):
            action.setEnabled(writable)
        self.edit.setEnabled(len(selected) == 1)
        self.history.setEnabled(len(selected) == 1)
        self.archive.setEnabled(writable and any(not a for a in archived))
        self.restore.setEnabled(writable and any(archived))
        self.backup.setEnabled(w.ctx.db.path is not None)
        self.find.setEnabled(table is not None or w.current_view_name() == "audit")
        for name, action in self.views.items():
            action.setChecked(name == w.current_view_name())

    @staticmethod
    def _archived_flags(table: RecordTableView) -> list[bool]:
        from desktop_app.ui.models.roles import ArchivedRole

        rows = sorted(i.row() for i in table.table.selectionModel().selectedRows())
        return [bool(table.model.data(table.model.index(r, 0), ArchivedRole)) for r in rows]

    # -- records ----------------------------------------------------------------------------
    def new_record(self) -> None:
        entity = self.window.current_entity()
        if entity:
            open_record(self.window, entity, None)

    def edit_record(self) -> None:
        table = self.window.current_table()
        record_id = table.current_id() if table else None
        if table and record_id is not None:
            open_record(self.window, table.entity, record_id)

    def set_archived(self, archive: bool) -> None:
        """Archive or restore the selected records through undoable commands."""
        table = self.window.current_table()
        if table is None:
            return
        ids = [rid for rid, flag in zip(table.selected_ids(), self._archived_flags(table), strict=True)
               if flag != archive]
        if not ids:
            return
        from desktop_app.ui.undo import SERVICES, ArchiveManyCommand  # with the record services

        entity, noun, window, verb = (
            table.entity,
            table.noun,
            self.window,
            translate("actions", "Archive") if archive else translate("actions", "Restore"),
        )
        ChangeOp(
            window,
            f"{verb} {len(ids)} {noun}",  # one service call, one transaction
            lambda ctx: SERVICES[entity].set_archived_many(ctx, ids, archive),
            changed=entity,
            command=lambda changed: ArchiveManyCommand(window, entity, changed, archive, noun) if changed else None,
            success=lambda changed: window.statusBar().showMessage(
                (translate("actions", "Archived {n} {noun}; Ctrl+Z undoes it.") if archive
                 else translate("actions", "Restored {n} {noun}; Ctrl+Z undoes it.")).format(n=len(changed), noun=noun),
                8000),
        ).run()

    def show_history(self) -> None:
        table = self.window.current_table()
        record_id = table.current_id() if table else None
        if table is not None and record_id is not None:
            self.window.show_view("audit")
            self.window.audit.show_record(table.entity, record_id)

    def focus_search(self) -> None:
        table = self.window.current_table()
        if table is not None:
            table.focus_search()
        elif self.window.current_view_name() == "audit":
            self.window.audit.search.setFocus()

    # -- dialogs of the other half: loaded when first used ---------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        """The import dialog; on `path` when a file was dropped on the window."""
        from desktop_app.ui.dialogs.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self.window)
        if path is not None:
            self.import_dialog.path.setText(str(path))
        self.import_dialog.open()

    def edit_groups(self) -> None:
        from desktop_app.ui.dialogs.groups_dialog import GroupsDialog

        GroupsDialog(self.window).open()

    def show_preferences(self) -> None:
        from desktop_app.ui.dialogs.preferences_dialog import PreferencesDialog

        self.preferences_dialog = PreferencesDialog(self.window)
        self.preferences_dialog.open()

    def report(self, kind: str) -> None:
        try:
            from desktop_app.ui.dialogs.report_dialog import ReportDialog
        except ImportError as exc:
            messages.show_error(self.window, RuntimeError(
                translate("actions", "Reports are not available ({exc}).").format(exc=exc)))
            return
        dialog = ReportDialog(self.window, kind)
        dialog.open()

    # -- databases --------------------------------------------------------------------------
    def _start_dir(self) -> str:
        path = self.window.ctx.db.path
        return settings.get_text(settings.Key.LAST_DIR) or (str(path.parent) if path else str(Path.home()))

    def new_database(self) -> None:
        chosen = ask_save_path(self.window, translate("actions", "New register database"),
                               str(Path(self._start_dir()) / "register.sqlite3"))
        if not chosen:
            return
        if not Path(chosen).suffix:
            chosen += ".sqlite3"
        if Path(chosen).exists():
            messages.plain_box(
                self.window,
                QMessageBox.Icon.Warning,
                translate("actions", "New database"),
                translate("actions", "{chosen} already exists. Use Open database to open it.").format(chosen=chosen),
            ).exec()
            return
        self.switch_database(url_for(chosen))

    def open_database(self) -> None:
        chosen = ask_open_path(self.window, translate("actions", "Open register database"), self._start_dir())
        if chosen:
            self.switch_database(url_for(chosen))

    def switch_database(self, url: str) -> None:
        """Open `url` on the worker (it may migrate and back up first), then show it."""
        def done(ctx: ServiceContext) -> None:
            self.window.set_context(ctx)
            settings.add_recent_database(url)
            if ctx.db.path is not None:
                settings.set_text(settings.Key.LAST_DIR, str(ctx.db.path.parent))
            self.offer_demo()

        workers.run_task(self.window, translate("actions", "Opening the register"), lambda _p: open_register(url), done,
                         lambda exc: messages.show_error(self.window, exc,
                                                         translate("actions", "Could not open the register")),
                         cancellable=False)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.window.ctx.db.url
        for url in settings.recent_databases():
            action = self.recent_menu.addAction(url.removeprefix("sqlite:///"))
            action.setEnabled(url != current)
            action.triggered.connect(lambda _c=False, u=url: self.switch_database(u))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("actions", "No recent databases")).setEnabled(False)

    def fill_columns(self) -> None:
        self.columns_menu.clear()
        table = self.window.current_table()
        if table is None:
            self.columns_menu.addAction(translate("actions", "Open a table to choose its columns")).setEnabled(False)
            return
        source = table.column_menu()
        for action in source.actions():
            action.setParent(self.columns_menu)
            self.columns_menu.addAction(action)
        source.deleteLater()

    def backup_database(self) -> None:
        from desktop_app.services.maintenance.backups import backup_register

        ctx = self.window.ctx
        if ctx.db.path is None:
            return
        default = ctx.db.path.with_name(
            f"{ctx.db.path.stem}-backup-{date.today():%Y%m%d}.sqlite3"
        )
        chosen = ask_save_path(self.window, translate("actions", "Back up the register to"), str(default))
        if not chosen:
            return
        force = self._may_replace(Path(chosen))
        if force is None:
            return
        workers.run_task(
            self.window,
            translate("actions", "Backing up the register"),
            lambda p: backup_register(ctx, Path(chosen), p, force=force),
            lambda dest: messages.plain_box(
                self.window, QMessageBox.Icon.Information, translate("actions", "Backup"),
                translate("actions", "Backup written and verified:\n{dest}").format(dest=dest)).exec(),
            lambda exc: messages.show_error(self.window, exc, translate("actions", "Backup failed")),
        )

    def _may_replace(self, target: Path) -> bool | None:
        """The backup service's own guard, asked before any work: False for a new file, True once
        the user agreed to replace an earlier backup, None when refused or declined."""
        from desktop_app.domain.errors import OutputRefused
        from desktop_app.services.outputs import check_backup_target

        ctx = self.window.ctx
        try:
            check_backup_target(ctx, target)
            return False
        except OutputRefused as refused:
            try:
                check_backup_target(ctx, target, force=True)
            except OutputRefused:
                messages.show_error(self.window, refused, translate("actions", "The backup was not written"))
                return None
        if messages.confirm(self.window, translate("actions", "Replace the file?"),
                            translate("actions", "{target} already exists. Replace it with the new backup?").format(
                                target=target)):
            return True
        return None

    def load_demo(self) -> None:
        from desktop_app.services.intake.demo import load_demo

        ctx = self.window.ctx

        def done(reports: list[ImportReport]) -> None:
            self.window.records_changed.emit("all")
            self.window.statusBar().showMessage(translate("actions", "Demo register loaded."), 8000)

        def failed(exc: BaseException) -> None:
            messages.show_error(self.window, exc, translate("actions", "Could not load the demo register"))

        workers.run_task(self.window, translate("actions", "Loading the demo register"), lambda p: load_demo(ctx, p),
                         done, failed)

    def offer_demo(self) -> None:
        """First run: an empty, writable register offers the demo data (asked once per database)."""
        ctx = self.window.ctx
        if ctx.db.read_only or settings.demo_declined(ctx.db.url):
            return
        from desktop_app.services.records import browse

        counts = browse.register_counts(ctx)
        if any(counts.live.values()):
            return
        if messages.confirm(self.window, translate("actions", "An empty register"),
                            translate("actions", "This register has no records yet. Load the demo register (30 "
                                      "real export-control measures with their clauses and suspensions, 6 fictional "
                                      "joint ventures, 12 assessments) to explore the application? You can archive "
                                      "the demo records later."), default_yes=True):
            self.load_demo()
        else:
            settings.set_demo_declined(ctx.db.url)

    def show_about(self) -> None:
        keys = "\n".join(f"{a.text().replace('&', '').rstrip('…')}: "
                         f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}"
                         for a in (self.new, self.edit, self.archive, self.restore, self.undo, self.redo,
                                   self.find, self.history, self.import_, self.pdf, self.xlsx, self.refresh,
                                   *self.views.values()) if not a.shortcut().isEmpty())
        text = translate("actions", "Export Risk Register {version}: export-control measures, joint ventures and "
                         "their risk.\n\nRegister: {register}\n\nKeyboard shortcuts:\n{keys}").format(
            version=__version__, register=self.window.ctx.db.display_name, keys=keys)
        title = translate("actions", "About Export Risk Register")
        messages.plain_box(self.window, QMessageBox.Icon.Information, title, text).exec()
