"""A full disk is called a full disk, with what to do, by every command; nothing is left half-written
(no 0-byte or partial file) and the register is never called damaged. The disk fills for real: a
file-size limit (RLIMIT_FSIZE) in a child process, and, where the system allows, a small tmpfs."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.context import open_register
from desktop_app.services.intake.demo import load_demo
from tests.conftest import REPO, REQUIRE_ALL, legacy_register
from tests.faults.helpers import digest, table_rows


def _cli(limit: int | None, *args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """`export-risk ARGS` in a child whose files cannot grow past `limit` bytes (as on a full disk)."""
    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write(2) fails instead of killing the child
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=180, check=False, preexec_fn=full_disk)


def _says_disk_full(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.startswith("error: Disk full") and "Free some space" in done.stderr, done.stderr
    for wrong in ("damaged", "unexpected", "Traceback", "Logging error"):
        assert wrong not in done.stderr, done.stderr


def _leftovers(folder: Path) -> list[str]:
    """Hidden or empty files, the register's own journal files aside (SQLite's to manage)."""
    return sorted(p.name for p in folder.rglob("*") if not p.name.startswith("reg.db") and (
        p.name.startswith(".") or (p.is_file() and p.stat().st_size == 0)))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "reg.db"
    ctx = open_register(path, actor="owner")
    load_demo(ctx)
    ctx.db.dispose()
    return path


@pytest.mark.parametrize(("command", "limit"), [
    (["backup", "b.db"], 64_000), (["report", "pdf", "earlier.pdf"], 40_000),
    (["report", "xlsx", "earlier.xlsx"], 6_000), (["export", "assessments", "a.csv"], 2_000),
    (["check"], 40_000), (["report", "pdf", "earlier.pdf"], 8_192),
])
def test_every_command_on_a_full_disk_says_so_and_leaves_nothing(demo: Path, tmp_path: Path, command: list[str],
                                                                 limit: int) -> None:
    register = tmp_path / "reg.db"
    shutil.copy(demo, register)
    earlier = {name: tmp_path / name for name in ("earlier.pdf", "earlier.xlsx")}
    for path in earlier.values():
        path.write_bytes(b"the report from last week")
    rows = table_rows(register)
    _says_disk_full(_cli(limit, "--db", str(register), *command, cwd=tmp_path))
    assert table_rows(register) == rows
    assert all(p.read_bytes() == b"the report from last week" for p in earlier.values())
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "a.csv").exists()
    assert _leftovers(tmp_path) == []
    assert _cli(None, "--db", str(register), "check").returncode == 0


def test_a_new_register_on_a_full_disk_is_not_created(tmp_path: Path) -> None:
    _says_disk_full(_cli(16_000, "--db", str(tmp_path / "new.db"), "demo"))
    assert sorted(os.listdir(tmp_path)) == []


def test_an_upgrade_without_room_for_its_safety_copy_changes_nothing(tmp_path: Path) -> None:
    old = legacy_register(tmp_path / "old.db")
    before = digest(old)
    done = _cli(100_000, "--db", str(old), "export", "measures", str(tmp_path / "m.csv"))
    _says_disk_full(done)
    assert "needs an upgrade" in done.stderr
    assert digest(old) == before and _leftovers(tmp_path) == []


def test_a_failed_upgrade_says_what_failed_and_where_the_copy_is(tmp_path: Path) -> None:
    old = legacy_register(tmp_path / "old.db")
    import sqlite3

    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE register_marker (note TEXT)")  # someone's table in the way of 0005
    conn.commit()
    conn.close()
    before = digest(old)
    done = _cli(None, "--db", str(old), "export", "measures", str(tmp_path / "m.csv"))
    assert done.returncode == 1 and "unexpected" not in done.stderr
    assert "The upgrade of" in done.stderr and "table register_marker already exists" in done.stderr
    assert "the register was not changed; a copy from before it is" in done.stderr
    assert digest(old) == before


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs: a disk that really runs out of blocks (ENOSPC). Needs root to mount."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                                           capture_output=True, check=False).returncode != 0:
        if REQUIRE_ALL:
            pytest.fail("cannot mount a tmpfs (needs root)")
        pytest.skip("cannot mount a tmpfs (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_real_full_disk(small_disk: Path, demo: Path) -> None:
    register = small_disk / "reg.db"
    shutil.copy(demo, register)
    filler = small_disk / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # fill the disk, then give back a few blocks
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    os.truncate(filler, max(filler.stat().st_size - 60_000, 0))
    rows = table_rows(register)
    big = small_disk.parent / "new-measures.csv"  # outside the small disk
    lines = ["reference,title,jurisdiction,measure_type,status,notes"]
    lines += [f"NEW-{i},New {i},CN,export ban,in force,{'n' * 3000}" for i in range(60)]
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in (["import", "measures", str(big)], ["backup", "b.db"], ["report", "pdf", "r.pdf"]):
        _says_disk_full(_cli(None, "--db", str(register), *command, cwd=small_disk))
    assert table_rows(register) == rows
    assert _leftovers(small_disk) == []
