"""The collector freeze is counted: overlapping long operations unfreeze only when the last ends."""

from __future__ import annotations

import gc

from desktop_app.services.heap import long_lived_heap_frozen


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


def test_released_when_the_block_fails() -> None:
    try:
        with long_lived_heap_frozen():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0
