"""The briefing's one-page glossary and method note: the abbreviations a board meets in it, how
risk is scored, and what "exposure" and "needs data" mean."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from desktop_app.reports.document import Briefing
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.sections import heading
from desktop_app.reports.pdf.text import Kit

W = styles.FRAME_WIDTH

TERMS: tuple[tuple[str, str], ...] = (
    ("MOFCOM", "Ministry of Commerce of the People's Republic of China; issues China's export-control "
               "announcements, often jointly with GAC."),
    ("GAC", "General Administration of Customs of China; enforces export licensing at the border."),
    ("BIS", "Bureau of Industry and Security, US Department of Commerce; administers the Export "
            "Administration Regulations (EAR) and the Entity List."),
    ("FDPR", "Foreign Direct Product Rule of the EAR: items made abroad with certain US technology or "
             "equipment can fall under US controls."),
    ("ECCN", "Export Control Classification Number: an item's entry on the US Commerce Control List."),
    ("HS", "Harmonized System: the international customs nomenclature of goods; its 6-digit codes are "
           "shared by every member, national codes add digits."),
    ("Inherent risk", "The level of a risk before our mitigation: the likelihood that the measure hits "
                      "the joint venture, and the impact if it does."),
    ("Residual risk", "The level that remains with the recorded mitigation in place; the board pack orders "
                      "ventures and risks by it."),
    ("Exposure", "A screening match: a measure's controlled items cover a key input, output or "
                 "technology of a joint venture (by code or by name) and its direction reaches it."),
    ("Needs data", "A possible match screening cannot decide because a fact is missing, usually the "
                   "origin or destination country of an item; recording it settles the match."),
    ("Suspension", "A period in which a measure (or one clause) does not apply; when it ends without an "
                   "extension, the measure applies again from the next day."),
)


def glossary(kit: Kit, doc: Briefing) -> list[Flowable]:
    """Terms, then the method: scoring and levels (from the register's matrix), sources, scope."""
    out: list[Flowable] = [PageBreak(), heading(kit, "Glossary and method", "glossary")]
    widths = [30 * mm, W - 30 * mm]
    out.append(kit.table(["Term", "Meaning"], [[t, kit.cell(m, widths[1])] for t, m in TERMS], widths,
                         repeat=False))
    levels = ", ".join(lv.label for lv in doc.levels) or "none"
    out += [
        heading(kit, "Method", "method", 1),
        kit.para("Scoring. Each assessment rates likelihood (1 rare to 5 almost certain) and impact (1 minor to "
                 "5 severe) twice: before mitigation (inherent) and with it (residual). The register's risk "
                 f"matrix maps each pair to a level; worst first: {levels}. The heat maps count assessments per "
                 "cell; a venture's level is the worst residual level of its assessments.", styles.BODY),
        kit.para("Dates. Every status is read as of the briefing's date from the measures' recorded dates, "
                 "clauses and suspension windows, so a suspension that has ended counts as ended even before "
                 "anyone records it.", styles.BODY),
        kit.para("Screening. Exposures and needs data come from matching the measures' items and codes "
                 "against the ventures' recorded inputs, outputs and technologies; a match counts until it is "
                 "assessed or dismissed with a reason.", styles.BODY),
        kit.para("Sources. Each measure carries its reference, authority and source address; the --full "
                 "appendix and the workbook's Measures sheet list them. Changes since the last briefing come "
                 "from the register's hash-chained audit trail, whose head is printed in every footer.",
                 styles.BODY),
    ]
    return out
