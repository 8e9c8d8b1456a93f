"""PDF briefing at scale: time and pages per second, beside a bare ReportLab table of the same cells.

    python -m benchmarks.bench_pdf [--measures 10000] [--ventures 2000] [--assessments 100000] [--db FILE] [--keep DIR]

Builds the synthetic register with the shared generator (unless --db names an existing one),
writes the briefing through the same service as `export-risk report pdf`, then lays out the same
cells as bare LongTables.

The reference takes its cells from the briefing's own document model (the `Briefing` the service
assembles and the renderer consumes, read once before timing): every table of every section
(summary counts, heat-map counts, venture bars, top risks, deadlines, exposures, each joint
venture's facts, partners, key items, assessments and actions, each measure's facts, lineage,
status history, controlled items and summary, the changes) with the strings the briefing prints
(level labels, ISO dates, "reference - title (status)"), one LongTable per briefing table with the
same column widths, and each heading as a one-cell table. Cells are plain strings in one embedded
font: no wrapping, escaping, font fallback, colours or bookmarks. Earlier versions laid out only
the assessment cells of the venture sections (100,000 x 7 at full size) and left out the measures
appendix and every other table, so the two PDFs did not hold the same text.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pypdf
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from benchmarks.generate import Size, build_register
from desktop_app.reports import document as d
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.detail import (
    ACTION_HEADER,
    ACTION_WIDTHS,
    ASSESSMENT_HEADER,
    ASSESSMENT_WIDTHS,
    FactRows,
    measure_facts,
    venture_facts,
)
from desktop_app.reports.pdf.fonts import SANS, load_fonts
from desktop_app.reports.pdf.text import DASH, fmt_date, fmt_time
from desktop_app.services.context import open_register
from desktop_app.services.reports.briefing import assemble, write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.system.heap import long_lived_heap_frozen
from desktop_app.system.paths import resource as app_resource

CHUNK = 1_000
W = styles.FRAME_WIDTH
Table = tuple[list[float], list[list[str]]]  # column widths, rows (the first is the header, if any)


class Meter:
    """Progress that remembers the last text, to show where time went if interrupted."""

    def __init__(self) -> None:
        self.last = ""

    def report(self, fraction: float, text: str = "") -> None:
        self.last = text

    def cancelled(self) -> bool:
        return False


def _text(line: str) -> Table:
    return [W], [[line]]


def _facts(pairs: FactRows, wide: FactRows) -> Table:
    rows = []
    for i in range(0, len(pairs), 2):
        row = [x for label, value in pairs[i : i + 2] for x in (label, value or DASH)]
        rows.append(row + [""] * (4 - len(row)))
    rows += [[label, value or DASH, "", ""] for label, value in wide]
    return [24 * mm, W / 2 - 24 * mm, 24 * mm, W / 2 - 24 * mm], rows


def venture_tables(v: d.VentureSection, level: dict[str, str]) -> Iterator[Table]:
    yield _text(v.name)
    yield _facts(*venture_facts(v))
    if v.partners:
        yield (
            [W - 55 * mm, 30 * mm, 25 * mm],
            [["Partner", "Country", "Share"], *([p.name, p.country, p.share] for p in v.partners)],
        )
    if v.items:
        yield (
            [70 * mm, 25 * mm, W - 95 * mm],
            [
                ["Key input or output", "Direction", "Codes"],
                *([i.name, i.direction, "; ".join(i.codes)] for i in v.items),
            ],
        )
    if not v.assessments:
        yield _text("No live assessment: no measure has been assessed against this venture.")
        return
    yield (
        list(ASSESSMENT_WIDTHS),
        [
            list(ASSESSMENT_HEADER),
            *(
                [
                    level.get(a.residual, a.residual),
                    level.get(a.inherent, a.inherent),
                    f"{a.measure_reference} \u2014 {a.measure_title} ({a.measure_status})",
                    a.channels,
                    a.treatment,
                    a.status,
                    a.owner,
                    fmt_date(a.next_review),
                ]
                for a in v.assessments
            ),
        ],
    )
    actions = [
        [a.measure_reference, m.text, m.owner, fmt_date(m.due_on), m.status] for a in v.assessments for m in a.actions
    ]
    if actions:
        yield (
            list(ACTION_WIDTHS),
            [list(ACTION_HEADER), *actions],
        )


def measure_tables(m: d.MeasureEntry) -> Iterator[Table]:
    yield _text(f"{m.reference} \u2014 {m.title}")
    yield _facts(*measure_facts(m))
    for line in m.lineage:
        yield _text(f"Lineage: {line}")
    if m.history:
        yield (
            [25 * mm, 35 * mm, W - 60 * mm],
            [["From", "Status", "Note"], *([fmt_date(h.valid_from), h.status, h.note] for h in m.history)],
        )
    if m.items:
        yield [80 * mm, W - 80 * mm], [["Controlled item", "Codes"], *([i.name, "; ".join(i.codes)] for i in m.items)]
    if m.summary:
        yield [W], [["Summary"], [m.summary]]


def front_tables(doc: d.Briefing, level: dict[str, str]) -> Iterator[Table]:
    c, s = doc.cover, doc.summary
    yield (
        [38 * mm, W - 38 * mm],
        [
            ["As of", fmt_date(c.as_of)],
            ["Prepared by", c.prepared_by],
            ["Generated at", fmt_time(c.generated_at)],
            ["Audit-chain head", c.head_hash],
        ],
    )
    yield (
        [60 * mm, 20 * mm],
        [["Measures by status", "Count"], *([f.label, f"{f.value:,}"] for f in s.measures_by_status)],
    )
    yield (
        [60 * mm, 20 * mm],
        [["Assessments by residual level", "Count"], *([f.label, f"{f.value:,}"] for f in s.assessments_by_level)],
    )
    for h in doc.heat_maps:
        yield [14 * mm] * 5, [[str(n) for n in row] for row in h.counts]
    yield [28 * mm] * len(doc.levels), [[lv.label for lv in doc.levels]]
    yield (
        [60 * mm, W - 74 * mm, 14 * mm],
        [
            ["Joint venture", "Residual assessments by level (worst first)", "Total"],
            *([b.name, "", str(sum(b.counts))] for b in doc.venture_bars),
        ],
    )
    yield (
        [8 * mm, 17 * mm, 17 * mm, 44 * mm, 32 * mm, 22 * mm, 20 * mm, 18 * mm],
        [
            ["#", "Residual", "Inherent", "Measure", "Joint venture", "Channels", "Owner", "Next review"],
            *(
                [
                    str(i),
                    level.get(r.residual, r.residual),
                    level.get(r.inherent, r.inherent),
                    f"{r.measure_reference}\n{r.measure_title}",
                    r.venture,
                    r.channels,
                    r.owner,
                    fmt_date(r.next_review),
                ]
                for i, r in enumerate(doc.top_risks, start=1)
            ),
        ],
    )
    yield (
        [20 * mm, 26 * mm, 82 * mm, 50 * mm],
        [
            ["Date", "Event", "Subject", "Joint venture"],
            *([fmt_date(r.on), r.kind, r.subject, r.venture] for r in doc.deadlines),
        ],
    )
    if doc.exposures is not None and doc.exposures.rows:
        yield (
            [34 * mm, 28 * mm, 28 * mm, 19 * mm, W - 142 * mm, 33 * mm],
            [
                ["Measure", "Joint venture", "Key item", "Direction", "Why it matched", "How the measure reaches it"],
                *(
                    [r.measure_reference, r.venture, r.item, r.direction, "\n".join(r.matched_on), r.reaches]
                    for r in doc.exposures.rows
                ),
            ],
        )


def briefing_cells(url: str) -> list[Table]:
    """Every table of the briefing as plain strings, read through the briefing's own document."""
    ctx = open_register(url, actor="bench")
    with ctx.db.session() as s:
        doc = assemble(s, ctx, ReportOptions(), ctx.today())
        level = {lv.key: lv.label for lv in doc.levels}
        tables = list(front_tables(doc, level))
        for v in doc.ventures:
            tables += venture_tables(v, level)
        for m in doc.measures:
            tables += measure_tables(m)
    ctx.db.dispose()
    return tables


def bare_table(url: str, out: Path) -> tuple[float, float, int, int]:
    """The briefing's cells as plain LongTables; returns wall and CPU seconds, pages, cells."""
    load_fonts(app_resource("fonts"))  # same embedded font, loaded before timing
    tables = briefing_cells(url)
    cells = sum(len(row) for _, rows in tables for row in rows)
    start, cpu = time.perf_counter(), time.process_time()
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("GRID", (0, 0), (-1, -1), 0.25, "#9AA5B1"),
        ]
    )
    # Tables over CHUNK rows go in pieces: ReportLab re-splits the remainder of a table on every
    # page, so a single 100,000-row table is quadratic.
    flowables = []
    for widths, rows in tables:
        for i in range(0, len(rows), CHUNK):
            table = LongTable(rows[i : i + CHUNK], colWidths=widths, repeatRows=0)
            table.setStyle(style)
            flowables.append(table)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=styles.PAGE,
        leftMargin=styles.MARGIN_X,
        rightMargin=styles.MARGIN_X,
        topMargin=styles.MARGIN_TOP,
        bottomMargin=styles.MARGIN_BOTTOM,
    )
    doc.build(flowables)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return seconds, cpu, len(pypdf.PdfReader(out).pages), cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--measures", type=int, default=Size.measures)
    parser.add_argument("--ventures", type=int, default=2_000)
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="use this register instead of building one")
    parser.add_argument("--keep", type=Path, help="folder to keep the PDFs in")
    parser.add_argument("--wall", action="store_true", help="ratio of wall times (default: CPU times)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_pdf_"))
    work.mkdir(parents=True, exist_ok=True)
    if args.db:
        url = f"sqlite:///{args.db.resolve()}"
    else:
        start = time.perf_counter()
        url = build_register(work / "register.sqlite3", Size(measures=args.measures, ventures=args.ventures,
                                                             assessments=args.assessments))
        print(
            f"register: {args.measures:,} measures, {args.ventures:,} ventures, {args.assessments:,} assessments "
            f"built in {time.perf_counter() - start:.1f} s"
        )
    ctx = open_register(url, actor="bench")
    load_fonts(app_resource("fonts"))
    target = work / "briefing.pdf"
    meter = Meter()
    start = time.perf_counter()
    cpu = time.process_time()
    with long_lived_heap_frozen():  # as the command line and the window's worker run it
        write_briefing(ctx, target, ReportOptions(), meter)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    ctx.db.dispose()
    pages = len(pypdf.PdfReader(target).pages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"briefing:   {seconds:7.1f} s wall, {cpu:7.1f} s CPU, {pages:6,} pages, "
        f"{pages / seconds:6.1f} pages/s, {target.stat().st_size / 1e6:.1f} MB, peak RSS {peak:.0f} MB"
    )
    bare_s, bare_cpu, bare_pages, cells = bare_table(url, work / "bare.pdf")
    print(
        f"bare table: {bare_s:7.1f} s wall, {bare_cpu:7.1f} s CPU, {bare_pages:6,} pages, "
        f"{bare_pages / bare_s:6.1f} pages/s ({cells:,} plain cells, the briefing's tables)"
    )
    ours, theirs, kind = (seconds, bare_s, "wall") if args.wall else (cpu, bare_cpu, "CPU")
    print(f"ratio:      briefing takes {ours / theirs:.2f}x the bare tables' {kind} time")
    print(f"files in {work}")


if __name__ == "__main__":
    main()
