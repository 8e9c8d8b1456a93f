"""The main window: a shell of navigation, views, actions and status; the work is delegated."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.services.context import ServiceContext
from desktop_app.services.progress import StopFlag
from desktop_app.ui import settings
from desktop_app.ui.actions import SP, WindowActions, icon
from desktop_app.ui.file_drop import FileDrop
from desktop_app.ui.idle_collect import IdleCollector
from desktop_app.ui.live_refresh import LiveRefresh
from desktop_app.ui.views.dashboard_view import DashboardView
from desktop_app.ui.window_status import WindowStatus
from desktop_app.ui.window_tools import ToolActions
from desktop_app.ui.window_views import ENTITY_OF_VIEW, VIEW_TITLES, ViewMap, WindowViews

# The record tables, the table models and the services they read (with the SQLModel tables
# behind them) are imported when first needed: the first paint does not wait for them.
if TYPE_CHECKING:
    from desktop_app.domain.risk import RiskMatrix
    from desktop_app.ui.views.audit_view import AuditView
    from desktop_app.ui.views.events_view import EventsView
    from desktop_app.ui.views.exposures_view import ExposuresView
    from desktop_app.ui.views.record_views import AssessmentsView, MeasuresView, VenturesView
    from desktop_app.ui.views.table_view import RecordTableView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Holds the register context, the undo stack and the views; `refresh` after any change."""

    records_changed = Signal(str)  # the Entity that changed, or "all"
    VIEW_TITLES: ClassVar[dict[str, str]] = VIEW_TITLES

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.stop_reads = StopFlag()  # the window's own background reads stop when it closes
        self.undo_stack = QUndoStack(self)
        self.setWindowIcon(icon("app", SP.SP_ComputerIcon))
        # Views are built when first shown or asked for (`window.measures`, `window.views["audit"]`).
        self._views = WindowViews(self)
        self.views = ViewMap(self._views)
        self.nav, self.stack = self._views.nav, self._views.stack
        self._matrix: RiskMatrix | None = None
        self.status = status = WindowStatus(self)  # the banner and the status bar's labels
        self.banner, self.db_label, self.counts_label = status.banner, status.db_label, status.counts_label
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
        self.actions = WindowActions(self)
        self.tools = ToolActions(self)  # the user guide, CSV export of a view, check, restore
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.records_changed.connect(self.refresh)
        self.undo_stack.indexChanged.connect(lambda _i: self.actions.update_enabled())
        self.resize(1280, 800)
        self.status.show_database()
        # What the window reads for itself runs on the background reader once the window is
        # up (see workers.run_background), in this order: the page check of the file, the
        # counts, the first view's data, and one screening for the Exposures badge (unless
        # that view, shown first, screens itself).
        self.status.check_integrity()
        self.update_counts()
        self.restore_layout()  # builds and shows the last view, which reads its data
        if self.current_view_name() != "exposures":
            self.status.count_exposures()
        self.live = LiveRefresh(self)  # a change made elsewhere re-reads the views
        self.file_drop = FileDrop(self)  # a CSV or XLSX dropped on the window opens the import
        self.idle_collect = IdleCollector(self)  # long reads' survivors stay frozen; cycles go when idle

    # -- views ----------------------------------------------------------------------------
    def view(self, name: str) -> QWidget:
        """The view `name` (see window_views.VIEW_TITLES), built now if it was not yet."""
        return self._views.view(name)

    def wire_view(self, name: str, view: QWidget) -> None:
        """Connect a view just built to the window."""
        if name in ENTITY_OF_VIEW:
            table: RecordTableView = view  # type: ignore[assignment]
            table.selection_changed.connect(self.actions.update_enabled)
            table.model.reloaded.connect(self.actions.update_enabled)
            risk = self.risk_matrix()
            if risk is not None:
                table.set_matrix(risk)
        elif name == "dashboard":
            dashboard: DashboardView = view  # type: ignore[assignment]
            dashboard.cell_clicked.connect(self.show_cell)
            dashboard.exposures_clicked.connect(lambda: self.show_view("exposures"))
            dashboard.events_clicked.connect(lambda: self.show_view("events"))
            if self.status.unassessed is not None:
                dashboard.set_exposures(self.status.unassessed)
        elif name == "exposures":
            view.exposures_changed.connect(self.status.exposures_counted)  # type: ignore[attr-defined]

    def is_built(self, name: str) -> bool:
        return name in self._views.built

    def table_of(self, entity: Entity) -> RecordTableView:
        """The table view of a record entity."""
        return self.view(entity.record.name)  # type: ignore[return-value]

    @property
    def dashboard(self) -> DashboardView:
        return self.view("dashboard")  # type: ignore[return-value]

    @property
    def measures(self) -> MeasuresView:
        return self.table_of(Entity.MEASURE)  # type: ignore[return-value]

    @property
    def ventures(self) -> VenturesView:
        return self.table_of(Entity.VENTURE)  # type: ignore[return-value]

    @property
    def assessments(self) -> AssessmentsView:
        return self.table_of(Entity.ASSESSMENT)  # type: ignore[return-value]

    @property
    def exposures(self) -> ExposuresView:
        return self.view("exposures")  # type: ignore[return-value]

    @property
    def events(self) -> EventsView:
        return self.view("events")  # type: ignore[return-value]

    @property
    def audit(self) -> AuditView:
        return self.view("audit")  # type: ignore[return-value]

    def tables(self) -> list[RecordTableView]:
        """The record tables built so far (the others read everything when built)."""
        return self._views.tables()

    def current_view_name(self) -> str:
        return self._views.current_name()

    def current_table(self) -> RecordTableView | None:
        return self._views.current_table()

    def current_entity(self) -> Entity | None:
        table = self.current_table()
        return table.entity if table else None

    def show_view(self, name: str) -> None:
        self._views.show(name)

    def reload_if_stale(self, name: str) -> None:
        if name in self._views.stale:
            self._views.reload(name)

    def set_badge(self, name: str, count: int | None) -> None:
        self._views.set_badge(name, count)

    def _nav_changed(self, row: int) -> None:
        self._views.shown(row)
        self.actions.update_enabled()

    def show_cell(self, likelihood: int, impact: int) -> None:
        """A heat-map click: the assessments in that residual cell."""
        self.show_view(Entity.ASSESSMENT.record.name)
        self.assessments.show_cell(likelihood, impact)

    # -- data -----------------------------------------------------------------------------
    def refresh(self, entity: str = "all", *, from_elsewhere: bool = False) -> None:
        """Re-read what `entity` (an Entity, or "all") changed: the visible view now, the
        others when next shown, and the Exposures badge (a demo or an import changes it)."""
        if not from_elsewhere and hasattr(self, "live"):
            self.live.acknowledge()  # this window's own change: the poll need not refresh again
        if entity in (Entity.RISK_MATRIX, "all"):
            self._matrix = None
            self._load_matrix()
        # A change to one entity changes the others' columns (assessment counts, worst level).
        self._views.stale |= set(VIEW_TITLES)
        self._views.reload(self.current_view_name())
        self.update_counts()
        if self.current_view_name() != "exposures":
            self.status.count_exposures()

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

    def update_counts(self) -> None:
        """The status bar's counts, read on the background reader."""
        self.status.update_counts()

    def set_context(self, ctx: ServiceContext) -> None:
        """Show another register: the undo history belongs to the old one and is dropped."""
        old = self.ctx
        self.ctx = ctx
        self.undo_stack.clear()
        for table in self.tables():
            table.set_context(ctx)
        if self.is_built("audit"):
            self.audit.set_context(ctx)
        self.status.show_database()
        if hasattr(self, "live"):
            self.live.watch(ctx)
        self.refresh("all")
        self.actions.update_enabled()  # a read-only register disables the editing actions
        if old is not ctx:
            old.db.dispose()

    # -- layout ---------------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = settings.get_bytes(settings.Key.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.get_bytes(settings.Key.STATE)
        if state is not None:
            self.restoreState(state)
        view = settings.get_text(settings.Key.VIEW, "dashboard")
        self.show_view(view if view in VIEW_TITLES else "dashboard")

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
        self.live.stop()
        self.idle_collect.stop()
        self.stop_reads.stop()  # a badge screening still running would hold up the exit
        event.accept()
