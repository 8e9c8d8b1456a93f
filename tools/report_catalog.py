"""Build the reports' message catalog: resources/locale/reports.pot, and each language's .po updated to it.

The template holds every text the report code marks (`_`, `N_`, `n_`) and the vocabulary labels it
translates where they are shown (statuses, treatments, channels, directions, event kinds, record
types, the default risk levels). Run `python -m tools.report_catalog` after changing report text,
translate what it lists as untranslated in resources/locale/<language>.po, and commit both.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

from tools.message_catalog import phrases

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
KEYWORDS = {"_": None, "N_": None, "n_": (1, 2)}
MARKER = "report_language import"


def _sources() -> list[Path]:
    """The modules that write report text: those that import the catalog's functions."""
    return sorted(p for p in (ROOT / "desktop_app").rglob("*.py")
                  if MARKER in p.read_text(encoding="utf-8") and "ui" not in p.relative_to(ROOT).parts)


def _vocabulary() -> list[str]:
    """Labels the reports translate where they show a stored value."""
    import json

    from desktop_app.domain.entity import Entity
    from desktop_app.domain.enums import (
        ActionStatus,
        AssessmentStatus,
        AuditAction,
        ImpactChannel,
        ItemDirection,
        ItemStage,
        MeasureStatus,
        MeasureType,
        Treatment,
        VentureStage,
    )
    from desktop_app.domain.ownership.aggregate import Listing, Verdict
    from desktop_app.domain.timeline.events import EventKind
    from desktop_app.domain.timeline.facts import ChangeKind, DayStatus

    out: list[str] = []
    for vocab in (ActionStatus, AssessmentStatus, ImpactChannel, ItemDirection, MeasureStatus, MeasureType,
                  Treatment, VentureStage, ChangeKind, DayStatus):
        out += [m.label for m in vocab]
    out += [m.label.capitalize() for m in EventKind] + [m.label for m in EventKind]
    out += [e.label for e in Entity]
    # The full briefing's change list shows the stored action and record type, "_" read as " ".
    out += [e.value.replace("_", " ") for e in Entity] + [a.value.replace("_", " ") for a in AuditAction]
    out += [v.value for v in Verdict]  # an ownership result: captured, not captured, unknown
    out += [v.value for v in Listing]  # a party's listing on the date, in the arithmetic and the chains
    out += [s.label for s in ItemStage] + ["stage not known"]  # an item's stage in a screening reason
    matrix = json.loads((ROOT / "resources" / "risk_matrix.json").read_text(encoding="utf-8"))
    out += [lv["label"] for lv in matrix["levels"]]
    return out


def template() -> Catalog:
    """The catalog of every report message, as the code stands."""
    catalog = Catalog(domain="reports", project="Export Risk Register", charset="utf-8")
    for path in _sources():
        for line, message, _comments, _context in extract_from_file("python", str(path), keywords=KEYWORDS):
            where = (str(path.relative_to(ROOT)), line)
            if message:
                catalog.add(message, locations=[where])
    for text in phrases():  # the same templates the window's catalog holds
        if text not in catalog:
            catalog.add(text, auto_comments=["a screening or ownership sentence (desktop_app/domain, Phrase)"])
    for label in _vocabulary():
        if label and label not in catalog:
            catalog.add(label, auto_comments=["vocabulary label"])
    return catalog


def main() -> int:
    pot = template()
    with (LOCALE / "reports.pot").open("wb") as fh:
        write_po(fh, pot, width=100, include_lineno=False)
    missing = 0
    for po_path in sorted(LOCALE.glob("*.po")):
        with po_path.open("rb") as fh:
            po = read_po(fh, locale=po_path.stem)
        po.update(pot, no_fuzzy_matching=True)
        with po_path.open("wb") as fh:
            write_po(fh, po, width=100, ignore_obsolete=True, include_lineno=False)
        for m in po:
            if m.id and (not all(m.string if isinstance(m.string, tuple) else [m.string]) or m.fuzzy):
                missing += 1
                print(f"{po_path.name}: untranslated: {m.id!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
