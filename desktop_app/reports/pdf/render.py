"""Render a Briefing to PDF with ReportLab: embedded fonts, bookmarks, "Page X of Y"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from desktop_app.reports.document import Briefing
from desktop_app.reports.pdf import board as pdf_board
from desktop_app.reports.pdf import board_tables as pdf_tables
from desktop_app.reports.pdf import detail as pdf_detail
from desktop_app.reports.pdf import fast_reportlab
from desktop_app.reports.pdf import glossary as pdf_glossary
from desktop_app.reports.pdf import screening as pdf_screening
from desktop_app.reports.pdf import sections as pdf_sections
from desktop_app.reports.pdf.fonts import TextShaper, load_fonts
from desktop_app.reports.pdf.page import BriefingDoc, Furniture
from desktop_app.reports.pdf.text import Kit, fmt_date, fmt_time
from desktop_app.system.report_language import _

Tick = Callable[[float, str], None]  # may raise to cancel; fraction 0..1 of the rendering


def _story(kit: Kit, doc: Briefing, tick: Tick) -> Iterator[Flowable]:
    tick(0.0, "Summary and charts")
    yield from pdf_sections.cover(kit, doc)
    yield from pdf_board.key_messages(kit, doc)
    yield from pdf_sections.summary(kit, doc)
    yield from pdf_board.since_last(kit, doc)
    yield from pdf_sections.charts(kit, doc)
    yield from pdf_tables.top_risks(kit, doc)
    yield from pdf_tables.calendar(kit, doc)
    yield from pdf_screening.exposures(kit, doc.exposures, full=doc.full)
    yield from pdf_glossary.glossary(kit, doc)
    if not doc.full and not doc.dossier:
        yield from pdf_sections.notes(kit)
        return
    yield PageBreak()
    yield pdf_sections.heading(kit, _("Joint ventures"), "ventures")
    if not doc.venture_count:
        yield kit.para(_("No joint venture is in scope."))
    total = max(1, doc.venture_count + doc.measure_count)
    done = 0
    for i, venture in enumerate(doc.ventures, start=1):
        tick(0.05 + 0.9 * done / total, f"Joint venture {i:,} of {doc.venture_count:,}")
        yield from pdf_detail.venture(kit, venture, f"jv-{i}")
        done += 1
    yield PageBreak()
    yield pdf_sections.heading(kit, _("Measures appendix"), "measures")
    if not doc.measure_count:
        yield kit.para(_("No measure is in scope."))
    for i, measure in enumerate(doc.measures, start=1):
        tick(0.05 + 0.9 * done / total, f"Measure {i:,} of {doc.measure_count:,}")
        yield from pdf_detail.measure(kit, measure, f"m-{i}")
        done += 1
    tick(0.95, "Changes")
    yield PageBreak()
    yield from pdf_detail.changes(kit, doc.changes)
    for i, section in enumerate(doc.extra_sections, start=1):
        yield PageBreak()
        yield from pdf_detail.extra(kit, section, f"extra-{i}")
    yield from pdf_sections.notes(kit)  # last, so it knows every character that was drawn


def render_briefing(doc: Briefing, target: Path, *, font_dir: Path, tick: Tick | None = None) -> int:
    """Write `doc` as a PDF at `target` (the caller makes it atomic); returns the page count.

    `font_dir` holds the bundled TrueType fonts; `tick(fraction, text)` is called as sections
    are laid out and may raise (e.g. Cancelled) to stop.
    """
    shaper = TextShaper(load_fonts(font_dir))
    levels = {lv.key: lv for lv in doc.levels}
    kit = Kit(shaper, levels)
    cover = doc.cover
    furniture = Furniture(
        shaper,
        header_left=_("{title} \u00b7 as of {day}", title=cover.title, day=fmt_date(cover.as_of)),
        header_right=cover.confidentiality,
        footer_left=_("Generated {moment} \u00b7 audit-chain head {head}", moment=fmt_time(cover.generated_at),
                      head=cover.head_hash[:16] or _("none")),
    )
    pdf = BriefingDoc(
        str(target),
        furniture,
        _story(kit, doc, tick or (lambda f, t: None)),
        title=_("{title} as of {day}", title=cover.title, day=fmt_date(cover.as_of)),
        author=cover.prepared_by,
        subject=_("Export-control risk briefing; audit-chain head {head}", head=cover.head_hash),
        creator="Export Risk Register",
        keywords=_("export control; risk; joint ventures"),
        pageCompression=1,
    )
    pdf.build_lazily(fast_reportlab.canvas_class())
    return pdf.page
