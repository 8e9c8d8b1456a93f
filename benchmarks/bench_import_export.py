"""Import and export of assessments at scale, each beside the bare-library reference on the same rows.

    python -m benchmarks.bench_import_export [--assessments 100000] [--measures 10000] [--ventures 2000]
                                             [--json FILE]

Both registers start with the same measures and ventures (the generator's bulk path), then:
Import reference: `csv` reader + SQLAlchemy Core executemany of the same rows into the same table
(its text-search index triggers dropped first, so the reference pays no index upkeep).
Export reference: `csv` writer over one Core select of the same rows.
Wall and CPU time (this process) are both reported; the CPU ratio is steadier on a busy machine.
CPU time is user + system; both parts are printed (and written to --json as *_user / *_sys), since
on a machine whose disk is busy the system part of both sides (SQLite writing its WAL) can grow
several times over while the user part stays put.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import create_engine, insert, select

from benchmarks.bulk import bulk_load
from benchmarks.generate import Size, synthetic_rows, write_csvs
from desktop_app.domain.entity import Entity
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.persistence import search_index
from desktop_app.services.context import open_register
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.vocabularies import default_matrix
from desktop_app.system.heap import long_lived_heap_frozen


def _timed(fn, *args, **kwargs) -> tuple[float, float, float, float]:
    """(wall, CPU, user, system) seconds of one call."""
    started, cpu, usage = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_SELF)
    fn(*args, **kwargs)
    after = resource.getrusage(resource.RUSAGE_SELF)
    return (time.perf_counter() - started, time.process_time() - cpu, after.ru_utime - usage.ru_utime,
            after.ru_stime - usage.ru_stime)


def _as_entry_point(fn, *args, **kwargs) -> None:
    """Ours as the command line and the window's worker run long work: inside the collector
    policy the entry points set (the references run bare)."""
    with long_lived_heap_frozen():
        fn(*args, **kwargs)


def reference_import(url: str, path: Path) -> None:
    """csv.reader + Core executemany of the assessment rows (ids resolved from two dicts)."""
    engine = create_engine(url)
    matrix = default_matrix()
    with engine.begin() as conn:
        measures = dict(conn.execute(select(Measure.reference, Measure.id)).all())
        ventures = dict(conn.execute(select(JointVenture.name, JointVenture.id)).all())
    now = datetime.now(UTC)
    with path.open(encoding="utf-8", newline="") as fh, engine.begin() as conn:
        # No text-search upkeep at all on this side (ours re-indexes once at the end of a large
        # import): the reference stays the bare insert.
        for name in search_index.TRIGGERS:
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
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
    engine.dispose()


def reference_export(url: str, path: Path) -> None:
    engine = create_engine(url)
    t = Assessment.__table__  # type: ignore[attr-defined]
    query = (select(Measure.reference, JointVenture.name, *[c for c in t.c if c.name not in ("id",)])
             .join(Measure, Measure.id == t.c.measure_id).join(JointVenture, JointVenture.id == t.c.venture_id))
    with engine.connect() as conn, path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        for row in conn.execute(query):
            writer.writerow(row)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--measures", type=int, default=10_000)
    parser.add_argument("--ventures", type=int, default=2_000)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    size = Size(args.measures, args.ventures, 10, args.assessments)
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    paths = write_csvs(work / "csv", size)
    ours_url, ref_url = f"sqlite:///{work / 'ours.sqlite3'}", f"sqlite:///{work / 'ref.sqlite3'}"
    measures, ventures, _ = synthetic_rows(size)
    for url in (ours_url, ref_url):
        bulk_load(url, measures, ventures, [])
    ctx = open_register(ours_url, actor="benchmark")
    ours_import = _timed(_as_entry_point, run_import, ctx, paths["assessments"], Entity.ASSESSMENT)
    ref_import = _timed(reference_import, ref_url, paths["assessments"])
    ours_export = _timed(_as_entry_point, export_csv, ctx, Entity.ASSESSMENT, work / "ours.csv")
    ref_export = _timed(reference_export, ref_url, work / "ref.csv")
    ctx.db.dispose()
    print(f"{'operation':<34} {'ours':>9} {'reference':>10} {'ratio':>7} {'CPU ratio':>10}  goal")
    rows = (("import", f"import {size.assessments:,} assessments (CSV)", ours_import, ref_import, 3.0),
            ("export", f"export {size.assessments:,} assessments (CSV)", ours_export, ref_export, 1.5))
    for _key, name, ours, reference, goal in rows:
        print(f"{name:<34} {ours[0]:>8.2f}s {reference[0]:>9.2f}s {ours[0] / reference[0]:>6.1f}x "
              f"{ours[1] / reference[1]:>9.1f}x  <= {goal}x")
    for _key, name, ours, reference, _goal in rows:
        print(f"  {name}: user {ours[2]:.2f}s + sys {ours[3]:.2f}s against user {reference[2]:.2f}s + "
              f"sys {reference[3]:.2f}s (user ratio {ours[2] / max(reference[2], 1e-9):.2f}x)")
    print(f"(rows/s ours: import {size.assessments / ours_import[0]:,.0f}, "
          f"export {size.assessments / ours_export[0]:,.0f})")
    if args.json:
        names = {"import": "csv reader + Core executemany", "export": "csv writer over a Core select"}
        args.json.write_text(json.dumps([
            {"key": key, "operation": f"{key} CSV", "unit": "s", "ours": ours[0], "reference": reference[0],
             "ours_cpu": ours[1], "reference_cpu": reference[1], "ours_user": ours[2],
             "reference_user": reference[2], "ours_sys": ours[3], "reference_sys": reference[3],
             "goal": "ratio", "limit": goal,
             "reference_name": names[key]} for key, _name, ours, reference, goal in rows]))


if __name__ == "__main__":
    main()
