"""The change helper: the work runs on the database worker, errors reach one dialog, views refresh."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import NotFound
from desktop_app.ui import workers
from desktop_app.ui.change_op import ChangeOp
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs


def test_work_runs_on_the_worker_and_the_result_comes_back(window: MainWindow,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "SYNCHRONOUS", False)
    changed: list[str] = []
    window.records_changed.connect(changed.append)
    threads: list[threading.Thread] = []

    def work(ctx: Any) -> int:
        threads.append(threading.current_thread())
        return 42

    pushed = QUndoCommand("Step")
    ok, result = ChangeOp(window, "Do a step", work, changed=Entity.MEASURE,
                          command=lambda _r: pushed).run_and_wait()
    assert (ok, result) == (True, 42)
    assert threads and threads[0] is not threading.main_thread()
    assert changed == [Entity.MEASURE] and window.undo_stack.undoText() == "Step"


def test_an_error_reaches_one_dialog_and_the_views_still_refresh(window: MainWindow, dialogs: Dialogs) -> None:
    changed: list[str] = []
    window.records_changed.connect(changed.append)

    def work(ctx: Any) -> None:
        raise NotFound("No measure with id 404.")

    ok, _ = ChangeOp(window, "Archive 1 measures", work, changed=Entity.MEASURE,
                     command=lambda _r: QUndoCommand("never")).run_and_wait()
    assert not ok
    assert [(title, str(exc)) for title, exc in dialogs.errors] == [
        ("Could not archive 1 measures", "No measure with id 404.")]
    assert changed == [Entity.MEASURE] and window.undo_stack.count() == 0
