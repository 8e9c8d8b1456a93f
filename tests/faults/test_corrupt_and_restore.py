"""Corrupted databases are detected on open and never written; backup and restore, even over damage."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli.main import main as cli_main
from desktop_app.domain.errors import DatabaseRefused
from desktop_app.persistence.opening import DamagedDatabase
from desktop_app.services.audit import list_entries
from desktop_app.services.context import open_register
from desktop_app.services.maintenance.backups import check_register
from desktop_app.services.records import measures
from tests.conftest import REPO, measure_data
from tests.faults.crashcheck import read_acks, verify_register
from tests.faults.helpers import digest, table_rows
from tests.faults.test_crash import WRITER

PAGE = 4096


def _register(path: Path, n: int = 60) -> Path:
    ctx = open_register(f"sqlite:///{path}", actor="owner")
    for i in range(n):
        measures.create_measure(ctx, measure_data(reference=f"M-{i}", summary="s" * 400))
    ctx.db.dispose()  # checkpoints: everything is in the main file, no -wal left
    return path


def _truncate(path: Path, fraction: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])


def _flip_btree_pages(path: Path, first_page: int) -> None:
    """Flip the header bytes of a few b-tree pages (as a bad sector or a stray write would)."""
    data = bytearray(path.read_bytes())
    for page in range(first_page, min(first_page + 4, len(data) // PAGE)):
        for offset in range(page * PAGE, page * PAGE + 12):
            data[offset] ^= 0xA5
    path.write_bytes(bytes(data))


def _flip_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x07"  # an impossible page size
    path.write_bytes(bytes(data))


DAMAGE = {
    "truncated-90%": lambda p: _truncate(p, 0.9),
    "truncated-30%": lambda p: _truncate(p, 0.3),
    "truncated-mid-page": lambda p: _truncate(p, 0.61),
    "flipped-btree-pages": lambda p: _flip_btree_pages(p, 3),
    "flipped-late-pages": lambda p: _flip_btree_pages(p, 12),
    "flipped-header": _flip_header,
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_is_detected_on_open_and_the_file_is_never_written(tmp_path: Path, damage: str,
                                                                  capsys: pytest.CaptureFixture) -> None:
    path = _register(tmp_path / "r.sqlite3")
    DAMAGE[damage](path)
    before, listing = digest(path), sorted(os.listdir(tmp_path))
    with pytest.raises(DamagedDatabase, match="restore") as refused:
        open_register(f"sqlite:///{path}")
    assert "export-risk restore" in str(refused.value)
    assert cli_main(["--db", str(path), "check"]) == 1
    assert "restore" in capsys.readouterr().err
    assert digest(path) == before
    assert sorted(os.listdir(tmp_path)) == listing  # not even a -wal or -shm was created


def test_restore_over_a_damaged_register_keeps_the_damaged_file_and_audits(tmp_path: Path) -> None:
    path = _register(tmp_path / "r.sqlite3", n=30)
    backup = tmp_path / "good.sqlite3"
    assert cli_main(["--db", str(path), "backup", str(backup)]) == 0
    expected = table_rows(backup)
    _flip_btree_pages(path, 3)
    damaged = digest(path)
    assert cli_main(["--db", str(path), "restore", str(backup)]) == 0
    kept = list((tmp_path / "backups").glob("r.damaged.*.sqlite3"))
    assert len(kept) == 1 and digest(kept[0]) == damaged  # the evidence, byte for byte
    ctx = open_register(f"sqlite:///{path}", actor="checker")
    assert check_register(ctx).ok
    with ctx.db.session() as s:
        last = list_entries(s, limit=1)[0]
    assert last.action == "restore_database" and last.changes["damaged_copy"][1] == str(kept[0])
    ctx.db.dispose()
    now = table_rows(path)
    for table in expected:
        if table not in ("audit_entry", "audit_head"):
            assert now[table] == expected[table], table
    assert now["audit_entry"][:-1] == expected["audit_entry"]  # plus the restore entry


def test_restore_of_a_healthy_register_backs_it_up_first_and_is_identical(tmp_path: Path) -> None:
    path = _register(tmp_path / "r.sqlite3", n=10)
    backup = tmp_path / "b.sqlite3"
    assert cli_main(["--db", str(path), "backup", str(backup)]) == 0
    in_backup = table_rows(backup)
    ctx = open_register(f"sqlite:///{path}", actor="owner")
    measures.create_measure(ctx, measure_data(reference="AFTER-BACKUP"))
    ctx.db.dispose()
    before_restore = table_rows(path)
    assert cli_main(["--db", str(path), "restore", str(backup)]) == 0
    safety = list((tmp_path / "backups").glob("r.before-restore.*.sqlite3"))
    assert len(safety) == 1 and table_rows(safety[0]) == before_restore
    after = table_rows(path)
    assert {t: r for t, r in after.items() if not t.startswith("audit")} == \
        {t: r for t, r in in_backup.items() if not t.startswith("audit")}
    assert after["audit_entry"][:-1] == in_backup["audit_entry"]
    assert after["audit_entry"][-1][3] == "restore_database"
    assert cli_main(["--db", str(path), "check"]) == 0


@pytest.mark.parametrize("bad", ["damaged", "not-a-register", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path: Path, bad: str) -> None:
    path = _register(tmp_path / "r.sqlite3", n=3)
    source = tmp_path / "bad.sqlite3"
    if bad == "damaged":
        _register(source, n=30)
        _flip_btree_pages(source, 3)
    elif bad == "not-a-register":
        source.write_text("reference,title\n", encoding="utf-8")
    before = table_rows(path)
    assert cli_main(["--db", str(path), "restore", str(source)]) == 1
    assert table_rows(path) == before
    assert not (tmp_path / "backups").exists()


def test_backup_while_another_process_writes_is_a_consistent_snapshot(tmp_path: Path) -> None:
    db, acks = tmp_path / "register.sqlite3", tmp_path / "acks.txt"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    writer = subprocess.Popen([sys.executable, str(WRITER), f"sqlite:///{db}", str(acks)], cwd=REPO, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdin is not None and writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    writer.stdin.write("go 1\n")
    writer.stdin.flush()
    pid = int(writer.stdout.readline())
    try:
        while sum(read_acks(acks).kinds.values()) < 20:  # the writer is well under way
            time.sleep(0.05)
        copies = []
        for n in range(2):
            copy = tmp_path / f"copy{n}.sqlite3"
            command = [sys.executable, "-m", "desktop_app", "--db", str(db), "backup", str(copy)]
            result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                                    check=False)
            assert result.returncode == 0, result.stderr
            copies.append(copy)
        written_during = sum(read_acks(acks).kinds.values())
    finally:
        os.kill(pid, signal.SIGKILL)
        writer.stdin.close()
        writer.wait(timeout=30)
    assert written_during > 20
    sizes = []
    for copy in copies:
        assert "-wal" not in " ".join(os.listdir(tmp_path)) or copy.exists()
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # standalone file
        sizes.append(conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
        conn.close()
        verify_register(copy, tmp_path / "no-acks.txt")  # integrity, chain, nothing half-applied
    assert sizes == sorted(sizes)


def test_a_backup_killed_midway_leaves_no_partial_file_after_the_next_backup(tmp_path: Path) -> None:
    path = _register(tmp_path / "r.sqlite3", n=5)
    dest = tmp_path / "b.sqlite3"
    stray = tmp_path / f".b.sqlite3.{2**22 + 12345}.partial"  # a pid that is not running
    stray.write_bytes(b"half a backup")
    assert cli_main(["--db", str(path), "backup", str(dest)]) == 0
    assert not stray.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_foreign_file_refusal_is_not_damage(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseRefused) as refused:
        open_register(f"sqlite:///{other}")
    assert not isinstance(refused.value, DamagedDatabase)  # restore would never overwrite it
