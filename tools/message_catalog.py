"""Build the service messages' catalog: resources/locale/messages/messages.pot and each language's .po.

The template holds every text the domain, service, persistence and system code marks with `msg`,
`nmsg` or `mark` (desktop_app/system/message_language.py). Run `python -m tools.message_catalog`
after changing such text, translate what it lists as untranslated in
resources/locale/messages/<language>.po (keep the glossary of docs/translations.md), and commit both.
`--check` only reports (exit 1 when the template is out of date or a language misses a message).
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "locale" / "messages"
KEYWORDS = {"msg": None, "nmsg": (1, 2), "mark": None}
MARKER = "message_language import"


def sources() -> list[Path]:
    """The modules that write messages: those that import the catalog's functions (never ui/, which
    speaks through Qt's own translation system)."""
    return sorted(p for p in (ROOT / "desktop_app").rglob("*.py")
                  if MARKER in p.read_text(encoding="utf-8") and "ui" not in p.relative_to(ROOT).parts)


def template() -> Catalog:
    """The catalog of every service message, as the code stands."""
    catalog = Catalog(domain="messages", project="Export Risk Register", charset="utf-8", fuzzy=False)
    for path in sources():
        for line, message, _comments, _context in extract_from_file("python", str(path), keywords=KEYWORDS):
            if message:
                catalog.add(message, locations=[(str(path.relative_to(ROOT)), line)])
    for text in phrases():
        if text not in catalog:
            catalog.add(text, auto_comments=["a screening, ownership or timeline sentence (Phrase)"])
    for text in vocabulary():
        if text and text not in catalog:
            catalog.add(text, auto_comments=["vocabulary label"])
    return catalog


def phrases() -> tuple[str, ...]:
    """The templates and fixed words screening, ownership and the timeline word their sentences
    with (declared when their modules load), which the window words in its language."""
    import desktop_app.domain.matching.exposure
    import desktop_app.domain.ownership.findings
    import desktop_app.domain.ownership.listing
    import desktop_app.domain.ownership.tree
    import desktop_app.domain.timeline.events
    import desktop_app.domain.timeline.status
    import desktop_app.services.screening.findings  # noqa: F401  (an exposure's why, what to record)
    from desktop_app.domain.phrase import templates

    return templates()


def vocabulary() -> list[str]:
    """Labels of stored values the window's service text quotes or a Phrase holds as a Term."""
    from desktop_app.domain.enums import ItemDirection, ItemStage, MeasureStatus, MeasureType
    from desktop_app.domain.lineage import LinkKind
    from desktop_app.domain.ownership.aggregate import Listing, Verdict
    from desktop_app.domain.timeline.events import EventKind
    from desktop_app.domain.timeline.facts import DayStatus

    out: list[str] = []
    for vocab in (ItemDirection, ItemStage, LinkKind, MeasureStatus, MeasureType, DayStatus, EventKind):
        out += [m.label for m in vocab]
    out += [m.label.capitalize() for m in ItemDirection] + ["Partner", "stage not known"]
    out += [v.value for v in Verdict] + [v.value for v in Listing]
    return out


def _written(catalog: Catalog) -> bytes:
    out = BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, omit_header=False, ignore_obsolete=True)
    return out.getvalue()


def untranslated(po: Catalog) -> list[str]:
    return [m.id if isinstance(m.id, str) else m.id[0] for m in po
            if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))]


def main(argv: list[str]) -> int:
    from desktop_app.system.message_language import LANGUAGES, SOURCE

    check = "--check" in argv
    pot = template()
    pot_path = FOLDER / "messages.pot"
    stale = not pot_path.exists() or (
        {m.id for m in read_po(pot_path.open("rb")) if m.id} != {m.id for m in pot if m.id})
    if check and stale:
        print("messages.pot is out of date with the code: run python -m tools.message_catalog")
    if not check:
        FOLDER.mkdir(parents=True, exist_ok=True)
        pot_path.write_bytes(_written(pot))
    missing = 0
    for code, locale in LANGUAGES.items():
        if code == SOURCE:
            continue
        po_path = FOLDER / f"{code}.po"
        po = (read_po(po_path.open("rb"), locale=locale) if po_path.exists()
              else Catalog(locale=locale, domain="messages", fuzzy=False))
        po.update(pot, no_fuzzy_matching=True)
        if not check:
            po_path.write_bytes(_written(po))
        for text in untranslated(po):
            missing += 1
            print(f"{code}: untranslated: {text!r}")
    return 1 if (missing or (check and stale)) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
