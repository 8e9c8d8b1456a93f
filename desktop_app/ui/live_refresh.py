"""Views follow the register when it changes underneath (a colleague, the command line)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.services.changes import RegisterWatch, watch_register

if TYPE_CHECKING:
    from desktop_app.services.context import ServiceContext
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
POLL_MS = 1_000  # one PRAGMA (or a non-blocking read of notifications) a second


class LiveRefresh(QObject):
    """Polls the register's change token on a timer; a change made elsewhere re-reads the
    window's views. The window's own changes are acknowledged when it refreshes for them.
    `changed_elsewhere` tells what else follows the register (the open record forms)."""

    changed_elsewhere = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.refreshes = 0  # changes by others acted on (shown in the log, read by tests)
        self._watch: RegisterWatch | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.watch(window.ctx)
        self.timer.start()

    def watch(self, ctx: ServiceContext) -> None:
        """Watch the window's (new) register."""
        if self._watch is not None:
            self._watch.close()
        self._watch = watch_register(ctx)

    def acknowledge(self) -> None:
        if self._watch is not None:
            self._watch.acknowledge()

    def poll(self) -> None:
        if self._watch is None or not self._watch.changed():
            return
        self.refreshes += 1
        log.info("the register changed underneath this window: views re-read")
        self.window.refresh("all", from_elsewhere=True)
        self.changed_elsewhere.emit()

    def stop(self) -> None:
        self.timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
