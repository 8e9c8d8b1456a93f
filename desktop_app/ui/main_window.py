"""The main window: a shell of navigation, views, actions and status; the work is delegated."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RegisterError
from desktop_app.services.context import ServiceContext
from desktop_app.services.maintenance import integrity
from desktop_app.services.progress import StopFlag
from desktop_app.ui import messages, settings, workers
from desktop_app.ui.actions import SP, WindowActions, icon
from desktop_app.ui.views.dashboard_view import DashboardView
from desktop_app.ui.views.registry import ViewMap, build_view

# The record tables, the table models and the services they read (with the SQLModel tables
# behind them) are imported when first needed: the first paint does not wait for them.
if TYPE_CHECKING:
    from desktop_app.domain.risk import RiskMatrix
    from desktop_app.services.records.browse import RegisterCounts
    from desktop_app.ui.views.audit_view import AuditView
    from desktop_app.ui.views.events_view import EventsView
    from desktop_app.ui.views.exposures_view import ExposuresView
    from desktop_app.ui.views.record_views import AssessmentsView, MeasuresView, VenturesView
    from desktop_app.ui.views.table_view import RecordTableView

log = logging.getLogger(__name__)
ENTITIES = ("measures", "ventures", "assessments")


class MainWindow(QMainWindow):
    """Holds the register context, the undo stack and the views; `refresh` after any change."""

    records_changed = Signal(str)  # "measures" | "ventures" | "assessments" | "matrix" | "all"
    VIEW_TITLES: ClassVar[dict[str, str]] = {
        "dashboard": "Dashboard", "measures": "Measures", "ventures": "Joint ventures",
        "assessments": "Assessments", "exposures": "Exposures", "events": "Events", "audit": "Audit log",
    }
    _NAV_ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        "dashboard": SP.SP_ComputerIcon, "measures": SP.SP_FileDialogDetailedView,
        "ventures": SP.SP_DirHomeIcon, "assessments": SP.SP_MessageBoxWarning,
        "exposures": SP.SP_MessageBoxCritical, "events": SP.SP_FileDialogInfoView,
        "audit": SP.SP_FileDialogContentsView,
    }

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._stop_reads = StopFlag()  # the window's own background reads stop when it closes
        self.undo_stack = QUndoStack(self)
        self.setWindowIcon(icon("app", SP.SP_ComputerIcon))
        # Only the view shown first is built at start; the others when first shown or asked
        # for (`window.measures`, `window.views["audit"]`), each in place of an empty page.
        self._built: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {name: QWidget(self) for name in self.VIEW_TITLES}
        self.views = ViewMap(self)
        self._stale: set[str] = set(self.VIEW_TITLES)  # views to re-read when next shown
        self._matrix: RiskMatrix | None = None
        self._unassessed: int | None = None
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        for name, page in self._pages.items():
            item = QListWidgetItem(icon(f"nav-{name}", self._NAV_ICONS[name]), self.VIEW_TITLES[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(160, 36))
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.banner = QLabel(self)
        self.banner.setObjectName("read_only_banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #FFF3CD; color: #5C4400; padding: 6px;"
                                  " border-bottom: 1px solid #E0C36C; font-weight: bold; }")
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(self)
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.actions = WindowActions(self)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.records_changed.connect(self.refresh)
        self.undo_stack.indexChanged.connect(lambda _i: self.actions.update_enabled())
        self.resize(1280, 800)
        self._show_database()
        # What the window reads for itself runs on the background reader once the window is
        # up (see workers.run_background), in this order: the page check of the file, the
        # counts, the first view's data, and one screening for the Exposures badge (unless
        # that view, shown first, screens itself).
        self.check_integrity()
        self.update_counts()
        self.restore_layout()  # builds and shows the last view, which reads its data
        if self.current_view_name() != "exposures":
            self._count_exposures()

    # -- views ----------------------------------------------------------------------------
    def view(self, name: str) -> QWidget:
        """The view `name`, built now if it was not yet."""
        built = self._built.get(name)
        if built is not None:
            return built
        view = build_view(self, name)
        self._built[name] = view
        page = self._pages.pop(name)
        index = self.stack.indexOf(page)
        current = self.stack.currentWidget() is page
        self.stack.insertWidget(index, view)
        if current:
            self.stack.setCurrentWidget(view)
        self.stack.removeWidget(page)
        page.deleteLater()
        self._stale.add(name)
        self._wire(name, view)
        return view

    def _wire(self, name: str, view: QWidget) -> None:
        if name in ENTITIES:
            view.selection_changed.connect(self.actions.update_enabled)  # type: ignore[attr-defined]
            view.model.reloaded.connect(self.actions.update_enabled)  # type: ignore[attr-defined]
            risk = self.risk_matrix()
            if risk is not None:
                view.set_matrix(risk)  # type: ignore[attr-defined]
        elif name == "dashboard":
            dashboard: DashboardView = view  # type: ignore[assignment]
            dashboard.cell_clicked.connect(self.show_cell)
            dashboard.exposures_clicked.connect(lambda: self.show_view("exposures"))
            dashboard.events_clicked.connect(lambda: self.show_view("events"))
            if self._unassessed is not None:
                dashboard.set_exposures(self._unassessed)
        elif name == "exposures":
            view.exposures_changed.connect(self._exposures_counted)  # type: ignore[attr-defined]

    def is_built(self, name: str) -> bool:
        return name in self._built

    @property
    def dashboard(self) -> DashboardView:
        return self.view("dashboard")  # type: ignore[return-value]

    @property
    def measures(self) -> MeasuresView:
        return self.view("measures")  # type: ignore[return-value]

    @property
    def ventures(self) -> VenturesView:
        return self.view("ventures")  # type: ignore[return-value]

    @property
    def assessments(self) -> AssessmentsView:
        return self.view("assessments")  # type: ignore[return-value]

    @property
    def exposures(self) -> ExposuresView:
        return self.view("exposures")  # type: ignore[return-value]

    @property
    def events(self) -> EventsView:
        return self.view("events")  # type: ignore[return-value]

    @property
    def audit(self) -> AuditView:
        return self.view("audit")  # type: ignore[return-value]

    # -- views ----------------------------------------------------------------------------
    def tables(self) -> list[RecordTableView]:
        """The record tables built so far (the others read everything when built)."""
        return [self._built[n] for n in ENTITIES if n in self._built]  # type: ignore[misc]

    def current_view_name(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "dashboard"

    def current_table(self) -> RecordTableView | None:
        name = self.current_view_name()
        return self._built.get(name) if name in ENTITIES else None  # type: ignore[return-value]

    def current_entity(self) -> str | None:
        table = self.current_table()
        return table.entity if table else None

    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(list(self.VIEW_TITLES).index(name))

    def _nav_changed(self, row: int) -> None:
        name = list(self.VIEW_TITLES)[max(row, 0)]
        self.stack.setCurrentWidget(self.view(name))
        if name in self._stale:
            self._reload_view(name)
        self.actions.update_enabled()

    def show_cell(self, likelihood: int, impact: int) -> None:
        """A heat-map click: the assessments in that residual cell."""
        self.show_view("assessments")
        self.assessments.show_cell(likelihood, impact)

    # -- data -----------------------------------------------------------------------------
    def refresh(self, entity: str = "all") -> None:
        """Re-read what `entity` changed: the visible view now, the others when next shown."""
        if entity in ("matrix", "all"):
            self._matrix = None
            self._load_matrix()
        # A change to one entity changes the others' columns (assessment counts, worst level).
        self._stale |= set(self.VIEW_TITLES)
        self._reload_view(self.current_view_name())
        self.update_counts()

    def risk_matrix(self) -> RiskMatrix | None:
        """The register's risk matrix, read once until it changes (None if it cannot be read)."""
        if self._matrix is None:
            from desktop_app.services.records import matrix

            try:
                self._matrix = matrix.get_matrix(self.ctx)
            except RegisterError as exc:
                log.warning("could not read the risk matrix: %s", exc)
        return self._matrix

    def _load_matrix(self) -> None:
        tables = self.tables()
        risk = self.risk_matrix() if tables else None
        if risk is not None:
            for table in tables:
                table.set_matrix(risk)

    def _reload_view(self, name: str) -> None:
        self._stale.discard(name)
        view = self.view(name)
        if name in ENTITIES:
            view.reload()  # type: ignore[attr-defined]
        else:
            view.refresh()  # type: ignore[attr-defined]

    def _count_exposures(self) -> None:
        """Screen once for the badge, quietly on the background reader (no dialog, no wait)."""
        if self.is_built("exposures"):  # the view screens itself, and counts as it goes
            if "exposures" in self._stale:
                self._reload_view("exposures")
            return
        ctx, stop = self.ctx, self._stop_reads

        def work() -> int:
            from desktop_app.services.screening import exposures as screening  # loaded with the first screening

            return screening.count_unassessed(ctx, stop)  # stopped when the window closes

        workers.run_background(self, work, self._exposures_counted,
                               lambda exc: log.warning("could not count unassessed exposures: %s", exc))

    def _exposures_counted(self, unassessed: int) -> None:
        self._unassessed = unassessed
        item = self.nav.item(list(self.VIEW_TITLES).index("exposures"))
        title = self.VIEW_TITLES["exposures"]
        item.setText(f"{title} ({unassessed})" if unassessed else title)
        if self.is_built("dashboard"):
            self.dashboard.set_exposures(unassessed)

    def update_counts(self) -> None:
        """The status bar's counts, read on the background reader."""
        ctx = self.ctx

        def failed(exc: BaseException) -> None:
            self.counts_label.setText(f"Counts unavailable: {exc}")

        def work() -> RegisterCounts:
            from desktop_app.services.records import browse

            return browse.register_counts(ctx)

        workers.run_background(self, work, self._show_counts, failed)

    def _show_counts(self, c: RegisterCounts) -> None:
        self.counts_label.setText(f"{c.measures:,} measures · {c.ventures:,} joint ventures · "
                                  f"{c.assessments:,} assessments · {c.overdue_reviews:,} reviews overdue")

    def check_integrity(self) -> None:
        """SQLite's page check of the register file, on the background reader: a damaged file is
        switched to read-only (banner and message), so nothing more is written to it."""
        ctx = self.ctx
        if ctx.db.path is None:
            return

        def checked(problem: str | None) -> None:
            if problem is None or self.ctx is not ctx:
                return
            log.error("%s failed its integrity check: %s", ctx.db.display_name, problem)
            self.set_context(integrity.read_only_after_damage(ctx, problem))
            messages.plain_box(self, QMessageBox.Icon.Critical, "The register is damaged",
                               f"{ctx.db.display_name} failed SQLite's integrity check ({problem}).\n\n"
                               "It is now open read-only, so nothing more is written to it. Export what you "
                               "need, then restore it from a backup with `export-risk restore BACKUP_FILE` "
                               "(the damaged file is kept as evidence).").exec()

        workers.run_background(self, lambda: integrity.damage_found(ctx), checked,
                               lambda exc: log.warning("could not check %s: %s", ctx.db.display_name, exc))

    def set_context(self, ctx: ServiceContext) -> None:
        """Show another register: the undo history belongs to the old one and is dropped."""
        old = self.ctx
        self.ctx = ctx
        self.undo_stack.clear()
        for table in self.tables():
            table.set_context(ctx)
        if self.is_built("audit"):
            self.audit.set_context(ctx)
        self._show_database()
        self.refresh("all")
        self.actions.update_enabled()  # a read-only register disables the editing actions
        if old is not ctx:
            old.db.dispose()

    def _show_database(self) -> None:
        db = self.ctx.db
        name = db.path.name if db.path else db.display_name
        self.setWindowTitle(f"Export Risk Register — {name}" + (" (read-only)" if db.read_only else ""))
        self.db_label.setText(f"Database: {db.display_name}")
        reason = getattr(db, "read_only_reason", "")
        self.banner.setText(f"Read-only: {reason or 'the database file or its folder cannot be written'}. "
                            "You can browse, search and export, but not change records.")
        self.banner.setVisible(db.read_only)

    # -- layout ---------------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = settings.get_bytes(settings.Key.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.get_bytes(settings.Key.STATE)
        if state is not None:
            self.restoreState(state)
        view = settings.get_text(settings.Key.VIEW, "dashboard")
        self.show_view(view if view in self.VIEW_TITLES else "dashboard")

    def save_layout(self) -> None:
        settings.set_bytes(settings.Key.GEOMETRY, self.saveGeometry())
        settings.set_bytes(settings.Key.STATE, self.saveState())
        settings.set_text(settings.Key.VIEW, self.current_view_name())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Open forms get their own close (and unsaved-changes prompt) first; one kept open
        # by the user keeps the window open too.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and not dialog.close():
                event.ignore()
                return
        self.save_layout()
        self._stop_reads.stop()  # a badge screening still running would hold up the exit
        event.accept()
