"""Has the register changed since a token? SQLite's `PRAGMA data_version`, PostgreSQL's LISTEN."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any, Protocol

from sqlalchemy.engine import make_url

from desktop_app.persistence.db import CHANGE_CHANNEL, Database

log = logging.getLogger(__name__)
CHANNEL = CHANGE_CHANNEL  # every write transaction notifies it (delivered only when it commits)


class ChangeWatch(Protocol):
    def token(self) -> int:
        """The register's change token now (it moves when any connection commits)."""

    def close(self) -> None: ...


class SqliteWatch:
    """A connection of its own, kept open, reading `PRAGMA data_version`: the value changes when
    another connection (this process's engine, a colleague's window, the command line) commits.
    A microsecond-scale read of the pager state, cheap enough for a timer on the GUI thread."""

    def __init__(self, uri: str) -> None:
        self._conn = sqlite3.connect(uri, uri=True, timeout=0.05)

    def token(self) -> int:
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:  # busy or gone: report no change, try again next time
            log.debug("data_version not read: %s", exc)
            return -1

    def close(self) -> None:
        self._conn.close()


class PostgresWatch:
    """LISTEN on a connection of its own; the token counts the notifications received so far."""

    def __init__(self, url: str) -> None:
        import psycopg  # the team extra

        conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._conn: Any = psycopg.connect(conninfo, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._count = 0

    def token(self) -> int:
        try:
            self._count += sum(1 for _ in self._conn.notifies(timeout=0))
        except Exception as exc:  # the server went away: keep the last token, log once per poll
            log.debug("notifications not read: %s", exc)
        return self._count

    def close(self) -> None:
        self._conn.close()


class NoWatch:
    """A register nothing else can change (immutable file) or one that cannot be watched."""

    def token(self) -> int:
        return 0

    def close(self) -> None:
        return None


def watch(db: Database) -> ChangeWatch:
    """A watch over `db` for the process's GUI thread (its connection is not shared)."""
    try:
        if db.is_sqlite:
            path = db.path
            if path is None:
                return NoWatch()
            return SqliteWatch(path.resolve().as_uri() + "?mode=ro")
        return PostgresWatch(db.url)
    except Exception as exc:  # a missing driver or server: live refresh off, F5 still works
        log.warning("changes by others will not be noticed automatically: %s", exc)
        return NoWatch()
