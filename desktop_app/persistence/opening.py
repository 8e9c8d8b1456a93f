"""Open a register safely: refuse what is not ours, back up, then migrate."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop_app.domain.errors import DatabaseRefused
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import backup_file, timestamped_backup_path
from desktop_app.persistence.db import APPLICATION_ID, Database, make_engine, read_only_uri
from desktop_app.system.atomic import sweep_stale

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
RESTORE_HINT = "Restore it from a backup with `export-risk restore BACKUP_FILE`."
_CREATING = "creating"


class DamagedDatabase(DatabaseRefused):
    """The file is a register (or claims to be) but its pages are damaged: restore a backup."""


def _refuse(path: Path, why: str) -> DatabaseRefused:
    kind = DamagedDatabase if RESTORE_HINT in why else DatabaseRefused
    return kind(f"Cannot open {path}: {why}. The file was not changed.")


def is_writable(path: Path) -> bool:
    """Whether this process may write the file and create its -wal/-shm files beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


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


def preflight_sqlite(path: Path, *, check_pages: bool = True) -> tuple[str | None, bool]:
    """Check an existing file without writing to it; return (schema revision, writable).

    Raises DatabaseRefused for an empty file, a non-database, another application's
    database, a corrupted or truncated file, or a schema newer than this version knows.
    With `check_pages=False` the page-by-page check is left to the caller (`page_problem`);
    the header, the application id and the schema tables are still read.
    """
    if path.is_dir():
        raise _refuse(path, "it is a folder, not a database file")
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, "the file is empty (0 bytes), not a register database")
    # Everything below reads through SQLite only: opening and closing the file any other way
    # (even to read its header) would drop this process's POSIX locks on it, which SQLite
    # connections already open here rely on.
    writable = is_writable(path)
    try:
        conn = sqlite3.connect(read_only_uri(path, unopened_as_immutable=True), uri=True)
    except sqlite3.Error as exc:
        raise _refuse(path, f"it cannot be read ({exc})") from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if "not a database" not in str(exc):
                raise
            # Only now read the header ourselves (see above): nothing valid holds locks on it.
            with path.open("rb") as fh:
                magic = fh.read(len(SQLITE_MAGIC))
            if magic == SQLITE_MAGIC:
                raise _refuse(path, f"the database is damaged (invalid header). {RESTORE_HINT}") from exc
            raise _refuse(path, "it is not a SQLite database") from exc
        if app_id not in (0, APPLICATION_ID):
            raise _refuse(path, "it is a database of another application")
        check = [r[0] for r in conn.execute("PRAGMA quick_check")] if check_pages else ["ok"]
        if check != ["ok"]:
            raise _refuse(path, f"the database is damaged ({check[0]}). {RESTORE_HINT}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        elif tables:
            raise _refuse(path, "it is a SQLite database that is not an Export Risk Register")
    except sqlite3.OperationalError as exc:
        if writable or "unable to open" not in str(exc):
            raise _refuse(path, f"the database is damaged ({exc}). {RESTORE_HINT}") from exc
        raise _refuse(path, "its folder is read-only and it still holds changes in its write-ahead "
                      f"journal ({path.name}-wal); open it once from a folder you may write to") from exc
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, f"the database is damaged ({exc}). {RESTORE_HINT}") from exc
    finally:
        conn.close()
    if revision is not None and not migrate.is_known(revision):
        raise _refuse(
            path,
            f"it was written by a newer version of Export Risk Register (schema {revision}; this version "
            f"opens schemas up to {migrate.head_revision()}); update the application to open it",
        )
    return revision, writable


def open_database(url: str, *, allow_read_only: bool = True, defer_page_check: bool = False) -> Database:
    """Open (creating if missing) and migrate the register at `url`.

    A read-only file or folder opens read-only (`Database.read_only`, with the reason in
    `read_only_reason` for the window's banner) when its schema is current, else is refused.
    `defer_page_check=True` (the desktop window, which runs `page_problem` in the background
    once it is shown) skips the page-by-page check of a file whose schema is current; a file
    about to be backed up and migrated is always checked first.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        db = Database(url, make_engine(url))
        _migrate_server(db)
        return db
    if not parsed.database or parsed.database == ":memory:":
        raise DatabaseRefused("The register must be a file; an in-memory database would lose everything.")
    path = Path(parsed.database)
    if not path.exists():
        _create_sqlite(path)
    revision, writable = preflight_sqlite(path, check_pages=not defer_page_check)
    if defer_page_check and revision != migrate.head_revision():
        problem = page_problem(path)  # never migrate (nor back up) a damaged file
        if problem is not None:
            raise _refuse(path, f"the database is damaged ({problem}). {RESTORE_HINT}")
    if not writable:
        if not allow_read_only:
            raise _refuse(path, "the file or its folder is read-only")
        if revision != migrate.head_revision():
            raise _refuse(path, "the file or its folder is read-only, and it needs an upgrade to this "
                          "version's schema first; open it once with write access")
        log.warning("opening %s read-only", path)
        return Database(url, make_engine(url, read_only=True), read_only=True,
                        read_only_reason=f"{path} (or its folder) is read-only: you can view and export, "
                        "but not change, the register.")
    db = Database(url, make_engine(url))
    _migrate(db, path)
    return db


def _create_sqlite(path: Path) -> None:
    """Build a new, fully migrated register beside `path`, then move it into place.

    A crash while creating leaves no half-made file at `path` (which a later open would
    refuse as empty or foreign), only a hidden temporary one that the next creation removes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale(path, _CREATING)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{_CREATING}")
    try:
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
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _migrate(db: Database, path: Path) -> None:
    current = migrate.current_revision(db.engine)
    if current is not None and not migrate.is_known(current):
        db.dispose()
        raise DatabaseRefused(
            f"Cannot open {db.display_name}: it was written by a newer version (schema {current}; "
            f"this version opens schemas up to {migrate.head_revision()}). Nothing was changed."
        )
    if current == migrate.head_revision():
        return
    if current is not None:
        dest = backup_file(path, timestamped_backup_path(path, f"before-{current}"))
        log.info("backed up %s to %s before migrating", path, dest)
    migrate.upgrade(db.engine)


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
        current = migrate.current_revision(db.engine)
        if current is not None and not migrate.is_known(current):
            db.dispose()
            raise DatabaseRefused(
                f"Cannot open {db.display_name}: it was written by a newer version (schema {current}; "
                f"this version opens schemas up to {migrate.head_revision()}). Update the application; "
                "nothing was changed."
            )
        if current != migrate.head_revision():
            log.info("migrating %s from %s", db.display_name, current)
            migrate.upgrade(db.engine)
