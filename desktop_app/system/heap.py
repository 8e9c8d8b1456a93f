"""Long operations keep Python's cyclic collector off the heap that lives through them."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = [0]  # operations inside the block now (a list: updated in place under the lock)
_thresholds: list[tuple[int, int, int]] = []  # the collector's thresholds before the first block
# Youngest-generation threshold inside a block (Python's default is 700): a row's temporaries
# are mostly freed by reference counting before a collection would look at them.
YOUNG_THRESHOLD = 10_000


@contextmanager
def long_lived_heap_frozen() -> Iterator[None]:
    """Freeze the collector's view of every object alive now until the block ends.

    An import or a briefing at 100,000 assessments keeps the loaded modules, the parsed file or
    the assembled document alive throughout, and each full collection rescanned all of it: a
    sixth of an import's time, a twentieth of a briefing's. Objects made inside the block are
    collected as usual, the youngest generation less often (`YOUNG_THRESHOLD`; 3 % of an
    import). Counted, so overlapping operations (the GUI's worker and its reader) unfreeze and
    get the thresholds back only when the last one ends.
    """
    with _lock:
        _holders[0] += 1
        if _holders[0] == 1:
            _thresholds[:] = [gc.get_threshold()]
            young, middle, old = _thresholds[0]
            gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _holders[0] -= 1
            if _holders[0] == 0:
                gc.unfreeze()
                gc.set_threshold(*_thresholds[0])


def settle_survivors() -> None:
    """Inside `long_lived_heap_frozen`: freeze what survived so far as well.

    Without it, everything an import keeps per row (100,000 outcomes) stayed in the collector's
    oldest generation, and each of ~50 full collections rescanned all of it: 6.5 s of a 44 s
    import. Freezing is a constant-time list splice; the objects are still freed by reference
    counting, and any cycles among them are collected once the last block ends.
    """
    with _lock:
        if _holders[0]:
            gc.freeze()
