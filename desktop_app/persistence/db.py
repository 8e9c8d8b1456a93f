"""Engine and transactions: SQLite pragmas, transactional DDL, error translation, PostgreSQL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, create_engine

from desktop_app.domain.errors import DatabaseBusy, ReadOnlyDatabase, RegisterError, StorageFull

log = logging.getLogger(__name__)

APPLICATION_ID = 0x45525231  # "ERR1": marks a SQLite file as an Export Risk Register.
BUSY_TIMEOUT_MS = 5_000
_WRITE = "register_write"


@dataclass
class Database:
    """One engine per process plus how to open transactions on it."""

    url: str
    engine: Engine
    read_only: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database else None

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error.

        Write transactions take the write lock up front (SQLite `BEGIN IMMEDIATE`,
        PostgreSQL SERIALIZABLE), so a busy database fails fast instead of midway.
        """
        if write and self.read_only:
            raise ReadOnlyDatabase(f"{self.display_name} is open read-only; nothing was changed.")
        bind = self.engine.execution_options(**{_WRITE: write})
        if write and not self.is_sqlite:
            bind = bind.execution_options(isolation_level="SERIALIZABLE")
        session = Session(bind=bind, expire_on_commit=False, autoflush=False)
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise translate(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def translate(exc: DBAPIError) -> Exception:
    """Map driver errors to messages a compliance officer can act on."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if isinstance(exc, OperationalError):
        if "locked" in text or "busy" in text:
            return DatabaseBusy(
                "The database is busy: another program is writing to it. "
                "Nothing was changed; try again in a moment."
            )
        if "disk is full" in text or "database or disk is full" in text:
            return StorageFull("The disk is full. The change was rolled back; nothing was lost.")
        if "readonly" in text or "read-only" in text:
            return ReadOnlyDatabase("The database file or its folder is read-only; nothing was changed.")
    return exc


def _sqlite_connect_hook(read_only: bool):
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


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create the process's engine with the pragmas and begin handling the register needs."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        connect_args: dict[str, object] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if read_only and parsed.database:
            uri = Path(parsed.database).resolve().as_uri() + "?mode=ro"
            engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False))
        else:
            engine = create_engine(url, connect_args=connect_args)
        event.listen(engine, "connect", _sqlite_connect_hook(read_only))
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise RegisterError(f"Unsupported database URL {parsed.render_as_string(hide_password=True)!r}: "
                        "use a file path or postgresql+psycopg://user@host/dbname")
