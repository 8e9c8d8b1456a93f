"""The GC fence: the collector policy for long work, set by the entry points only, and its stock twin.

Fast: the freeze is counted (overlapping long operations unfreeze only when the last ends) and
the thresholds come back. Stock: the collector is left as it is. "Same" for this fence: the work's
result, and the collector's state after the block, are those of a run without the policy.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli.main import main as cli_main
from desktop_app.domain.entity import Entity
from desktop_app.services.intake import importer
from desktop_app.system import heap
from desktop_app.system.heap import YOUNG_THRESHOLD, long_lived_heap_frozen, settle_survivors
from desktop_app.system.paths import resource

pytestmark = pytest.mark.fences


@pytest.fixture
def fast() -> Iterator[None]:
    gc.unfreeze()
    with heap.FENCE.forced(True):
        yield
    gc.unfreeze()


def test_freeze_is_counted_and_released(fast: None) -> None:
    assert gc.get_freeze_count() == 0
    with long_lived_heap_frozen():
        outer = gc.get_freeze_count()
        assert outer > 0
        with long_lived_heap_frozen():
            assert gc.get_freeze_count() >= outer
        assert gc.get_freeze_count() >= outer  # the outer operation is still running
    assert gc.get_freeze_count() == 0


def test_young_threshold_is_raised_inside_and_restored_after(fast: None) -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with long_lived_heap_frozen():
            assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
            with long_lived_heap_frozen():
                assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
            assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_window_s_blocks_keep_each_collection_short(fast: None) -> None:
    """With a window open, a block's young and middle thresholds bound what one collection scans
    (the GUI thread waits for the GIL meanwhile); the window's thresholds come back after it."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        heap.keep_survivors_frozen(True)
        with long_lived_heap_frozen():
            assert gc.get_threshold() == heap.WINDOW_THRESHOLDS
        assert gc.get_threshold() == (700, 10, 10)
        heap.keep_survivors_frozen(False)
        with long_lived_heap_frozen():  # a command: fewer, larger collections
            assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    finally:
        heap.keep_survivors_frozen(False)
        gc.set_threshold(*before)


def test_released_when_the_block_fails(fast: None) -> None:
    with pytest.raises(ValueError, match="boom"), long_lived_heap_frozen():
        raise ValueError("boom")
    assert gc.get_freeze_count() == 0


class _Node:
    """A container the collector tracks (and can put in a cycle)."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_survivors_join_the_frozen_heap_only_inside_a_block(fast: None) -> None:
    settle_survivors()  # no long operation running: nothing is frozen
    assert gc.get_freeze_count() == 0
    with long_lived_heap_frozen():
        frozen = gc.get_freeze_count()
        kept = [_Node() for _ in range(1_000)]
        settle_survivors()
        assert gc.get_freeze_count() >= frozen + len(kept)
    assert gc.get_freeze_count() == 0


def test_a_cycle_settled_during_a_block_is_collected_after_it(fast: None) -> None:
    with long_lived_heap_frozen():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        settle_survivors()
        probe = weakref.ref(a)
        del a, b
        gc.collect()
        assert probe() is not None  # frozen: the collector does not look at it yet
    gc.collect()
    assert probe() is None


def test_a_window_keeps_survivors_frozen_and_collects_their_cycles_when_idle(fast: None) -> None:
    heap.keep_survivors_frozen(True)
    try:
        assert heap.collect_idle()  # nothing open: allowed
        with long_lived_heap_frozen():
            a, b = _Node(), _Node()
            a.other, b.other = b, a
            probe = weakref.ref(a)
            assert not heap.collect_idle()  # never while a block is open
        frozen = gc.get_freeze_count()
        assert frozen > 0  # the survivors stay out of the collector's reach
        del a, b
        gc.collect()
        assert probe() is not None and gc.get_freeze_count() >= frozen - 2
        assert heap.collect_idle()  # the idle collection sees the frozen heap too
        assert probe() is None and gc.get_freeze_count() > 0
    finally:
        heap.keep_survivors_frozen(False)
    assert gc.get_freeze_count() == 0 and not heap.collect_idle()


def test_stock_twin_leaves_the_collector_as_it_is() -> None:
    gc.unfreeze()
    before = gc.get_threshold()
    with heap.FENCE.forced(False), long_lived_heap_frozen():
        kept = [_Node() for _ in range(100)]
        settle_survivors()
        assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before and kept


def test_a_block_ends_in_the_mode_it_started_in(fast: None) -> None:
    before = gc.get_threshold()
    with long_lived_heap_frozen():
        with heap.FENCE.forced(False), long_lived_heap_frozen():  # a switch meanwhile changes nothing
            assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == max(before[0], YOUNG_THRESHOLD)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def _record_collector(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(freeze count, young threshold) each time the importer settles a batch's survivors."""
    seen: list[tuple[int, int]] = []

    def spy() -> None:
        seen.append((gc.get_freeze_count(), gc.get_threshold()[0]))
        settle_survivors()

    monkeypatch.setattr(importer, "settle_survivors", spy)
    return seen


def test_only_the_entry_point_sets_the_policy(fast: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services.context import open_register

    seen = _record_collector(monkeypatch)
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    ctx = open_register(url, actor="tester")
    importer.run_import(ctx, resource("demo", "measures.csv"), Entity.MEASURE, dry_run=True)  # the service alone
    ctx.db.dispose()
    assert seen and all(frozen == 0 and young == gc.get_threshold()[0] for frozen, young in seen)
    seen.clear()
    assert cli_main(["--db", url, "import", "measures", str(resource("demo", "measures.csv"))]) == 0
    assert seen and all(frozen > 0 and young == YOUNG_THRESHOLD for frozen, young in seen)
    assert gc.get_freeze_count() == 0


def test_importing_the_app_sets_no_collector_state() -> None:
    code = (
        "import gc; gc.set_threshold(701, 11, 12); "
        "import desktop_app.launcher, desktop_app.services.intake.importer, desktop_app.services.reports.briefing, "
        "desktop_app.services.reports.workbook, desktop_app.services.records.browse, desktop_app.system.heap; "
        "assert gc.get_threshold() == (701, 11, 12), gc.get_threshold(); "
        "assert gc.get_freeze_count() == 0 and gc.isenabled()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr


def test_an_unverified_interpreter_runs_stock_and_the_log_file_says_so(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    code = (
        "import platform, sys; platform.python_version = lambda: '3.99.0'; "
        "from desktop_app.cli.main import main; "
        f"code = main(['--db', {str(tmp_path / 'r.sqlite3')!r}, 'export', 'measures', {str(tmp_path / 'm.csv')!r}]); "
        "import gc; from desktop_app.system import heap; "
        "sys.exit(code if heap.FENCE.mode == 'stock' and gc.get_freeze_count() == 0 else 9)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120,
                            env={**os.environ, "EXPORT_RISK_LOG_DIR": str(logs)})
    assert result.returncode == 0, result.stderr
    logged = (logs / "export-risk.log").read_text(encoding="utf-8")
    assert "WARNING" in logged and "the garbage collector CPython 3.99.0 is not a version" in logged
    assert "CPython 3.11.7" in logged
