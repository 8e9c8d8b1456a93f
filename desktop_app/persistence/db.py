"""Engine and transactions: SQLite pragmas, transactional DDL, error translation, PostgreSQL."""

from __future__ import annotations

import functools
import logging
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, create_engine

from desktop_app.domain.errors import (
    Conflict,
    DatabaseBusy,
    DatabaseRefused,
    ReadOnlyDatabase,
    RegisterError,
    StorageFull,
)
from desktop_app.system.message_language import mark, msg
from desktop_app.system.paths import DbLocation, locate_db
from desktop_app.system.storage import disk_full_message, is_storage_full

log = logging.getLogger(__name__)

APPLICATION_ID = 0x45525231  # "ERR1": marks a SQLite file as an Export Risk Register.
BUSY_TIMEOUT_MS = 5_000
WRITE_ATTEMPTS = 6
_WRITE = "register_write"
WRITE_LOCK_TABLE = "audit_head"
CHANGE_CHANNEL = "export_risk_changed"  # see change_watch: LISTENed to by open windows
_P = ParamSpec("_P")
_T = TypeVar("_T")


class SerializationFailure(DatabaseBusy):
    """PostgreSQL aborted a write because a concurrent one touched the same rows (40001/40P01).

    The whole service call is safe to re-run: `retrying_write` does so; if every attempt
    fails the user sees it as a busy database and can try again.
    """


@dataclass
class Database:
    """One engine per process plus how to open transactions on it."""

    url: str
    engine: Engine
    read_only: bool = False
    read_only_reason: str = ""  # shown in the window's banner when read_only
    location: DbLocation = field(init=False)  # worked out once from `url`

    def __post_init__(self) -> None:
        self.location = locate_db(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.location.is_sqlite

    @property
    def path(self) -> Path | None:
        return self.location.path

    @property
    def display_name(self) -> str:
        return self.location.display

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error.

        Write transactions take the write lock up front (SQLite `BEGIN IMMEDIATE`,
        PostgreSQL a table lock on the audit head, then SERIALIZABLE), so a busy database
        fails fast instead of midway.
        PostgreSQL reads run on one snapshot (REPEATABLE READ, read-only), so a report or
        the audit-chain check never mixes rows from before and after a colleague's save.
        """
        if write and self.read_only:
            raise ReadOnlyDatabase(msg("{database} is open read-only; nothing was changed.",
                                      database=self.display_name))
        bind = self.engine.execution_options(**{_WRITE: write})
        if not self.is_sqlite:
            bind = bind.execution_options(
                isolation_level="SERIALIZABLE" if write else "REPEATABLE READ",
                postgresql_readonly=not write,
            )
        session = Session(bind=bind, expire_on_commit=False, autoflush=False)
        try:
            if write and not self.is_sqlite:
                # Every write is audited and so serialises on the audit head anyway; taking
                # that lock first (LOCK TABLE takes no snapshot) makes colleagues' saves queue
                # like SQLite's BEGIN IMMEDIATE instead of failing each other. SERIALIZABLE
                # (with retrying_write) remains the guard for anything that slips past it.
                session.execute(text(f"LOCK TABLE {WRITE_LOCK_TABLE} IN EXCLUSIVE MODE"))
            yield session
            if write and not self.is_sqlite:  # watching windows hear of it once it commits
                session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANGE_CHANNEL})
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise translate(exc, write=write) from exc
        except StaleDataError as exc:
            # version_id_col: the row changed (or vanished) between our read and our write.
            session.rollback()
            raise Conflict(msg("Someone else changed this record at the same moment; nothing was "
                               "overwritten. Reload it and make your change again.")) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def retrying_write(fn: Callable[_P, _T]) -> Callable[_P, _T]:
    """Re-run a whole service write when PostgreSQL reports a serialization failure.

    Decorate the function that opens the write transaction (never one called inside an
    open transaction): every attempt starts from scratch, so rules are checked again on
    fresh data. SQLite never raises it (BEGIN IMMEDIATE serialises writers up front).
    """

    @functools.wraps(fn)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return fn(*args, **kwargs)
            except SerializationFailure:
                if attempt == WRITE_ATTEMPTS:
                    raise
                log.info("%s: concurrent write, retrying (attempt %d)", fn.__qualname__, attempt + 1)
                # Jittered backoff so two colliding writers do not collide again in lockstep.
                time.sleep(random.uniform(0.0, 0.02 * 2**attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    return run


# Marked here, translated (and the disk-full sentence built) when an error is raised.
_BUSY = mark("The database is busy: another program is writing to it. Nothing was changed; try again in a moment.")
_FULL = mark("the change was rolled back; nothing was lost")
_FULL_READING = mark("the register could not be read, as SQLite writes a small shared-memory file beside it; "
                     "nothing was changed")
_READ_ONLY = mark("The database file or its folder is read-only; nothing was changed.")
_PG_STATES: dict[str, tuple[type[RegisterError], str]] = {
    "40001": (SerializationFailure, mark("Other users saved at the same moment. Nothing was changed; try again.")),
    "40P01": (SerializationFailure, mark("Other users saved at the same moment. Nothing was changed; try again.")),
    "55P03": (DatabaseBusy, _BUSY),  # lock_not_available (lock_timeout)
    "57014": (DatabaseBusy, _BUSY),  # query_canceled (statement_timeout)
    "25006": (ReadOnlyDatabase, mark("The database server only allows reading (read-only transaction or "
                                     "standby); nothing was changed.")),
    "42501": (ReadOnlyDatabase, mark("Your database user may not change the register (permission denied); "
                                     "nothing was changed.")),
}


def translate(exc: DBAPIError, *, write: bool = True) -> Exception:
    """Map driver errors to messages a compliance officer can act on (`write`: in a write)."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if isinstance(sqlstate, str):
        if sqlstate in _PG_STATES:
            kind, message = _PG_STATES[sqlstate]
            return kind(msg(message))
        if sqlstate.startswith("53"):  # insufficient resources: disk full, out of memory
            return StorageFull(msg("The database server is out of disk space or memory. The change was rolled "
                                   "back; nothing was lost."))
        if sqlstate.startswith("08"):
            return DatabaseBusy(msg("The database server cannot be reached. Nothing was changed; check the "
                                    "connection and try again."))
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if isinstance(exc, OperationalError):
        if "locked" in text or "busy" in text:
            return DatabaseBusy(msg(_BUSY))
        if "readonly" in text or "read-only" in text:
            return ReadOnlyDatabase(msg(_READ_ONLY))
        if is_storage_full(exc):
            return StorageFull(disk_full_message(msg(_FULL if write else _FULL_READING)))
    if "malformed" in text or "file is not a database" in text:
        return DatabaseRefused(msg("The database file is damaged; nothing more will be written to it. "
                                   "Restore it from a backup with `export-risk restore BACKUP_FILE`."))
    return exc


def _sqlite_connect_hook(read_only: bool) -> Callable[[sqlite3.Connection, object], None]:
    def on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's begin event emit BEGIN itself (the documented pysqlite recipe),
        # so DDL is transactional and a failed migration leaves nothing half-built.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    return on_connect


def _on_sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _on_postgres_connect(dbapi_conn: Any, _record: object) -> None:
    # A colleague's long transaction must not freeze this one: give up like SQLite's
    # busy_timeout does, and report "busy" (55P03) instead of hanging.
    with dbapi_conn.cursor() as cur:
        cur.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_conn.commit()


def read_only_uri(path: Path, *, unopened_as_immutable: bool = False) -> str:
    """A SQLite URI that reads `path` without writing anything, also from a read-only folder.

    Even a reader of a WAL database creates `-shm` beside it. When no `-wal`/`-shm`/`-journal`
    exists, no process has the file open and no change is pending, so it can be read as immutable:
    always for a one-off check (`unopened_as_immutable`), which then leaves no trace, and
    when the folder is read-only, where nothing else could be done.
    """
    resolved = path.resolve()
    uri = resolved.as_uri() + "?mode=ro"
    pending = any(Path(f"{resolved}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal"))
    if not pending and (unopened_as_immutable or not os.access(resolved.parent, os.W_OK)):
        uri += "&immutable=1"
    return uri


def make_engine(url: str, *, read_only: bool = False, leave_no_trace: bool = False) -> Engine:
    """Create the process's engine with the pragmas and begin handling the register needs.

    `read_only` opens a SQLite file with `mode=ro`; `leave_no_trace` (a check) also reads a file
    that nobody has open as immutable, so not a byte of it or beside it changes.
    """
    location = locate_db(url)
    if location.is_sqlite:
        connect_args: dict[str, object] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if read_only and location.path is not None:
            uri = read_only_uri(location.path, unopened_as_immutable=leave_no_trace)
            engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False))
        else:
            engine = create_engine(location.url, connect_args=connect_args)
        event.listen(engine, "connect", _sqlite_connect_hook(read_only))
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    if make_url(url).get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True)
        event.listen(engine, "connect", _on_postgres_connect)
        return engine
    raise RegisterError(msg("Unsupported database URL {url!r}: use a file path or "
                            "postgresql+psycopg://user@host/dbname", url=location.display))


# Page cache sizes (KiB) for the two kinds of long work; SQLite's default is 2 MB.
STREAMING_CACHE_KIB = 256
BULK_CACHE_KIB = 65_536
REPORT_CACHE_KIB = 32_768


@contextmanager
def page_cache(session: Session, kib: int) -> Iterator[None]:
    """SQLite: a page cache of `kib` KiB on this session's connection while the block runs.

    A report streams every table once, so cached pages are rarely read again; at 100,000
    assessments the default 2 MB cache was a measurable part of the workbook's peak memory
    (`STREAMING_CACHE_KIB`). A bulk import is the opposite: it touches every index of a table
    again and again, and with 2 MB SQLite kept spilling dirty pages into the WAL and reading
    them back (importing 100,000 assessments spent 5.6 s of CPU in the system, 1.2 s with
    `BULK_CACHE_KIB`). The cache grows only as pages are used, and the connection goes back to
    the pool with its cache size as it was.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    conn = session.connection()
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size={-int(kib)}")
    try:
        yield
    finally:
        # Should this fail, the block's own error (a full disk, a lost file) is the one to report.
        with suppress(DBAPIError):
            conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")
