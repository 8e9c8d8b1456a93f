"""The main window's views: listed in the navigation, each built when first asked for, re-read when stale."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QStyle, QWidget

from desktop_app.domain.entity import RECORDS, Entity
from desktop_app.ui.actions import SP, icon
from desktop_app.ui.entities import ENTITY_UI
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.views.dashboard_view import DashboardView

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.views.table_view import RecordTableView

# Views by name, in navigation order: a record table is named like its records ("ventures").
VIEW_TITLES: dict[str, str] = {
    "dashboard": translate("window_views", "Dashboard"),
    **{e.record.name: label_text(e.record.title) for e in RECORDS},
    "exposures": translate("window_views", "Exposures"),
    "events": translate("window_views", "Events"),
    "audit": translate("window_views", "Audit log"),
}
NAV_ICONS: dict[str, QStyle.StandardPixmap] = {
    "dashboard": SP.SP_ComputerIcon, **{e.record.name: ENTITY_UI[e].icon for e in RECORDS},
    "exposures": SP.SP_MessageBoxCritical, "events": SP.SP_FileDialogInfoView,
    "audit": SP.SP_FileDialogContentsView,
}
ENTITY_OF_VIEW: dict[str, Entity] = {e.record.name: e for e in RECORDS}


def build_view(window: MainWindow, name: str) -> QWidget:
    """A new view `name`. Imported here: a view's module (screening for Exposures, the audit
    model, a record table's services) loads with it."""
    if name == "dashboard":
        return DashboardView(window)
    if name == "exposures":
        from desktop_app.ui.views.exposures_view import ExposuresView

        return ExposuresView(window)
    if name == "events":
        from desktop_app.ui.views.events_view import EventsView

        return EventsView(window)
    if name == "audit":
        from desktop_app.ui.views.audit_view import AuditView

        return AuditView(window)
    return ENTITY_UI[ENTITY_OF_VIEW[name]].view()(window)


class ViewMap(Mapping[str, QWidget]):
    """The window's views by name, in navigation order; a view is built when first asked for."""

    def __init__(self, views: WindowViews) -> None:
        self._views = views

    def __getitem__(self, name: str) -> QWidget:
        if name not in VIEW_TITLES:
            raise KeyError(name)
        return self._views.view(name)

    def __iter__(self) -> Iterator[str]:
        return iter(VIEW_TITLES)

    def __len__(self) -> int:
        return len(VIEW_TITLES)


class WindowViews:
    """The navigation list and the stack of views. Only the view shown first is built at start;
    the others when first shown or asked for, each in place of an empty page."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.built: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {name: QWidget(window) for name in VIEW_TITLES}
        self.stale: set[str] = set(VIEW_TITLES)  # views to re-read when next shown
        self.nav = QListWidget(window)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget(window)
        for name, page in self._pages.items():
            item = QListWidgetItem(icon(f"nav-{name}", NAV_ICONS[name]), VIEW_TITLES[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(160, 36))
            self.nav.addItem(item)
            self.stack.addWidget(page)

    def view(self, name: str) -> QWidget:
        """The view `name`, built now if it was not yet."""
        built = self.built.get(name)
        if built is not None:
            return built
        view = build_view(self.window, name)
        self.built[name] = view
        page = self._pages.pop(name)
        index = self.stack.indexOf(page)
        current = self.stack.currentWidget() is page
        self.stack.insertWidget(index, view)
        if current:
            self.stack.setCurrentWidget(view)
        self.stack.removeWidget(page)
        page.deleteLater()
        self.stale.add(name)
        self.window.wire_view(name, view)
        return view

    def tables(self) -> list[RecordTableView]:
        """The record tables built so far (the others read everything when built)."""
        return [self.built[n] for n in ENTITY_OF_VIEW if n in self.built]  # type: ignore[misc]

    def current_name(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "dashboard"

    def current_table(self) -> RecordTableView | None:
        name = self.current_name()
        return self.built.get(name) if name in ENTITY_OF_VIEW else None  # type: ignore[return-value]

    def show(self, name: str) -> None:
        self.nav.setCurrentRow(list(VIEW_TITLES).index(name))

    def shown(self, row: int) -> str:
        """The navigation moved to `row`: show its view, re-read if stale; returns its name."""
        name = list(VIEW_TITLES)[max(row, 0)]
        self.stack.setCurrentWidget(self.view(name))
        if name in self.stale:
            self.reload(name)
        return name

    def reload(self, name: str) -> None:
        self.stale.discard(name)
        view = self.view(name)
        if name in ENTITY_OF_VIEW:
            view.reload()  # type: ignore[attr-defined]
        else:
            view.refresh()  # type: ignore[attr-defined]

    def set_badge(self, name: str, count: int | None) -> None:
        """Show `count` after the view's title in the navigation (nothing for none)."""
        title = VIEW_TITLES[name]
        self.nav.item(list(VIEW_TITLES).index(name)).setText(f"{title} ({count})" if count else title)
