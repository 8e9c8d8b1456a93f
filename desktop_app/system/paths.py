"""Where the app keeps its files: user data, logs, backups, and the bundled resources."""

from __future__ import annotations

import os
from importlib import resources as _resources
from pathlib import Path

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


def resolve_db(arg: str | None) -> str:
    """The database the user asked for: `--db`, else EXPORT_RISK_DB, else the default file.

    Returns a SQLAlchemy URL; plain paths become `sqlite:///` URLs.
    """
    chosen = arg or os.environ.get(DB_ENV) or str(default_db_path())
    if "://" in chosen:
        return chosen
    return "sqlite:///" + str(Path(chosen).expanduser().resolve())


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
