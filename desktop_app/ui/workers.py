"""Run service calls off the GUI thread with a progress dialog, a Cancel button and error routing."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
T = TypeVar("T")

# Tests set this to True so tasks run inline and assertions follow immediately
# (the synchronous-pool pattern of Dangerzone's and Picard's GUI tests).
SYNCHRONOUS = False
# A short task should not flash a dialog: it appears only after this delay.
SHOW_AFTER_MS = 400


class QtProgress:
    """The services' Progress protocol, fed from a worker thread, read by the GUI thread."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, fraction: float, text: str = "") -> None:
        self._relay.progressed.emit(int(max(0.0, min(1.0, fraction)) * 1000), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    progressed = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[QtProgress], T], relay: _Relay, progress: QtProgress) -> None:
        super().__init__()
        self._fn, self._relay, self._progress = fn, relay, progress

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:
            log.exception("background task failed")
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


_ACTIVE: set[_Relay] = set()  # keeps relays alive until their task reports back


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[QtProgress], T],
    on_done: Callable[[T], Any],
    on_error: Callable[[BaseException], Any] | None = None,
    *,
    cancellable: bool = True,
) -> QtProgress:
    """Run `fn(progress)` on the single database worker; call back on the GUI thread.

    One worker thread only: database work is serialised, as in Anki's task manager, so
    two background writes never race each other.
    """
    relay = _Relay()
    progress = QtProgress(relay)
    if SYNCHRONOUS:
        try:
            result = fn(progress)
        except BaseException as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_done(result)
        return progress
    dialog = QProgressDialog(title, "Cancel" if cancellable else "", 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(progress.cancel)

    def progressed(value: int, text: str) -> None:
        dialog.setValue(value)
        if text:
            dialog.setLabelText(f"{title}\n{text}")

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        _ACTIVE.discard(relay)

    def done(result: object) -> None:
        finish()
        on_done(result)  # type: ignore[arg-type]

    def failed(exc: object) -> None:
        finish()
        if on_error is not None:
            on_error(exc)  # type: ignore[arg-type]

    relay.progressed.connect(progressed)
    relay.finished.connect(done)
    relay.failed.connect(failed)
    _ACTIVE.add(relay)
    pool().start(_Job(fn, relay, progress))
    return progress


_POOL: QThreadPool | None = None


def pool() -> QThreadPool:
    global _POOL  # noqa: PLW0603 - one pool per process, created on first use
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL
