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


def _current_umask() -> int:
    """The process's umask (read once at import, on the main thread: setting it to read it is
    not thread-safe)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


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
        # mkstemp makes the file 0600; a finished output gets what any program's new file gets.
        tmp.chmod(0o666 & ~_UMASK)
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


SQLITE_HEADER = b"SQLite format 3\x00"
# Magic numbers of SQLite's write-ahead log (either byte order) and of its rollback journal.
_SIDECAR_MAGIC = {b"\x37\x7f\x06\x82": "write-ahead log", b"\x37\x7f\x06\x83": "write-ahead log",
                  b"\xd9\xd5\x05\xf9": "rollback journal"}
SIDECARS = ("-wal", "-shm", "-journal")


def database_kind(path: Path) -> str | None:
    """What SQLite file `path` is, judged by its header bytes and, for a sidecar, by the file it
    sits beside: "SQLite database", "SQLite write-ahead log" ... or None for anything else.

    Never call it on a database this process holds open: closing any other handle on that file
    drops SQLite's POSIX locks (compare paths first).
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        head = b""
    if head == SQLITE_HEADER:
        return "SQLite database"
    if head[:4] in _SIDECAR_MAGIC:
        return f"SQLite {_SIDECAR_MAGIC[head[:4]]}"
    for suffix in SIDECARS:
        base = path.with_name(path.name.removesuffix(suffix))
        if path.name.endswith(suffix) and base != path and database_kind(base) == "SQLite database":
            return f"the {suffix.lstrip('-')} file of the SQLite database {base.name}"
    return None
