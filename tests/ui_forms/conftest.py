"""GUI form tests: offscreen Qt, synchronous workers, a stand-in main window over a real register."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from desktop_app.services.context import ServiceContext
from desktop_app.ui import messages, workers


class StandInWindow(QMainWindow):
    """The part of the main window the forms rely on: ctx, undo_stack, records_changed."""

    records_changed = Signal(str)

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.changed: list[str] = []
        self.records_changed.connect(self.changed.append)


@pytest.fixture(autouse=True)
def _synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "SYNCHRONOUS", True)


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, BaseException]]:
    """Error boxes are recorded instead of shown modally."""
    shown: list[tuple[str, BaseException]] = []

    def fake(parent: Any, exc: BaseException, title: str = "") -> None:
        shown.append((title, exc))

    monkeypatch.setattr(messages, "show_error", fake)
    return shown


@pytest.fixture
def window(qtbot: Any, ctx: ServiceContext, errors_shown: list) -> Iterator[StandInWindow]:
    win = StandInWindow(ctx)
    qtbot.addWidget(win)
    yield win


def set_cell(editor: Any, row: int, key: str, text: str) -> None:
    """What the table's cell editor commits when the user finishes typing in a cell."""
    model = editor.model
    assert model.setData(model.index(row, model.column_of(key)), text)


def add_row(qtbot: Any, editor: Any, **cells: str) -> int:
    """Click the editor's Add button, then fill the new row's cells."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.model.rowCount() - 1
    for key, text in cells.items():
        set_cell(editor, row, key, text)
    return row


def click(qtbot: Any, button: Any) -> None:
    from PySide6.QtCore import Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message_of(form: Any, widget: Any) -> str:
    """The inline message shown under a field (empty when hidden)."""
    label = form._messages[widget]
    return label.text() if not label.isHidden() else ""
