"""The GUI's worker is an entry point: its long tasks (and long reads) run inside the collector policy, reads do not."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.system import heap
from desktop_app.ui import workers


def _collector() -> tuple[int, int]:
    return gc.get_freeze_count(), gc.get_threshold()[0]


@pytest.mark.parametrize("synchronous", [True, False], ids=["inline", "worker thread"])
def test_long_tasks_run_inside_the_policy_and_restore_the_collector(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, synchronous: bool) -> None:
    monkeypatch.setattr(workers, "SYNCHRONOUS", synchronous)
    gc.unfreeze()
    before = gc.get_threshold()
    seen: list[tuple[int, int]] = []
    owner = QWidget()
    qtbot.addWidget(owner)
    with heap.FENCE.forced(True):
        workers.run_task(owner, "Long work", lambda _progress: _collector(), seen.append, cancellable=False)
        workers.pool().waitForDone()
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
        workers.run_background(owner, _collector, seen.append)  # the window's own reads
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
        workers.reader_pool().waitForDone()
        workers.run_background(owner, _collector, seen.append, long=True)  # a read that builds much
        qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
        workers.reader_pool().waitForDone()
    (frozen, young), (read_frozen, read_young), (long_frozen, long_young) = seen
    assert frozen > 0 and young == max(before[0], heap.YOUNG_THRESHOLD)
    assert (read_frozen, read_young) == (0, before[0])
    assert long_frozen > 0 and long_young == max(before[0], heap.YOUNG_THRESHOLD)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_a_cancelled_read_is_reported_to_its_owner_but_not_logged_as_a_failure(
        qtbot: Any, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read the window stops as it closes (the exposures count) ends in Cancelled: the owner
    hears of it, the log does not record a failure with a traceback."""
    from desktop_app.services.progress import Cancelled

    monkeypatch.setattr(workers, "SYNCHRONOUS", False)  # the reader thread, as in the window
    owner = QWidget()
    qtbot.addWidget(owner)
    failed: list[BaseException] = []

    def stopped() -> None:
        raise Cancelled()

    def broken() -> None:
        raise ValueError("a real failure")

    with caplog.at_level("INFO", logger=workers.log.name):
        workers.run_background(owner, stopped, lambda _r: None, failed.append)
        qtbot.waitUntil(lambda: len(failed) == 1, timeout=10_000)
        workers.run_background(owner, broken, lambda _r: None, failed.append)
        qtbot.waitUntil(lambda: len(failed) == 2, timeout=10_000)
    assert isinstance(failed[0], Cancelled) and isinstance(failed[1], ValueError)
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and errors[0].exc_info and errors[0].exc_info[0] is ValueError
