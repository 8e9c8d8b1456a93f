"""The board pack's own sections: page 1 (key messages, decisions required) and the changes since
the last briefing in words."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop_app.reports.document import Briefing
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.sections import heading, section
from desktop_app.reports.pdf.text import Kit, fmt_date
from desktop_app.system.report_language import _

W = styles.FRAME_WIDTH


def key_messages(kit: Kit, doc: Briefing) -> list[Flowable]:
    """Numbered key messages, then the decisions required with their owners; ends the page."""


    if not doc.key_messages and not doc.decisions:
        return []
    out: list[Flowable] = [heading(kit, _("Key messages"), "key-messages")]
    for i, m in enumerate(doc.key_messages, start=1):
        out.append(kit.para(f"{i}. {m.text}", styles.BODY))
    out += [Spacer(1, 4), heading(kit, _("Decisions required"), "decisions", 1)]
    if not doc.decisions:
        out.append(kit.para(_("No decision is waiting: no treatment awaits approval, no acceptance expires within "
                              "90 days and every exposure has been triaged."), styles.BODY))
    else:
        widths = [W - 64 * mm, 40 * mm, 24 * mm]
        rows = [[kit.cell(x.text, widths[0]), kit.cell(x.owner, widths[1]), fmt_date(x.due_on) if x.due_on else ""]
                for x in doc.decisions]
        out.append(kit.table([_("Decision"), _("Owner"), _("Due")], rows, widths, [], repeat=False))
        if doc.decisions_total > len(doc.decisions):
            out.append(kit.para(_("and {n:,} more in the workbook (Summary and Assessments sheets).",
                                  n=doc.decisions_total - len(doc.decisions)), styles.SMALL))
    out.append(PageBreak())
    return out


def since_last(kit: Kit, doc: Briefing) -> list[Flowable]:
    """The changes since the last briefing, grouped and in words, before -> after."""


    if not doc.change_groups:
        return []
    since = doc.changes.since if doc.changes else doc.cover.since
    out: list[Flowable] = section(kit, _("Since the last briefing"), "since")
    out.append(kit.para(_("Changes recorded in the register from {since} through {until}.",
                          since=fmt_date(since), until=fmt_date(doc.cover.as_of)), styles.SMALL))
    for group in doc.change_groups:
        out.append(kit.para(f"{group.title} ({group.total:,})", styles.HEAD))
        if not group.total:
            out.append(kit.para(_("None."), styles.CELL))
        for line in group.lines:
            out.append(kit.para(f"\u2022 {line}", styles.CELL))
        if group.total > len(group.lines):
            out.append(kit.para(_("and {n:,} more in the workbook (Changes sheet).", n=group.total - len(group.lines)),
                                styles.SMALL))
        out.append(Spacer(1, 3))
    return out
