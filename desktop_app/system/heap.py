"""Long work keeps Python's cyclic collector off the heap that lives through it (entry points only).

The GC fence: the policy below was measured on the CPython versions in VERIFIED. Elsewhere the
stock twin runs, which is the collector left exactly as it is (the work's output is the same
either way; only its speed differs), and the log says so. Only the entry points (the command
dispatcher in `cli/`, the GUI's worker in `ui/workers.py`) open a block; services may call
`settle_survivors`, which does nothing outside one. Nothing here touches the collector on import.
"""

from __future__ import annotations

import gc
import platform
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from desktop_app.system import fences

# Interpreters the policy was measured on (3.13 and later changed the collector's generations).
VERIFIED = ("CPython 3.11.7",)
FENCE = fences.check("the garbage collector", f"{platform.python_implementation()} {platform.python_version()}",
                     VERIFIED, env="EXPORT_RISK_FAST_GC", where=__name__,
                     cost="the collector is left as it is: long imports and briefings are slower")

_lock = threading.Lock()
_holders = [0]  # blocks open now (a list: updated in place under the lock)
_thresholds: list[tuple[int, int, int]] = []  # the collector's thresholds before the first block
_active = [False]  # whether the open blocks changed the collector (fixed when the first opened)
# A window keeps what survives a block frozen (`keep_survivors_frozen`); a command ends instead.
_keep = [False]
# Youngest-generation threshold inside a block (Python's default is 700): a row's temporaries
# are mostly freed by reference counting before a collection would look at them.
YOUNG_THRESHOLD = 10_000
# Inside a block while a window is open (`keep_survivors_frozen`): thresholds that keep each
# collection short. A collection holds the GIL, so the window cannot paint meanwhile; at
# (10,000, 10) a middle-generation collection scanned up to 100,000 objects (33-58 ms, measured
# building the Exposures rows at 100,000 assessments), at (3,000, 3) at most 12,000 (under 5 ms),
# with no more time spent collecting in all. The oldest generation's 100 (Python: 10) because the
# window's heap is frozen, so the collector's "a quarter more survivors" guard no longer spaces
# full collections out: at 10 they came every 90,000 allocations, 30-115 ms each on a reader
# (docs/performance.md, "GUI-thread stalls").
WINDOW_THRESHOLDS = (3_000, 3, 100)


@contextmanager
def long_lived_heap_frozen() -> Iterator[None]:
    """Freeze the collector's view of every object alive now until the block ends.

    An import or a briefing at 100,000 assessments keeps the loaded modules, the parsed file or
    the assembled document alive throughout, and each full collection rescanned all of it: a
    sixth of an import's time, a twentieth of a briefing's. Objects made inside the block are
    collected as usual, the youngest generation less often (`YOUNG_THRESHOLD`; 3 % of an
    import). Counted, so overlapping operations (the GUI's worker and its reader) unfreeze and
    get the thresholds back only when the last one ends. Stock mode: changes nothing.
    """
    with _lock:
        _holders[0] += 1
        if _holders[0] == 1:
            _active[0] = FENCE.fast
            if _active[0]:
                _thresholds[:] = [gc.get_threshold()]
                young, middle, old = _thresholds[0]
                if _keep[0]:
                    gc.set_threshold(*WINDOW_THRESHOLDS)
                else:
                    gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)
        if _active[0]:
            gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _holders[0] -= 1
            if _holders[0] == 0 and _active[0]:
                if _keep[0]:
                    gc.freeze()  # the window lives on: see keep_survivors_frozen
                else:
                    gc.unfreeze()
                gc.set_threshold(*_thresholds[0])
                _active[0] = False


def settle_survivors() -> None:
    """Inside `long_lived_heap_frozen`: freeze what survived so far as well (a service calls this
    where what it built lives on, e.g. after each import batch); outside one, nothing.

    Without it, everything an import keeps per row (100,000 outcomes) stayed in the collector's
    oldest generation, and each of ~50 full collections rescanned all of it: 6.5 s of a 44 s
    import. Freezing is a constant-time list splice; the objects are still freed by reference
    counting, and any cycles among them are collected once the last block ends.
    """
    with _lock:
        if _holders[0] and _active[0]:
            gc.freeze()


def keep_survivors_frozen(on: bool) -> None:
    """For a window's lifetime: when the last block ends, what survived it stays frozen instead of
    going back to the collector. Handed back, the window's whole heap (its models, the Exposures
    rows: millions of objects) was rescanned by the next full collection, on whichever thread set it
    off, with the GIL held: 170-390 ms in which the window could not paint at 100,000 assessments.
    Frozen objects are still freed by reference counting; cycles among them wait for `collect_idle`.
    Turning it off (the window closes) hands everything back."""
    with _lock:
        _keep[0] = on
        if not on and _holders[0] == 0 and FENCE.fast:
            gc.unfreeze()


def collect_idle() -> bool:
    """A full collection of everything, frozen included, then everything alive freezes again: for a
    moment the person is not using the window. False (nothing done) outside `keep_survivors_frozen`,
    while a block is open, or in stock mode."""
    with _lock:
        if not (_keep[0] and FENCE.fast) or _holders[0]:
            return False
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        return True
