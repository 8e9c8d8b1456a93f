"""Shared helpers of the fault tests: snapshots of a register's rows, a lock-holding process."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

TABLES = ("measure", "measure_item", "measure_jurisdiction", "measure_status_change", "joint_venture",
          "partner", "venture_item", "assessment", "mitigation_action", "risk_level", "risk_cell",
          "setting", "audit_entry", "audit_head")


def table_rows(path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple]]:
    """Every row of the register's tables, in primary-key order, read without writing."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in tables if t in names}
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE audit_head SET hash = hash")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


class LockHolder:
    """Another process holding the SQLite write lock until `release()`."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.close()
        self.proc.wait(timeout=30)

    def __enter__(self) -> LockHolder:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            self.release()


def sealed_rows(path: Path) -> int:
    """How many records `check` should find sealed: a row of each sealed entity's own table, and
    the risk matrix (one record)."""
    from desktop_app.persistence.record_state import SPECS

    tables = tuple(spec.parts[0].table for spec in SPECS.values())
    return sum(len(rows) for rows in table_rows(path, tables).values()) + 1
