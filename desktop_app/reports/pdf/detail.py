"""Detail sections: one per joint venture, the measures appendix, changes, extra tables."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from desktop_app.reports.document import Changes, MeasureEntry, TableSection, VentureSection
from desktop_app.reports.pdf import screening as pdf_screening
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.fast_reportlab import facts_table
from desktop_app.reports.pdf.sections import heading
from desktop_app.reports.pdf.text import DASH, Kit, fmt_date, fmt_time, has_tall_cell
from desktop_app.system.report_language import N_, _, n_

W = styles.FRAME_WIDTH
LABEL_W = 24 * mm
VALUE_W = W / 2 - LABEL_W
# A venture's assessment and action tables (the benchmark's same-cells reference uses them too).
ASSESSMENT_HEADER = (N_("Residual"), N_("Inherent"), N_("Measure \u2014 title (status on the as-of date)"),
                     N_("Channels"), N_("Treatment"), N_("Status"), N_("Owner"), N_("Next review"))
ASSESSMENT_WIDTHS = (15 * mm, 15 * mm, 53 * mm, 28 * mm, 17 * mm, 14 * mm, 18 * mm, 18 * mm)
ACTION_HEADER = (N_("Measure"), N_("Mitigation action"), N_("Owner"), N_("Due"), N_("Status"))
ACTION_WIDTHS = (40 * mm, 74 * mm, 26 * mm, 18 * mm, 20 * mm)


def facts(kit: Kit, pairs: list[tuple[str, str | Flowable]], wide: list[tuple[str, str | Flowable]]) -> Table:
    """Label/value pairs two to a row, then `wide` pairs across the page; string values are
    user text and printed literally."""

    def value(v: str | Flowable, width: float) -> object:
        return kit.cell(v or DASH, width, styles.CELL) if isinstance(v, str) else v

    rows: list[list] = []
    for i in range(0, len(pairs), 2):
        row: list = []
        for label, v in pairs[i : i + 2]:
            row += [kit.label(label, LABEL_W - 6), value(v, VALUE_W)]
        rows.append(row + [""] * (4 - len(row)))
    spans = []
    for label, v in wide:
        spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
        rows.append([kit.label(label, LABEL_W - 6), value(v, W - LABEL_W), "", ""])
    # The cells' defaults are styles.key_value_style's, with bold labels (fast_reportlab.FACT_LABEL).
    widths = [LABEL_W, VALUE_W, LABEL_W, VALUE_W]
    # A value taller than a page (a long unbroken token, wrapped) may split inside its row.
    table = facts_table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1 if has_tall_cell(rows, widths) else 0)
    if spans:
        table.setStyle(TableStyle(spans))
    return table


def venture(kit: Kit, v: VentureSection, key: str) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(45 * mm), heading(kit, v.name, key, 1)]
    out.append(facts(kit, *venture_facts(v)))
    if v.partners:
        widths = [W - 55 * mm, 30 * mm, 25 * mm]
        rows = [[kit.cell(p.name, widths[0]), kit.cell(p.country, widths[1]), p.share] for p in v.partners]
        out += [
            Spacer(1, 3),
            kit.table([_("Partner"), _("Country"), _("Share")], rows, widths, [("ALIGN", (2, 0), (2, -1), "RIGHT")]),
        ]
    if v.items:
        widths = [70 * mm, 25 * mm, W - 95 * mm]
        rows = [[kit.cell(i.name, widths[0]), i.direction, kit.cell("; ".join(i.codes), widths[2])] for i in v.items]
        out += [Spacer(1, 3), kit.table([_("Key input or output"), _("Direction"), _("Codes")], rows, widths)]
    if not v.assessments:
        out.append(Spacer(1, 3))
        out.append(kit.para(_("No live assessment: no measure has been assessed against this venture."), styles.BODY))
        return out
    widths = ASSESSMENT_WIDTHS
    rows = []
    extra = kit.level_column(0, [a.residual for a in v.assessments])
    extra += kit.level_column(1, [a.inherent for a in v.assessments])
    for a in v.assessments:
        # One flowing cell keeps rows short: 100,000 assessments stay a readable number of pages.
        measure = kit.cell(f"{a.measure_reference} \u2014 {a.measure_title} ({a.measure_status})", widths[2])
        rows.append(
            [
                kit.level_cell(a.residual, widths[0]),
                kit.level_cell(a.inherent, widths[1]),
                measure,
                kit.cell(a.channels, widths[3]),
                a.treatment,
                kit.cell(a.status, widths[5]),
                kit.cell(a.owner, widths[6]),
                fmt_date(a.next_review),
            ]
        )
    out += [
        Spacer(1, 3),
        kit.table(
            [_(h) for h in ASSESSMENT_HEADER],
            rows,
            widths,
            extra,
        ),
    ]
    actions = [(a.measure_reference, m) for a in v.assessments for m in a.actions]
    if actions:
        widths = ACTION_WIDTHS
        rows = [
            [
                kit.cell(ref, widths[0]),
                kit.cell(m.text, widths[1], multiline=True),
                kit.cell(m.owner, widths[2]),
                fmt_date(m.due_on),
                m.status,
            ]
            for ref, m in actions
        ]
        out += [
            Spacer(1, 3),
            kit.table([_(h) for h in ACTION_HEADER], rows, widths),
        ]
    return out


FactRows = list[tuple[str, str | Flowable]]


def venture_facts(v: VentureSection) -> tuple[FactRows, FactRows]:
    """A venture's facts as (label, text): the paired rows and the full-width ones."""
    return ([(_("Country"), v.country), (_("Stage"), v.stage), (_("Location"), v.location), (_("Sector"), v.sector),
             (_("Owner"), v.owner), (_("Value at stake"), v.value_at_stake)], [(_("Activity"), v.activity)])


def measure_facts(m: MeasureEntry) -> tuple[FactRows, FactRows]:
    """A measure's facts as (label, text), the source address last and as plain text."""
    pairs: FactRows = [
        (_("Authority"), m.authority),
        (_("Jurisdiction"), m.jurisdiction),
        (_("Type"), m.measure_type),
        (_("Status"), m.status),
        (_("Announced"), fmt_date(m.announced_on)),
        (_("Consultation ends"), fmt_date(m.consultation_ends_on)),
        (_("Effective"), fmt_date(m.effective_on)),
        (_("Removed"), fmt_date(m.removed_on)),
        (_("Targets"), ", ".join(m.targets) or _("all destinations")),
        (_("Excluded"), ", ".join(m.excluded)),
    ]
    wide: FactRows = [(_("Reference"), m.reference), (_("Title"), m.title), (_("Original title"), m.original_title),
                      (_("Source"), m.source_url)]
    return pairs, wide


def measure(kit: Kit, m: MeasureEntry, key: str) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(45 * mm), heading(kit, f"{m.reference} \u2014 {m.title}", key, 1)]
    pairs, wide = measure_facts(m)
    source: str | Flowable = kit.link(m.source_url, width=W - LABEL_W) if m.source_url else DASH
    out.append(facts(kit, pairs, [*wide[:-1], (_("Source"), source)]))  # the source as a link
    out += pdf_screening.lineage(kit, m)
    if m.history:
        widths = [25 * mm, 35 * mm, W - 60 * mm]
        rows = [[fmt_date(h.valid_from), h.status, kit.cell(h.note, widths[2])] for h in m.history]
        out += [Spacer(1, 3), kit.table([_("From"), _("Status"), _("Note")], rows, widths)]
    if m.items:
        widths = [80 * mm, W - 80 * mm]
        rows = [[kit.cell(i.name, widths[0]), kit.cell("; ".join(i.codes), widths[1])] for i in m.items]
        out += [Spacer(1, 3), kit.table([_("Controlled item"), _("Codes")], rows, widths)]
    if m.summary:
        out += [
            Spacer(1, 3),
            kit.block(_("Summary"), styles.HEAD),
            kit.block(m.summary, styles.BODY, multiline=True),
        ]
    return out


def changes(kit: Kit, ch: Changes | None) -> list[Flowable]:
    out: list[Flowable] = [heading(kit, _("Changes since the last briefing"), "changes")]
    if ch is None:
        return [*out, kit.para(_("No comparison date was given (use --since YYYY-MM-DD)."), styles.BODY)]
    out.append(
        kit.para(
            n_("{count:,} audit-trail entry from {since} to the as-of date.",
               "{count:,} audit-trail entries from {since} to the as-of date.", ch.total, count=ch.total,
               since=fmt_date(ch.since)),
            styles.BODY,
        )
    )
    if ch.total > len(ch.rows):
        out.append(kit.para(_("The newest {n:,} are listed.", n=len(ch.rows)), styles.NOTE))
    if not ch.rows:
        return out
    widths = [32 * mm, 22 * mm, 16 * mm, 22 * mm, 46 * mm, W - 138 * mm]
    rows = [
        [
            kit.cell(fmt_time(r.at), widths[0]),
            kit.cell(r.actor, widths[1]),
            kit.cell(r.action, widths[2]),
            kit.cell(r.entity, widths[3]),
            kit.cell(r.label, widths[4]),
            kit.cell(", ".join(r.fields) or DASH, widths[5]),
        ]
        for r in ch.rows
    ]
    out.append(kit.table([_("At"), _("By"), _("Action"), _("Record"), _("Name"), _("Fields changed")], rows, widths))
    return out


def extra(kit: Kit, section: TableSection, key: str) -> list[Flowable]:
    out: list[Flowable] = [heading(kit, section.title, key), kit.para(section.intro, styles.BODY)]
    if section.columns and section.rows:
        width = W / len(section.columns)
        rows = [[kit.cell(v, width) for v in row] for row in section.rows]
        out.append(kit.table(section.columns, rows, [width] * len(section.columns)))
    return out
