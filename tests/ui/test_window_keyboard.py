"""The window from the keyboard: Down from search into the results, Ctrl+C as TSV, menus, About."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.ui import messages
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs


def test_down_from_search_selects_a_result_and_ctrl_c_copies_rows_with_headers(qtbot: Any,
                                                                              window: MainWindow) -> None:
    window.show_view("ventures")
    view = window.ventures
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=20_000)
    view.bar.search.setFocus()
    qtbot.keyClicks(view.bar.search, "anode")
    qtbot.keyClick(view.bar.search, Qt.Key.Key_Return)
    qtbot.keyClick(view.bar.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    assert view.current_id() is not None  # a row is selected to act on
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    header = lines[0].split("\t")
    assert header[0] == view.model.headerData(0, Qt.Orientation.Horizontal)
    assert len(lines) == 2 and "Aurora Anode Materials LLC" in lines[1].split("\t")


def test_menus_have_mnemonics_and_about_shows_the_version(window: MainWindow, dialogs: Dialogs) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert all("&" in text for text in menus)
    for menu_action in window.menuBar().actions():
        items = [a.text() for a in menu_action.menu().actions() if not a.isSeparator() and a.text()]
        letters = [t[t.index("&") + 1].lower() for t in items if "&" in t]
        assert len(letters) == len(set(letters)), (menu_action.text(), items)  # no clashes
    window.actions.about.trigger()
    assert __version__ in dialogs.boxes[-1]


def test_the_demo_offer_defaults_to_yes(qtbot: Any, ctx: Any, monkeypatch: Any) -> None:
    defaults: list[Any] = []

    def answer(box: QMessageBox) -> int:
        defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.Yes))
        return int(QMessageBox.StandardButton.No.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert messages.confirm(None, "t", "q", default_yes=True) is False
    assert messages.confirm(None, "t", "q") is False
    assert defaults == [True, False]


def test_dropping_a_csv_opens_the_import_dialog_on_it(qtbot: Any, window: MainWindow, tmp_path: Any) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    dropped = tmp_path / "measures.csv"
    dropped.write_text("reference,title\n", encoding="utf-8")
    for name, accepted in (("notes.txt", False), ("measures.csv", True)):
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted() is accepted, name
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    dialog = window.actions.import_dialog
    assert dialog.isVisible() and dialog.path.text() == str(dropped)
    dialog.close()
