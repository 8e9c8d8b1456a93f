"""The briefing's one-page glossary and method note: the abbreviations a board meets in it, how
risk is scored, and what "exposure" and "needs data" mean."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from desktop_app.reports.document import Briefing
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.sections import heading
from desktop_app.reports.pdf.text import Kit
from desktop_app.system.report_language import N_, _, separator

W = styles.FRAME_WIDTH

TERMS: tuple[tuple[str, str], ...] = (
    (N_("MOFCOM"), N_("Ministry of Commerce of the People's Republic of China; issues China's export-control "
                    "announcements, often jointly with GAC.")),
    (N_("GAC"), N_("General Administration of Customs of China; enforces export licensing at the border.")),
    (N_("BIS"), N_("Bureau of Industry and Security, US Department of Commerce; administers the Export "
                 "Administration Regulations (EAR) and the Entity List.")),
    (N_("FDPR"), N_("Foreign Direct Product Rule of the EAR: items made abroad with certain US technology or "
                  "equipment can fall under US controls.")),
    (N_("ECCN"), N_("Export Control Classification Number: an item's entry on the US Commerce Control List.")),
    (N_("HS"), N_("Harmonized System: the international customs nomenclature of goods; its 6-digit codes are "
                "shared by every member, national codes add digits.")),
    (N_("Inherent risk"), N_("The level of a risk before our mitigation: the likelihood that the measure hits "
                           "the joint venture, and the impact if it does.")),
    (N_("Residual risk"), N_("The level that remains with the recorded mitigation in place; the board pack orders "
                           "ventures and risks by it.")),
    (N_("Exposure"), N_("A screening match: a measure's controlled items cover a key input, output or "
                      "technology of a joint venture (by code or by name) and its direction reaches it.")),
    (N_("Needs data"), N_("A possible match screening cannot decide because a fact is missing, usually the "
                        "origin or destination country of an item; recording it settles the match.")),
    (N_("Suspension"), N_("A period in which a measure (or one clause) does not apply; when it ends without an "
                        "extension, the measure applies again from the next day.")),
)


def glossary(kit: Kit, doc: Briefing) -> list[Flowable]:
    """Terms, then the method: scoring and levels (from the register's matrix), sources, scope."""
    out: list[Flowable] = [PageBreak(), heading(kit, _("Glossary and method"), "glossary")]
    widths = [30 * mm, W - 30 * mm]
    out.append(kit.table([_("Term"), _("Meaning")], [[_(t), kit.cell(_(m), widths[1])] for t, m in TERMS], widths,
                         repeat=False))
    levels = separator().join(lv.label for lv in doc.levels) or _("none")
    out += [
        heading(kit, _("Method"), "method", 1),
        kit.para(_("Scoring. Each assessment rates likelihood (1 rare to 5 almost certain) and impact (1 minor to "
                   "5 severe) twice: before mitigation (inherent) and with it (residual). The register's risk "
                   "matrix maps each pair to a level; worst first: {levels}. The heat maps count assessments per "
                   "cell; a venture's level is the worst residual level of its assessments.", levels=levels),
                 styles.BODY),
        kit.para(_("Dates. Every status is read as of the briefing's date from the measures' recorded dates, "
                   "clauses and suspension windows, so a suspension that has ended counts as ended even before "
                   "anyone records it."), styles.BODY),
        kit.para(_("Screening. Exposures and needs data come from matching the measures' items and codes "
                   "against the ventures' recorded inputs, outputs and technologies; a match counts until it is "
                   "assessed or dismissed with a reason."), styles.BODY),
        kit.para(_("Sources. Each measure carries its reference, authority and source address; the --full "
                   "appendix and the workbook's Measures sheet list them. Changes since the last briefing come "
                   "from the register's hash-chained audit trail, whose head is printed in every footer."),
                 styles.BODY),
    ]
    return out
