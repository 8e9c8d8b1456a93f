"""Restore verifies the backup before replacing anything, and a kill cannot split the restore from its
audit entry: after any SIGKILL the register is either as it was or the backup plus its restore entry."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli.main import main as cli_main
from desktop_app.services.context import open_register
from desktop_app.services.maintenance.check import check_location
from desktop_app.services.records import measures
from tests.conftest import REPO, legacy_register, measure_data, need_tool
from tests.faults.helpers import digest, table_rows
from tests.faults.test_read_only import NO_OVERRIDE

RESTORER = Path(__file__).with_name("restorer.py")
AUDIT = ("audit_entry", "audit_head")


def _content(path: Path) -> dict[str, list[tuple]]:
    return {t: rows for t, rows in table_rows(path).items() if t not in AUDIT}


def _setup(folder: Path) -> tuple[Path, Path, Path]:
    """(register, backup of its earlier state, pristine copy of its current state)."""
    register, backup, pristine = folder / "reg.db", folder / "backup.db", folder / "pristine.db"
    ctx = open_register(register, actor="owner")
    for i in range(8):  # long texts: copying the pages takes a while, so kills land there too
        measures.create_measure(ctx, measure_data(reference=f"M-{i}", summary="s" * 29_000, notes="n" * 29_000))
    ctx.db.dispose()
    assert cli_main(["--db", str(register), "backup", str(backup)]) == 0
    ctx = open_register(register, actor="owner")
    for i in range(5):
        measures.create_measure(ctx, measure_data(reference=f"LATER-{i}", summary="s" * 3000))
    ctx.db.dispose()
    shutil.copy(register, pristine)
    return register, backup, pristine


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _reset(register: Path, pristine: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{register}{suffix}").unlink(missing_ok=True)
    shutil.copy(pristine, register)


# Where a restore kills itself when the random kills missed a phase: the function it enters first.
STEPS = {"unchanged": "_prepare", "preparing": "_verify_copy", "copying": "_copy_into"}


def _attempt(zygote: subprocess.Popen[str], delay: float | None, step: str = "") -> int:
    """Start one restore; SIGKILL it after `delay` seconds (None: let it finish, or die on entering
    `step`). Returns its pid."""
    assert zygote.stdin is not None and zygote.stdout is not None
    zygote.stdin.write(f"go {step}\n")
    zygote.stdin.flush()
    pid = int(zygote.stdout.readline())
    if delay is not None:
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):  # it may have finished first
            os.kill(pid, signal.SIGKILL)
    while not _gone(pid):
        time.sleep(0.001)
    return pid


def restore_kill_loop(folder: Path, kills: int, seed: int, max_kills: int) -> dict[str, int]:
    """SIGKILL restores at random moments; after each, the register is sound and either unchanged or
    the backup plus exactly one restore entry. Returns how many kills left each state.

    Timing differs from one machine to the next (a phase may last a millisecond there): after
    `max_kills` random kills, a phase still missed is hit by a restore that dies entering it."""
    register, backup, pristine = _setup(folder)
    before, restored = _content(register), _content(backup)
    backup_entries, acks = table_rows(backup)["audit_entry"], folder / "acks.txt"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    zygote = subprocess.Popen([sys.executable, str(RESTORER), str(register), str(backup), str(acks)], cwd=REPO,
                              env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert zygote.stdin is not None and zygote.stdout is not None
    rng, n = random.Random(seed), 0
    seen = {"unchanged": 0, "preparing": 0, "copying": 0, "restored": 0}
    try:
        assert zygote.stdout.readline().strip() == "ready"
        started = time.monotonic()  # one whole restore, to spread the kills over its length
        _attempt(zygote, None)
        span = time.monotonic() - started
        _reset(register, pristine)
        while n < kills or (min(seen.values()) == 0 and n < max_kills + len(seen)):
            n += 1
            targeted = n > max_kills  # a missed phase: die entering it ("restored": left to finish)
            missed = [phase for phase, count in seen.items() if count == 0 and phase in STEPS]
            step = STEPS[missed[0]] if targeted and missed else ""
            safety = set(folder.glob("backups/reg.before-restore.*.sqlite3"))
            pid = _attempt(zygote, None if targeted else rng.uniform(0.0, span * 1.1), step)
            assert "E " not in (acks.read_text() if acks.exists() else ""), acks.read_text()
            report, _name = check_location(register)
            assert report.ok, report.problems
            entries = table_rows(register)["audit_entry"]
            if entries[-1][3] == "restore_database":
                assert _content(register) == restored and entries[:-1] == backup_entries
                seen["restored"] += 1
                _reset(register, pristine)
                continue
            assert _content(register) == before  # replaced without its entry: never
            if set(folder.glob("backups/reg.before-restore.*.sqlite3")) - safety or \
                    list(folder.glob(f"backups/.reg.before-restore.*.{pid}.partial")):
                seen["copying"] += 1  # the backup was proven: killed while the register was being replaced
            elif list(folder.glob(f".reg.db.{pid}.restoring*")):
                seen["preparing"] += 1
            else:
                seen["unchanged"] += 1
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    seen["kills"] = n
    return seen


@pytest.mark.timeout(900)  # a hang guard: the loop runs until its kills hit every phase
def test_a_kill_during_restore_never_leaves_a_restore_without_its_entry(tmp_path: Path) -> None:
    seen = restore_kill_loop(tmp_path, kills=20, seed=3, max_kills=120)
    print("restore kill loop:", seen)
    # The kills hit every phase: before any work, while the copy was prepared, after the safety
    # copy of the register was written, and after the restore committed.
    assert min(v for k, v in seen.items() if k != "kills") > 0, seen


def test_a_restore_killed_entering_each_phase_leaves_it_as_it_was_or_restored(tmp_path: Path) -> None:
    # No random kills: each restore dies as it enters a phase, so every phase is hit on any machine.
    seen = restore_kill_loop(tmp_path, kills=0, seed=1, max_kills=0)
    assert seen == {"unchanged": 1, "preparing": 1, "copying": 1, "restored": 1, "kills": 4}


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_restore_kill_soak(tmp_path: Path) -> None:
    seen = restore_kill_loop(tmp_path, kills=150, seed=11, max_kills=400)
    print("restore kill soak:", seen)
    assert min(v for k, v in seen.items() if k != "kills") > 3, seen


@pytest.mark.parametrize("damage", ["broken chain", "records changed", "not a register"])
def test_restore_verifies_the_backup_before_replacing_anything(tmp_path: Path, damage: str,
                                                               capsys: pytest.CaptureFixture) -> None:
    register, backup, _pristine = _setup(tmp_path)
    sql = {"broken chain": "DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET actor = 'x' WHERE id = 3",
           "records changed": "UPDATE measure SET title = 'forged' WHERE id = 2",
           "not a register": "PRAGMA application_id = 0; DROP TABLE register_marker"}[damage]
    subprocess.run([need_tool("sqlite3"), str(backup), sql], check=True)
    rows, source = table_rows(register), digest(backup)
    assert cli_main(["--db", str(register), "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "cannot be restored" in err and "Nothing was changed" in err
    assert table_rows(register) == rows and digest(backup) == source
    assert not (tmp_path / "backups").exists()


def test_restore_onto_a_read_only_register_says_so(tmp_path: Path) -> None:
    register, backup, _pristine = _setup(tmp_path)
    before = digest(register)
    register.chmod(0o444)
    command = [sys.executable, "-m", "desktop_app", "--db", str(register), "restore", str(backup)]
    if os.geteuid() == 0:  # root may write anywhere: run without the capability to override modes
        command = [need_tool("setpriv"), "--bounding-set", NO_OVERRIDE, *command]
    try:
        done = subprocess.run(command, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True,
                              text=True, timeout=120, check=False)
    finally:
        register.chmod(0o644)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "read-only" in done.stderr and "Nothing was changed" in done.stderr, done.stderr
    assert "unexpected" not in done.stderr
    assert digest(register) == before


def test_a_backup_of_the_previous_version_is_restored_upgraded(tmp_path: Path) -> None:
    register, _backup, _pristine = _setup(tmp_path)
    old = legacy_register(tmp_path / "old-backup.sqlite3")
    before = digest(old)
    assert cli_main(["--db", str(register), "restore", str(old)]) == 0
    assert digest(old) == before  # the backup itself is only read
    assert check_location(register)[0].ok
    entries = table_rows(register)["audit_entry"]
    assert [e[3] for e in entries[-2:]] == ["seal", "restore_database"]
