"""Where the app keeps its files: user data, logs, backups, and the bundled resources."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources as _resources
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from platformdirs import user_data_path, user_log_path

APP_NAME = "ExportRiskRegister"
APP_AUTHOR = "ExportRiskRegister"
DB_ENV = "EXPORT_RISK_DB"
ACTOR_ENV = "EXPORT_RISK_ACTOR"
DEFAULT_DB_NAME = "register.sqlite3"


def _resources_dir() -> Path:
    """The shipped resources: package data `desktop_app.resources` (setuptools maps the repo's
    top-level resources/ there, for wheels and editable installs alike); in a bare checkout run
    without installing, the top-level folder itself."""
    try:
        return Path(str(_resources.files("desktop_app.resources")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "resources"


RESOURCES = _resources_dir()


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR)


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


@dataclass(frozen=True)
class DbLocation:
    """Where a register lives, worked out once: its URL, its file (SQLite) and how to name it."""

    url: str
    path: Path | None  # the SQLite file; None for a server (or an in-memory SQLite URL)
    display: str  # the file path, or the server URL without its password
    is_sqlite: bool


def locate_db(chosen: str | os.PathLike[str]) -> DbLocation:
    """The one place that turns a path or a URL into a register location.

    A plain path or a `sqlite:` URL becomes an absolute `sqlite:///` URL of the resolved file
    (so a later change of folder cannot point it elsewhere); any other URL is a server, shown
    without its password.
    """
    if isinstance(chosen, os.PathLike) or "://" not in chosen:
        path = Path(chosen).expanduser().resolve()
        return DbLocation("sqlite:///" + str(path), path, str(path), True)
    chosen = str(chosen)
    scheme = chosen.split("://", 1)[0].lower()
    if scheme.split("+", 1)[0] == "sqlite":
        # sqlite:///relative, sqlite:////absolute, sqlite:// and sqlite:///:memory: (no file)
        rest = chosen.split("://", 1)[1]
        database = unquote(rest[1:].split("?", 1)[0]) if rest.startswith("/") else ""
        if not database or database == ":memory:":
            return DbLocation(chosen, None, chosen, True)
        path = Path(database).expanduser().resolve()
        return DbLocation("sqlite:///" + str(path), path, str(path), True)
    return DbLocation(chosen, None, _without_password(chosen), False)


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def resolve_db(arg: str | None) -> DbLocation:
    """The register the user asked for: `--db`, else EXPORT_RISK_DB, else the default file."""
    return locate_db(arg or os.environ.get(DB_ENV) or str(default_db_path()))


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
