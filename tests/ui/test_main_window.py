"""The window shell: navigation and shortcuts, status bar, layout kept, databases, first run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records import browse
from desktop_app.services.records.measures import create_measure
from desktop_app.ui import actions, settings
from desktop_app.ui.main_window import MainWindow
from tests.conftest import measure_data
from tests.ui.conftest import Dialogs, fixed


def test_views_are_reached_by_shortcut_and_navigation(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    assert window.current_view_name() == "dashboard"
    for n, name in enumerate(window.VIEW_TITLES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_name() == name
        assert window.stack.currentWidget() is window.views[name]
        assert window.actions.views[name].isChecked()
    window.nav.setCurrentRow(1)
    assert window.current_entity() == Entity.MEASURE
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.measures.bar.search.hasFocus()


def test_status_bar_shows_database_and_counts(window: MainWindow, demo_ctx: ServiceContext) -> None:
    assert str(demo_ctx.db.path) in window.db_label.text()
    overdue = browse.register_counts(demo_ctx).overdue_reviews
    assert window.counts_label.text() == (f"30 measures · 6 joint ventures · 12 assessments · "
                                          f"{overdue} reviews overdue")
    create_measure(demo_ctx, measure_data(reference="New one"))
    window.records_changed.emit(Entity.MEASURE)
    assert window.counts_label.text().startswith("31 measures")
    assert not window.banner.isVisible()


def test_every_action_has_a_shortcut_or_menu_and_a_tooltip(window: MainWindow) -> None:
    a = window.actions
    for action in (a.new, a.edit, a.archive, a.find, a.undo, a.redo, a.import_, a.pdf, a.xlsx, a.new_db,
                   a.open_db, a.backup):
        assert not action.shortcut().isEmpty(), action.text()
    assert len(a.toolbar.actions()) >= 12
    assert all(not action.icon().isNull() for action in (a.new, a.archive, a.undo, a.pdf))


def test_window_layout_and_view_are_restored(qtbot: Any, window: MainWindow,
                                             demo_ctx: ServiceContext) -> None:
    window.resize(window.width(), 655)
    assert window.height() == 655
    window.show_view("audit")
    window.close()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert again.current_view_name() == "audit"
    # (The offscreen screen is 800 px wide, so restoreGeometry narrows the width to fit it.)
    assert again.height() == 655


def test_read_only_register_shows_a_banner_and_refuses_edits(qtbot: Any, demo_ctx: ServiceContext,
                                                             dialogs: Dialogs) -> None:
    demo_ctx.db.read_only = True
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible() and win.banner.text().startswith("Read-only")
    assert "(read-only)" in win.windowTitle()
    win.show_view("measures")
    win.measures.table.selectRow(0)
    assert not win.actions.archive.isEnabled() and not win.actions.new.isEnabled()
    assert not win.actions.import_.isEnabled() and win.actions.edit.isEnabled()


def test_a_read_only_reason_written_as_a_sentence_gets_one_full_stop(qtbot: Any, demo_ctx: ServiceContext,
                                                                     dialogs: Dialogs) -> None:
    demo_ctx.db.read_only = True
    demo_ctx.db.read_only_reason = "register.sqlite3 is open for checking only."  # as opening words it
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    text = win.banner.text()
    assert "register.sqlite3 is open for checking only. You can browse" in text and ".." not in text


def test_first_run_offers_the_demo_register(qtbot: Any, ctx: ServiceContext, dialogs: Dialogs) -> None:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    dialogs.answer = False
    win.actions.offer_demo()
    assert len(dialogs.questions) == 1 and browse.register_counts(ctx).live[Entity.MEASURE] == 0
    win.actions.offer_demo()  # declined once: not asked again for this database
    assert len(dialogs.questions) == 1
    assert settings.demo_declined(ctx.db.url)


def test_accepting_the_demo_loads_it_in_the_background(qtbot: Any, ctx: ServiceContext,
                                                       dialogs: Dialogs) -> None:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    dialogs.answer = True
    win.actions.offer_demo()
    assert win.counts_label.text().startswith("30 measures · 6 joint ventures · 12 assessments")
    win.actions.offer_demo()  # no longer empty: no question
    assert len(dialogs.questions) == 1


def test_open_another_database_and_the_recent_list(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    other = tmp_path / "other" / "second.sqlite3"
    monkeypatch.setattr(actions, "ask_save_path", lambda *a: str(other))
    window.show_view("measures")
    window.measures.table.selectAll()
    window.actions.archive.trigger()
    assert window.undo_stack.count() == 1
    old_ctx = window.ctx
    window.actions.new_db.trigger()
    assert window.ctx is not old_ctx and window.ctx.db.path == other.resolve()
    assert window.undo_stack.count() == 0  # the old register's history does not apply here
    assert window.windowTitle() == "second.sqlite3"  # Qt adds the application's name once
    assert window.measures.model.rowCount() == 0 and dialogs.questions  # offered the demo
    assert settings.recent_databases()[0] == actions.url_for(str(other))
    monkeypatch.setattr(actions, "ask_open_path", lambda *a: str(old_ctx.db.path))
    window.actions.open_db.trigger()
    assert window.ctx.db.path == old_ctx.db.path
    window.actions.fill_recent()
    labels = [a.text() for a in window.actions.recent_menu.actions()]
    assert str(other.resolve()) in labels
    window.ctx.now = old_ctx.now


def test_a_refused_file_is_explained_and_the_register_stays_open(window: MainWindow, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 dialogs: Dialogs) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("name,title\nnot,a database\n", encoding="utf-8")
    monkeypatch.setattr(actions, "ask_open_path", lambda *a: str(bogus))
    before = window.ctx
    window.actions.open_db.trigger()
    assert window.ctx is before
    title, exc = dialogs.errors[-1]
    assert title == "Could not open the register" and "not a SQLite database" in str(exc)
    assert bogus.read_text(encoding="utf-8").startswith("name,title")


def test_backup_writes_a_register_copy(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       dialogs: Dialogs) -> None:
    dest = tmp_path / "copies" / "backup.sqlite3"
    monkeypatch.setattr(actions, "ask_save_path", lambda *a: str(dest))
    window.actions.backup.trigger()
    assert dest.is_file() and "Backup written and verified" in dialogs.boxes[-1]
    copy = fixed(open_register(f"sqlite:///{dest}"))
    try:
        assert browse.register_counts(copy).live[Entity.MEASURE] == 30
    finally:
        copy.db.dispose()


def test_import_and_report_actions_open_their_dialogs(window: MainWindow) -> None:
    window.actions.import_.trigger()
    window.actions.pdf.trigger()
    window.actions.xlsx.trigger()
    titles = [d.windowTitle() for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(titles) == 3
    for dialog in window.findChildren(QDialog):
        dialog.close()


def test_about_lists_the_shortcuts(window: MainWindow, dialogs: Dialogs) -> None:
    window.actions.about.trigger()
    assert "Keyboard shortcuts" in dialogs.boxes[-1] and "Ctrl+Z" in dialogs.boxes[-1]
