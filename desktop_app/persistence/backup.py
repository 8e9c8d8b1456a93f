"""Consistent SQLite copies through the backup API, verified before they replace anything."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.domain.errors import RegisterError, StorageFull
from desktop_app.persistence.db import read_only_uri
from desktop_app.system.atomic import sweep_stale
from desktop_app.system.message_language import msg
from desktop_app.system.storage import disk_full_message, is_storage_full

PAGES_PER_STEP = 1024


def integrity_errors(path: Path) -> list[str]:
    """`PRAGMA integrity_check` and `foreign_key_check` on a file, opened read-only (immutable when
    nobody has it open, so not a byte of it or beside it changes)."""
    conn = sqlite3.connect(read_only_uri(path, unopened_as_immutable=True), uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} points to a missing {parent} record")
        return problems
    finally:
        conn.close()


def backup_file(
    src: Path, dest: Path, progress: Callable[[float], None] | None = None
) -> Path:
    """Copy the live database `src` to `dest` atomically; `dest` changes only if the copy is sound.

    Uses sqlite3's online backup, so other processes may keep writing meanwhile. Whatever goes
    wrong (a full disk, a cancelled copy), no partial file is left behind. Callers decide
    beforehand whether `dest` may be replaced (services/outputs.py).
    """
    dest = dest.resolve()
    if dest == src.resolve():
        raise RegisterError(msg("The backup must not overwrite the database itself."))
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        sweep_stale(dest)  # a backup killed midway left its partial copy behind
        copy_pages(src, tmp, progress)
        problems = integrity_errors(tmp)
        if problems:
            raise RegisterError(msg("The backup copy failed its integrity check: {problems}",
                                    problems="; ".join(problems[:5])))
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        if is_storage_full(exc):
            raise StorageFull(disk_full_message(msg("the copy {file} could not be written; nothing was left "
                                                    "behind and the register was not changed", file=dest))) from exc
        if isinstance(exc, PermissionError) or "readonly" in str(exc).lower() or "unable to open" in str(exc):
            raise RegisterError(msg("Cannot write {file}: its folder may not be written to. Nothing was "
                                    "written and the register was not changed.", file=dest)) from exc
        raise
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return dest


def copy_pages(src: Path, tmp: Path, progress: Callable[[float], None] | None = None) -> None:
    """A consistent page-by-page copy of `src` at `tmp` (SQLite's backup API), unverified."""
    # Immutable when nobody has it open: copying a file (a backup being restored) leaves no trace.
    source = sqlite3.connect(read_only_uri(src, unopened_as_immutable=True), uri=True, timeout=30)
    try:
        target = sqlite3.connect(str(tmp))
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress and total:
                    progress((total - remaining) / total)

            source.backup(target, pages=PAGES_PER_STEP, progress=step)
            # A backup is a standalone file: no WAL sidecars to lose when it is copied around.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()


def timestamped_backup_path(db_path: Path, reason: str) -> Path:
    """`<folder>/backups/<name>.<reason>.<UTC timestamp>.sqlite3` beside the database."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return db_path.parent / "backups" / f"{db_path.stem}.{reason}.{stamp}.sqlite3"
