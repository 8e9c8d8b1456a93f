"""Open a register safely: refuse what is not ours, back up, then migrate."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop_app.domain.errors import DatabaseRefused
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import backup_file, timestamped_backup_path
from desktop_app.persistence.db import APPLICATION_ID, Database, make_engine

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
RESTORE_HINT = "Restore it from a backup with `export-risk restore BACKUP_FILE`."


def _refuse(path: Path, why: str) -> DatabaseRefused:
    return DatabaseRefused(f"Cannot open {path}: {why}. The file was not changed.")


def preflight_sqlite(path: Path) -> tuple[str | None, bool]:
    """Check an existing file without writing to it; return (schema revision, writable).

    Raises DatabaseRefused for an empty file, a non-database, another application's
    database, a corrupted file, or a schema newer than this version knows.
    """
    if path.is_dir():
        raise _refuse(path, "it is a folder, not a database file")
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, "the file is empty (0 bytes), not a register database")
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise _refuse(path, "it is not a SQLite database")
    app_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if app_id not in (0, APPLICATION_ID):
        raise _refuse(path, "it is a database of another application")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _refuse(path, f"it cannot be read ({exc})") from exc
    try:
        check = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if check != ["ok"]:
            raise _refuse(path, f"the database is damaged ({check[0]}). {RESTORE_HINT}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        elif tables:
            raise _refuse(path, "it is a SQLite database that is not an Export Risk Register")
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, f"the database is damaged ({exc}). {RESTORE_HINT}") from exc
    finally:
        conn.close()
    if revision is not None and not migrate.is_known(revision):
        raise _refuse(
            path,
            f"it was written by a newer version of Export Risk Register (schema {revision}); "
            "update the application to open it",
        )
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return revision, writable


def open_database(url: str, *, allow_read_only: bool = True) -> Database:
    """Open (creating if missing) and migrate the register at `url`."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        db = Database(url, make_engine(url))
        _migrate(db, None)
        return db
    if not parsed.database or parsed.database == ":memory:":
        raise DatabaseRefused("The register must be a file; an in-memory database would lose everything.")
    path = Path(parsed.database)
    revision, writable = (None, True)
    if path.exists():
        revision, writable = preflight_sqlite(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    if not writable:
        if not allow_read_only or revision != migrate.head_revision():
            raise _refuse(path, "the file or its folder is read-only")
        log.warning("opening %s read-only", path)
        return Database(url, make_engine(url, read_only=True), read_only=True)
    db = Database(url, make_engine(url))
    _migrate(db, path if revision is not None else None)
    return db


def _migrate(db: Database, backup_from: Path | None) -> None:
    current = migrate.current_revision(db.engine)
    if current is not None and not migrate.is_known(current):
        db.dispose()
        raise DatabaseRefused(
            f"Cannot open {db.display_name}: it was written by a newer version "
            f"(schema {current}). Nothing was changed."
        )
    if current == migrate.head_revision():
        return
    if backup_from is not None and current is not None:
        dest = backup_file(backup_from, timestamped_backup_path(backup_from, f"before-{current}"))
        log.info("backed up %s to %s before migrating", backup_from, dest)
    migrate.upgrade(db.engine)
