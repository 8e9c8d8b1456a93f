"""Backup of the register: a verified, consistent copy, never over a file it must not replace."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import RegisterError
from desktop_app.persistence.backup import backup_file
from desktop_app.services.context import ServiceContext
from desktop_app.services.maintenance.check import CheckReport, check_register
from desktop_app.services.outputs import check_backup_target
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.system.message_language import msg

__all__ = ["CheckReport", "backup_register", "check_register"]


def backup_register(ctx: ServiceContext, dest: Path, progress: Progress | None = None, *,
                    force: bool = False) -> Path:
    """A verified, consistent copy of the live register at `dest` (written atomically).

    An existing file is replaced only with `force`, and only if it is an earlier backup of this
    register or no database at all (`outputs.check_backup_target`).
    """
    if ctx.db.path is None:
        raise RegisterError(msg("Backup and restore work on SQLite files; for PostgreSQL use pg_dump."))
    dest = check_backup_target(ctx, Path(dest), force=force)
    prog = progress or NullProgress()
    return backup_file(ctx.db.path, dest, lambda f: prog.report(f, msg("Copying")))
