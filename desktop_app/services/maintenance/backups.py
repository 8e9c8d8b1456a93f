"""Backup, restore and integrity check of the register."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import RegisterError
from desktop_app.persistence import migrate, search_index
from desktop_app.persistence.backup import backup_file, integrity_errors, timestamped_backup_path
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.opening import DamagedDatabase, preflight_sqlite
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.progress import NullProgress, Progress

log = logging.getLogger(__name__)

# The database-level guards that make the audit trail append-only (migration 0001).
SQLITE_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")
POSTGRES_TRIGGERS = ("audit_entry_append_only",)


@dataclass
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    head_hash: str = ""


def _missing_triggers(ctx: ServiceContext) -> list[str]:
    with ctx.db.session() as s:
        if ctx.db.is_sqlite:
            present = set(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            expected = SQLITE_TRIGGERS
        else:
            present = set(s.execute(text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass AND tgenabled <> 'D'"
            )).scalars())
            expected = POSTGRES_TRIGGERS
    return [name for name in expected if name not in present]


def check_register(ctx: ServiceContext) -> CheckReport:
    """Integrity check, foreign-key check, audit-chain verification and its append-only guards."""
    problems: list[str] = []
    if ctx.db.path is not None:
        problems += [f"integrity: {p}" for p in integrity_errors(ctx.db.path)]
    with ctx.db.session() as s:
        chain = audit.verify_chain(s)
    if not chain.ok:
        problems.append(f"audit trail: {chain.problem} (first broken entry: {chain.first_broken_id})")
    problems += [f"audit trail: its append-only guard {name} was removed or disabled"
                 for name in _missing_triggers(ctx)]
    if ctx.db.is_sqlite:
        with ctx.db.session() as s:
            problems += search_index.problems(s.connection())
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


def _check_source(source: Path) -> Path:
    source = Path(source)
    if not source.is_file():
        raise RegisterError(f"{source} does not exist.")
    preflight_sqlite(source)  # refuses non-registers, damaged files and newer schemas
    problems = integrity_errors(source)
    if problems:
        raise RegisterError(f"{source} failed its integrity check ({problems[0]}); nothing was restored.")
    return source


@retrying_write
def _record_restore(ctx: ServiceContext, source: Path, kept: Path, key: str) -> None:
    with ctx.db.session(write=True) as s:
        audit.record(s, ctx, AuditAction.RESTORE_DATABASE, "database", None, source.name,
                     {"restored_from": [None, str(source)], key: [None, str(kept)]})


def restore_register(ctx: ServiceContext, source: Path) -> Path:
    """Replace the register's content with the backup `source`.

    The current database is first backed up beside it; the restore itself is recorded in
    the restored database's audit trail. Returns the safety backup's path.
    """
    live = _require_file(ctx)
    source = _check_source(source)
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
    _record_restore(ctx, source, safety, "safety_backup")
    log.info("restored %s from %s (safety copy %s)", live, source, safety)
    return safety


def restore_file(url: str, source: Path, actor: str | None = None) -> tuple[ServiceContext, Path]:
    """`export-risk restore`: restore `source` over the register at `url`, even a damaged one.

    A healthy register goes through `restore_register`. A damaged one cannot be copied
    page by page, so it is moved aside unchanged (kept as evidence, returned as the safety
    copy) and a verified copy of the backup takes its place.
    """
    if make_url(url).get_backend_name() != "sqlite":
        raise RegisterError("Backup and restore work on SQLite files; for PostgreSQL use pg_dump.")
    source = _check_source(source)
    try:
        ctx = open_register(url, actor)
    except DamagedDatabase:
        live = Path(make_url(url).database or "")
        if not _still_damaged(live):
            raise RegisterError(f"{live} could not be opened a moment ago but now reads as sound; "
                                "nothing was restored. Try opening it again.") from None
        kept = _set_aside(live)
        backup_file(source, live)  # verified, then moved into place atomically
        ctx = open_register(url, actor)
        _record_restore(ctx, source, kept, "damaged_copy")
        log.warning("replaced damaged %s by %s; the damaged file is kept as %s", live, source, kept)
        return ctx, kept
    return ctx, restore_register(ctx, source)


def _still_damaged(live: Path) -> bool:
    """Confirm the damage with a plain read-only check before replacing anything."""
    try:
        return bool(integrity_errors(live))
    except sqlite3.DatabaseError:
        return True


def _set_aside(live: Path) -> Path:
    """Move a damaged database and its journal files into backups/, byte for byte."""
    kept = timestamped_backup_path(live, "damaged")
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(live, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{live}{suffix}")
        if side.exists():
            # A journal left beside the new file would be replayed into it: it must go.
            shutil.copy2(side, Path(f"{kept}{suffix}"))
            with contextlib.suppress(FileNotFoundError):
                os.unlink(side)
    return kept
