"""Where a report, an export or a backup may be written: one guard for every writer.

Every file the application writes (PDF briefing, Excel workbook, CSV export, backup) is checked
here first, by the command line and by the window's save dialogs alike: never the open register,
never its -wal/-shm/-journal files, never any other SQLite database (judged by its header bytes,
not its name), never a folder. A backup may replace an earlier backup of the same register,
and only when asked to (`force`). Writing goes through a temporary file that replaces the
target only when complete; a full disk is reported as such and leaves nothing behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import text

from desktop_app.domain.errors import OutputRefused, RegisterError, StorageFull
from desktop_app.persistence.recognition import register_identity
from desktop_app.persistence.tolerant import collect_marks
from desktop_app.services.context import ServiceContext
from desktop_app.system.atomic import SIDECARS, atomic_path, database_kind
from desktop_app.system.staged import Staged, staged_path
from desktop_app.system.storage import disk_full_message, is_storage_full

__all__ = ["check_backup_target", "check_output", "collect_marks", "output_path", "output_stream", "staged_output"]


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _register_files(ctx: ServiceContext) -> list[Path]:
    path = ctx.db.path
    return [] if path is None else [path, *(Path(f"{path}{suffix}") for suffix in SIDECARS)]


def check_output(ctx: ServiceContext, target: Path, *, what: str = "the report") -> Path:
    """`target` if `what` may be written there; else OutputRefused saying why (nothing written)."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise OutputRefused(f"{target} is a folder: give a file name for {what}. Nothing was written.")
    for own in _register_files(ctx):
        if _same(target, own):
            kind = "the open register" if own == ctx.db.path else f"a file of the open register ({own.name})"
            raise OutputRefused(f"{target} is {kind}: writing {what} there would destroy it. "
                                "Choose another file name; nothing was written.")
    kind = database_kind(target)
    if kind is not None:
        raise OutputRefused(f"{target} is {_article(kind)}: writing {what} there would destroy it. "
                            "Choose another file name; nothing was written.")
    return target


def _article(kind: str) -> str:
    return kind if kind.startswith("the ") else f"a {kind}"


def register_id(ctx: ServiceContext) -> str | None:
    with ctx.db.session() as s:
        return s.execute(text("SELECT register_id FROM register_marker WHERE id = 1")).scalar()


def check_backup_target(ctx: ServiceContext, dest: Path, *, force: bool = False) -> Path:
    """`dest` if a backup may be written there: a new file, or with `force` an earlier backup of
    this register or a file that is no database. Never another database."""
    dest = Path(dest).expanduser()
    if dest.is_dir():
        raise OutputRefused(f"{dest} is a folder: give the backup a file name, e.g. "
                            f"{dest / 'register-backup.sqlite3'}. Nothing was written.")
    for own in _register_files(ctx):
        if _same(dest, own):
            raise OutputRefused(f"{dest} is the open register (or one of its files): a backup must go "
                                "elsewhere. Nothing was written.")
    if not dest.exists():
        return dest
    kind = database_kind(dest)
    if kind == "SQLite database":
        ours = register_identity(dest)
        if ours is None or ours != register_id(ctx):
            raise OutputRefused(f"{dest} is a database that is not a backup of this register; a backup never "
                                "replaces it. Choose another file name; nothing was written.")
        if not force:
            raise OutputRefused(f"{dest} already holds a backup of this register. Add --force to replace "
                                "it (or choose another file name); nothing was written.")
        return dest
    if kind is not None:
        raise OutputRefused(f"{dest} is {_article(kind)}; a backup never replaces it. Nothing was written.")
    if not force:
        raise OutputRefused(f"{dest} already exists. Add --force to replace it with the backup (or choose "
                            "another file name); nothing was written.")
    return dest


def _translate(exc: OSError, target: Path, what: str) -> RegisterError:
    if is_storage_full(exc):
        return StorageFull(disk_full_message(f"{what} could not be written to {target}; no partial file "
                                             "was left behind, and an earlier file there is unchanged"))
    if isinstance(exc, PermissionError):
        return RegisterError(f"Cannot write {target}: permission denied (is the file or its folder "
                             "read-only?). Nothing was written.")
    if isinstance(exc, IsADirectoryError):
        return OutputRefused(f"{target} is a folder: give a file name for {what}. Nothing was written.")
    return RegisterError(f"Cannot write {target} ({exc.strerror or exc}). Nothing was written.")


@contextmanager
def output_path(ctx: ServiceContext, target: Path, *, what: str = "the report") -> Iterator[Path]:
    """A temporary path beside a checked `target`, moved over it when the block completes."""
    target = check_output(ctx, target, what=what)
    try:
        with atomic_path(target) as tmp:
            yield tmp
    except OSError as exc:
        if is_storage_full(exc) or _concerns(exc, target):
            raise _translate(exc, target, what) from exc
        raise


@contextmanager
def staged_output(ctx: ServiceContext, target: Path, *, what: str = "the report") -> Iterator[Staged]:
    """Like `output_path`, for a writer that publishes inside its own transaction (`Staged.publish`)
    and wants the file taken back if that transaction then fails."""
    target = check_output(ctx, target, what=what)
    try:
        with staged_path(target) as staged:
            yield staged
    except OSError as exc:
        if is_storage_full(exc) or _concerns(exc, target):
            raise _translate(exc, target, what) from exc
        raise


def _concerns(exc: OSError, target: Path) -> bool:
    """Whether a failed file operation was on the target's folder (not, say, on a font file)."""
    name = exc.filename
    return name is not None and Path(str(name)).resolve().parent in (target.resolve().parent, target.resolve())


@contextmanager
def output_stream(ctx: ServiceContext, target: Path, mode: str = "wb", *, what: str = "the export",
                  **open_kwargs: Any) -> Iterator[IO[Any]]:
    """Like `output_path`, opened as a file."""
    with output_path(ctx, target, what=what) as tmp:
        try:
            fh = tmp.open(mode, **open_kwargs)
        except OSError as exc:
            raise _translate(exc, target, what) from exc
        with fh:
            yield fh
