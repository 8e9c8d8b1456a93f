"""File > Import update pack… opens the pack dialog in the real window, and is off when read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from desktop_app.ui.dialogs.pack_dialog import PackDialog


def test_the_file_menu_opens_the_pack_dialog(qtbot: Any, window: Any) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("Import &update pack…") == texts.index("&Import…") + 1
    assert window.actions.pack.isEnabled()
    window.actions.pack.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PackDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].parent() is window
    assert not dialogs[0].check_button.isEnabled()  # no pack chosen yet
    dialogs[0].reject()


def test_a_read_only_register_offers_no_pack_import(qtbot: Any, demo_ctx: Any, dialogs: Any) -> None:
    from desktop_app.ui.main_window import MainWindow

    demo_ctx.db.read_only = True
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    assert not win.actions.pack.isEnabled() and not win.actions.import_.isEnabled()
