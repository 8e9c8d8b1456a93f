"""The Preferences dialog: each choice stored, shown again, and applied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.services.records.matrix import get_matrix
from desktop_app.ui import language, settings, theme
from desktop_app.ui.dialogs import preferences_dialog, report_dialog
from desktop_app.ui.dialogs.preferences_dialog import PreferencesDialog


def lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def test_preferences_round_trip(window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    window.actions.preferences.trigger()
    dialog = window.actions.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.language.currentData() == language.SYSTEM
    assert dialog.theme.currentData() == theme.SYSTEM
    before = get_matrix(window.ctx)
    top = before.ordered()[-1]
    assert dialog.cadence[top.key].value() == top.review_days
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme.DARK))
    monkeypatch.setattr(preferences_dialog, "ask_folder", lambda _parent, _start: str(tmp_path))
    dialog.choose_folder()
    dialog.cadence[top.key].setValue(top.review_days + 7)
    dialog.accept()
    try:
        assert settings.get_text(settings.Key.LANGUAGE) == "de"
        assert settings.get_text(settings.Key.THEME) == theme.DARK
        assert lightness() < 100
        assert report_dialog.report_folder() == tmp_path
        after = get_matrix(window.ctx)
        assert after.level(top.key).review_days == top.review_days + 7
        assert [lv.review_days for lv in after.ordered()[:-1]] == [lv.review_days for lv in before.ordered()[:-1]]
        again = PreferencesDialog(window)
        qtbot.addWidget(again)
        assert again.language.currentData() == "de"
        assert again.theme.currentData() == theme.DARK
        assert again.folder.text() == str(tmp_path)
        assert again.cadence[top.key].value() == top.review_days + 7
        again.theme.setCurrentIndex(again.theme.findData(theme.LIGHT))
        again.accept()
        assert lightness() > 150
        assert get_matrix(window.ctx) == after  # nothing changed: nothing written
    finally:
        theme.apply(theme.SYSTEM)


def test_the_shortcut_opens_preferences(window: Any) -> None:
    assert window.actions.preferences.shortcut().toString() == "Ctrl+,"
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.actions.preferences in edit_menu.actions()


def test_preferences_open_the_risk_matrix_editor(window: Any, qtbot: Any) -> None:
    from desktop_app.ui.dialogs.matrix_dialog import MatrixDialog

    window.actions.preferences.trigger()
    dialog = window.actions.preferences_dialog
    dialog.matrix_button.click()
    assert not dialog.isVisible()
    editors = [w for w in window.findChildren(MatrixDialog)]
    assert editors and editors[-1].isVisible()
    editors[-1].reject()
