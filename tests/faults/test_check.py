"""`check` only reads: a checked backup keeps its SHA-256, no journal file appears, an older register
is checked on an upgraded copy, and a register in use is checked as it stands."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli.main import main as cli_main
from desktop_app.services.context import open_register
from desktop_app.services.records import measures
from tests.conftest import legacy_register, measure_data
from tests.faults.helpers import digest, sealed_rows


def _register(path: Path) -> Path:
    ctx = open_register(path, actor="owner")
    for i in range(5):
        measures.create_measure(ctx, measure_data(reference=f"M-{i}"))
    ctx.db.dispose()
    return path


def test_checking_a_backup_changes_not_a_byte(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    register = _register(tmp_path / "reg.db")
    backup = tmp_path / "backup.db"
    assert cli_main(["--db", str(register), "backup", str(backup)]) == 0
    recorded, listing = digest(backup), sorted(os.listdir(tmp_path))
    for _ in range(2):
        assert cli_main(["--db", str(backup), "check"]) == 0
    assert digest(backup) == recorded  # the SHA-256 written down with the backup still matches
    assert sorted(os.listdir(tmp_path)) == listing  # no -wal, -shm or -journal beside it
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    conn.close()
    assert "OK" in capsys.readouterr().out


def test_checking_a_register_in_a_read_only_folder_works(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    register = _register(folder / "reg.db")
    before = digest(register)
    folder.chmod(0o555)
    try:
        assert cli_main(["--db", str(register), "check"]) == 0
    finally:
        folder.chmod(0o755)
    assert digest(register) == before


def test_a_register_of_the_previous_version_is_checked_on_an_upgraded_copy(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    old = legacy_register(tmp_path / "old.sqlite3")
    before, listing = digest(old), sorted(os.listdir(tmp_path))
    assert cli_main(["--db", str(old), "check"]) == 0
    captured = capsys.readouterr()
    assert "at schema 0004: an upgraded copy was checked" in captured.err
    assert digest(old) == before and sorted(os.listdir(tmp_path)) == listing


def test_a_register_in_use_is_checked_as_it_stands(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    register = _register(tmp_path / "reg.db")
    ctx = open_register(register, actor="colleague")  # a colleague's window holds it open
    measures.create_measure(ctx, measure_data(reference="WHILE-OPEN"))
    try:
        assert cli_main(["--db", str(register), "check"]) == 0
        # every record: the measures, the seeded synonyms, groups and vocabulary, the matrix
        assert f"{sealed_rows(register)} sealed records" in capsys.readouterr().out
    finally:
        ctx.db.dispose()
