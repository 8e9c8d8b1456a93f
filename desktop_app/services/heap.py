"""Long operations keep Python's cyclic collector off the heap that lives through them."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = [0]  # operations inside the block now (a list: updated in place under the lock)


@contextmanager
def long_lived_heap_frozen() -> Iterator[None]:
    """Freeze the collector's view of every object alive now until the block ends.

    An import or a briefing at 100,000 assessments keeps the loaded modules, the parsed file or
    the assembled document alive throughout, and each full collection rescanned all of it: a
    sixth of an import's time, a twentieth of a briefing's. Objects made inside the block are
    collected as usual. Counted, so overlapping operations (the GUI's worker and its reader)
    unfreeze only when the last one ends.
    """
    with _lock:
        _holders[0] += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _holders[0] -= 1
            if _holders[0] == 0:
                gc.unfreeze()
