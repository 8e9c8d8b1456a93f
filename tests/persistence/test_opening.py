"""Opening a register: pragmas, refusals that leave files byte-for-byte untouched, migrations."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import DatabaseRefused
from desktop_app.persistence import migrate
from desktop_app.persistence.db import APPLICATION_ID
from desktop_app.persistence.opening import open_database
from desktop_app.services.context import open_register
from desktop_app.services.intake.demo import load_demo


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_register_has_the_pragmas_and_schema(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    with db.engine.connect() as conn:
        pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in
                   ("journal_mode", "foreign_keys", "synchronous", "application_id", "busy_timeout")}
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                       "application_id": APPLICATION_ID, "busy_timeout": 5000}
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.session() as s:
        levels = s.execute(text("SELECT key FROM risk_level ORDER BY rank")).scalars().all()
    assert levels == ["low", "medium", "high", "critical"]
    db.dispose()


def test_in_memory_register_is_refused() -> None:
    with pytest.raises(DatabaseRefused, match="file"):
        open_database("sqlite://")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", r"empty \(0 bytes\)"),
        (b"reference,title\nA,B\n", "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 200, "damaged"),
    ],
)
def test_files_that_are_not_registers_are_refused_untouched(tmp_path: Path, content: bytes,
                                                             fragment: str) -> None:
    path = tmp_path / "thing.sqlite3"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match=fragment):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.sqlite3"]  # no -wal/-shm left behind


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="not an Export Risk Register"):
        open_database(f"sqlite:///{path}")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="another application"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="newer version") as refused:
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before
    # Both numbers, so a user (or support) sees how far apart the file and the application are.
    assert "schema 9999_from_the_future" in str(refused.value)
    assert f"up to {migrate.head_revision()}" in str(refused.value)


def test_migrating_from_the_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    """Build a register at revision 0001 holding the demo data, then open it with this version."""
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    first = min(migrate.known_revisions())
    if migrate.head_revision() != first:
        # Rebuild at the first revision: a fresh file upgraded only that far.
        db.dispose()
        path.unlink()
        from desktop_app.persistence.db import make_engine

        engine = make_engine(url)
        migrate.upgrade(engine, first)
        engine.dispose()
    else:
        db.dispose()
    ctx = open_register(url, actor="tester")
    load_demo(ctx)
    with ctx.db.session() as s:
        counts = [s.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                  for t in ("measure", "joint_venture", "assessment", "audit_entry")]
    ctx.db.dispose()
    reopened = open_register(url, actor="tester")
    with reopened.db.session() as s:
        after = [s.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                 for t in ("measure", "joint_venture", "assessment", "audit_entry")]
    assert after == counts and counts[:3] == [30, 6, 12]
    assert migrate.current_revision(reopened.db.engine) == migrate.head_revision()
    reopened.db.dispose()
