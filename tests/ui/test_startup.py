"""Start-up: views built when first shown, reads after the first paint, damage found in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records import measures
from desktop_app.ui import app as app_module
from desktop_app.ui import workers
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.views.dashboard_view import LOADING
from tests.conftest import measure_data
from tests.persistence.test_opening_deferred import _digest, _flip_late_pages
from tests.ui.conftest import Dialogs


def test_only_the_view_shown_first_is_built(qtbot: Any, window: MainWindow) -> None:
    names = list(window.VIEW_TITLES)
    assert [window.is_built(n) for n in names] == [n == "dashboard" for n in names]
    assert window.stack.count() == len(names)
    window.show_view("audit")
    assert window.is_built("audit") and window.stack.currentWidget() is window.views["audit"]
    assert window.audit.count_label.text().endswith("audit entries")  # read when first shown
    ventures = window.ventures  # asked for by name (as menu actions and forms do): built, not shown
    assert window.is_built("ventures") and window.current_view_name() == "audit"
    for n, name in enumerate(names):  # each view sits at its navigation row
        if window.is_built(name):
            assert window.stack.indexOf(window.views[name]) == n
    window.show_view("ventures")
    assert window.stack.currentWidget() is ventures
    assert ventures.model.rowCount() == 6


def test_the_badge_is_counted_without_building_the_exposures_view(window: MainWindow, dialogs: Dialogs) -> None:
    assert not window.is_built("exposures")
    item = window.nav.item(list(window.VIEW_TITLES).index("exposures"))
    window.show_view("exposures")
    view = window.exposures
    assert item.text().startswith("Exposures")
    assert dialogs.errors == []
    assert view.venture.count() == 7  # "All joint ventures" and the six, read on the worker
    assert view.venture.itemText(1) <= view.venture.itemText(6)


def test_window_reads_after_it_is_shown_on_the_background_reader(qtbot: Any, demo_ctx: ServiceContext,
                                                                 dialogs: Dialogs,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "SYNCHRONOUS", False)
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    # Nothing was read yet: the window paints first, with the dashboard saying it is reading.
    assert win.dashboard.summary.text() == LOADING and win.counts_label.text() == ""
    win.show()
    with qtbot.waitSignal(win.dashboard.loaded, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: win.counts_label.text().startswith("30 measures"), timeout=20_000)
    assert "live assessments" in win.dashboard.summary.text()
    workers.reader_pool().waitForDone()
    assert dialogs.errors == []


def _damaged_register(path: Path) -> Path:
    ctx = open_register(f"sqlite:///{path}", actor="owner")
    for i in range(60):
        measures.create_measure(ctx, measure_data(reference=f"M-{i}", summary="s" * 400))
    ctx.db.dispose()
    _flip_late_pages(path)
    return path


def test_a_damaged_register_turns_read_only_once_the_window_checks_it(qtbot: Any, tmp_path: Path,
                                                                     dialogs: Dialogs) -> None:
    path = _damaged_register(tmp_path / "r.sqlite3")
    before = _digest(path)
    ctx = app_module.open_or_explain(f"sqlite:///{path}")  # header and schema are sound: it opens
    assert ctx is not None
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.ctx is not ctx and win.ctx.db.read_only
    assert win.banner.isVisible() and "damaged" in win.banner.text()
    assert "export-risk restore" in win.banner.text()
    assert any("integrity check" in box for box in dialogs.boxes)
    assert not win.actions.new.isEnabled() and not win.actions.import_.isEnabled()
    win.close()
    win.ctx.db.dispose()
    assert _digest(path) == before
