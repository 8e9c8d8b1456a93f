"""The main window's menu bar and toolbar, laid out from the actions WindowActions created."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from desktop_app.ui.language import translate

if TYPE_CHECKING:
    from desktop_app.ui.actions import WindowActions


def build_menus(a: WindowActions) -> None:
    """File, Edit, View and Help; Preferences sit at the end of Edit (Ctrl+,)."""
    bar = a.window.menuBar()
    file = bar.addMenu(translate("actions", "&File"))
    for item in (a.new_db, a.open_db, a.recent_menu, a.backup, None, a.import_, a.pack, a.pdf,
                 a.xlsx, None, a.demo, None, a.quit):
        _add(file, item)
    edit = bar.addMenu(translate("actions", "&Edit"))
    for item in (a.undo, a.redo, None, a.new, *a.new_by_entity.values(), a.edit,
                 a.archive, a.restore, None, a.history, a.find, None, a.groups, None, a.preferences):
        _add(edit, item)
    view = bar.addMenu(translate("actions", "&View"))
    for item in (*a.views.values(), None, a.refresh):
        _add(view, item)
    a.columns_menu = view.addMenu(translate("actions", "&Columns"))
    a.columns_menu.aboutToShow.connect(a.fill_columns)
    _add(bar.addMenu(translate("actions", "&Help")), a.about)


def _add(menu: QMenu, item: QAction | QMenu | None) -> None:
    if item is None:
        menu.addSeparator()
    elif isinstance(item, QMenu):
        menu.addMenu(item)
    else:
        menu.addAction(item)


def build_toolbar(a: WindowActions) -> QToolBar:
    """The main toolbar (its object name lets saveState keep where the user put it)."""
    tools = QToolBar(translate("actions", "Main toolbar"), a.window)
    tools.setObjectName("main_toolbar")
    tools.setIconSize(QSize(20, 20))
    for item in (a.new, a.edit, a.archive, a.restore, None, a.undo, a.redo, None,
                 a.find, a.refresh, None, a.import_, a.pdf, a.xlsx):
        if item is None:
            tools.addSeparator()
        else:
            tools.addAction(item)
    a.window.addToolBar(tools)
    return tools
