"""What every service call needs: the open database, who is acting, and today's date."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy.engine import make_url

from desktop_app.persistence.db import Database
from desktop_app.persistence.opening import open_database
from desktop_app.system.paths import ACTOR_ENV


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
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" and parsed.username:
        return parsed.username
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a bare container
        return "unknown"


def open_register(url: str, actor: str | None = None) -> ServiceContext:
    """Open (create, migrate) the register at `url` and return a context for the services."""
    db = open_database(url)
    return ServiceContext(db=db, actor=actor or default_actor(url))
