"""The window shows the services' findings and refusals in the interface language (pytest-qt)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.services.context import ServiceContext
from desktop_app.ui.dialogs import maintenance_dialog
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs


def _edit_behind_the_apps_back(ctx: ServiceContext) -> None:
    assert ctx.db.path is not None
    conn = sqlite3.connect(ctx.db.path)
    conn.execute("UPDATE measure SET title = 'edited by hand' WHERE id = 1")
    conn.commit()
    conn.close()


def test_the_check_dialog_shows_the_finding_in_chinese(window: MainWindow, demo_ctx: ServiceContext,
                                                       speak: Callable[[str], str]) -> None:
    _edit_behind_the_apps_back(demo_ctx)
    speak("zh_CN")
    window.tools.check.trigger()
    dialog = window.tools.check_dialog
    shown = dialog.result.toPlainText()
    finding = next(line for line in shown.splitlines() if line.startswith("  - 记录："))
    assert "措施" in finding and "（ID 1）" in finding and "在应用程序之外被更改" in finding
    assert "was changed outside the application" not in shown
    dialog.close()


def test_the_check_dialog_shows_the_finding_in_japanese(window: MainWindow, demo_ctx: ServiceContext,
                                                        speak: Callable[[str], str]) -> None:
    _edit_behind_the_apps_back(demo_ctx)
    speak("ja")
    window.tools.check.trigger()
    dialog = window.tools.check_dialog
    assert "レコード：措置 " in dialog.result.toPlainText()
    assert "アプリケーションの外で変更されました" in dialog.result.toPlainText()
    dialog.close()


def test_the_check_dialog_stays_english_without_a_language(window: MainWindow, demo_ctx: ServiceContext) -> None:
    _edit_behind_the_apps_back(demo_ctx)
    window.tools.check.trigger()
    dialog = window.tools.check_dialog
    assert "  - records: measure " in dialog.result.toPlainText()
    assert "was changed outside the application" in dialog.result.toPlainText()
    dialog.close()


def test_a_restore_refusal_reaches_the_user_in_chinese(window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs,
                                                       speak: Callable[[str], str]) -> None:
    bogus = tmp_path / "notes.csv"
    bogus.write_text("reference,title\n", encoding="utf-8")
    monkeypatch.setattr(maintenance_dialog, "ask_backup_path", lambda *a: str(bogus))
    dialogs.answer = True
    ctx = window.ctx
    speak("zh_CN")
    window.tools.restore_backup.trigger()
    assert str(dialogs.errors[-1][1]) == f"无法从 {bogus} 恢复：它不是 SQLite 数据库。未做任何更改。"
    assert window.ctx is ctx
