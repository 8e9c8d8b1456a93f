"""Fast paths past a library's public API: the version check that picks fast or stock, and why."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

log = logging.getLogger(__name__)

# Every fence at once: "auto" (the default: fast on a verified version, stock otherwise), "1" (fast
# even on an unverified version, for trying one out) or "0" (stock everywhere).
ALL_ENV = "EXPORT_RISK_FAST_PATHS"
_FAST, _STOCK, _AUTO = ("1", "fast", "on", "yes"), ("0", "stock", "off", "no"), ("", "auto")


@dataclass
class Fence:
    """One library's fast paths: the installed version, the versions they were verified against,
    and whether they run (`fast`) or the stock twins do."""

    library: str
    version: str
    verified: tuple[str, ...]
    env: str  # the override for this library alone; it wins over ALL_ENV
    where: str  # the fence module, where `verified` is declared
    fast: bool = True
    reason: str = ""

    @property
    def mode(self) -> str:
        return "fast" if self.fast else "stock"

    def describe(self) -> str:
        return (f"{self.library} {self.version}: {self.mode} ({self.reason}; "
                f"verified: {', '.join(self.verified) or 'none'})")

    @contextmanager
    def forced(self, fast: bool) -> Iterator[None]:
        """Run the block in one mode (tests compare the two); the chosen mode comes back after."""
        with _lock:
            before = self.fast
            self.fast = fast
        try:
            yield
        finally:
            with _lock:
                self.fast = before


_lock = threading.Lock()
FENCES: dict[str, Fence] = {}  # by library, in the order the fence modules were imported


def _choice(fence: Fence) -> tuple[str, str]:
    """('fast' | 'stock' | 'auto', the variable that said so)."""
    for name in (fence.env, ALL_ENV):
        raw = os.environ.get(name)
        if raw is None:
            continue
        value = raw.strip().lower()
        if value in _FAST:
            return "fast", name
        if value in _STOCK:
            return "stock", name
        if value not in _AUTO:
            log.warning("%s=%r is not one of 0, 1 or auto: the version check decides", name, raw)
        return "auto", name
    return "auto", ""


def check(library: str, version: str, verified: Iterable[str], *, env: str, where: str,
          cost: str = "slower") -> Fence:
    """The fence of `library` at `version`: fast on a verified version, else stock with a WARNING
    that names the library, its version and the verified ones (never a silent fallback) and what
    the stock twin costs. `env` (or ALL_ENV) forces either mode."""
    fence = Fence(library, version, tuple(verified), env, where)
    choice, name = _choice(fence)
    known = version in fence.verified
    if choice == "stock":
        fence.fast, fence.reason = False, f"forced by {name}"
        log.info("%s fast paths off: %s", library, fence.describe())
    elif choice == "fast":
        fence.reason = f"forced by {name}"
        if not known:
            log.warning("%s %s is not a version its fast paths were verified against (%s); they run "
                        "anyway because %s asks for them", library, version, ", ".join(fence.verified), name)
    elif known:
        fence.reason = "verified version"
    else:
        fence.fast, fence.reason = False, "unverified version"
        log.warning(
            "%s %s is not a version its fast paths were verified against (%s): the stock path runs "
            "(the same output through %s's public API; %s). Once `./dev.sh test-latest` passes on "
            "it, add the version to VERIFIED in %s; %s=1 forces the fast path meanwhile.",
            library, version, ", ".join(fence.verified), library, cost, where, env)
    FENCES[library] = fence
    return fence


def summary() -> list[str]:
    """One line per fence checked in this process (for test runs and support)."""
    return [fence.describe() for fence in FENCES.values()]
