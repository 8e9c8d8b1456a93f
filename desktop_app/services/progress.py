"""Progress and cancellation for long work, independent of any UI toolkit."""

from __future__ import annotations

import threading
from typing import Protocol

from desktop_app.domain.errors import RegisterError
from desktop_app.system.message_language import msg


class Cancelled(RegisterError):
    """The user cancelled; whatever the work had started was rolled back or removed."""

    def __init__(self, message: str | None = None) -> None:
        # Translated when raised (a default argument would be worded once, at import).
        super().__init__(msg("Cancelled; nothing was changed.") if message is None else message)


class Progress(Protocol):
    def report(self, fraction: float, text: str = "") -> None: ...
    def cancelled(self) -> bool: ...


class NullProgress:
    """Progress that shows nothing and never cancels (CLI without a terminal, tests)."""

    def report(self, fraction: float, text: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


class StopFlag(NullProgress):
    """Progress that shows nothing and cancels once `stop()` was called, from any thread (the
    window stops its own background reads when it closes)."""

    def __init__(self) -> None:
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()

    def cancelled(self) -> bool:
        return self._stopped.is_set()


def check(progress: Progress, fraction: float, text: str = "") -> None:
    """Report, then raise Cancelled if the user asked to stop."""
    progress.report(max(0.0, min(1.0, fraction)), text)
    if progress.cancelled():
        raise Cancelled()
