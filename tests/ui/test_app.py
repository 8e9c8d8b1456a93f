"""Starting the application: a refused file is explained and exits 1; a good one shows the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.ui import app as app_module
from desktop_app.ui import settings
from tests.ui.conftest import Dialogs


def test_a_refused_database_is_explained_and_exits_1(qapp: Any, tmp_path: Path, dialogs: Dialogs) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert app_module.run_gui(f"sqlite:///{empty}") == 1
    assert "empty (0 bytes)" in dialogs.boxes[-1]
    assert empty.read_bytes() == b""


def test_run_gui_shows_the_window_then_returns_the_exit_code(qapp: Any, demo_url: str, dialogs: Dialogs,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    # A window another test left open (one kept by a form with unsaved edits) is not this one.
    earlier = set(QApplication.topLevelWidgets())

    def fake_exec() -> int:
        QApplication.processEvents()  # runs the queued first-run check
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "" and w.isVisible()
                      and hasattr(w, "undo_stack") and w not in earlier)
        seen["title"] = window.windowTitle()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(demo_url) == 0
    assert seen["title"] == "register.sqlite3"  # Qt appends the display name: the app is named once
    assert not dialogs.questions  # the demo register is not empty: no first-run question
    assert settings.recent_databases()[0] == demo_url


def test_the_window_s_process_hands_the_gil_over_quickly(qapp: Any) -> None:
    """Readers screen while the window paints: the GUI thread, which takes the GIL back after
    each call into Qt or SQLite, must not wait Python's default 5 ms for it each time."""
    import sys

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        assert app_module.application() is QApplication.instance()
        assert sys.getswitchinterval() == pytest.approx(app_module.GIL_SWITCH_S) and app_module.GIL_SWITCH_S <= 0.001
    finally:
        sys.setswitchinterval(before)
