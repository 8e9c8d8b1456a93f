"""Screening and lineage in the PDF briefing: unassessed exposure rows, the summary count,
the venture filter, the row cap, hostile names, and lineage lines on both linked measures."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from desktop_app.domain.lineage import LinkKind
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records.lineage import list_links
from desktop_app.services.records.measures import create_measure
from desktop_app.services.records.ventures import create_venture
from desktop_app.services.reports import briefing_screening
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.screening.actions import dismiss_exposure, draft_assessment
from desktop_app.services.screening.exposures import Exposure, unassessed_exposures
from tests.conftest import FIXED_NOW, measure_data, venture_data
from tests.reports.conftest import pdf_text, squash

AURORA = "Aurora Anode Materials LLC"
INTRO = squash("A measure reaches a joint venture's key input, output or technology")
FURNITURE = re.compile(r"^(Export risk briefing \u00b7 as of .*|Generated .* Page \d+ of \d+)$")
TABLE_HEADER = squash("Measure Joint venture Key item Direction Why it matched How the measure reaches it")


def _top_level(reader: pypdf.PdfReader) -> list[tuple[str, int, list]]:
    """(title, 1-based page, children) of each top-level bookmark."""
    items = reader.outline
    out = []
    for i, item in enumerate(items):
        if isinstance(item, list):
            continue
        children = items[i + 1] if i + 1 < len(items) and isinstance(items[i + 1], list) else []
        out.append((item.title, reader.get_destination_page_number(item) + 1, children))
    return out


def exposure_section(path: Path) -> str:
    """Squashed text of the Unassessed exposures section (up to the Joint ventures page), without
    page headers, footers and repeated table headers, so a row split across pages reads whole."""
    marks = {title: page for title, page, _ in _top_level(pypdf.PdfReader(path))}
    first, end = marks["Unassessed exposures"], marks["Joint ventures"]
    lines = pdf_text(path, "-raw", "-f", str(first), "-l", str(end - 1)).splitlines()
    text = squash("\n".join(line for line in lines if not FURNITURE.match(line)))
    return text[text.index(INTRO):].replace(TABLE_HEADER, "")


def measure_block(path: Path, reference: str) -> str:
    """Squashed text of one measure's section in the appendix."""
    reader = pypdf.PdfReader(path)
    page, children = next((p, c) for t, p, c in _top_level(reader) if t == "Measures appendix")
    titles = [c.title for c in children]
    k = next(i for i, t in enumerate(titles) if t.startswith(f"{reference} \u2014 "))
    text = squash(pdf_text(path, "-raw", "-f", str(page)))
    start = text.index(squash(titles[k]))
    end = text.index(squash(titles[k + 1]), start) if k + 1 < len(titles) else len(text)
    return text[start:end]


def row_text(e: Exposure) -> str:
    """One table row as pdftotext -raw reads it: the cells one after the other."""
    return squash(e.measure_reference + e.venture_name + e.item_name + e.direction_label
                  + "".join(e.reasons) + e.flow)


def _write(ctx: ServiceContext, path: Path, **options: object) -> Path:
    return write_briefing(ctx, path, ReportOptions(**options))


def test_demo_exposures_are_listed_row_by_row_and_counted(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    found = unassessed_exposures(demo_ctx)
    assert len(found) >= 4  # the demo register has unassessed exposures to show
    out = _write(demo_ctx, tmp_path / "b.pdf")
    section = exposure_section(out)
    for e in found:
        assert row_text(e) in section, e.why
    pairs = len({(e.measure_id, e.venture_id) for e in found})
    assert squash(f"{len(found)} unassessed exposures in {pairs} measure x joint venture pairs.") in section
    summary = squash(pdf_text(out, "-raw", "-f", "2", "-l", "2"))
    assert squash(f"Screening finds {len(found)} unassessed exposures") in summary
    assert squash("are listed") not in section  # all fit: no "first N of M" note


def test_assessed_and_dismissed_matches_leave_the_section(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    found = unassessed_exposures(demo_ctx)
    dismissed, drafted = found[0], next(e for e in found if e.venture_id != found[0].venture_id)
    dismiss_exposure(demo_ctx, dismissed.measure_id, dismissed.venture_id, dismissed.item_key, "not ours")
    draft_assessment(demo_ctx, drafted.measure_id, drafted.venture_id)
    left = unassessed_exposures(demo_ctx)
    section = exposure_section(_write(demo_ctx, tmp_path / "b.pdf"))
    assert row_text(dismissed) not in section
    gone = [e for e in found if (e.measure_id, e.venture_id) == (drafted.measure_id, drafted.venture_id)]
    assert gone and all(row_text(e) not in section for e in gone)
    assert all(row_text(e) in section for e in left)
    assert squash(f"{len(left)} unassessed exposures") in section


def test_long_lists_are_capped_with_a_note(demo_ctx: ServiceContext, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(briefing_screening, "MAX_EXPOSURES", 3)
    found = unassessed_exposures(demo_ctx)
    section = exposure_section(_write(demo_ctx, tmp_path / "b.pdf"))
    assert squash(f"The first 3 of {len(found)} are listed") in section
    assert [row_text(e) in section for e in found] == [True] * 3 + [False] * (len(found) - 3)


def test_venture_option_filters_exposures(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    found = unassessed_exposures(demo_ctx)
    mine = [e for e in found if e.venture_name == AURORA]
    others = [e for e in found if e.venture_name != AURORA]
    assert mine and others
    out = _write(demo_ctx, tmp_path / "b.pdf", ventures=(AURORA,))
    section = exposure_section(out)
    assert all(row_text(e) in section for e in mine)
    assert not any(row_text(e) in section for e in others)
    pairs = len({e.measure_id for e in mine})
    assert squash(f"{len(mine)} unassessed exposures in {pairs} measure x joint venture pairs.") in section
    assert squash(f"Screening finds {len(mine)} unassessed exposures") in squash(pdf_text(out, "-f", "2", "-l", "2"))


def test_lineage_reads_from_each_measure_side(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    link = next(k for k in list_links(demo_ctx) if k.kind is LinkKind.FINALISES)
    final, draft = link.from_reference, link.to_reference
    assert "15 Jul 2025" in final and "2 Jan 2025" in draft
    out = _write(demo_ctx, tmp_path / "b.pdf")
    on_draft, on_final = measure_block(out, draft), measure_block(out, final)
    assert squash(f"Lineage: finalised by {final} ({link.note})") in on_draft
    assert squash(f"Lineage: finalises {draft} ({link.note})") in on_final
    assert squash("Lineage: finalises") not in on_draft
    assert squash("Lineage: finalised by") not in on_final


def test_lineage_leaves_out_measures_not_yet_issued(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    link = next(k for k in list_links(demo_ctx) if k.kind is LinkKind.FINALISES)
    out = _write(demo_ctx, tmp_path / "b.pdf", as_of=date(2025, 3, 1))  # draft out, final not yet
    assert squash("Lineage: finalised by") not in measure_block(out, link.to_reference)
    assert squash(f"finalised by {link.from_reference}") not in squash(pdf_text(out, "-raw"))
    later = _write(demo_ctx, tmp_path / "c.pdf", as_of=date(2025, 8, 1))  # both issued
    assert squash(f"Lineage: finalised by {link.from_reference}") in measure_block(later, link.to_reference)


def short(strings: list[str]) -> list[str]:
    """The hostile strings cut to 120 characters: with no page-tall cell the table keeps each row
    whole on one page, so a row reads back in one piece (test_pdf_hostile covers page-tall text)."""
    return [s[:120] for s in strings]


@pytest.fixture(scope="module")
def hostile_exposures(hostile_strings: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """One measure and one venture per hostile string, matched one to one by an exact code."""
    folder = tmp_path_factory.mktemp("hostile-screening")
    ctx = open_register(f"sqlite:///{folder / 'register.sqlite3'}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    for i, text in enumerate(short(hostile_strings)):
        code = f"ECCN:1A{i:03d}"
        create_measure(ctx, measure_data(reference=f"REF-{i} {text}", title=text,
                                         items=[{"name": text, "codes": [code]}]))
        create_venture(ctx, venture_data(name=f"{text} JV {i}", items=[
            {"name": text, "direction": "input", "codes": [code], "countries": ["CN"]}]))
    found = unassessed_exposures(ctx)
    out = _write(ctx, folder / "hostile.pdf")
    ctx.db.dispose()
    return out, found


def test_hostile_names_in_exposures_print_literally(hostile_exposures: tuple[Path, list],
                                                    hostile_strings: list[str]) -> None:
    out, found = hostile_exposures
    section = exposure_section(out)
    for i, text in enumerate(short(hostile_strings)):
        assert squash(f"REF-{i} {text}") in section, text
        assert squash(f"{text} JV {i}") in section, text
        mine = [e for e in found if squash(e.measure_reference) == squash(f"REF-{i} {text}")
                and squash(e.venture_name) == squash(f"{text} JV {i}")]
        assert mine, text
        for e in mine:
            # The row up to its code hit, which quotes the item name. A name hit lists shared words
            # comma-separated, and two right-to-left words in a row read back in visual order.
            code = next(r for r in e.reasons if r.startswith("code: "))
            assert squash(e.measure_reference + e.venture_name + e.item_name + e.direction_label + code) in section
            assert squash(e.flow) in section
    assert "[U+" not in section
