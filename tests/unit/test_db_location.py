"""One function turns a path or a URL into the register's location; a Database parses it once."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.persistence.db import Database, make_engine
from desktop_app.system import paths
from desktop_app.system.paths import locate_db, resolve_db


def test_paths_and_sqlite_urls_become_one_absolute_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    expected = tmp_path / "reg.db"
    for given in ("reg.db", str(expected), expected, "sqlite:///reg.db", f"sqlite:///{expected}",
                  f"sqlite:////{str(expected).lstrip('/')}"):
        location = locate_db(given)
        assert location.path == expected and location.is_sqlite
        assert location.url == f"sqlite:///{expected}" and location.display == str(expected)


def test_servers_and_memory_have_no_file_and_hide_the_password() -> None:
    server = locate_db("postgresql+psycopg://alice:s3cret@db.example:5432/register")
    assert server.path is None and not server.is_sqlite
    assert server.display == "postgresql+psycopg://alice:***@db.example:5432/register"
    assert server.url.endswith("s3cret@db.example:5432/register")  # the engine still needs it
    for memory in ("sqlite://", "sqlite:///:memory:"):
        assert locate_db(memory).path is None and locate_db(memory).is_sqlite


def test_the_choice_is_the_option_then_the_environment_then_the_default(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "default_db_path", lambda: tmp_path / "default.sqlite3")
    assert resolve_db(None).path == tmp_path / "default.sqlite3"
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "env.db"))
    assert resolve_db(None).path == tmp_path / "env.db"
    assert resolve_db(str(tmp_path / "opt.db")).path == tmp_path / "opt.db"


def test_a_database_works_its_location_out_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    db = Database(url, make_engine(url))
    calls: list[str] = []
    monkeypatch.setattr("desktop_app.persistence.db.locate_db", calls.append)
    assert (db.path, db.display_name, db.is_sqlite) == (tmp_path / "r.db", str(tmp_path / "r.db"), True)
    assert calls == []
    db.dispose()
