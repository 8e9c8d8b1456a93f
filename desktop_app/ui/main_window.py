"""The main window: a shell of navigation, views, actions and status; the work is delegated."""

from __future__ import annotations

import logging
from typing import ClassVar

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RegisterError
from desktop_app.services import browse, matrix
from desktop_app.services.context import ServiceContext
from desktop_app.ui import settings
from desktop_app.ui.actions import SP, WindowActions, icon
from desktop_app.ui.views.audit_view import AuditView
from desktop_app.ui.views.dashboard_view import DashboardView
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
        "assessments": "Assessments", "exposures": "Exposures", "audit": "Audit log",
    }
    _NAV_ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        "dashboard": SP.SP_ComputerIcon, "measures": SP.SP_FileDialogDetailedView,
        "ventures": SP.SP_DirHomeIcon, "assessments": SP.SP_MessageBoxWarning,
        "exposures": SP.SP_MessageBoxCritical, "audit": SP.SP_FileDialogContentsView,
    }

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.setWindowIcon(icon("app", SP.SP_ComputerIcon))
        self.dashboard = DashboardView(self)
        self.measures = MeasuresView(self)
        self.ventures = VenturesView(self)
        self.assessments = AssessmentsView(self)
        self.exposures = ExposuresView(self)
        self.audit = AuditView(self)
        self.views: dict[str, QWidget] = {"dashboard": self.dashboard, "measures": self.measures,
                                          "ventures": self.ventures, "assessments": self.assessments,
                                          "exposures": self.exposures, "audit": self.audit}
        self._stale: set[str] = set(self.views)  # views to re-read when next shown
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        for name, view in self.views.items():
            item = QListWidgetItem(icon(f"nav-{name}", self._NAV_ICONS[name]), self.VIEW_TITLES[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(160, 36))
            self.nav.addItem(item)
            self.stack.addWidget(view)
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
        self.dashboard.cell_clicked.connect(self.show_cell)
        self.dashboard.exposures_clicked.connect(lambda: self.show_view("exposures"))
        self.exposures.exposures_changed.connect(self._exposures_counted)
        for table in self.tables():
            table.selection_changed.connect(self.actions.update_enabled)
            table.model.reloaded.connect(self.actions.update_enabled)
        self.undo_stack.indexChanged.connect(lambda _i: self.actions.update_enabled())
        self.resize(1280, 800)
        self._show_database()
        self._load_matrix()
        self.restore_layout()  # shows the last view, which reads its data
        self.update_counts()
        if self.current_view_name() != "exposures":
            # Screen once for the badge, after the window is up: not part of the start-up path.
            QTimer.singleShot(0, self, self._count_exposures)  # cancelled if the window goes first

    # -- views ----------------------------------------------------------------------------
    def tables(self) -> list[RecordTableView]:
        return [self.measures, self.ventures, self.assessments]

    def current_view_name(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "dashboard"

    def current_table(self) -> RecordTableView | None:
        view = self.views.get(self.current_view_name())
        return view if isinstance(view, RecordTableView) else None

    def current_entity(self) -> str | None:
        table = self.current_table()
        return table.entity if table else None

    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(list(self.views).index(name))

    def _nav_changed(self, row: int) -> None:
        name = list(self.views)[max(row, 0)]
        self.stack.setCurrentWidget(self.views[name])
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
            self._load_matrix()
        # A change to one entity changes the others' columns (assessment counts, worst level).
        self._stale |= set(self.views)
        self._reload_view(self.current_view_name())
        self.update_counts()

    def _load_matrix(self) -> None:
        try:
            risk = matrix.get_matrix(self.ctx)
        except RegisterError as exc:
            log.warning("could not read the risk matrix: %s", exc)
            return
        for table in self.tables():
            table.set_matrix(risk)

    def _reload_view(self, name: str) -> None:
        self._stale.discard(name)
        view = self.views[name]
        if isinstance(view, RecordTableView):
            view.reload()
        elif isinstance(view, (DashboardView, AuditView, ExposuresView)):
            view.refresh()

    def _count_exposures(self) -> None:
        if "exposures" in self._stale:
            self._reload_view("exposures")

    def _exposures_counted(self, unassessed: int) -> None:
        item = self.nav.item(list(self.views).index("exposures"))
        title = self.VIEW_TITLES["exposures"]
        item.setText(f"{title} ({unassessed})" if unassessed else title)
        self.dashboard.set_exposures(unassessed)

    def update_counts(self) -> None:
        try:
            c = browse.register_counts(self.ctx)
        except RegisterError as exc:
            self.counts_label.setText(f"Counts unavailable: {exc}")
            return
        self.counts_label.setText(f"{c.measures:,} measures · {c.ventures:,} joint ventures · "
                                  f"{c.assessments:,} assessments · {c.overdue_reviews:,} reviews overdue")

    def set_context(self, ctx: ServiceContext) -> None:
        """Show another register: the undo history belongs to the old one and is dropped."""
        old = self.ctx
        self.ctx = ctx
        self.undo_stack.clear()
        for table in self.tables():
            table.set_context(ctx)
        self.audit.set_context(ctx)
        self._show_database()
        self.refresh("all")
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
        self.show_view(view if view in self.views else "dashboard")

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
        event.accept()
