"""Ownership in the briefing: ventures a rule captures (or may) with their chains, and the appendix."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from desktop_app.reports.ownership_document import OwnershipLine, OwnershipSection
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.sections import heading, section
from desktop_app.reports.pdf.text import Kit, fmt_date, sentence
from desktop_app.system.report_language import N_, _, label, n_

W = styles.FRAME_WIDTH
_INTRO = N_(
    "A rule with an ownership threshold captures a company owned at or above the threshold by listed "
    "parties, directly or through others: shares are summed across listed owners and multiplied along "
    "the tiers, and an owner at or above the threshold counts in full. A venture is captured when the "
    "venture itself or one of its partners is; unknown when a share or a listing verdict that could "
    "decide it is not recorded (never read as not captured). `export-risk ownership VENTURE --on DATE` "
    "prints the whole tree."
)
_TALLY = (52 * mm, 30 * mm, 22 * mm, 22 * mm, 22 * mm, W - 148 * mm)
_LINE = (34 * mm, 30 * mm, 28 * mm, 18 * mm, W - 110 * mm)
_APPENDIX = (34 * mm, 28 * mm, 20 * mm, 28 * mm, 16 * mm, W - 126 * mm)


def _party(line: OwnershipLine) -> str:
    return line.party or _("the venture as a whole")


def _rows(kit: Kit, lines: tuple[OwnershipLine, ...]) -> list[list]:
    w = _LINE
    return [[kit.stack(x.venture, _("({result})", result=label(x.result)), width=w[0]),
             kit.stack(x.rule, label(x.status), width=w[1]),
             kit.cell(_party(x), w[2]), kit.cell(label(x.held), w[3]),
             kit.cell("\n".join((*x.chains, x.arithmetic)), w[4], multiline=True)] for x in lines]


def ownership_section(kit: Kit, own: OwnershipSection | None) -> list[Flowable]:
    """The bounded section: per rule, ventures captured and unknown on the as-of date, then the
    first of them with how listed parties reach them and the arithmetic."""
    if own is None:
        return []
    out: list[Flowable] = [*section(kit, _("Ownership"), "ownership"), kit.para(_(_INTRO), styles.SMALL)]
    rows = [[kit.cell(t.rule, _TALLY[0]), kit.cell(label(t.status), _TALLY[1]), t.threshold, f"{t.captured:,}",
             f"{t.unknown:,}", f"{t.ventures:,}"] for t in own.tallies]
    out.append(kit.table((_("Rule"), _("Status on {day}", day=fmt_date(own.as_of)), _("Threshold"), _("Captured"),
                          _("Unknown"), _("Ventures")), rows, _TALLY, [("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
    if not own.shown_of:
        out.append(kit.para(_("No joint venture is captured through ownership, and none may be, on {day}.",
                              day=fmt_date(own.as_of)), styles.BODY))
        return out
    out.append(kit.rich(sentence(n_("<b>{n:,} venture x rule result</b> captured or unknown, how listed parties "
                                    "reach them and the arithmetic:",
                                    "<b>{n:,} venture x rule results</b> captured or unknown, how listed parties "
                                    "reach them and the arithmetic:", own.shown_of), n=own.shown_of)))
    out.append(kit.table((_("Joint venture"), _("Rule"), _("Through"), _("Held by listed"), _("Chain and arithmetic")),
                         _rows(kit, own.lines), _LINE))
    if own.shown_of > len(own.lines):
        out.append(kit.para(_("and {n:,} more in the workbook (Ownership sheet); `--full` lists every venture's "
                              "result.", n=own.shown_of - len(own.lines)), styles.SMALL))
    return out


def appendix(kit: Kit, own: OwnershipSection | None) -> list[Flowable]:
    """The full briefing's appendix: every venture's result under every rule on the as-of date."""
    if own is None or not own.appendix:
        return []
    w = _APPENDIX
    rows = [[kit.cell(x.venture, w[0]), kit.stack(x.rule, label(x.status), width=w[1]), kit.cell(label(x.result), w[2]),
             kit.cell(_party(x) if x.result != "not captured" else "", w[3]), kit.cell(label(x.held), w[4]),
             kit.cell(x.arithmetic, w[5])] for x in own.appendix]
    return [PageBreak(), heading(kit, _("Ownership appendix"), "ownership-appendix"),
            kit.para(_("Every joint venture's result under every rule with an ownership threshold on {day}.",
                       day=fmt_date(own.as_of)), styles.SMALL),
            kit.table((_("Joint venture"), _("Rule"), _("Result"), _("Through"), _("Held by listed"), _("Arithmetic")),
                      rows, w)]
