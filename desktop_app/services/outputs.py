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
from desktop_app.system.message_language import mark, msg
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


# What is written, as callers name it (`what=`): translated where a message names it, so a caller
# passing one of these English phrases gets it in the user's language.
OUTPUTS = (mark("the report"), mark("the briefing"), mark("the workbook"), mark("the export"), mark("the backup"))
# What SQLite file a path is (`database_kind`), as a message names it.
_KINDS = {"SQLite database": mark("a SQLite database"), "SQLite write-ahead log": mark("a SQLite write-ahead log"),
          "SQLite rollback journal": mark("a SQLite rollback journal")}


def check_output(ctx: ServiceContext, target: Path, *, what: str = "the report") -> Path:
    """`target` if `what` may be written there; else OutputRefused saying why (nothing written)."""
    target = Path(target).expanduser()
    what = msg(what)
    if target.is_dir():
        raise OutputRefused(msg("{target} is a folder: give a file name for {what}. Nothing was written.",
                                target=target, what=what))
    for own in _register_files(ctx):
        if _same(target, own):
            kind = msg("the open register") if own == ctx.db.path else msg(
                "a file of the open register ({name})", name=own.name)
            raise OutputRefused(msg("{target} is {kind}: writing {what} there would destroy it. Choose another "
                                    "file name; nothing was written.", target=target, kind=kind, what=what))
    kind = database_kind(target)
    if kind is not None:
        raise OutputRefused(msg("{target} is {kind}: writing {what} there would destroy it. Choose another "
                                "file name; nothing was written.", target=target, kind=_article(kind), what=what))
    return target


def _article(kind: str) -> str:
    """`kind` (from `database_kind`) as a phrase of the current language."""
    if kind in _KINDS:
        return msg(_KINDS[kind])
    for suffix in SIDECARS:  # "the wal file of the SQLite database NAME"
        lead = f"the {suffix.lstrip('-')} file of the SQLite database "
        if kind.startswith(lead):
            return msg("the {suffix} file of the SQLite database {name}", suffix=suffix.lstrip("-"),
                       name=kind.removeprefix(lead))
    return kind if kind.startswith("the ") else f"a {kind}"


def register_id(ctx: ServiceContext) -> str | None:
    with ctx.db.session() as s:
        return s.execute(text("SELECT register_id FROM register_marker WHERE id = 1")).scalar()


def check_backup_target(ctx: ServiceContext, dest: Path, *, force: bool = False) -> Path:
    """`dest` if a backup may be written there: a new file, or with `force` an earlier backup of
    this register or a file that is no database. Never another database."""
    dest = Path(dest).expanduser()
    if dest.is_dir():
        raise OutputRefused(msg("{target} is a folder: give the backup a file name, e.g. {example}. Nothing was "
                                "written.", target=dest, example=dest / "register-backup.sqlite3"))
    for own in _register_files(ctx):
        if _same(dest, own):
            raise OutputRefused(msg("{target} is the open register (or one of its files): a backup must go "
                                    "elsewhere. Nothing was written.", target=dest))
    if not dest.exists():
        return dest
    kind = database_kind(dest)
    if kind == "SQLite database":
        ours = register_identity(dest)
        if ours is None or ours != register_id(ctx):
            raise OutputRefused(msg("{target} is a database that is not a backup of this register; a backup "
                                    "never replaces it. Choose another file name; nothing was written.",
                                    target=dest))
        if not force:
            raise OutputRefused(msg("{target} already holds a backup of this register. Add --force to replace "
                                    "it (or choose another file name); nothing was written.", target=dest))
        return dest
    if kind is not None:
        raise OutputRefused(msg("{target} is {kind}; a backup never replaces it. Nothing was written.", target=dest,
                                kind=_article(kind)))
    if not force:
        raise OutputRefused(msg("{target} already exists. Add --force to replace it with the backup (or choose "
                                "another file name); nothing was written.", target=dest))
    return dest


def _translate(exc: OSError, target: Path, what: str) -> RegisterError:
    if is_storage_full(exc):
        return StorageFull(disk_full_message(msg("{what} could not be written to {target}; no partial file was "
                                                 "left behind, and an earlier file there is unchanged",
                                                 what=msg(what), target=target)))
    if isinstance(exc, PermissionError):
        return RegisterError(msg("Cannot write {target}: permission denied (is the file or its folder "
                                 "read-only?). Nothing was written.", target=target))
    if isinstance(exc, IsADirectoryError):
        return OutputRefused(msg("{target} is a folder: give a file name for {what}. Nothing was written.",
                                 target=target, what=msg(what)))
    return RegisterError(msg("Cannot write {target} ({problem}). Nothing was written.", target=target,
                             problem=exc.strerror or exc))


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
