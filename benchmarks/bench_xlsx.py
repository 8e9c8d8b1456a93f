"""Excel workbook at scale: the app's writer beside bare openpyxl write-only of the same cells.

    python -m benchmarks.bench_xlsx [--assessments 100000] [--db FILE] [--keep DIR] [--json FILE]

Builds the synthetic register (the shared generator's bulk path) unless --db names one, writes
the workbook through the app's service in a fresh process, dumps every cell of that workbook,
then writes the same cells with bare openpyxl write-only mode (no styles, tables, validations
or charts) in another fresh process.
Each process reports wall time, CPU time and peak resident memory (VmHWM), so the figures compare.

Memory is compared like for like: the bare process first imports the same modules as the app's
(SQLAlchemy, SQLModel, pydantic, the app's services: about 40 MB on their own), so both start
from the same baseline and the ratio compares the work of writing the workbook, not the import
footprint. The reference still writes with bare openpyxl only; the imports are not used.
Both the total peak and the growth above each process's post-import baseline are reported.
Before this, the bare process imported openpyxl alone and the ratio was mostly imports.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _rss_mb() -> float:
    """Peak resident memory of this process. VmHWM starts afresh at exec; ru_maxrss may carry
    the parent's peak across fork, so it is only the fallback."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _child_app(db: Path, out: Path) -> dict[str, float]:
    from desktop_app.services.context import open_register
    from desktop_app.services.reports.options import ReportOptions
    from desktop_app.services.reports.workbook import write_workbook
    from desktop_app.system.heap import long_lived_heap_frozen

    ctx = open_register(f"sqlite:///{db}", actor="bench")
    baseline, cpu = _rss_mb(), _cpu_s()
    start = time.perf_counter()
    with long_lived_heap_frozen():  # as the command line and the window's worker run it
        write_workbook(ctx, out, ReportOptions())
    return {"seconds": time.perf_counter() - start, "cpu_s": _cpu_s() - cpu, "peak_mb": _rss_mb(),
            "baseline_mb": baseline}


def _child_build(db: Path, assessments: str) -> dict[str, float]:
    from benchmarks.generate import Size, build_register

    start = time.perf_counter()
    build_register(db, Size(assessments=int(assessments)))
    return {"seconds": time.perf_counter() - start}


def _child_dump(book: Path, dump: Path) -> dict[str, float]:
    """Every cell value of `book`, streamed sheet by sheet into a pickle file (not timed)."""
    import openpyxl

    wb = openpyxl.load_workbook(book, read_only=True)
    cells = 0
    with dump.open("wb") as fh:
        for ws in wb.worksheets:
            ws.reset_dimensions()
            pickle.dump(("sheet", ws.title), fh)
            for row in ws.iter_rows(values_only=True):
                pickle.dump(row, fh)
                cells += sum(v is not None for v in row)
    wb.close()
    return {"cells": cells}


def _rows(dump: Path):
    with dump.open("rb") as fh:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return


def _same_imports() -> None:
    """What the app's process has loaded before its baseline is taken (see the docstring)."""
    import desktop_app.services.context
    import desktop_app.services.reports.options
    import desktop_app.services.reports.workbook  # noqa: F401


def _child_bare(dump: Path, out: Path) -> dict[str, float]:
    from openpyxl import Workbook

    _same_imports()
    baseline = _rss_mb()
    start = time.perf_counter()
    for _ in _rows(dump):
        pass
    reading = time.perf_counter() - start
    start, cpu = time.perf_counter(), _cpu_s()
    wb = Workbook(write_only=True)
    ws = None
    for item in _rows(dump):
        if isinstance(item, tuple) and len(item) == 2 and item[0] == "sheet":
            ws = wb.create_sheet(item[1])
        elif ws is not None:
            ws.append(list(item))
    wb.save(out)
    return {"seconds": time.perf_counter() - start, "cpu_s": _cpu_s() - cpu, "reading_s": reading,
            "peak_mb": _rss_mb(), "baseline_mb": baseline}


def _run_child(*args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_xlsx", "--child", *args],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child {args[0]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing register (default: build the synthetic one)")
    parser.add_argument("--keep", type=Path, help="keep the register and workbooks in this folder")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, first, *rest = args.child
        runner = {"app": _child_app, "dump": _child_dump, "bare": _child_bare, "build": _child_build}[kind]
        print(json.dumps(runner(Path(first), *(rest if kind == "build" else map(Path, rest)))))
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-xlsx-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = args.db.resolve() if args.db else folder / "register.sqlite3"
    if not db.exists():  # built in a child too, so this process stays small
        built = _run_child("build", str(db), str(args.assessments))
        print(f"synthetic register: {args.assessments:,} assessments in {built['seconds']:.1f} s")
    app_book, bare_book, dump = folder / "app.xlsx", folder / "bare.xlsx", folder / "cells.pickle"
    app = _run_child("app", str(db), str(app_book))
    cells = _run_child("dump", str(app_book), str(dump))["cells"]
    bare = _run_child("bare", str(dump), str(bare_book))
    print(f"\n{cells:,} non-empty cells; workbook {app_book.stat().st_size / 1e6:.1f} MB (app), "
          f"{bare_book.stat().st_size / 1e6:.1f} MB (bare)")
    print(f"{'':32}{'wall s':>8}{'cpu s':>8}{'peak MB':>9}{'after imports MB':>18}{'growth MB':>11}")
    for label, r in (("app: write_workbook (service)", app), ("bare openpyxl, same imports", bare)):
        print(f"{label:32}{r['seconds']:8.1f}{r['cpu_s']:8.1f}{r['peak_mb']:9.0f}{r['baseline_mb']:18.0f}"
              f"{r['peak_mb'] - r['baseline_mb']:11.1f}")
    print(f"  (bare includes unpickling the cell dump, {bare['reading_s']:.1f} s when timed alone)")
    growth_app = app["peak_mb"] - app["baseline_mb"]
    growth_bare = bare["peak_mb"] - bare["baseline_mb"]
    print(f"ratio app/bare: wall {app['seconds'] / bare['seconds']:.2f}x, cpu {app['cpu_s'] / bare['cpu_s']:.2f}x, "
          f"peak {app['peak_mb'] / bare['peak_mb']:.2f}x; growth over imports {growth_app:.0f} MB (app) "
          f"vs {growth_bare:.0f} MB (bare)")
    if args.json:
        common = {"reference_name": "bare openpyxl write-only, same cells"}
        args.json.write_text(json.dumps([
            {"key": "xlsx_time", "operation": "Excel workbook (time)", "unit": "s", "ours": app["seconds"],
             "reference": bare["seconds"], "ours_cpu": app["cpu_s"], "reference_cpu": bare["cpu_s"],
             "goal": "ratio", "limit": 1.2, **common},
            {"key": "xlsx_memory", "operation": "Excel workbook (peak memory)", "unit": "MB",
             "ours": app["peak_mb"], "reference": bare["peak_mb"], "goal": "ratio", "limit": 1.5,
             "ours_growth": growth_app, "reference_growth": growth_bare,
             "reference_name": "bare openpyxl write-only, same cells, same imports"},
        ]))
    if not args.keep:
        for path in (app_book, bare_book, dump):
            path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
