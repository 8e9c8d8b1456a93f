"""The briefing's top risks (with status, next action and movement) and its calendar (regulatory
events first, then reviews by owner); one overdue marker for both."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop_app.reports.document import Briefing
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.sections import heading, section
from desktop_app.reports.pdf.text import Kit, fmt_date
from desktop_app.system.report_language import N_, _

W = styles.FRAME_WIDTH
OVERDUE = N_("overdue")  # the one marker every section prints, in the warning colour
_MOVES = {"new": N_("new"), "up": N_("up \u2191"), "down": N_("down \u2193")}


def top_risks(kit: Kit, doc: Briefing) -> list[Flowable]:
    out: list[Flowable] = section(kit, _("Top risks"), "top-risks")
    if not doc.top_risks:
        return [*out, kit.para(_("There are no live assessments."), styles.BODY)]
    widths = [11 * mm, 17 * mm, 17 * mm, 46 * mm, 30 * mm, 39 * mm, 18 * mm]
    rows, extra = [], [("ALIGN", (0, 0), (0, -1), "RIGHT")]
    for i, r in enumerate(doc.top_risks, start=1):
        measure = kit.stack(r.measure_reference, r.measure_title, _("status on {day}: {status}", day=fmt_date(
            doc.cover.as_of), status=r.measure_status or _("unknown")), width=widths[3])
        action = (kit.stack(r.next_action, r.action_owner + (_(", due {day}", day=fmt_date(r.action_due))
                                                              if r.action_due else ""), width=widths[5])
                  if r.next_action else kit.cell(_("no open action; {treatment}", treatment=r.treatment), widths[5]))
        rows.append([
            f"{i}" + (f"\n{_(_MOVES[r.movement])}" if r.movement in _MOVES else ""),
            kit.level_cell(r.residual, widths[1]),
            kit.level_cell(r.inherent, widths[2]),
            measure,
            kit.stack(r.venture, r.owner, width=widths[4]),
            action,
            fmt_date(r.next_review) + (f"\n{_(OVERDUE)}" if r.overdue else ""),
        ])
        extra += kit.level_commands(1, i, r.residual) + kit.level_commands(2, i, r.inherent)
        if r.overdue:
            extra.append(("TEXTCOLOR", (6, i), (6, i), styles.WARN))
    out.append(kit.para(_("Ordered by residual level, then residual score, then inherent level; new, up and down "
                          "mark the movement since the last briefing."), styles.SMALL))
    out.append(kit.table(["#", _("Residual"), _("Inherent"), _("Measure and its status"), _("Joint venture and owner"),
                          _("Next action, owner, due"), _("Review")], rows, widths, extra))
    return out


def calendar(kit: Kit, doc: Briefing) -> list[Flowable]:
    out: list[Flowable] = [
        *section(kit, _("Calendar"), "deadlines"),
        kit.para(_("Regulatory events from the as-of date through {days} days (suspension "
                   "ends, effective dates, consultation ends, clause expiries) and suspensions that ended and wait "
                   "for confirmation; then the reviews due in that period and every overdue one, by owner.",
                   days=doc.deadline_horizon_days), styles.SMALL),
        heading(kit, _("Regulatory events"), "events", 1),
    ]
    if not doc.deadlines:
        out.append(kit.para(_("No regulatory event falls in the period."), styles.BODY))
    else:
        widths = [20 * mm, 32 * mm, W - 52 * mm]
        rows = [[fmt_date(e.on), e.kind, kit.cell(e.subject, widths[2])] for e in doc.deadlines]
        out.append(kit.table([_("Date"), _("Event"), _("What")], rows, widths))
        if doc.deadlines_total > len(doc.deadlines):
            out.append(kit.para(_("and {n:,} more in the workbook (Events sheet).",
                                  n=doc.deadlines_total - len(doc.deadlines)), styles.SMALL))
    out.append(heading(kit, _("Reviews by owner"), "reviews", 1))
    if not doc.review_groups:
        return [*out, kit.para(_("No review is due or overdue."), styles.BODY)]
    widths = [70 * mm, 36 * mm, 36 * mm, W - 142 * mm]
    rows, extra = [], [("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    for i, g in enumerate(doc.review_groups, start=1):
        late = _("{n:,} overdue, oldest by {days:,} days", n=g.overdue, days=g.oldest_days) if g.overdue else ""
        rows.append([kit.cell(g.owner, widths[0]), late, f"{g.due:,}", fmt_date(g.next_due) if g.next_due else ""])
        if g.overdue:
            extra.append(("TEXTCOLOR", (1, i), (1, i), styles.WARN))
    out.append(kit.table([_("Owner"), _("Overdue"), _("Due in the period"), _("Next due")], rows, widths, extra))
    if doc.review_groups_total > len(doc.review_groups):
        out.append(kit.para(_("and {n:,} more owners in the workbook (Assessments sheet).",
                              n=doc.review_groups_total - len(doc.review_groups)), styles.SMALL))
    return out
