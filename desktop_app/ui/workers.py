"""Run service calls off the GUI thread with a progress dialog, a Cancel button and error routing."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.services.progress import Cancelled
from desktop_app.system.heap import long_lived_heap_frozen
from desktop_app.ui.language import translate

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
            try:
                result = self._fn(self._progress)
            except Cancelled as exc:  # asked for (Cancel, or the window closing): not a failure
                log.info("background task cancelled")
                self._relay.failed.emit(exc)
            except BaseException as exc:
                log.exception("background task failed")
                self._relay.failed.emit(exc)
            else:
                self._relay.finished.emit(result)
        except RuntimeError:  # the application quit meanwhile: nobody is left to tell
            log.debug("a background task finished after the application quit")


_ACTIVE: set[_Relay] = set()  # keeps relays alive until their task reports back


def _long_work(fn: Callable[[QtProgress], T]) -> Callable[[QtProgress], T]:
    """`fn` inside the collector policy for long work, which only entry points set (this worker
    for the window, the command dispatcher for the command line)."""

    def run(progress: QtProgress) -> T:
        with long_lived_heap_frozen():
            return fn(progress)

    return run


def _call_inline(call: Callable[[], T], on_done: Callable[[T], Any],
                 on_error: Callable[[BaseException], Any] | None) -> None:
    """SYNCHRONOUS mode (tests): run now and call back as the worker would."""
    try:
        result = call()
    except BaseException as exc:
        if on_error is None:
            raise
        on_error(exc)
    else:
        on_done(result)


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
    fn = _long_work(fn)
    if SYNCHRONOUS:
        _call_inline(lambda: fn(progress), on_done, on_error)
        return progress
    dialog = QProgressDialog(title, translate("workers", "Cancel") if cancellable else "", 0, 1000, parent)
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


def run_background(
    owner: QObject,
    fn: Callable[[], T],
    on_done: Callable[[T], Any],
    on_error: Callable[[BaseException], Any] | None = None,
    *,
    long: bool = False,
    quick: bool = False,
) -> None:
    """Run the read-only `fn()` on the background reader, without a dialog; call back on the GUI
    thread while `owner` lives. `long`: a read that builds much (a whole screening) runs inside
    the collector policy, as the worker's tasks do: outside it, each full collection it set off
    rescanned the window's whole heap with the GIL held (5 s GUI stalls at 100,000 assessments).
    `quick`: a short read a person waits for (a table's rows after a search, a sort, a save) runs
    on a thread of its own, so it never queues behind a screening on the reader.

    For what the window reads for itself (figures, counts, the badge, the integrity check): it
    must not queue a user's save behind it, nor pop a modal dialog. The work starts on the next
    turn of the event loop, so a window built and shown in one go paints before any of it runs
    (the reader's Python would otherwise compete with the first paint for the GIL).
    """
    read: Callable[[QtProgress], T] = _long_work(lambda _p: fn()) if long else (lambda _p: fn())
    if SYNCHRONOUS:
        _call_inline(lambda: read(None), on_done, on_error)  # type: ignore[arg-type]  # a read takes no progress
        return
    relay = _Relay()

    def alive() -> bool:
        return shiboken6.isValid(owner)

    def done(result: object) -> None:
        _ACTIVE.discard(relay)
        if alive():
            on_done(result)  # type: ignore[arg-type]

    def failed(exc: object) -> None:
        _ACTIVE.discard(relay)
        if alive() and on_error is not None:
            on_error(exc)  # type: ignore[arg-type]

    relay.finished.connect(done)
    relay.failed.connect(failed)
    _ACTIVE.add(relay)
    job = _Job(read, relay, QtProgress(relay))
    lane = table_reader_pool if quick else reader_pool
    QTimer.singleShot(0, owner, lambda: lane().start(job))


_POOLS: dict[str, QThreadPool] = {}  # one single-thread pool per lane, created on first use


def _single_thread(lane: str) -> QThreadPool:
    found = _POOLS.get(lane)
    if found is None:
        found = _POOLS[lane] = QThreadPool()
        found.setMaxThreadCount(1)
    return found


def pool() -> QThreadPool:
    """The database worker: the changes a person makes, one after the other."""
    return _single_thread("worker")


def reader_pool() -> QThreadPool:
    """A second single thread for the window's own reads: SQLite (WAL) and PostgreSQL let it read
    while the database worker writes, and each job opens its own session."""
    return _single_thread("reader")


def table_reader_pool() -> QThreadPool:
    """A third single thread for the tables' short reads (`run_background(quick=True)`)."""
    return _single_thread("tables")


def busy() -> bool:
    """Database work queued or running on the worker or either reader."""
    return any(p.activeThreadCount() > 0 for p in (pool(), reader_pool(), table_reader_pool()))
