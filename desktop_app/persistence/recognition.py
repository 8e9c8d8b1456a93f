"""Recognise a register before touching it: application id, schema marker, revision, pages.

A database is taken for a register only by its own marks: SQLite's application id (written by
the first migration) and, from revision 0005 on, the `register_marker` row; a register of an
older revision must hold the register's own tables. An `alembic_version` table alone proves
nothing (many applications have one). Application id 0 is somebody else's file unless it holds
no table at all, in which case a new register is built in it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from desktop_app.domain.errors import DamagedDatabase, DatabaseRefused, StorageFull
from desktop_app.persistence import migrate
from desktop_app.persistence.db import APPLICATION_ID, read_only_uri
from desktop_app.system.message_language import mark, msg
from desktop_app.system.storage import disk_full_message, is_storage_full

SQLITE_MAGIC = b"SQLite format 3\x00"
RESTORE_HINT = mark("Restore it from a backup with `export-risk restore BACKUP_FILE`.")
APPLICATION = "Export Risk Register"
MARKED_FROM = "0005"  # the first revision with a register_marker row
CORE_TABLES = frozenset({"measure", "joint_venture", "assessment", "audit_entry", "audit_head"})


@dataclass(frozen=True)
class Preflight:
    """What a look at a file found, without writing to it."""

    revision: str | None  # None: no schema yet (a new register is built in it)
    writable: bool
    register_id: str | None = None  # the identity its backups share (revision 0005 on)


def damaged(problem: object) -> str:
    """Why a damaged file is refused, with what to do (`refuse` knows it by its hint)."""
    return msg("the database is damaged ({problem}). {hint}", problem=problem, hint=msg(RESTORE_HINT))


def refuse(path: Path, why: str) -> DatabaseRefused:
    kind = DamagedDatabase if RESTORE_HINT in why or msg(RESTORE_HINT) in why else DatabaseRefused
    error = kind(msg("Cannot open {file}: {why}. The file was not changed.", file=path, why=why.rstrip(".。")))
    error.why = why  # type: ignore[attr-defined]  # the reason alone, for a restore's own refusal
    return error


def is_writable(path: Path) -> bool:
    """Whether this process may write the file and create its -wal/-shm files beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def schema_problem(tables: set[str], revision: str | None, marker: str | None) -> str | None:
    """Why a schema holding `tables` at `revision` (with `marker`'s application) is not a register."""
    if not tables:
        return None
    if "alembic_version" not in tables or not tables >= CORE_TABLES:
        return msg("it is a database of another application, not an Export Risk Register (it lacks the "
                   "register's tables)")
    if revision is None:
        return msg("its schema version is missing, so it is not a register this version can open")
    if not migrate.is_known(revision):
        return msg("it was written by a newer version of Export Risk Register (schema {revision}; this version "
                   "knows up to {head}); update the application to open it", revision=revision,
                   head=migrate.head_revision())
    if migrate.descends_from(revision, MARKED_FROM) and marker != APPLICATION:
        return msg("its register marker is missing: it is not an Export Risk Register")
    return None


def _marker(conn: sqlite3.Connection, tables: set[str]) -> tuple[str | None, str | None]:
    if "register_marker" not in tables:
        return None, None
    try:
        row = conn.execute("SELECT application, register_id FROM register_marker WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a table of that name, but not ours
        return None, None
    return (row[0], row[1]) if row else (None, None)


def _revision(conn: sqlite3.Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 else None


def preflight_sqlite(path: Path, *, check_pages: bool = True) -> Preflight:
    """Check an existing file without writing to it.

    Raises DatabaseRefused for a folder, an empty file, a non-database, another application's
    database, a corrupted or truncated file, or a schema newer than this version knows.
    With `check_pages=False` the page-by-page check is left to the caller (`page_problem`);
    the header, the application id and the schema tables are still read.
    """
    if path.is_dir():
        raise refuse(path, msg("it is a folder, not a database file"))
    if path.stat().st_size == 0:
        raise refuse(path, msg("the file is empty (0 bytes), not a register database"))
    # Everything below reads through SQLite only: opening and closing the file any other way
    # (even to read its header) would drop this process's POSIX locks on it, which SQLite
    # connections already open here rely on.
    writable = is_writable(path)
    try:
        conn = sqlite3.connect(read_only_uri(path, unopened_as_immutable=True), uri=True)
    except sqlite3.Error as exc:
        raise refuse(path, msg("it cannot be read ({problem})", problem=exc)) from exc
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
                raise refuse(path, damaged(msg("invalid header"))) from exc
            raise refuse(path, msg("it is not a SQLite database")) from exc
        if app_id not in (0, APPLICATION_ID):
            raise refuse(path, msg("it is a database of another application (its SQLite application id is "
                                   "{id}, not Export Risk Register's)", id=app_id))
        check = [r[0] for r in conn.execute("PRAGMA quick_check")] if check_pages else ["ok"]
        if check != ["ok"]:
            raise refuse(path, damaged(check[0]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                  if not r[0].startswith("sqlite_")}
        if app_id == 0 and tables:
            raise refuse(path, msg("it is a SQLite database of another application, not an Export Risk "
                                   "Register (it does not carry the register's application id)"))
        revision = _revision(conn, tables)
        application, register_id = _marker(conn, tables)
    except sqlite3.OperationalError as exc:
        if is_storage_full(exc):
            raise StorageFull(disk_full_message(msg(
                "{file} could not be opened, as SQLite could not write its shared-memory file beside it; the "
                "file was not changed", file=path))) from exc
        if writable or "unable to open" not in str(exc):
            raise refuse(path, damaged(exc)) from exc
        journal = f"{path.name}-wal"
        raise refuse(path, msg("its folder is read-only and it still holds changes in its write-ahead journal "
                               "({journal}); open it once from a folder you may write to", journal=journal)) from exc
    except sqlite3.DatabaseError as exc:
        raise refuse(path, damaged(exc)) from exc
    finally:
        conn.close()
    problem = schema_problem(tables, revision, application)
    if problem is not None:
        raise refuse(path, problem)
    return Preflight(revision, writable, register_id)


def server_problem(conn: Connection) -> str | None:
    """Why the PostgreSQL database on `conn` is not a register (None: it is one, or is empty)."""
    tables = set(inspect(conn).get_table_names())
    revision = application = None
    if "alembic_version" in tables:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        revision = rows[0] if len(rows) == 1 else None
    if "register_marker" in tables:
        application = conn.execute(text("SELECT application FROM register_marker WHERE id = 1")).scalar()
    conn.rollback()
    return schema_problem(tables, revision, application)


def register_identity(path: Path) -> str | None:
    """The register id a SQLite file carries (None: not a register with a marker, or unreadable)."""
    try:
        conn = sqlite3.connect(read_only_uri(path, unopened_as_immutable=True), uri=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return _marker(conn, tables)[1]
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def server_identity(conn: Connection) -> str | None:
    """The register id of the PostgreSQL register on `conn`."""
    if not inspect(conn).has_table("register_marker"):
        return None
    return conn.execute(text("SELECT register_id FROM register_marker WHERE id = 1")).scalar()
