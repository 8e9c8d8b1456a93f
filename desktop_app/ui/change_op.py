"""One owner for every change to records (as Anki's CollectionOp): run the service call on the
database worker (a progress dialog if it takes long), route its error to one dialog, refresh the
views it affects and push its undo command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop_app.services.context import ServiceContext
from desktop_app.ui import messages, workers
from desktop_app.ui.language import translate

if TYPE_CHECKING:
    from desktop_app.ui.undo import RecordWindow

T = TypeVar("T")


@dataclass
class ChangeOp(Generic[T]):
    """A change: `work(ctx)` is one service call (one transaction). `changed` names the entity
    whose views re-read afterwards (None: the caller refreshes what it shows); `command` turns
    the result into the undo command of a change already made; `failure` replaces the error
    dialog where the caller shows errors in place (a form's banner)."""

    window: RecordWindow
    title: str
    work: Callable[[ServiceContext], T]
    changed: str | None = None
    command: Callable[[T], QUndoCommand | None] | None = None
    success: Callable[[T], Any] | None = None
    failure: Callable[[BaseException], Any] | None = None
    parent: QWidget | None = None

    def run(self) -> None:
        """Start it on the database worker; the callbacks run on the GUI thread."""
        ctx, work = self.window.ctx, self.work
        workers.run_task(self._parent(), f"{self.title}…", lambda _p: work(ctx), self._done, self._failed,
                         cancellable=False)

    def run_and_wait(self) -> tuple[bool, T | None]:
        """Run it on the worker while the window keeps painting but takes no input (undo and
        redo: the undo stack needs the outcome before it moves on). (ok, result)."""
        self._outcome: tuple[bool, T | None] | None = None
        self._loop: QEventLoop | None = QEventLoop()
        self.run()
        if self._outcome is None:
            self._loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self._loop = None
        return self._outcome or (False, None)

    def _finish(self, outcome: tuple[bool, T | None]) -> None:
        self._outcome = outcome
        loop = getattr(self, "_loop", None)
        if loop is not None:
            loop.quit()

    # -- on the GUI thread ----------------------------------------------------------------
    def _parent(self) -> QWidget | None:
        if self.parent is not None:
            return self.parent
        return self.window if isinstance(self.window, QWidget) else None

    def _done(self, result: T) -> None:
        if self.command is not None:
            command = self.command(result)
            if command is not None:
                self.window.undo_stack.push(command)
        if self.changed is not None:
            self.window.records_changed.emit(self.changed)
        if self.success is not None:
            self.success(result)
        self._finish((True, result))

    def _failed(self, exc: BaseException) -> None:
        if self.failure is not None:
            self.failure(exc)
        else:
            messages.show_error(
                self._parent(),
                exc,
                translate("change_op", "Could not {action}").format(action=self.title[:1].lower() + self.title[1:]),
            )
        if self.changed is not None:  # show what the register holds now, not what was hoped for
            self.window.records_changed.emit(self.changed)
        self._finish((False, None))
