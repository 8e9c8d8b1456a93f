"""Screening in the briefing: the unassessed exposures section and a measure's lineage lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.reports.document import Exposures, MeasureEntry
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.sections import section
from desktop_app.reports.pdf.text import Kit, sentence
from desktop_app.system.report_language import N_, _, n_

W = styles.FRAME_WIDTH
_WIDTHS = (34 * mm, 28 * mm, 28 * mm, 19 * mm, W - 142 * mm, 33 * mm)
_HEADER = (N_("Measure"), N_("Joint venture"), N_("Key item"), N_("Direction"), N_("Why it matched"),
           N_("How the measure reaches it"))


def by_pair(kit: Kit, ex: Exposures) -> list[Flowable]:
    """The board pack's summary: matches counted per measure x joint venture pair."""
    widths = (52 * mm, 46 * mm, 16 * mm, W - 114 * mm)
    rows = [[kit.cell(p.measure_reference, widths[0]), kit.cell(p.venture, widths[1]), f"{p.matches:,}",
             kit.cell(p.items, widths[3])] for p in ex.by_pair]
    out: list[Flowable] = [kit.table((_("Measure"), _("Joint venture"), _("Matches"), _("Key items")), rows, widths,
                                     [("ALIGN", (2, 0), (2, -1), "RIGHT")])]
    if ex.pairs > len(ex.by_pair):
        out.append(kit.para(_("and {n:,} more pairs in the workbook (Exposures sheet); `--full` lists every match.",
                              n=ex.pairs - len(ex.by_pair)), styles.SMALL))
    return out


def exposures(kit: Kit, ex: Exposures | None, *, full: bool = True) -> list[Flowable]:
    """Every match without an assessment or a dismissal (the first few when there are many); the
    board pack (`full` False) summarises them by measure x joint venture pair instead."""
    if ex is None:
        return []
    out: list[Flowable] = [
        *section(kit, _("Unassessed exposures"), "exposures"),
        kit.para(
            _("A measure reaches a joint venture's key input, output or technology when its controlled "
              "items cover the item (by code or by name) and its direction reaches it (an export "
              "control reaches what leaves its jurisdiction, a tariff what enters it). Screening reads "
              "the register as currently recorded; a match stays here until it is assessed or "
              "dismissed with a reason."),
            styles.SMALL,
        ),
    ]
    if not ex.total:
        return [*out, kit.para(_("Screening finds no unassessed exposure."), styles.BODY)]
    out.append(
        kit.rich(sentence(_("<b>{exposures}</b> in <b>{pairs}</b>."),
                          exposures=n_("{n:,} unassessed exposure", "{n:,} unassessed exposures", ex.total, n=ex.total),
                          pairs=n_("{n:,} measure x joint venture pair", "{n:,} measure x joint venture pairs",
                                   ex.pairs, n=ex.pairs)))
    )
    if not full:
        return [*out, *by_pair(kit, ex)]
    if ex.total > len(ex.rows):
        out.append(
            kit.para(
                _("The first {shown:,} of {total:,} are listed, by measure and joint venture; "
                  "the Exposures view and `export-risk screen` list them all.", shown=len(ex.rows), total=ex.total),
                styles.NOTE,
            )
        )
    rows = [
        [
            kit.cell(r.measure_reference, _WIDTHS[0]),
            kit.cell(r.venture, _WIDTHS[1]),
            kit.cell(r.item, _WIDTHS[2]),
            kit.cell(r.direction, _WIDTHS[3]),
            kit.cell("\n".join(r.matched_on), _WIDTHS[4], multiline=True),
            kit.cell(r.reaches, _WIDTHS[5]),
        ]
        for r in ex.rows
    ]
    out.append(kit.table([_(h) for h in _HEADER], rows, _WIDTHS))
    return out


def lineage(kit: Kit, m: MeasureEntry) -> list[Flowable]:
    """One line per link of the measure, read from its side: "Lineage: finalised by X"."""
    if not m.lineage:
        return []
    return [Spacer(1, 3), *(kit.rich([(_("Lineage: "), True), (line, False)]) for line in m.lineage)]
