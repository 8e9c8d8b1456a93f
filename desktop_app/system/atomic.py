"""Atomic file output: write beside the target, fsync, then os.replace; never a torn file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_output(target: Path, mode: str = "wb", **open_kwargs: object) -> Iterator[IO]:
    """Yield a temporary file in the target's folder; replace `target` only on success.

    On any exception (or cancellation) the temporary file is removed and an earlier file
    at `target` stays exactly as it was.
    """
    with atomic_path(target) as tmp, tmp.open(mode, **open_kwargs) as fh:  # type: ignore[call-overload]
        yield fh


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Like atomic_output, for writers that want a path (ReportLab, openpyxl)."""
    target = Path(target)
    folder = target.resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    sweep_stale(folder / target.name)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".partial", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _owner_is_gone(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send CTRL_C there; keep files rather than guess
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, owned by another user
        return False
    return False


def sweep_stale(target: Path, suffix: str = "partial") -> list[Path]:
    """Remove `.<name>.<pid>[.<x>].<suffix>` files beside `target` whose writer process is gone.

    A writer killed outright (power loss, SIGKILL) cannot remove its own temporary file;
    the next write to the same target does. Files of live processes are left alone.
    """
    removed = []
    prefix = f".{target.name}."
    with contextlib.suppress(OSError):
        for leftover in target.parent.iterdir():
            name = leftover.name
            if not name.startswith(prefix):
                continue
            rest = name[len(prefix):].split(".")
            stem = rest[-1].split("-")[0]  # SQLite sidecars: .x.123.creating-wal
            if len(rest) < 2 or stem != suffix or not rest[0].isdigit():
                continue
            if _owner_is_gone(int(rest[0])):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
                    removed.append(leftover)
    return removed


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not supported on every platform (e.g. Windows).
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
