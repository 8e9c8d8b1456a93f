"""Import and export of assessments at scale, each beside the bare-library reference on the same rows.

    python -m benchmarks.bench_import_export [--assessments 100000] [--measures 10000] [--ventures 2000]

Import reference: `csv` reader + SQLAlchemy Core executemany of the same rows into the same table.
Export reference: `csv` writer over one Core select of the same rows.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import create_engine, insert, select

from benchmarks.generate import Size, write_csvs
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.risk import default_matrix
from desktop_app.services.context import open_register
from desktop_app.services.exporter import export_csv
from desktop_app.services.importer import run_import


def _timed(fn, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def reference_import(url: str, path: Path) -> float:
    """csv.reader + Core executemany of the assessment rows (ids resolved from two dicts)."""
    engine = create_engine(url)
    matrix = default_matrix()
    with engine.begin() as conn:
        measures = dict(conn.execute(select(Measure.reference, Measure.id)).all())
        ventures = dict(conn.execute(select(JointVenture.name, JointVenture.id)).all())
    now = datetime.now(UTC)
    started = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as fh, engine.begin() as conn:
        rows = []
        for r in csv.DictReader(fh):
            il, ii, rl, ri = (int(r[c]) for c in ("likelihood", "impact", "residual_likelihood", "residual_impact"))
            inh, res = matrix.level_for(il, ii), matrix.level_for(rl, ri)
            rows.append({
                "measure_id": measures[r["measure_reference"]], "venture_id": ventures[r["venture"]],
                "channels": r["channels"], "inherent_likelihood": il, "inherent_impact": ii,
                "inherent_level": inh.key, "inherent_rank": inh.rank, "residual_likelihood": rl,
                "residual_impact": ri, "residual_level": res.key, "residual_rank": res.rank,
                "residual_score": rl * ri, "treatment": r["treatment"], "rationale": r["rationale"],
                "owner": r["owner"], "assessor": "reference", "assessed_on": date.fromisoformat(r["assessed_on"]),
                "next_review_on": date.fromisoformat(r["assessed_on"]), "status": r["status"], "created_at": now,
                "updated_at": now, "version": 1,
            })
        conn.execute(insert(Assessment.__table__), rows)  # type: ignore[attr-defined]
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


def reference_export(url: str, path: Path) -> float:
    engine = create_engine(url)
    started = time.perf_counter()
    t = Assessment.__table__  # type: ignore[attr-defined]
    query = (select(Measure.reference, JointVenture.name, *[c for c in t.c if c.name not in ("id",)])
             .join(Measure, Measure.id == t.c.measure_id).join(JointVenture, JointVenture.id == t.c.venture_id))
    with engine.connect() as conn, path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        for row in conn.execute(query):
            writer.writerow(row)
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--measures", type=int, default=10_000)
    parser.add_argument("--ventures", type=int, default=2_000)
    args = parser.parse_args()
    size = Size(args.measures, args.ventures, 10, args.assessments)
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    paths = write_csvs(work / "csv", size)
    ours_url, ref_url = f"sqlite:///{work / 'ours.sqlite3'}", f"sqlite:///{work / 'ref.sqlite3'}"
    ctx = open_register(ours_url, actor="benchmark")
    ref = open_register(ref_url, actor="benchmark")
    for entity in ("measures", "ventures"):
        run_import(ctx, paths[entity], entity)
        run_import(ref, paths[entity], entity)
    ref.db.dispose()
    ours_import, _ = _timed(run_import, ctx, paths["assessments"], "assessments")
    ref_import = reference_import(ref_url, paths["assessments"])
    ours_export, _ = _timed(export_csv, ctx, "assessments", work / "ours.csv")
    ref_export = reference_export(ref_url, work / "ref.csv")
    ctx.db.dispose()
    print(f"{'operation':<34} {'ours':>9} {'reference':>10} {'ratio':>7}  goal")
    for name, ours, reference, goal in (
        (f"import {size.assessments:,} assessments (CSV)", ours_import, ref_import, "<= 3x"),
        (f"export {size.assessments:,} assessments (CSV)", ours_export, ref_export, "<= 1.5x"),
    ):
        print(f"{name:<34} {ours:>8.2f}s {reference:>9.2f}s {ours / reference:>6.1f}x  {goal}")
    print(f"(rows/s ours: import {size.assessments / ours_import:,.0f}, export {size.assessments / ours_export:,.0f})")


if __name__ == "__main__":
    main()
