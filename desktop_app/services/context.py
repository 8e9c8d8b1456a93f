"""What every service call needs: the open database, who is acting, and today's date."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from desktop_app.persistence.db import Database
from desktop_app.persistence.opening import OpenMode, open_database
from desktop_app.system import logs
from desktop_app.system.paths import ACTOR_ENV, DbLocation, locate_db

__all__ = ["OpenMode", "ServiceContext", "default_actor", "open_register"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    """Passed to every service: one per process (or per test), never shared across threads'
    sessions; services open their own transactions on `db`."""

    db: Database
    actor: str
    now: Callable[[], datetime] = field(default=_utc_now)

    def today(self) -> date:
        return self.now().date()


def default_actor(url: str) -> str:
    """EXPORT_RISK_ACTOR if set; else the database user in team mode; else the OS user."""
    configured = os.environ.get(ACTOR_ENV, "").strip()
    if configured:
        return configured
    location = locate_db(url)
    if not location.is_sqlite:
        username = urlsplit(location.url).username
        if username:
            return username
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a bare container
        return "unknown"


def open_register(
    where: str | os.PathLike[str] | DbLocation, actor: str | None = None, *, mode: OpenMode = OpenMode.WORK
) -> ServiceContext:
    """The one way the window, the command line and the services open a register.

    `where` is a path, a URL or a location from `system.paths.resolve_db`. `OpenMode.WORK`
    creates, checks and upgrades; `OpenMode.WINDOW` leaves the page check of a current file to
    the window (`maintenance.integrity.damage_found`); `OpenMode.CHECK` only reads.
    """
    location = where if isinstance(where, DbLocation) else locate_db(where)
    db = open_database(location.url, mode=mode)
    logs.set_register(db.display_name)  # each log line names the register it concerns
    return ServiceContext(db=db, actor=actor or default_actor(location.url))
