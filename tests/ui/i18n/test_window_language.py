"""The window in Simplified Chinese, the language choice, and the formats that follow it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desktop_app.ui import language, settings


@pytest.fixture
def chinese() -> Iterator[str]:
    code = language.install("zh_CN")
    yield code
    language.install(language.SOURCE_LANGUAGE)


def test_the_window_starts_in_chinese(chinese: str, qtbot: Any, demo_ctx: Any, dialogs: Any) -> None:
    from desktop_app.ui.main_window import MainWindow

    assert chinese == "zh_CN"
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:4] == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.actions.preferences.text() == "首选项(&P)…"
    assert window.actions.new_by_entity  # entity names come through the labels context
    assert "合资企业" in " ".join(a.text() for a in window.actions.new_by_entity.values())


def test_formats_and_country_names_follow_the_language(chinese: str) -> None:
    assert language.country_name("DE", "Germany") == "德国"
    assert language.format_date(date(2026, 3, 4)) == QLocale("zh_CN").toString(
        QLocale("zh_CN").toDate("2026/3/4", "yyyy/M/d"), QLocale.FormatType.ShortFormat)
    language.install("de")
    assert language.format_money(Decimal("1234567.5")) == "1.234.567,50"
    assert language.country_name("CN", "China") == "China"
    language.install(language.SOURCE_LANGUAGE)
    assert language.format_money(Decimal("1234567.5")) == "1,234,567.50"
    assert language.format_date(date(2026, 3, 4)) == "2026-03-04"


def test_the_choice_comes_from_settings_else_the_system() -> None:
    assert language.stored_choice() == language.SYSTEM
    assert language.resolve(language.SYSTEM, QLocale("ko_KR")) == "ko"
    assert language.resolve(language.SYSTEM, QLocale("zh_TW")) == "zh_CN"
    assert language.resolve(language.SYSTEM, QLocale("fr_FR")) == "en"
    settings.set_text(settings.Key.LANGUAGE, "ja")
    assert language.resolve(language.stored_choice(), QLocale("de_DE")) == "ja"
    settings.set_text(settings.Key.LANGUAGE, "xx")  # edited by hand: ignored
    assert language.stored_choice() == language.SYSTEM


def test_a_missing_catalogue_leaves_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setattr(language, "I18N_DIR", tmp_path)
    assert language.install("de") == language.SOURCE_LANGUAGE
    language.install(language.SOURCE_LANGUAGE)


def test_the_application_starts_in_the_stored_language_and_theme(qapp: Any) -> None:
    from PySide6.QtGui import QPalette

    from desktop_app.ui import app, theme

    settings.set_text(settings.Key.LANGUAGE, "de")
    settings.set_text(settings.Key.THEME, theme.DARK)
    try:
        assert app.start_language_and_theme() == "de"
        assert language.translate("actions", "&File") == "&Datei"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 100
    finally:
        language.install(language.SOURCE_LANGUAGE)
        theme.apply(theme.SYSTEM)
    assert language.translate("actions", "&File") == "&File"
