"""Edge cases of the briefing: empty register, a venture without assessments, long names,
atomic replacement on cancel, page numbering, bookmarks, metadata, undrawable characters."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from desktop_app.services.context import ServiceContext
from desktop_app.services.progress import Cancelled
from desktop_app.services.records.ventures import create_venture
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from tests.conftest import need_tool, venture_data
from tests.reports.conftest import pdf_text, squash


class RecordingProgress:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.seen: list[tuple[float, str]] = []
        self.cancel_after = cancel_after

    def report(self, fraction: float, text: str = "") -> None:
        self.seen.append((fraction, text))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.seen) >= self.cancel_after


def test_empty_register(ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_briefing(ctx, tmp_path / "empty.pdf", ReportOptions())
    text = pdf_text(out)
    for phrase in (
        "No joint venture is in scope",
        "No measure is in scope",
        "There are no live assessments",
        "No regulatory event falls in the period",
        "No review is due or overdue",
        "Audit-chain head",
    ):
        assert phrase in text
    assert len(pypdf.PdfReader(out).pages) >= 3


def test_one_venture_without_assessments(ctx: ServiceContext, tmp_path: Path) -> None:
    create_venture(ctx, venture_data())
    text = pdf_text(write_briefing(ctx, tmp_path / "one.pdf", ReportOptions()))
    assert "Aurora Anode Materials LLC" in text
    assert "No live assessment" in text
    assert "0 of 1 joint venture are exposed" in " ".join(text.split())


def test_300_character_names_wrap_and_print_whole(ctx: ServiceContext, tmp_path: Path) -> None:
    names = ["华锂" * 150, "Ü" + "x" * 299, "Zoë & <b>Cie</b> " * 17 + "end"]
    for name in names:
        create_venture(
            ctx, venture_data(name=name, owner=name, activity=name, partners=[{"name": name, "share": "100"}])
        )
    out = write_briefing(ctx, tmp_path / "long.pdf", ReportOptions())
    text = squash(pdf_text(out, "-raw"))
    for name in names:
        assert squash(name) in text
    # Nothing ran off the page: every glyph lies inside the page box (pdftotext -bbox).
    bbox = subprocess.run(
        [need_tool("pdftotext"), "-bbox", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    xmax = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox))
    assert xmax <= 595.3 - 40  # inside the right margin of an A4 page


def test_page_x_of_y_bookmarks_and_metadata(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_briefing(demo_ctx, tmp_path / "b.pdf", ReportOptions(prepared_by="Jane Compliance"))
    reader = pypdf.PdfReader(out)
    pages = len(reader.pages)
    text = pdf_text(out)
    for n in (1, pages):
        assert f"Page {n} of {pages}" in " ".join(text.split())
    meta = reader.metadata
    assert meta.title.startswith("Export risk briefing as of ")
    assert meta.author == "Jane Compliance"
    assert "audit-chain head" in meta.subject
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    for title in (
        "Executive summary",
        "Risk heat map",
        "Top risks",
        "Calendar",
        "Joint ventures",
        "Measures appendix",
        "Changes since the last briefing",
    ):
        assert title in top
    children = [c.title for item in reader.outline if isinstance(item, list) for c in item]
    assert "Aurora Anode Materials LLC" in children


def test_cancel_keeps_the_earlier_file(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"earlier briefing")
    progress = RecordingProgress(cancel_after=5)
    with pytest.raises(Cancelled):
        write_briefing(demo_ctx, target, ReportOptions(), progress)
    assert target.read_bytes() == b"earlier briefing"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    # Without cancelling, the same call replaces it and reports progress up to 1.
    progress = RecordingProgress()
    write_briefing(demo_ctx, target, ReportOptions(), progress)
    assert target.read_bytes().startswith(b"%PDF-")
    fractions = [f for f, _ in progress.seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("Joint venture" in t for _, t in progress.seen)


def test_undrawable_characters_are_reported(ctx: ServiceContext, tmp_path: Path) -> None:
    create_venture(ctx, venture_data(name="Private \ue000 use JV"))
    text = pdf_text(write_briefing(ctx, tmp_path / "pua.pdf", ReportOptions()))
    assert "Private [U+E000] use JV" in text
    assert "Rendering notes" in text and "could not be drawn" in text


def test_pages_render_to_png(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_briefing(demo_ctx, tmp_path / "b.pdf", ReportOptions())
    subprocess.run(
        [need_tool("pdftoppm"), "-r", "50", "-png", "-f", "1", "-l", "3", str(out), str(tmp_path / "page")], check=True
    )
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 3
    with Image.open(pngs[1]) as img:  # summary and heat map: the matrix colours are drawn
        colours = {c for _, c in img.convert("RGB").getcolors(1 << 20) or []}
    assert any(r > 150 and g < 80 and b < 80 for r, g, b in colours)  # critical red
    assert any(r < 80 and g > 100 and b < 80 for r, g, b in colours)  # low green


def test_archived_ventures_are_left_out_everywhere(ctx: ServiceContext, tmp_path: Path) -> None:
    from desktop_app.services.records.assessments import create_assessment
    from desktop_app.services.records.measures import create_measure
    from desktop_app.services.records.ventures import archive_venture
    from tests.conftest import measure_data

    measure = create_measure(ctx, measure_data())
    kept = create_venture(ctx, venture_data(name="Kept JV"))
    gone = create_venture(ctx, venture_data(name="Archived JV"))
    for venture in (kept, gone):
        create_assessment(ctx, {"measure_id": measure.id, "venture_id": venture.id,
                                "inherent_likelihood": 5, "inherent_impact": 5})
    archive_venture(ctx, gone.id)
    text = " ".join(pdf_text(write_briefing(ctx, tmp_path / "a.pdf", ReportOptions(since=ctx.today()))).split())
    assert "1 of 1 joint venture is exposed" in text
    assert "1 live assessment" in text
    before_changes = text[: text.index("Changes since the last briefing")]
    assert "Archived JV" not in before_changes
    assert "joint venture archived 1" in text  # the archiving itself is a change worth reporting
