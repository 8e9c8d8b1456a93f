"""Opening for the window: the page check of an up-to-date file is deferred, never skipped."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.persistence.opening import DamagedDatabase, OpenMode, open_database, page_problem
from desktop_app.services.context import open_register
from desktop_app.services.maintenance import integrity
from desktop_app.services.records import measures
from tests.conftest import measure_data

PAGE = 4096


def _register(path: Path, n: int = 60) -> Path:
    ctx = open_register(f"sqlite:///{path}", actor="owner")
    for i in range(n):
        measures.create_measure(ctx, measure_data(reference=f"M-{i}", summary="s" * 400))
    ctx.db.dispose()  # checkpoints: everything is in the main file
    return path


def _flip_late_pages(path: Path) -> None:
    """Damage data pages well past the schema (a bad sector in the middle of the file)."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    for page in range(pages - 6, pages - 2):
        for offset in range(page * PAGE, page * PAGE + 12):
            data[offset] ^= 0xA5
    path.write_bytes(bytes(data))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_register_has_no_page_problem(tmp_path: Path) -> None:
    path = _register(tmp_path / "r.sqlite3")
    assert page_problem(path) is None
    ctx = open_register(f"sqlite:///{path}", mode=OpenMode.WINDOW)
    assert integrity.damage_found(ctx) is None
    ctx.db.dispose()


def test_deferred_open_leaves_page_damage_to_the_check_and_writes_nothing(tmp_path: Path) -> None:
    path = _register(tmp_path / "r.sqlite3")
    _flip_late_pages(path)
    before = _digest(path)
    with pytest.raises(DamagedDatabase):  # the CLI's and the services' open still refuses it
        open_database(f"sqlite:///{path}")
    ctx = open_register(f"sqlite:///{path}", mode=OpenMode.WINDOW)
    problem = integrity.damage_found(ctx)
    assert problem
    read_only = integrity.read_only_after_damage(ctx, problem)
    ctx.db.dispose()
    assert read_only.db.read_only and "damaged" in read_only.db.read_only_reason
    assert "export-risk restore" in read_only.db.read_only_reason
    read_only.db.dispose()
    assert _digest(path) == before


def test_a_damaged_file_that_needs_a_migration_is_refused_before_any_backup(tmp_path: Path) -> None:
    path = _register(tmp_path / "r.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0003'")  # as if written by the previous version
    conn.commit()
    conn.close()
    _flip_late_pages(path)
    before = _digest(path)
    with pytest.raises(DamagedDatabase, match="restore"):
        open_database(f"sqlite:///{path}", mode=OpenMode.WINDOW)
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_header_damage_is_still_refused_at_once(tmp_path: Path) -> None:
    path = _register(tmp_path / "r.sqlite3")
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x07"  # an impossible page size
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase, match="restore"):
        open_register(f"sqlite:///{path}", mode=OpenMode.WINDOW)
