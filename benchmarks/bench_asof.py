"""A report as of a past day at 1,000 and 100,000 assessments: the assessments' levels of that day are
undone from the audit trail; the reference is the same report as of today (the live table).

    .venv/bin/python -m benchmarks.bench_asof [--sizes 1000,100000] [--changed 0.1] [--workbook] [--json FILE]

For each size a synthetic register is bulk-loaded, then a share of its assessments (`--changed`) is
changed "today" the way the application saves them (each row updated, one audit entry with
[before, after] per assessment), so a report as of yesterday replays that many entries. Timed:
the replay alone (cold), a report's scope and headline figures (what the PDF and the workbook
read first), the first page of the Assessments table sorted by residual level (a replay is kept
per register state and day, so a table pages on without replaying), and with `--workbook` the
whole workbook; each as of yesterday and as of today, best of three (the workbook: one run).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import update  # noqa: E402

from benchmarks.generate import Size, build_register  # noqa: E402
from desktop_app.domain.entity import Entity  # noqa: E402
from desktop_app.domain.enums import AuditAction  # noqa: E402
from desktop_app.domain.models import Assessment  # noqa: E402
from desktop_app.persistence.assessment_past import forget_replays, read_past  # noqa: E402
from desktop_app.persistence.matrix_repo import load_matrix  # noqa: E402
from desktop_app.services.audit import AuditWriter  # noqa: E402
from desktop_app.services.context import ServiceContext, open_register  # noqa: E402
from desktop_app.services.records.browse import BrowseQuery, page  # noqa: E402
from desktop_app.services.reports.options import ReportOptions  # noqa: E402
from desktop_app.services.reports.scope import key_figures, report_scope  # noqa: E402
from desktop_app.services.reports.workbook import write_workbook  # noqa: E402

NOW = datetime(2026, 12, 3, 9, tzinfo=UTC)
TODAY, YESTERDAY = NOW.date(), NOW.date() - timedelta(days=1)


def _sized(assessments: int) -> Size:
    """The benchmark register's proportions (10 assessments a measure, 50 a venture)."""
    return Size(measures=max(assessments // 10, 20), ventures=max(assessments // 50, 20), assessments=assessments)


def change_today(ctx: ServiceContext, share: float) -> int:
    """Raise the residual likelihood and change the owner of `share` of the assessments, audited."""
    matrix = load_matrix_of(ctx)
    with ctx.db.session(write=True) as s:
        rows = s.exec(Assessment.__table__.select()).all()  # type: ignore[attr-defined]
        picked = random.Random(7).sample(rows, int(len(rows) * share))
        writer = AuditWriter(s, ctx)
        conn = s.connection()
        for r in picked:
            rl = min(5, r.residual_likelihood + 1)
            level = matrix.level_for(rl, r.residual_impact)
            conn.execute(update(Assessment).where(Assessment.id == r.id).values(  # type: ignore[arg-type]
                residual_likelihood=rl, residual_level=level.key, residual_rank=level.rank,
                residual_score=rl * r.residual_impact, owner="Changed owner", version=r.version + 1))
            changes = {"residual_likelihood": [r.residual_likelihood, rl], "owner": [r.owner, "Changed owner"]}
            if level.key != r.residual_level:
                changes["residual_level"] = [r.residual_level, level.key]
            writer.add(AuditAction.UPDATE, Entity.ASSESSMENT, r.id, f"assessment {r.id}", changes)
        writer.flush()
    return len(picked)


def load_matrix_of(ctx: ServiceContext) -> Any:
    with ctx.db.session() as s:
        return load_matrix(s)


def best(fn: Callable[[], Any], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def figures_on(ctx: ServiceContext, day: date) -> Any:
    with ctx.db.session() as s:
        scope = report_scope(s, day, ctx.today(), None, None, assessed_only=False)
        return key_figures(s, scope, load_matrix(s), 0)


def replay(ctx: ServiceContext, day: date) -> int:
    forget_replays()  # the replay itself, not the kept one
    with ctx.db.session() as s:
        return len(read_past(s, day).rows)


def run(size: int, share: float, workbook: bool, work: Path) -> dict[str, float]:
    url = build_register(work / f"asof_{size}.sqlite3", _sized(size))
    ctx = open_register(url, actor="benchmark")
    ctx.now = lambda: NOW
    try:
        started = time.perf_counter()
        changed = change_today(ctx, share)
        out: dict[str, float] = {"assessments": size, "changed": changed,
                                 "setup_changes_s": time.perf_counter() - started}
        assert figures_on(ctx, YESTERDAY).by_level != figures_on(ctx, TODAY).by_level or changed == 0
        out["replay_s"] = best(lambda: replay(ctx, YESTERDAY))
        for label, day in (("past", YESTERDAY), ("today", TODAY)):
            out[f"figures_{label}_s"] = best(lambda d=day: figures_on(ctx, d))
            q = BrowseQuery(as_of=day, sort="residual_level", descending=True)
            out[f"table_page_{label}_s"] = best(lambda q=q: page(ctx, Entity.ASSESSMENT, q))
            if workbook:
                out[f"workbook_{label}_s"] = best(
                    lambda d=day: write_workbook(ctx, work / "w.xlsx", ReportOptions(as_of=d)), repeat=1)
        return out
    finally:
        ctx.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--changed", type=float, default=0.1, help="share of assessments changed today")
    parser.add_argument("--workbook", action="store_true", help="also time the whole workbook")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench_asof_"))
    results = [run(int(n), args.changed, args.workbook, work) for n in args.sizes.split(",")]
    for r in results:
        print(", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
