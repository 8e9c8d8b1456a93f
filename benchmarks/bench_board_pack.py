"""The board pack at two register sizes: its time at 100,000 assessments against its time at 1,000.

The board pack is bounded (at most 12 pages), so its cost should not grow with the register: the
goal is a ratio of at most 2x. Each size gets its own register with the same measures and ventures
(`--measures`, `--ventures`) and only the assessments differ; `--scale-all` scales measures and
ventures with the assessments too (then screening, which reads every measure against every venture,
grows with them). The pack is written twice per size and the better run counts.

    python -m benchmarks.bench_board_pack [--small 1000] [--large 100000] [--scale-all] [--wall]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pypdf

from benchmarks.generate import Size, build_register
from desktop_app.reports.pdf.fonts import load_fonts
from desktop_app.services.context import open_register
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.system.heap import long_lived_heap_frozen
from desktop_app.system.paths import resource as app_resource

GOAL = 2.0


def _size(assessments: int, measures: int, ventures: int, scale_all: bool) -> Size:
    """Fixed measures and ventures, or (scale_all) the full-size shape: 50 per venture, 10 per measure."""
    if scale_all:
        return Size(measures=max(30, assessments // 10), ventures=max(10, assessments // 50),
                    assessments=assessments)
    return Size(measures=measures, ventures=ventures, assessments=assessments)


def board_pack(url: str, out: Path, runs: int = 2) -> tuple[float, float, int]:
    """The best wall and CPU seconds of `runs` board packs, and the page count."""
    best_wall = best_cpu = float("inf")
    for _ in range(runs):
        ctx = open_register(url, actor="bench")
        try:
            start, cpu = time.perf_counter(), time.process_time()
            with long_lived_heap_frozen():  # as the command line and the window's worker run it
                # A fixed start: each pack is recorded, and the next one's default would start there.
                write_briefing(ctx, out, ReportOptions(full=False, since=date.today() - timedelta(days=90)))
            best_wall = min(best_wall, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - cpu)
        finally:
            ctx.db.dispose()
    return best_wall, best_cpu, len(pypdf.PdfReader(out).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=1_000, help="assessments of the small register")
    parser.add_argument("--large", type=int, default=100_000, help="assessments of the large register")
    parser.add_argument("--measures", type=int, default=1_000, help="measures of both registers")
    parser.add_argument("--ventures", type=int, default=2_000, help="joint ventures of both registers")
    parser.add_argument("--scale-all", action="store_true", help="scale measures and ventures too")
    parser.add_argument("--keep", type=Path, help="folder to keep the registers and PDFs in")
    parser.add_argument("--wall", action="store_true", help="ratio of wall times (default: CPU times)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_board_"))
    work.mkdir(parents=True, exist_ok=True)
    load_fonts(app_resource("fonts"))
    results = {}
    for label, count in (("small", args.small), ("large", args.large)):
        size = _size(count, args.measures, args.ventures, args.scale_all)
        start = time.perf_counter()
        url = build_register(work / f"{label}.sqlite3", size)
        print(f"{label}: {size.measures:,} measures, {size.ventures:,} ventures, {size.assessments:,} assessments "
              f"built in {time.perf_counter() - start:.1f} s")
        wall, cpu, pages = board_pack(url, work / f"{label}.pdf")
        results[label] = (wall, cpu)
        print(f"{label}: board pack {wall:6.2f} s wall, {cpu:6.2f} s CPU, {pages} pages")
    pick = 0 if args.wall else 1
    ratio = results["large"][pick] / results["small"][pick]
    kind = "wall" if args.wall else "CPU"
    print(f"ratio: {ratio:.2f}x the {kind} time at {args.large:,} assessments vs {args.small:,} "
          f"(goal <= {GOAL:.0f}x: {'met' if ratio <= GOAL else 'NOT met'})")
    print(f"files in {work}")


if __name__ == "__main__":
    main()
