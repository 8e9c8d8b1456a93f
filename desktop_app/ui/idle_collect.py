"""The window's collector policy: long reads leave what survives frozen, and cycles among it are
collected while the person is not using the window (system/heap.py says why)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.system import heap
from desktop_app.ui import workers

IDLE_S = 60.0  # no key, click or wheel for this long: a full collection cannot be felt
CHECK_MS = 20_000
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.ShortcutOverride}


class IdleCollector(QObject):
    """Owned by the main window; `stop()` when it closes hands the frozen heap back."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.last_input = time.monotonic()
        self.collections = 0  # full collections made while idle (read by tests and the log)
        heap.keep_survivors_frozen(True)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def busy(self) -> bool:
        """Database work queued or running on the worker or the readers."""
        return workers.busy()

    def check(self) -> None:
        if time.monotonic() - self.last_input >= IDLE_S and not self.busy() and heap.collect_idle():
            self.collections += 1
            self.last_input = time.monotonic()  # once per idle spell, not every check

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        heap.keep_survivors_frozen(False)
