"""Build a register the way a given version of the application writes it (run with that version).

`register-0004.sqlite3.gz` beside this file was built by the code at revision 0004 (commit e92d18d)
with `PYTHONPATH=<that checkout> python tests/data/legacy/build.py register-0004.sqlite3`, then
`gzip -9`: the demo register plus an edit, an archive, a dismissal, a synonym and a matrix change, with a
fixed clock and actor, so the upgrade tests start from what real users of that version hold.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services.context import open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import assessments, matrix, measures, synonyms
from desktop_app.services.screening.exposures import dismiss_exposure, screen

FIXED_NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def build(path: Path) -> None:
    ctx = open_register(f"sqlite:///{path}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    load_demo(ctx)
    first = measures.list_measures(ctx)[0]
    measures.update_measure(ctx, first.id, first.to_update() | {"notes": "reviewed by legal"})
    assessments.archive_assessment(ctx, assessments.list_assessments(ctx)[-1].id)
    open_exposure = next(e for e in screen(ctx) if e.dismissal is None)
    dismiss_exposure(ctx, open_exposure.measure_id, open_exposure.venture_id, open_exposure.item_key,
                     "covered by the supplier's licence")
    synonyms.set_synonym(ctx, "battery-grade graphite", "graphite")
    grid = [list(row) for row in matrix.get_matrix(ctx).grid]
    grid[2][2] = "high"
    matrix.update_matrix(ctx, replace(matrix.get_matrix(ctx), grid=tuple(tuple(r) for r in grid)))
    ctx.db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]))
