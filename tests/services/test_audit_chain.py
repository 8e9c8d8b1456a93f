"""The audit trail is append-only and tamper-evident: raw edits are found by the chain check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.services.context import ServiceContext
from desktop_app.services.maintenance.backups import check_register
from desktop_app.services.records import measures
from tests.conftest import measure_data


def _seed(ctx: ServiceContext, n: int = 4) -> Path:
    for i in range(n):
        measures.create_measure(ctx, measure_data(reference=f"REF-{i}"))
    assert ctx.db.path is not None
    ctx.db.dispose()
    return ctx.db.path


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("DROP TRIGGER audit_entry_no_delete")
    return conn


def test_the_database_refuses_edits_to_the_trail(ctx: ServiceContext) -> None:
    path = _seed(ctx)
    conn = sqlite3.connect(path)
    for sql in ("UPDATE audit_entry SET actor = 'mallory'", "DELETE FROM audit_entry WHERE id = 2"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    conn.close()
    assert check_register(ctx).ok


@pytest.mark.parametrize(
    ("sql", "first_broken", "fragment"),
    [
        ("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2", 2, "entry 2 was altered"),
        ("UPDATE audit_entry SET changes = replace(changes, 'REF-2', 'REF-X') WHERE id = 3", 3, "altered"),
        ("DELETE FROM audit_entry WHERE id = 2", 2, "entry 2 is missing"),
        ("DELETE FROM audit_entry WHERE id = 4", 4, "head records entry 4"),
        ("UPDATE audit_entry SET prev_hash = hash WHERE id = 3", 3, "does not link"),
    ],
)
def test_raw_edits_are_reported_with_the_first_broken_entry(ctx: ServiceContext, sql: str,
                                                             first_broken: int, fragment: str) -> None:
    path = _seed(ctx)
    conn = _raw(path)
    conn.execute(sql)
    conn.close()
    report = check_register(ctx)
    assert not report.ok
    (problem,) = [p for p in report.problems if "first broken entry" in p]
    assert fragment in problem and f"first broken entry: {first_broken}" in problem
