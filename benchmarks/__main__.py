"""Run every benchmark on one synthetic register and print one table: ours, reference, ratio, goal.

    python -m benchmarks [--assessments 100000] [--measures 10000] [--ventures 2000]
                         [--only import,export,xlsx,pdf,views,screening,screening_quality,cold_start]
                         [--work DIR] [--wall]

The register is built once with the generator's bulk path; each benchmark then runs as its own
process (so imports, caches and peak memory do not leak from one into the next) and reports its
figure beside a reference measured in the same run on the same rows. Ratios use CPU time where
a benchmark measures it (steadier on a busy machine; `--wall` uses wall time throughout).
The table is also written to WORK/results.md and WORK/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.generate import Size

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ("import", "export", "xlsx", "pdf", "views", "screening", "screening_quality", "cold_start")


@dataclass(frozen=True)
class Figure:
    operation: str
    ours: float
    reference: float
    unit: str
    goal: str  # "ratio" (ours/reference at most limit), "under" (ours below limit), "speedup", "atleast"
    limit: float | None
    reference_name: str

    @property
    def ratio(self) -> float:
        return self.ours / self.reference if self.reference else float("inf")

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        if self.goal == "ratio":
            return self.ratio <= self.limit
        if self.goal == "under":
            return self.ours < self.limit
        if self.goal == "atleast":
            return self.ours >= self.limit
        return self.reference / self.ours >= self.limit  # speed-up

    def goal_text(self) -> str:
        if self.limit is None:
            return "(context)"
        return {"ratio": f"at most {self.limit:g}x", "under": f"under {self.limit:g} {self.unit}",
                "speedup": f"at least {self.limit:g}x faster", "atleast": f"at least {self.limit:g}"}[self.goal]


def _run(name: str, args: list[str], log: Path) -> str:
    """Run one benchmark module; its output goes to `log` and is returned."""
    started = time.perf_counter()
    print(f"  {name:<11} running: python -m {' '.join(args)}", flush=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=False)
    log.write_text(done.stdout + "\n--- stderr ---\n" + done.stderr, encoding="utf-8")
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed (exit {done.returncode}); see {log}\n{done.stderr[-2000:]}")
    print(f"  {name:<11} done in {time.perf_counter() - started:.0f} s", flush=True)
    return done.stdout


def _from_json(path: Path, wall: bool, keys: set[str] | None = None) -> list[Figure]:
    out = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        if keys is not None and r["key"] not in keys:
            continue
        cpu = not wall and "ours_cpu" in r and "reference_cpu" in r
        out.append(Figure(r["operation"] + (" [CPU]" if cpu else ""), r["ours_cpu" if cpu else "ours"],
                          r["reference_cpu" if cpu else "reference"], r["unit"], r["goal"], r["limit"],
                          r["reference_name"]))
    return out


def _number(pattern: str, text: str) -> float:
    found = re.search(pattern, text)
    if found is None:
        raise RuntimeError(f"no figure matching {pattern!r} in:\n{text}")
    return float(found.group(1).replace(",", ""))


def run_all(size: Size, only: list[str], work: Path, wall: bool) -> list[Figure]:
    work.mkdir(parents=True, exist_ok=True)
    db = work / "register.sqlite3"
    counts = ["--assessments", str(size.assessments)]
    everything = [*counts, "--measures", str(size.measures), "--ventures", str(size.ventures)]
    figures: list[Figure] = []
    if {"xlsx", "pdf", "views", "cold_start"} & set(only):
        if db.exists():
            print(f"using the register already in {db}")
        else:
            _run("generate", ["benchmarks.generate", str(work), "--via", "bulk", "--db", str(db), *everything],
                 work / "generate.log")
    if {"import", "export"} & set(only):
        _run("import/export", ["benchmarks.bench_import_export", *everything, "--json", str(work / "ie.json")],
             work / "import_export.log")
        figures += _from_json(work / "ie.json", wall, set(only) & {"import", "export"})
    if "xlsx" in only:
        _run("xlsx", ["benchmarks.bench_xlsx", "--db", str(db), "--json", str(work / "xlsx.json")],
             work / "xlsx.log")
        figures += _from_json(work / "xlsx.json", wall)
    if "pdf" in only:
        out = _run("pdf", ["benchmarks.bench_pdf", "--db", str(db), "--keep", str(work / "pdf")], work / "pdf.log")
        figures.append(Figure("PDF briefing", _number(r"briefing:\s+([\d.]+) s wall", out),
                              _number(r"bare table:\s+([\d.]+) s wall", out), "s", "ratio", 1.5,
                              "bare ReportLab LongTable, same cells"))
    if "views" in only:
        _run("views", ["benchmarks.bench_views", "--db", str(db), "--json", str(work / "views.json")],
             work / "views.log")
        figures += _from_json(work / "views.json", wall)
    if "screening" in only:
        out = _run("screening", ["benchmarks.bench_screening", "--measures", str(size.measures),
                                 "--ventures", str(size.ventures), "--items", str(size.inputs)], work / "screening.log")
        figures.append(Figure(f"screening {size.measures:,} measures x {size.ventures:,} JVs",
                              _number(r"indexed:\s+([\d.]+) s", out), _number(r"brute force:\s+([\d.]+) s", out),
                              "s", "speedup", 10.0, "brute-force pairwise match"))
    if "screening_quality" in only:
        _run("quality", ["benchmarks.bench_screening_quality", "--json", str(work / "quality.json")],
             work / "screening_quality.log")
        for row in json.loads((work / "quality.json").read_text(encoding="utf-8")):
            for name, limit in (("precision", 0.8), ("recall", 0.5)):
                figures.append(Figure(f"screening {name} ({row['kind']}, labelled set)", row[name], 1.0, "",
                                      "atleast", limit if row["kind"] == "exposure" else None, "analyst labels"))
    if "cold_start" in only:
        _run("cold start", ["benchmarks.bench_cold_start", "--db", str(db), "--json", str(work / "cold.json")],
             work / "cold_start.log")
        figures += _from_json(work / "cold.json", wall)
    return figures


def _fmt(value: float, unit: str) -> str:
    if not unit:
        return f"{value:.2f}"
    if unit == "s":
        return f"{value:,.2f} s" if value < 100 else f"{value:,.0f} s"
    return f"{value:,.0f} {unit}" if value >= 10 else f"{value:,.1f} {unit}"


def table(figures: list[Figure], size: Size) -> list[list[str]]:
    header = [f"operation at {size.assessments:,} assessments", "ours", "reference", "ratio", "goal", "met?"]
    rows = [header]
    for f in figures:
        met = {True: "yes", False: "NO", None: "-"}[f.met]
        ratio = (f"{f.reference / f.ours:.1f}x faster" if f.goal == "speedup" else "-" if f.goal == "atleast"
                 else f"{f.ratio:.2f}x")
        rows.append([f.operation, _fmt(f.ours, f.unit), f"{_fmt(f.reference, f.unit)} ({f.reference_name})",
                     ratio, f.goal_text(), met])
    return rows


def render(rows: list[list[str]], markdown: bool = False) -> str:
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assessments", type=int, default=Size.assessments)
    parser.add_argument("--measures", type=int, default=Size.measures)
    parser.add_argument("--ventures", type=int, default=Size.ventures)
    parser.add_argument("--only", default=",".join(BENCHMARKS),
                        help=f"comma-separated subset of {', '.join(BENCHMARKS)}")
    parser.add_argument("--work", type=Path, help="folder for the register, logs and results (default: temp)")
    parser.add_argument("--wall", action="store_true", help="ratios of wall time even where CPU time is known")
    args = parser.parse_args(argv)
    only = [b.strip() for b in args.only.split(",") if b.strip()]
    unknown = sorted(set(only) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    size = Size(args.measures, args.ventures, Size.inputs, args.assessments)
    work = args.work or Path(tempfile.mkdtemp(prefix="benchmarks-"))
    print(f"benchmarks on {size.measures:,} measures, {size.ventures:,} JVs x {size.inputs} inputs, "
          f"{size.assessments:,} assessments; work folder {work}", flush=True)
    started = time.perf_counter()
    figures = run_all(size, only, work, args.wall)
    rows = table(figures, size)
    print("\n" + render(rows))
    missed = [f.operation for f in figures if f.met is False]
    print(f"\n{sum(f.met is True for f in figures)} of {sum(f.met is not None for f in figures)} goals met"
          + (f"; not met: {', '.join(missed)}" if missed else "") + f" ({time.perf_counter() - started:.0f} s)")
    (work / "results.md").write_text(render(rows, markdown=True) + "\n", encoding="utf-8")
    payload: list[dict[str, Any]] = [dict(f.__dict__, ratio=f.ratio, met=f.met) for f in figures]
    (work / "results.json").write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
