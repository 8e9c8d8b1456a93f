"""Backup, restore and integrity check of the register."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import RegisterError
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import backup_file, integrity_errors, timestamped_backup_path
from desktop_app.persistence.opening import preflight_sqlite
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.progress import NullProgress, Progress

log = logging.getLogger(__name__)


@dataclass
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    head_hash: str = ""


def check_register(ctx: ServiceContext) -> CheckReport:
    """Integrity check, foreign-key check and audit-chain verification."""
    problems: list[str] = []
    if ctx.db.path is not None:
        problems += [f"integrity: {p}" for p in integrity_errors(ctx.db.path)]
    with ctx.db.session() as s:
        chain = audit.verify_chain(s)
    if not chain.ok:
        problems.append(f"audit trail: {chain.problem} (first broken entry: {chain.first_broken_id})")
    return CheckReport(not problems, problems, chain.entries, chain.head_hash)


def _require_file(ctx: ServiceContext) -> Path:
    if ctx.db.path is None:
        raise RegisterError("Backup and restore work on SQLite files; for PostgreSQL use pg_dump.")
    return ctx.db.path


def backup_register(ctx: ServiceContext, dest: Path, progress: Progress | None = None) -> Path:
    """A verified, consistent copy of the live register at `dest` (written atomically)."""
    src = _require_file(ctx)
    prog = progress or NullProgress()
    return backup_file(src, Path(dest), lambda f: prog.report(f, "Copying"))


def restore_register(ctx: ServiceContext, source: Path) -> Path:
    """Replace the register's content with the backup `source`.

    The current database is first backed up beside it; the restore itself is recorded in
    the restored database's audit trail. Returns the safety backup's path.
    """
    live = _require_file(ctx)
    source = Path(source)
    if not source.is_file():
        raise RegisterError(f"{source} does not exist.")
    preflight_sqlite(source)  # refuses non-registers, damaged files and newer schemas
    problems = integrity_errors(source)
    if problems:
        raise RegisterError(f"{source} failed its integrity check ({problems[0]}); nothing was restored.")
    safety = backup_file(live, timestamped_backup_path(live, "before-restore"))
    ctx.db.dispose()
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(live), timeout=30)
    try:
        src.backup(dst)  # page-level copy inside one transaction on the live file
    finally:
        src.close()
        dst.close()
    migrate.upgrade(ctx.db.engine)  # a backup from an older version is brought up to date
    with ctx.db.session(write=True) as s:
        audit.record(s, ctx, AuditAction.RESTORE_DATABASE, "database", None, source.name,
                     {"restored_from": [None, str(source)], "safety_backup": [None, str(safety)]})
    log.info("restored %s from %s (safety copy %s)", live, source, safety)
    return safety

