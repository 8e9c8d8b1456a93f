"""PDF briefing at scale: time and pages per second, beside a bare ReportLab table of the same cells.

    python -m benchmarks.bench_pdf [--ventures 2000] [--assessments 100000] [--db FILE] [--keep DIR]

Builds a synthetic register (unless --db names an existing one), writes the briefing through the
same service as `export-risk report pdf`, then lays out the assessment cells of the briefing's
joint-venture sections as plain LongTables of 1,000 rows (no font fallback, no escaping, no
colours, one embedded font): the ratio shows what the briefing's extra work costs.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle
from sqlmodel import col, select

from benchmarks.synthetic import build
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.paths import resource as app_resource
from desktop_app.reports.fonts import SANS, load_fonts
from desktop_app.services.briefing import write_briefing
from desktop_app.services.context import open_register
from desktop_app.services.report_options import ReportOptions

CHUNK = 1_000
WIDTHS = [40 * mm, 15 * mm, 15 * mm, 45 * mm, 28 * mm, 17 * mm, 18 * mm]


class Meter:
    """Progress that remembers the last text, to show where time went if interrupted."""

    def __init__(self) -> None:
        self.last = ""

    def report(self, fraction: float, text: str = "") -> None:
        self.last = text

    def cancelled(self) -> bool:
        return False


def bare_table(url: str, out: Path) -> tuple[float, int, int]:
    """The briefing's assessment cells as plain LongTables; returns seconds, pages, rows."""
    ctx = open_register(url, actor="bench")
    load_fonts(app_resource("fonts"))  # same embedded font, loaded before timing
    with ctx.db.session() as s:
        rows = [
            [venture[:40], res, inh, f"{ref} {title}"[:60], channels[:30], owner[:20], str(review)]
            for venture, res, inh, ref, title, channels, owner, review in s.exec(
                select(JointVenture.name, Assessment.residual_level, Assessment.inherent_level,
                       Measure.reference, Measure.title, Assessment.channels, Assessment.owner,
                       Assessment.next_review_on)
                .join(JointVenture, col(JointVenture.id) == Assessment.venture_id)
                .join(Measure, col(Measure.id) == Assessment.measure_id)
                .where(col(Assessment.archived_at).is_(None))
                .order_by(col(JointVenture.name_key), col(Assessment.residual_rank).desc()))
        ]
    ctx.db.dispose()
    start = time.perf_counter()
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                        ("GRID", (0, 0), (-1, -1), 0.25, "#9AA5B1")])
    head = ["Venture", "Residual", "Inherent", "Measure", "Channels", "Owner", "Review"]
    # One LongTable per CHUNK rows: ReportLab re-splits the remainder of a table on every page,
    # so a single 100,000-row table is quadratic (it ran over 10 CPU minutes without finishing).
    tables = []
    for i in range(0, len(rows), CHUNK):
        table = LongTable([head, *rows[i : i + CHUNK]], colWidths=WIDTHS, repeatRows=1)
        table.setStyle(style)
        tables.append(table)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm)
    doc.build(tables)
    return time.perf_counter() - start, len(pypdf.PdfReader(out).pages), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ventures", type=int, default=2_000)
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="use this register instead of building one")
    parser.add_argument("--keep", type=Path, help="folder to keep the PDFs in")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_pdf_"))
    work.mkdir(parents=True, exist_ok=True)
    if args.db:
        url = f"sqlite:///{args.db.resolve()}"
    else:
        start = time.perf_counter()
        url = build(work / "register.sqlite3", ventures=args.ventures, assessments=args.assessments)
        print(f"register: {args.ventures:,} ventures, {args.assessments:,} assessments "
              f"built in {time.perf_counter() - start:.1f} s")
    ctx = open_register(url, actor="bench")
    load_fonts(app_resource("fonts"))
    target = work / "briefing.pdf"
    meter = Meter()
    start = time.perf_counter()
    cpu = time.process_time()
    write_briefing(ctx, target, ReportOptions(), meter)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    ctx.db.dispose()
    pages = len(pypdf.PdfReader(target).pages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"briefing:   {seconds:7.1f} s wall, {cpu:7.1f} s CPU, {pages:6,} pages, "
          f"{pages / seconds:6.1f} pages/s, {target.stat().st_size / 1e6:.1f} MB, peak RSS {peak:.0f} MB")
    bare_s, bare_pages, rows = bare_table(url, work / "bare.pdf")
    print(f"bare table: {bare_s:7.1f} s wall, {'':13} {bare_pages:6,} pages, {bare_pages / bare_s:6.1f} pages/s "
          f"({rows:,} rows x 7 plain cells)")
    print(f"ratio:      briefing takes {seconds / bare_s:.1f}x the bare table's time; "
          f"{(pages / seconds) / (bare_pages / bare_s):.2f}x its pages/s")
    print(f"files in {work}")


if __name__ == "__main__":
    main()
