"""The dashboard's summary and lists write dates as the interface language does, like the tables."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui import language
from desktop_app.ui.models.list_model import ListTableModel

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
GERMAN_SHORT = re.compile(r"^\d{2}\.\d{2}\.\d{2}$")  # 04.03.26


@pytest.fixture
def german() -> Iterator[str]:
    code = language.install("de")
    yield code
    language.install(language.SOURCE_LANGUAGE)


def _column(model: ListTableModel, column: int) -> list[str]:
    return [model.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def _dashboard(qtbot: Any, demo_ctx: Any) -> Any:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=10_000)
    return window.dashboard


def test_the_dashboard_dates_follow_german(german: str, qtbot: Any, demo_ctx: Any, dialogs: Any) -> None:
    board = _dashboard(qtbot, demo_ctx)
    deadlines = _column(board.deadline_model, 0)
    reviews = _column(board.top_model, 5)
    assert deadlines and reviews
    assert all(GERMAN_SHORT.match(d) for d in deadlines + reviews), deadlines[:5] + reviews[:5]
    today = language.format_date(board.data.today)
    assert GERMAN_SHORT.match(today) and today in board.summary.text()
    # Sorting by the date column orders by the day, not by the text ("01.12.26" after "30.11.26").
    board.deadline_model.sort(0, Qt.SortOrder.AscendingOrder)
    days = [row.sort_values[0] for row in board.deadline_model.rows]
    assert all(isinstance(d, date) for d in days) and days == sorted(days)


def test_english_keeps_iso_dates(qtbot: Any, demo_ctx: Any, dialogs: Any) -> None:
    board = _dashboard(qtbot, demo_ctx)
    assert all(ISO.match(d) for d in _column(board.deadline_model, 0) + _column(board.top_model, 5))
    assert board.summary.text().startswith(f"As of {board.data.today.isoformat()}:")
