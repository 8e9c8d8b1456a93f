"""The command line end to end, in a subprocess, on a real database file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SUBCOMMANDS = ("demo", "import", "export", "backup", "restore", "check", "report", "status", "events", "confirm",
               "window")


def run(tmp_path: Path, *args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "EXPORT_RISK_DB": db or str(tmp_path / "reg.sqlite3"), "EXPORT_RISK_ACTOR": "cli-test",
        "EXPORT_RISK_LOG_DIR": str(tmp_path / "logs"), "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.mark.parametrize("command", ("", *SUBCOMMANDS))
def test_help_everywhere(tmp_path: Path, command: str) -> None:
    result = run(tmp_path, *([command] if command else []), "--help")
    assert result.returncode == 0 and "usage: export-risk" in result.stdout


def test_demo_check_export_import_backup_restore(tmp_path: Path) -> None:
    first = run(tmp_path, "demo")
    assert first.returncode == 0, first.stderr
    assert "measures.csv: 30 were created" in first.stdout
    again = run(tmp_path, "demo")
    assert "30 unchanged" in again.stdout and "12 unchanged" in again.stdout
    check = run(tmp_path, "check")
    assert check.returncode == 0 and check.stdout.startswith("OK:")
    out = tmp_path / "measures.csv"
    assert run(tmp_path, "export", "measures", str(out)).returncode == 0
    dry = run(tmp_path, "import", "measures", str(out), "--dry-run")
    assert dry.returncode == 0 and "Dry run, nothing written" in dry.stdout and "30 unchanged" in dry.stdout
    backup = tmp_path / "copy.sqlite3"
    assert run(tmp_path, "backup", str(backup)).returncode == 0
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM measure").fetchone() == (30,)
    conn.close()
    restored = run(tmp_path, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "previous state is saved" in restored.stdout
    final = run(tmp_path, "check")
    assert final.returncode == 0, final.stderr


def test_user_errors_exit_1_with_a_message_and_change_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("reference,title,jurisdiction,measure_type,status\nR1,T,Atlantis,export ban,in force\n",
                   encoding="utf-8")
    result = run(tmp_path, "import", "measures", str(bad))
    assert result.returncode == 1
    assert "row 2, column jurisdiction" in result.stderr and "nothing was imported" in result.stderr
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    refused = run(tmp_path, "check", db=str(empty))
    assert refused.returncode == 1 and "empty (0 bytes)" in refused.stderr
    assert empty.read_bytes() == b""


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run(tmp_path, "import", "widgets", "x.csv").returncode == 2
    assert run(tmp_path, "report", "pdf", "x.pdf", "--as-of", "yesterday").returncode == 2
    assert run(tmp_path, "frobnicate").returncode == 2
