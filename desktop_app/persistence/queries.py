"""Small query helpers shared by the repositories (they flush, never commit)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")

# SQLite caps bound parameters per statement; IN lists stay well below it.
IN_CHUNK = 900


def chunks(values: Sequence[T], size: int = IN_CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
