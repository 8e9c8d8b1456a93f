"""Presentation state kept between runs (window layout, columns, recent files); keys declared once."""

from __future__ import annotations

import json
from typing import Any

from platformdirs import user_config_path
from PySide6.QtCore import QByteArray, QSettings

from desktop_app.system.paths import APP_AUTHOR, APP_NAME

MAX_RECENT = 8


class Key:
    """Every QSettings key the application uses, in one place."""

    GEOMETRY = "window/geometry"
    STATE = "window/state"
    VIEW = "window/view"
    RECENT = "files/recent"
    LAST_DIR = "files/last_dir"
    REPORT_DIR = "files/report_dir"  # the folder of the last report written
    EXPORT_DIR = "files/export_dir"  # the folder of the last view exported as CSV
    DEMO_DECLINED = "first_run/demo_declined"
    # Preferences (Edit > Preferences…)
    LANGUAGE = "ui/language"  # a code of language.LANGUAGES, or "" to follow the system
    THEME = "ui/theme"  # system, light or dark
    DEFAULT_REPORT_DIR = "files/default_report_dir"  # where reports go unless the user picks elsewhere

    @staticmethod
    def hidden_columns(table: str) -> str:
        return f"tables/{table}/hidden"

    @staticmethod
    def header(table: str) -> str:
        return f"tables/{table}/header"

    @staticmethod
    def import_mapping(entity: str, header_set: str) -> str:
        """The column mapping last chosen for a file with this set of headers."""
        return f"import/{entity}/{header_set}"


def store() -> QSettings:
    """The settings file: an INI file in the user's config folder, on every platform.

    The folder is looked up on every call, so tests that point XDG_CONFIG_HOME elsewhere
    never read or write the real user's settings.
    """
    path = user_config_path(APP_NAME, APP_AUTHOR) / "window.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def _get_json(key: str, default: Any) -> Any:
    # Lists are stored as JSON text: INI lists of one item come back as a bare string.
    raw = store().value(key, "")
    try:
        value = json.loads(str(raw)) if raw else default
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def _set_json(key: str, value: Any) -> None:
    s = store()
    s.setValue(key, json.dumps(value, ensure_ascii=False))
    s.sync()


def get_bytes(key: str) -> QByteArray | None:
    value = store().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_bytes(key: str, value: QByteArray) -> None:
    s = store()
    s.setValue(key, value)
    s.sync()


def get_text(key: str, default: str = "") -> str:
    value = store().value(key, default)
    return value if isinstance(value, str) else default


def set_text(key: str, value: str) -> None:
    s = store()
    s.setValue(key, value)
    s.sync()


def hidden_columns(table: str, default: list[str]) -> list[str]:
    return [str(k) for k in _get_json(Key.hidden_columns(table), list(default))]


def set_hidden_columns(table: str, keys: list[str]) -> None:
    _set_json(Key.hidden_columns(table), sorted(keys))


def recent_databases() -> list[str]:
    return [str(u) for u in _get_json(Key.RECENT, [])][:MAX_RECENT]


def add_recent_database(url: str) -> list[str]:
    """Put `url` first in the recent list (without duplicates) and return the list."""
    recent = [url] + [u for u in recent_databases() if u != url]
    _set_json(Key.RECENT, recent[:MAX_RECENT])
    return recent[:MAX_RECENT]


def demo_declined(url: str) -> bool:
    return url in _get_json(Key.DEMO_DECLINED, [])


def set_demo_declined(url: str) -> None:
    declined = _get_json(Key.DEMO_DECLINED, [])
    if url not in declined:
        _set_json(Key.DEMO_DECLINED, [*declined, url][-50:])


def import_mapping(entity: str, header_set: str) -> dict[str, str]:
    return {str(k): str(v) for k, v in _get_json(Key.import_mapping(entity, header_set), {}).items()}


def set_import_mapping(entity: str, header_set: str, mapping: dict[str, str]) -> None:
    _set_json(Key.import_mapping(entity, header_set), mapping)
