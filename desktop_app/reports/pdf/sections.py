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
from desktop_app.reports.pdf.text import Kit, fmt_date, fmt_time

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
    scope = "All joint ventures" if not c.scope else "; ".join(c.scope)
    rows = [
        ("As of", fmt_date(c.as_of)),
        ("Prepared by", c.prepared_by),
        ("Generated at", fmt_time(c.generated_at)),
        ("Scope", scope),
        ("Changes since", fmt_date(c.since) if c.since else "not requested"),
        ("Audit-chain head", c.head_hash or "(empty register)"),
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
        kit.para("Export-control measures and their risk to our joint ventures", styles.SUBTITLE),
        table,
        Spacer(1, 10 * mm),
        mark,
        Spacer(1, 6 * mm),
        kit.para(
            "The audit-chain head identifies the exact state of the register this briefing was "
            "drawn from: `export-risk check` prints the same value for an unchanged database.",
            styles.SMALL,
        ),
        # The board pack's key messages share page 1 with the cover (they end the page themselves).
        Spacer(1, 4 * mm) if doc.key_messages else PageBreak(),
    ]


def _figures(kit: Kit, figures: tuple[Figure, ...]) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    shown = [f for f in figures if f.value]
    for i, f in enumerate(shown):
        parts += [(f.label, False), (f" {f.value:,}", True), (", " if i < len(shown) - 1 else "", False)]
    return parts or [("none", False)]


def _statuses(figures: tuple[Figure, ...]) -> list[tuple[str, bool]]:
    shown = [f for f in figures if f.value]
    if not shown:
        return []
    parts: list[tuple[str, bool]] = [(": ", False)]
    for i, f in enumerate(shown):
        sep = "" if i == 0 else (" and " if i == len(shown) - 1 else ", ")
        label = "under consultation" if f.label == "consultation" else f.label
        parts += [(sep, False), (f"{f.value:,} {label}", True)]
    return parts


def summary(kit: Kit, doc: Briefing) -> list[Flowable]:
    s, c = doc.summary, doc.cover
    out: list[Flowable] = [heading(kit, "Executive summary", "summary")]
    out.append(
        kit.rich(
            [
                (f"As of {fmt_date(c.as_of)}, ", False),
                (plural(s.measures_total, "measure"), True),
                (" is in scope" if s.measures_total == 1 else " are in scope", False),
                # Every status the register holds on the day, suspended and repealed included.
                *_statuses(s.measures_by_status),
                (".", False),
            ]
        )
    )
    out.append(
        kit.rich(
            [
                (f"{s.ventures_exposed:,} of {plural(s.ventures_total, 'joint venture')}", True),
                (" is" if s.ventures_exposed == 1 else " are", False),
                (" exposed (at least one live risk assessment). By worst residual level: ", False),
                *_figures(kit, s.ventures_by_worst_level),
                (".", False),
            ]
        )
    )
    out.append(
        kit.rich(
            [
                (plural(s.assessments_total, "live assessment"), True),
                (" by residual level: ", False),
                *_figures(kit, s.assessments_by_level),
                (". ", False),
                (plural(s.overdue_reviews, "assessment"), True),
                (" is" if s.overdue_reviews == 1 else " are", False),
                (" overdue for review on the as-of date.", False),
            ]
        )
    )
    if s.unassessed_exposures is not None:
        out.append(
            kit.rich(
                [
                    ("Screening finds ", False),
                    (plural(s.unassessed_exposures, "unassessed exposure"), True),
                    (": matches with joint ventures' key items that nobody has assessed or dismissed"
                     " (see Unassessed exposures).", False),
                ]
            )
        )
    ch = doc.changes
    if ch is not None:
        out.append(
            kit.rich(
                [
                    (f"Since {fmt_date(ch.since)}: ", False),
                    (plural(ch.total, "change"), True),
                    (" in the audit trail", False),
                    *([(": ", False), *_figures(kit, ch.by_entity)] if ch.total else []),
                    (".", False),
                ]
            )
        )
    rows = [[kit.cell(f.label, 60 * mm), f"{f.value:,}"] for f in s.measures_by_status]
    left = kit.table(
        ["Measures by status", "Count"],
        rows or [["none", "0"]],
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
        ["Assessments by residual level", "Count"],
        rows or [["none", "0"]],
        [60 * mm, 20 * mm],
        extra=extra,
        repeat=False,
    )
    pair = Table([[left, right]], colWidths=[W / 2, W / 2], hAlign="LEFT")
    pair.setStyle(styles.plain([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out += [Spacer(1, 4), pair]
    return out


def charts(kit: Kit, doc: Briefing) -> list[Flowable]:
    out: list[Flowable] = section(kit, "Risk heat map", "heatmap")
    maps = [heat_map(h, kit.levels) for h in doc.heat_maps]
    row = (
        Table([maps], colWidths=[W / max(1, len(maps))] * len(maps), hAlign="LEFT", style=styles.plain([]))
        if maps
        else Spacer(1, 1)
    )
    out += [
        kit.para(
            "Counts of live assessments per likelihood (1 rare to 5 almost certain) and impact "
            "(1 minor to 5 severe), in the colours of the risk matrix.",
            styles.BODY,
        ),
        row,
        *_movement_note(kit, doc),
        Spacer(1, 3),
        legend(kit, doc.levels),
        Spacer(1, 8),
        heading(kit, "Residual risk by joint venture", "by-venture", 1),
    ]
    if not doc.venture_bars:
        out.append(kit.para("No joint venture has a live assessment.", styles.BODY))
        return out
    if doc.venture_bars_total > len(doc.venture_bars):
        out.append(
            kit.para(
                f"The {len(doc.venture_bars)} most exposed of {doc.venture_bars_total:,} assessed joint ventures.",
                styles.SMALL,
            )
        )
    out += [venture_bars(kit, doc.venture_bars, doc.levels), Spacer(1, 3), legend(kit, doc.levels),
            kit.para("Each bar holds a venture's live assessments by residual level, worst first, with the "
                     "count of each level in its segment where it fits; the total is on the right.", styles.SMALL)]
    return out


def _movement_note(kit: Kit, doc: Briefing) -> list[Flowable]:
    """What the arrows in the heat maps' corners mean, or that nothing moved since the last briefing."""
    since = doc.cover.since
    if since is None or all(h.shift is None for h in doc.heat_maps):
        return []
    moved = any(n for h in doc.heat_maps for row in (h.shift or ()) for n in row)
    text = (f"Arrows: the change in a cell since {since.isoformat()} (\u21912: two more assessments there than "
            "then, from new assessments and rescoring; \u21931: one fewer); the count before is the count "
            "minus the change." if moved else
            f"No assessment entered or left a cell since {since.isoformat()}.")
    return [Spacer(1, 2), kit.para(text, styles.SMALL)]


def notes(kit: Kit) -> list[Flowable]:
    """Characters no embedded font could draw, listed instead of printed as empty boxes."""
    missing = sorted(kit.shaper.missing)
    if not missing:
        return []
    listed = ", ".join(f"U+{ord(ch):04X}" for ch in missing[:200])
    return [
        *section(kit, "Rendering notes", "notes"),
        kit.para(
            f"{plural(len(missing), 'character')} could not be drawn with the embedded fonts "
            f"and {'is' if len(missing) == 1 else 'are'} shown as [U+XXXX] where they occur: "
            f"{listed}.",
            styles.NOTE,
        ),
        Spacer(1, 2),
        Table([[""]], colWidths=[W], style=styles.plain([("LINEABOVE", (0, 0), (-1, -1), 0.4, colors.grey)])),
    ]
