"""The collector freeze is counted: overlapping long operations unfreeze only when the last ends."""

from __future__ import annotations

import gc
import weakref

from desktop_app.system.heap import YOUNG_THRESHOLD, long_lived_heap_frozen, settle_survivors


def test_freeze_is_counted_and_released() -> None:
    gc.unfreeze()
    before = gc.get_freeze_count()
    assert before == 0
    with long_lived_heap_frozen():
        outer = gc.get_freeze_count()
        assert outer > 0
        with long_lived_heap_frozen():
            assert gc.get_freeze_count() >= outer
        assert gc.get_freeze_count() >= outer  # the outer operation is still running
    assert gc.get_freeze_count() == 0


def test_young_threshold_is_raised_inside_and_restored_after() -> None:
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


def test_released_when_the_block_fails() -> None:
    try:
        with long_lived_heap_frozen():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0


class _Node:
    """A container the collector tracks (and can put in a cycle)."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_survivors_join_the_frozen_heap_only_inside_a_block() -> None:
    gc.unfreeze()
    settle_survivors()  # no long operation running: nothing is frozen
    assert gc.get_freeze_count() == 0
    with long_lived_heap_frozen():
        frozen = gc.get_freeze_count()
        kept = [_Node() for _ in range(1_000)]
        settle_survivors()
        assert gc.get_freeze_count() >= frozen + len(kept)
    assert gc.get_freeze_count() == 0


def test_a_cycle_settled_during_a_block_is_collected_after_it() -> None:
    gc.unfreeze()
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
