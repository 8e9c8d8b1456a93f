"""Restore a register from a backup: verified first, then replaced in one step a kill cannot split.

The backup is copied to a temporary file beside the register and proven there (a register of
ours, sound pages, an intact audit chain, every record matching its sealed state); the copy is
upgraded and the restore's own audit entry is written into it. Only then is the register
replaced: a healthy register by SQLite's backup API in one write transaction (colleagues'
connections see the old or the new content, never a mix), a damaged one, after it is kept as
evidence, by a rename. A kill at any moment leaves either the register as it was, or the backup's
content with its restore entry.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from pathlib import Path

from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import DamagedDatabase, DatabaseRefused, ReadOnlyDatabase, RegisterError
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import backup_file, integrity_errors, timestamped_backup_path
from desktop_app.persistence.db import Database, make_engine
from desktop_app.persistence.recognition import is_writable, preflight_sqlite
from desktop_app.persistence.seals import has_seals
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, default_actor, open_register
from desktop_app.services.maintenance.tamper import record_problems
from desktop_app.system.atomic import SIDECARS, sweep_stale
from desktop_app.system.message_language import msg
from desktop_app.system.paths import DbLocation, locate_db

log = logging.getLogger(__name__)
_RESTORING = "restoring"


def _refused(source: Path, why: str) -> RegisterError:
    return RegisterError(msg("{file} cannot be restored: {why}. Nothing was changed.", file=source, why=why))


def _verify_copy(source: Path, copy: Path) -> None:
    """The copy's pages, audit chain (as the backup wrote it) and sealed record states."""
    problems = integrity_errors(copy)
    if problems:
        raise _refused(source, msg("it fails its integrity check ({problem})", problem=problems[0]))
    db = Database(f"sqlite:///{copy}", make_engine(f"sqlite:///{copy}", read_only=True))
    try:
        with db.session() as s:
            chain = audit.verify_chain(s)
            if not chain.ok:
                raise _refused(source, msg("its audit trail is broken ({problem})", problem=chain.problem))
            tampered = record_problems(s.connection())[0] if has_seals(s.connection()) else []
        if tampered:
            raise _refused(source, msg("its records were changed outside the application ({problem})",
                                      problem=tampered[0]))
    finally:
        db.dispose()


def _prepare(source: Path, copy: Path, actor: str, kept: Path, key: str) -> None:
    """A verified, upgraded copy of `source` at `copy`, its restore entry already written."""
    try:
        preflight_sqlite(source)  # ours, sound, not newer: read without writing a byte
    except DatabaseRefused as exc:
        # `refuse` keeps its reason apart, so it reads the same in any language
        raise _refused(source, str(getattr(exc, "why", "") or exc).rstrip(".")) from None
    backup_file(source, copy)
    _verify_copy(source, copy)
    ctx = ServiceContext(db=Database(f"sqlite:///{copy}", make_engine(f"sqlite:///{copy}")), actor=actor)
    try:
        migrate.upgrade(ctx.db.engine)  # a backup from an older version is brought up to date
        with ctx.db.session(write=True) as s:
            audit.record(s, ctx, AuditAction.RESTORE_DATABASE, "database", None, source.name,
                         {"restored_from": [None, str(source)], key: [None, str(kept)]})
    finally:
        ctx.db.dispose()  # checkpoints: the copy is one standalone file again


def _match_page_size(copy: Path, live: Path) -> None:
    """SQLite's backup API cannot copy into a WAL database of another page size: adopt the live one."""
    def size(path: Path) -> int:
        conn = sqlite3.connect(path)
        try:
            return int(conn.execute("PRAGMA page_size").fetchone()[0])
        finally:
            conn.close()

    wanted = size(live)
    if size(copy) != wanted:
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute(f"PRAGMA page_size={wanted}")
            conn.execute("VACUUM")
        finally:
            conn.close()


def _copy_into(copy: Path, live: Path) -> None:
    _match_page_size(copy, live)
    src = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(live), timeout=30)
    try:
        src.backup(dst)  # every page in one write transaction on the live file
    finally:
        src.close()
        dst.close()


def _set_aside(live: Path, kept: Path) -> None:
    """Copy a damaged database and its journal files to `kept`, byte for byte."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(live, kept)
    for suffix in SIDECARS:
        side = Path(f"{live}{suffix}")
        if side.exists():
            shutil.copy2(side, Path(f"{kept}{suffix}"))


def _still_damaged(live: Path) -> bool:
    """Confirm the damage with a plain read-only check before replacing anything."""
    try:
        return bool(integrity_errors(live))
    except sqlite3.DatabaseError:
        return True


def restore_file(where: str | DbLocation, source: Path, actor: str | None = None) -> tuple[ServiceContext, Path]:
    """`export-risk restore`: replace the register at `where` with the backup `source`.

    Returns the reopened register and the copy of what it replaced (the safety backup of a
    healthy register, or the damaged file kept as evidence).
    """
    location = where if isinstance(where, DbLocation) else locate_db(where)
    live, source = location.path, Path(source).expanduser()
    if not location.is_sqlite or live is None:
        raise RegisterError(msg("Backup and restore work on SQLite files; for PostgreSQL use pg_dump."))
    if source.is_dir() or not source.exists():
        raise _refused(source, msg("it is a folder") if source.is_dir() else msg("it does not exist"))
    if live.exists() and os.path.samefile(source, live):
        raise _refused(source, msg("it is the register itself"))
    damaged = False
    if live.exists():
        if not is_writable(live):
            raise ReadOnlyDatabase(msg("Cannot restore over {file}: the file or its folder is read-only. "
                                       "Nothing was changed.", file=live))
        try:
            open_register(location, actor).db.dispose()
        except DamagedDatabase:
            if not _still_damaged(live):
                raise RegisterError(msg("{file} could not be opened a moment ago but now reads as sound; nothing "
                                        "was restored. Try again.", file=live)) from None
            damaged = True
    key = "damaged_copy" if damaged else "safety_backup"
    kept = timestamped_backup_path(live, "damaged" if damaged else "before-restore")
    sweep_stale(live, _RESTORING)
    copy = live.with_name(f".{live.name}.{os.getpid()}.{_RESTORING}")
    try:
        _prepare(source, copy, actor or default_actor(location.url), kept, key)
        if not live.exists():
            os.replace(copy, live)
        elif damaged:
            _set_aside(live, kept)
            for suffix in SIDECARS:  # a journal left beside the new file would be replayed into it
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{live}{suffix}")
            os.replace(copy, live)
        else:
            backup_file(live, kept)
            _copy_into(copy, live)
    finally:
        for leftover in (copy, *(Path(f"{copy}{suffix}") for suffix in SIDECARS)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    log.info("restored %s from %s (previous state kept as %s)", live, source, kept)
    return open_register(location, actor), kept
