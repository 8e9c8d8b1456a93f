"""Open a register safely: refuse what is not ours, back up, then migrate."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_app.domain.errors import DamagedDatabase, DatabaseRefused, RegisterError, StorageFull
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import backup_file, timestamped_backup_path
from desktop_app.persistence.db import APPLICATION_ID, Database, make_engine, read_only_uri, translate
from desktop_app.persistence.recognition import (
    RESTORE_HINT,
    Preflight,
    damaged,
    preflight_sqlite,
    refuse,
    server_problem,
)
from desktop_app.system.atomic import sweep_stale
from desktop_app.system.logs import log_file
from desktop_app.system.message_language import msg
from desktop_app.system.paths import locate_db
from desktop_app.system.storage import disk_full_message, is_storage_full

log = logging.getLogger(__name__)
_CREATING = "creating"

__all__ = ["RESTORE_HINT", "DamagedDatabase", "OpenMode", "Preflight", "open_database", "page_problem",
           "preflight_sqlite"]


class OpenMode(StrEnum):
    """How a register is opened: the one choice a caller makes."""

    WORK = "work"  # the command line and services: every page checked, then upgraded if needed
    WINDOW = "window"  # the desktop window: the page check of a current file runs in the background
    CHECK = "check"  # `check`: read-only, never created nor upgraded, not a byte written


def page_problem(path: Path) -> str | None:
    """SQLite's `PRAGMA quick_check` over every page of the file (read-only; 0.2-0.4 s at
    100,000 assessments): the first problem found, or None when the file is sound."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return f"it cannot be read ({exc})"
    try:
        check = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None if check == ["ok"] else check[0]


def open_database(url: str, *, allow_read_only: bool = True, mode: OpenMode = OpenMode.WORK) -> Database:
    """Open the register at `url`: created if missing, upgraded if older (except for a check).

    A read-only file or folder opens read-only (`Database.read_only`, with the reason in
    `read_only_reason` for the window's banner) when its schema is current, else is refused.
    `OpenMode.WINDOW` skips the page-by-page check of a file whose schema is current (the
    window runs `page_problem` once shown); a file about to be backed up and upgraded is
    always checked first. `OpenMode.CHECK` refuses a file that is missing or needs an upgrade
    (`NeedsUpgrade`: the check service then checks an upgraded copy).
    """
    location = locate_db(url)
    if not location.is_sqlite:
        db = Database(url, make_engine(url))
        _migrate_server(db)
        return db
    path = location.path
    if path is None:
        raise DatabaseRefused(msg("The register must be a file; an in-memory database would lose everything."))
    if not path.exists():
        if mode is OpenMode.CHECK:
            raise DatabaseRefused(msg("{file} does not exist; there is nothing to check.", file=path))
        _create_sqlite(path)
    # A check runs the full integrity check itself; the window runs its page check once shown.
    found = preflight_sqlite(path, check_pages=mode is OpenMode.WORK)
    current = found.revision == migrate.head_revision()
    if mode is OpenMode.CHECK:
        if not current:
            raise NeedsUpgrade(found)
        return Database(location.url, make_engine(location.url, read_only=True, leave_no_trace=True),
                        read_only=True, read_only_reason=msg("{file} is open for checking only.", file=path))
    if mode is OpenMode.WINDOW and not current:
        problem = page_problem(path)  # never migrate (nor back up) a damaged file
        if problem is not None:
            raise refuse(path, damaged(problem))
    if not found.writable:
        if not allow_read_only:
            raise refuse(path, msg("the file or its folder is read-only"))
        if not current:
            raise refuse(path, msg("the file or its folder is read-only, and it needs an upgrade to this "
                                   "version's schema first; open it once with write access"))
        log.warning("opening %s read-only", path)
        return Database(location.url, make_engine(location.url, read_only=True), read_only=True,
                        read_only_reason=msg("{file} (or its folder) is read-only: you can view and export, "
                                             "but not change, the register.", file=path))
    db = Database(location.url, make_engine(location.url))
    try:
        _migrate(db, path, found.revision)
    except BaseException:
        db.dispose()
        raise
    return db


class NeedsUpgrade(DatabaseRefused):
    """A check found a register of an older schema: it is checked on an upgraded copy instead."""

    def __init__(self, found: Preflight) -> None:
        self.found = found
        super().__init__(msg("The register is at schema {revision}; this version expects {head}.",
                             revision=found.revision, head=migrate.head_revision()))


def _create_sqlite(path: Path) -> None:
    """Build a new, fully migrated register beside `path`, then move it into place.

    A crash while creating leaves no half-made file at `path` (which a later open would
    refuse as empty or foreign), only a hidden temporary one that the next creation removes.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{_CREATING}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        sweep_stale(path, _CREATING)
        engine = make_engine(f"sqlite:///{tmp}")
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()  # the last connection checkpoints and removes the -wal/-shm files
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if another process created the register meanwhile
        except FileExistsError:
            log.info("%s was created by another process meanwhile", path)
        except OSError:  # filesystems without hard links
            if not path.exists():
                os.replace(tmp, path)
    except (OSError, DBAPIError, sqlite3.Error) as exc:
        if is_storage_full(exc):
            raise StorageFull(disk_full_message(msg("the new register {file} could not be created; nothing "
                                                    "was written", file=path))) from exc
        if isinstance(exc, PermissionError) or "readonly" in str(exc).lower():
            raise DatabaseRefused(msg("Cannot create {file}: the folder may not be written to.", file=path)) from exc
        raise
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _migrate(db: Database, path: Path, revision: str | None) -> None:
    if revision == migrate.head_revision():
        return
    backup = None
    if revision is not None:
        try:
            backup = backup_file(path, timestamped_backup_path(path, f"before-{revision}"))
        except StorageFull as exc:
            raise StorageFull(disk_full_message(msg(
                "{file} needs an upgrade to this version, and the safety copy taken first could not be "
                "written; the register was not changed", file=path))) from exc
        log.info("backed up %s to %s before migrating", path, backup)
    try:
        migrate.upgrade(db.engine)
    except RegisterError:
        raise
    except Exception as exc:
        cause = translate(exc) if isinstance(exc, DBAPIError) else exc
        if isinstance(cause, RegisterError):
            raise cause from exc
        log.exception("upgrading %s failed", path)
        detail = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
        facts = {"file": path, "revision": revision or msg("(new)"), "head": migrate.head_revision(),
                 "error": f"{type(detail).__name__}: {detail}", "log": log_file(), "backup": backup}
        raise DatabaseRefused(msg(
            "The upgrade of {file} from schema {revision} to {head} failed ({error}). The upgrade runs in one "
            "transaction, so the register was not changed; a copy from before it is {backup}. Report this with "
            "the log file ({log}).", **facts) if backup else msg(
            "The upgrade of {file} from schema {revision} to {head} failed ({error}). The upgrade runs in one "
            "transaction, so the register was not changed. Report this with the log file ({log}).", **facts)
        ) from exc


@contextlib.contextmanager
def _server_migration_lock(db: Database) -> Iterator[None]:
    # Several colleagues may start the app on a fresh server at once: one migrates, the
    # others wait, then find the schema current. The lock is per connection (session level).
    with db.engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": APPLICATION_ID})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": APPLICATION_ID})
            conn.commit()


def _migrate_server(db: Database) -> None:
    with _server_migration_lock(db):
        with db.engine.connect() as conn:
            problem = server_problem(conn)
        if problem is not None:
            db.dispose()
            raise DatabaseRefused(msg("Cannot open {database}: {why}. Nothing was changed.", database=db.display_name,
                                     why=problem))
        current = migrate.current_revision(db.engine)
        if current != migrate.head_revision():
            log.info("migrating %s from %s", db.display_name, current)
            migrate.upgrade(db.engine)
