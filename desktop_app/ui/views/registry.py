"""The window's views by name: built when first asked for, each in its own module."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


def build_view(window: MainWindow, name: str) -> QWidget:
    """The view `name` of `window`; its module (screening, the audit model...) loads with it."""
    if name == "dashboard":
        from desktop_app.ui.views.dashboard_view import DashboardView

        return DashboardView(window)
    if name == "events":
        from desktop_app.ui.views.events_view import EventsView

        return EventsView(window)
    if name == "exposures":
        from desktop_app.ui.views.exposures_view import ExposuresView

        return ExposuresView(window)
    if name == "audit":
        from desktop_app.ui.views.audit_view import AuditView

        return AuditView(window)
    from desktop_app.ui.views import record_views

    kinds = {"measures": record_views.MeasuresView, "ventures": record_views.VenturesView,
             "assessments": record_views.AssessmentsView}
    return kinds[name](window)


class ViewMap(Mapping[str, QWidget]):
    """The window's views by name, in navigation order; a view is built when first asked for."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, name: str) -> QWidget:
        if name not in self._window.VIEW_TITLES:
            raise KeyError(name)
        return self._window.view(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window.VIEW_TITLES)

    def __len__(self) -> int:
        return len(self._window.VIEW_TITLES)
