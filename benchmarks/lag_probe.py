"""Event-loop lag probe: the longest GUI-thread stall while the main window does one thing.

A 2 ms timer on the GUI thread notes when it fires; the longest gap between two firings,
less the interval, is the longest time the window could not paint or take input. The window
runs as it does for a user: real database worker and background reader (not synchronous).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

GOAL_MS = 50.0
TICK_MS = 2


class LagProbe:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def measure(self, app: QApplication, action: Callable[[], Any], settled: Callable[[], bool],
                min_ms: int = 300, max_s: float = 120.0) -> float:
        """Run `action` from the event loop, spin until `settled()` has held for 300 ms (at least
        `min_ms` in all); the longest stall in ms."""
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, action)
        start = time.perf_counter()
        quiet_since: float | None = None
        while True:
            app.processEvents()
            now = time.perf_counter()
            quiet_since = (quiet_since or now) if settled() else None
            if quiet_since and now - quiet_since > 0.3 and now - start > min_ms / 1000:
                break
            if now - start > max_s:
                print(f"  (not settled after {max_s:.0f} s)")
                break
            time.sleep(0.001)
        self.timer.stop()
        return max(0.0, self.longest * 1000 - TICK_MS)


def idle() -> bool:
    """No database work queued or running (the worker and the background reader)."""
    from desktop_app.ui import workers

    return not workers._ACTIVE and not workers.busy()  # a probe may look inside


def run(url: str) -> list[tuple[str, float]]:
    """Open the main window on `url` and probe each step a user takes; (step, stall ms)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from desktop_app.domain.entity import Entity
    from desktop_app.services.context import open_register
    from desktop_app.ui import messages
    from desktop_app.ui.app import application
    from desktop_app.ui.dialogs.import_dialog import ImportDialog
    from desktop_app.ui.dialogs.report_dialog import ReportDialog
    from desktop_app.ui.forms import open_form
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window_views import VIEW_TITLES

    app = application()
    messages.show_error = lambda parent, exc, title="": print(f"  error: {title} {exc}")  # type: ignore[assignment]
    probe = LagProbe()
    results: list[tuple[str, float]] = []
    holder: dict[str, Any] = {}

    def step(name: str, action: Callable[[], Any], settled: Callable[[], bool] = idle) -> None:
        ms = probe.measure(app, action, settled)
        results.append((name, ms))
        print(f"  {name:<42} {ms:8.1f} ms {'ok' if ms < GOAL_MS else 'OVER'}")

    ctx = open_register(url, actor="bench")

    def open_window() -> None:
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        holder["window"] = window

    step("start the window", open_window)
    window: MainWindow = holder["window"]
    for name in VIEW_TITLES:
        step(f"open the {VIEW_TITLES[name]} view", lambda n=name: window.show_view(n))
    window.show_view("assessments")
    view = window.assessments
    step("search the assessments", lambda: (view.bar.search.setText("JV 0004"), view.bar.apply_now()))
    step("clear the search", lambda: (view.bar.search.setText(""), view.bar.apply_now()))
    owner = view.model.column_of("owner")
    step("sort by owner", lambda: view.table.sortByColumn(owner, Qt.SortOrder.DescendingOrder))
    combo = view.bar.combos["owner"]
    step("filter by owner", lambda: combo.setCurrentIndex(max(1, combo.findText("Li Wei"))))
    step("clear the filter", lambda: combo.setCurrentIndex(0))

    def open_dialog(make: Callable[[], QDialog]) -> None:
        dialog = make()
        dialog.show()
        holder["dialog"] = dialog

    step("open the report dialog", lambda: open_dialog(lambda: ReportDialog(window, "pdf")))
    holder["dialog"].close()
    step("open the import dialog", lambda: open_dialog(lambda: ImportDialog(window)))
    holder["dialog"].close()
    first = view.model.record_id(0) if view.model.rowCount() else None
    form = open_form(window, Entity.ASSESSMENT, first) if first is not None else None
    if form is not None:
        form.owner.setText("Probe owner")
        step("save an assessment form", form.save,
             lambda: idle() and (not shiboken6.isValid(form) or not form.isVisible()))
    window.close()
    ctx.db.dispose()
    return results
