"""Front sections of the briefing: cover, executive summary, charts, rendering notes."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from desktop_app.reports.document import Briefing, Figure
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.blocks import HeadingBlock, TextBlock
from desktop_app.reports.pdf.charts import heat_map, legend, venture_bars
from desktop_app.reports.pdf.page import Heading
from desktop_app.reports.pdf.text import Kit, Parts, fmt_date, fmt_time, listed, sentence
from desktop_app.system.report_language import _, n_

W = styles.FRAME_WIDTH


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def section(kit: Kit, title: str, key: str) -> list[Flowable]:
    """A top-level heading that starts a new page when little room is left."""
    return [CondPageBreak(60 * mm), heading(kit, title, key)]


def heading(kit: Kit, title: str, key: str, level: int = 0) -> Flowable:
    """A heading and bookmark: wrapped here like a text block, a paragraph for right-to-left text."""
    style = styles.H1 if level == 0 else styles.H2
    block = kit.block(title, style)
    if isinstance(block, TextBlock):
        return HeadingBlock(block.lines, style, (key, title, level))
    return Heading(kit.shaper.markup(title, primary=style.fontName), style, bookmark=(key, title, level))


def cover(kit: Kit, doc: Briefing) -> list[Flowable]:
    c = doc.cover
    scope = _("All joint ventures") if not c.scope else "; ".join(c.scope)
    rows = [
        (_("As of"), fmt_date(c.as_of)),
        (_("Prepared by"), c.prepared_by),
        (_("Generated at"), fmt_time(c.generated_at)),
        (_("Scope"), scope),
        (_("Changes since"), fmt_date(c.since) if c.since else _("not requested")),
        (_("Audit-chain head"), c.head_hash or _("(empty register)")),
    ]
    table = Table(
        [[kit.para(k, styles.COVER_LABEL), kit.para(v, styles.COVER_VALUE)] for k, v in rows],
        colWidths=[38 * mm, W - 38 * mm],
        hAlign="LEFT",
    )
    table.setStyle(styles.key_value_style())
    mark = Table([[kit.para(c.confidentiality, styles.CONFIDENTIAL)]], colWidths=[W], hAlign="LEFT")
    mark.setStyle(
        styles.plain(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, styles.WARN),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [
        Spacer(1, (4 if doc.key_messages else 30) * mm),
        Heading(
            kit.shaper.markup(c.title, primary=styles.TITLE.fontName), styles.TITLE, bookmark=("cover", c.title, 0)
        ),
        kit.para(_("Export-control measures and their risk to our joint ventures"), styles.SUBTITLE),
        table,
        Spacer(1, 10 * mm),
        mark,
        Spacer(1, 6 * mm),
        kit.para(
            _("The audit-chain head identifies the exact state of the register this briefing was "
              "drawn from: `export-risk check` prints the same value for an unchanged database."),
            styles.SMALL,
        ),
        # The board pack's key messages share page 1 with the cover (they end the page themselves).
        Spacer(1, 4 * mm) if doc.key_messages else PageBreak(),
    ]


def _figures(kit: Kit, figures: tuple[Figure, ...]) -> Parts:
    shown = [f for f in figures if f.value]
    return listed([sentence(_("{label} <b>{count:,}</b>"), label=f.label, count=f.value) for f in shown]) or [
        (_("none"), False)]


def _statuses(figures: tuple[Figure, ...]) -> Parts:
    shown = [f for f in figures if f.value]
    if not shown:
        return []
    items = [sentence(_("<b>{count:,} {status}</b>"), count=f.value,
                      status=_("under consultation") if f.label == _("consultation") else f.label) for f in shown]
    return sentence(_(": {statuses}"), statuses=listed(items, _(" and ")))


def summary(kit: Kit, doc: Briefing) -> list[Flowable]:
    s, c = doc.summary, doc.cover
    out: list[Flowable] = [heading(kit, _("Executive summary"), "summary")]
    # Every status the register holds on the day, suspended and repealed included.
    out.append(kit.rich(sentence(n_("As of {day}, <b>{count:,} measure</b> is in scope{statuses}.",
                                     "As of {day}, <b>{count:,} measures</b> are in scope{statuses}.",
                                     s.measures_total), day=fmt_date(c.as_of), count=s.measures_total,
                                 statuses=_statuses(s.measures_by_status))))
    exposed = (
        n_("<b>{exposed:,} of {total:,} joint venture</b> is exposed (at least one live risk assessment). By "
           "worst residual level: {levels}.", "<b>{exposed:,} of {total:,} joint ventures</b> is exposed (at "
           "least one live risk assessment). By worst residual level: {levels}.", s.ventures_total)
        if s.ventures_exposed == 1 else
        n_("<b>{exposed:,} of {total:,} joint venture</b> are exposed (at least one live risk assessment). By "
           "worst residual level: {levels}.", "<b>{exposed:,} of {total:,} joint ventures</b> are exposed (at "
           "least one live risk assessment). By worst residual level: {levels}.", s.ventures_total))
    out.append(kit.rich(sentence(exposed, exposed=s.ventures_exposed, total=s.ventures_total,
                                 levels=_figures(kit, s.ventures_by_worst_level))))
    out.append(kit.rich([
        *sentence(n_("<b>{count:,} live assessment</b> by residual level: {levels}.",
                     "<b>{count:,} live assessments</b> by residual level: {levels}.", s.assessments_total),
                  count=s.assessments_total, levels=_figures(kit, s.assessments_by_level)),
        (" ", False),
        *sentence(n_("<b>{count:,} assessment</b> is overdue for review on the as-of date.",
                     "<b>{count:,} assessments</b> are overdue for review on the as-of date.", s.overdue_reviews),
                  count=s.overdue_reviews),
    ]))
    if s.unassessed_exposures is not None:
        out.append(kit.rich(sentence(n_(
            "Screening finds <b>{count:,} unassessed exposure</b>: matches with joint ventures' key items that "
            "nobody has assessed or dismissed (see Unassessed exposures).",
            "Screening finds <b>{count:,} unassessed exposures</b>: matches with joint ventures' key items that "
            "nobody has assessed or dismissed (see Unassessed exposures).", s.unassessed_exposures),
            count=s.unassessed_exposures)))
    ch = doc.changes
    if ch is not None:
        text = (n_("Since {day}: <b>{count:,} change</b> in the audit trail: {figures}.",
                   "Since {day}: <b>{count:,} changes</b> in the audit trail: {figures}.", ch.total) if ch.total
                else _("Since {day}: <b>{count:,} changes</b> in the audit trail."))
        out.append(kit.rich(sentence(text, day=fmt_date(ch.since), count=ch.total,
                                     figures=_figures(kit, ch.by_entity))))
    rows = [[kit.cell(f.label, 60 * mm), f"{f.value:,}"] for f in s.measures_by_status]
    left = kit.table(
        [_("Measures by status"), _("Count")],
        rows or [[_("none"), "0"]],
        [60 * mm, 20 * mm],
        extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")],
        repeat=False,
    )
    rows, extra = [], [("ALIGN", (1, 0), (1, -1), "RIGHT")]
    for i, f in enumerate(s.assessments_by_level, start=1):
        key = next((lv.key for lv in doc.levels if lv.label == f.label), "")
        rows.append([kit.level_cell(key, 60 * mm) if key else kit.cell(f.label, 60 * mm), f"{f.value:,}"])
        extra += kit.level_commands(0, i, key)
    right = kit.table(
        [_("Assessments by residual level"), _("Count")],
        rows or [[_("none"), "0"]],
        [60 * mm, 20 * mm],
        extra=extra,
        repeat=False,
    )
    pair = Table([[left, right]], colWidths=[W / 2, W / 2], hAlign="LEFT")
    pair.setStyle(styles.plain([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out += [Spacer(1, 4), pair]
    return out


def charts(kit: Kit, doc: Briefing) -> list[Flowable]:
    out: list[Flowable] = section(kit, _("Risk heat map"), "heatmap")
    maps = [heat_map(h, kit.levels) for h in doc.heat_maps]
    row = (
        Table([maps], colWidths=[W / max(1, len(maps))] * len(maps), hAlign="LEFT", style=styles.plain([]))
        if maps
        else Spacer(1, 1)
    )
    out += [
        kit.para(
            _("Counts of live assessments per likelihood (1 rare to 5 almost certain) and impact "
              "(1 minor to 5 severe), in the colours of the risk matrix."),
            styles.BODY,
        ),
        row,
        *_movement_note(kit, doc),
        Spacer(1, 3),
        legend(kit, doc.levels),
        Spacer(1, 8),
        heading(kit, _("Residual risk by joint venture"), "by-venture", 1),
    ]
    if not doc.venture_bars:
        out.append(kit.para(_("No joint venture has a live assessment."), styles.BODY))
        return out
    if doc.venture_bars_total > len(doc.venture_bars):
        out.append(
            kit.para(
                _("The {shown} most exposed of {total:,} assessed joint ventures.", shown=len(doc.venture_bars),
                  total=doc.venture_bars_total),
                styles.SMALL,
            )
        )
    out += [venture_bars(kit, doc.venture_bars, doc.levels), Spacer(1, 3), legend(kit, doc.levels),
            kit.para(_("Each bar holds a venture's live assessments by residual level, worst first, with the "
                       "count of each level in its segment where it fits; the total is on the right."), styles.SMALL)]
    return out


def _movement_note(kit: Kit, doc: Briefing) -> list[Flowable]:
    """What the arrows in the heat maps' corners mean, or that nothing moved since the last briefing."""
    since = doc.cover.since
    if since is None or all(h.shift is None for h in doc.heat_maps):
        return []
    moved = any(n for h in doc.heat_maps for row in (h.shift or ()) for n in row)
    text = (_("Arrows: the change in a cell since {day} (\u21912: two more assessments there than then, from "
              "new assessments and rescoring; \u21931: one fewer); the count before is the count minus the "
              "change.", day=fmt_date(since)) if moved else
            _("No assessment entered or left a cell since {day}.", day=fmt_date(since)))
    return [Spacer(1, 2), kit.para(text, styles.SMALL)]


def notes(kit: Kit) -> list[Flowable]:
    """Characters no embedded font could draw, listed instead of printed as empty boxes."""
    missing = sorted(kit.shaper.missing)
    if not missing:
        return []
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in missing[:200])
    return [
        *section(kit, _("Rendering notes"), "notes"),
        kit.para(
            n_("{count:,} character could not be drawn with the embedded fonts and is shown as [U+XXXX] where "
               "they occur: {listed}.", "{count:,} characters could not be drawn with the embedded fonts and "
               "are shown as [U+XXXX] where they occur: {listed}.", len(missing), count=len(missing),
               listed=codes),
            styles.NOTE,
        ),
        Spacer(1, 2),
        Table([[""]], colWidths=[W], style=styles.plain([("LINEABOVE", (0, 0), (-1, -1), 0.4, colors.grey)])),
    ]
