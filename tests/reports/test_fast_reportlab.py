"""The ReportLab fence: the fast paths draw the briefing the stock twin draws.

"Same" here: the same number of pages, every page rendered to the same pixels, the same text
extracted from every page, the same embedded fonts, bookmarks and links. The one difference the
stock twin is allowed (ReportLab's own ToUnicode map) is pinned down by its own test.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdf
import pytest
from reportlab import rl_config
from reportlab.platypus import PageBreak, Paragraph

from desktop_app.reports.pdf import fast_reportlab, styles
from desktop_app.reports.pdf.fonts import TextShaper, load_fonts
from desktop_app.reports.pdf.page import BriefingDoc, Furniture
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.ventures import create_venture
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.system.paths import resource
from tests.conftest import need_tool, venture_data
from tests.reports.conftest import pdf_fonts, pdf_text, twin

pytestmark = pytest.mark.fences
# Text whose copied form depends on the ToUnicode map: above U+FFFF, and Arabic (drawn shaped).
MAP_DEPENDENT = ("emoji 🔋⚡ battery", "عربي الشركة المحدودة")


def _map_dependent(text: str) -> bool:
    return any(ord(ch) > 0xFFFF or "\u0600" <= ch <= "\u08ff" for ch in text)


def _briefing(ctx: ServiceContext, target: Path, fast: bool) -> Path:
    with fast_reportlab.FENCE.forced(fast):
        return write_briefing(ctx, target, ReportOptions(prepared_by="Anna Keller <b>&"))


def _pages(path: Path, out: Path) -> list[bytes]:
    """Every page rendered at 40 dpi, as raw pixels."""
    out.mkdir()
    subprocess.run([need_tool("pdftoppm"), "-r", "40", str(path), str(out / "p")], check=True)
    return [p.read_bytes() for p in sorted(out.glob("p-*.ppm"))]


def _outline(items: list) -> list[object]:
    return [_outline(i) if isinstance(i, list) else str(i.title) for i in items]


def _links(path: Path) -> list[str]:
    out = []
    for page in pypdf.PdfReader(path).pages:
        for ref in page.get("/Annots") or []:
            action = ref.get_object().get("/A")
            out.append(str(action.get_object().get("/URI")) if action else "")
    return out


def _metadata(path: Path) -> dict[str, str]:
    """The document information but the times of writing."""
    info = pypdf.PdfReader(path).metadata or {}
    return {k: str(v) for k, v in info.items() if k not in ("/CreationDate", "/ModDate")}


def test_fast_and_stock_draw_the_same_briefing(demo_ctx: ServiceContext, hostile_strings: list[str],
                                               tmp_path: Path) -> None:
    for text in hostile_strings:
        if not _map_dependent(text):
            create_venture(demo_ctx, venture_data(name=f"JV {text}", owner=text, partners=[], items=[
                {"name": text, "direction": "input", "codes": ["HS:2504.10"]}]))
    same = twin(demo_ctx, tmp_path / "twin.sqlite3")  # the first briefing is recorded in its register
    fast = _briefing(demo_ctx, tmp_path / "fast.pdf", True)
    stock = _briefing(same, tmp_path / "stock.pdf", False)
    fast_pages = _pages(fast, tmp_path / "fast")
    assert len(fast_pages) == len(pypdf.PdfReader(stock).pages) > 10
    assert fast_pages == _pages(stock, tmp_path / "stock")
    for mode in ((), ("-layout",), ("-raw",)):
        assert pdf_text(fast, *mode) == pdf_text(stock, *mode)
    assert pdf_fonts(fast) == pdf_fonts(stock)
    assert _outline(pypdf.PdfReader(fast).outline) == _outline(pypdf.PdfReader(stock).outline)
    assert _links(fast) == _links(stock)
    assert _metadata(fast) == _metadata(stock)


def test_stock_copies_emoji_and_arabic_through_reportlabs_own_map(ctx: ServiceContext, tmp_path: Path) -> None:
    for name in MAP_DEPENDENT:
        create_venture(ctx, venture_data(name=name, partners=[], items=[]))
    same = twin(ctx, tmp_path / "twin.sqlite3")
    fast = _briefing(ctx, tmp_path / "fast.pdf", True)
    stock = _briefing(same, tmp_path / "stock.pdf", False)
    assert _pages(fast, tmp_path / "fast") == _pages(stock, tmp_path / "stock")  # the same glyphs
    assert pdf_fonts(fast) == pdf_fonts(stock)
    fast_text, stock_text = pdf_text(fast, "-raw"), pdf_text(stock, "-raw")
    assert "battery" in stock_text and "🔋" in fast_text and "🔋" not in stock_text
    assert "عربي" in fast_text and "عربي" not in stock_text  # stock: the shaped presentation forms
    same = [line for line in fast_text.splitlines() if not _map_dependent(line)]
    assert same == [line for line in stock_text.splitlines() if line in same]


def test_page_compression_writes_the_file_reportlab_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # fixed dates and document id
    shaper = TextShaper(load_fonts(resource("fonts")))
    out = {}
    for fast in (True, False):
        story = iter([Paragraph(f"Paragraph {i} " * 40, styles.BODY) if i % 7 else PageBreak() for i in range(60)])
        target = tmp_path / f"{fast}.pdf"
        doc = BriefingDoc(str(target), Furniture(shaper, "left", "right", "footer"), story, pageCompression=1)
        with fast_reportlab.FENCE.forced(fast):
            doc.build_lazily(fast_reportlab.canvas_class())
        out[fast] = target.read_bytes()
    assert out[True] == out[False]
    assert len(pypdf.PdfReader(tmp_path / "True.pdf").pages) > 5


def test_table_pieces_keep_their_mode_when_a_table_splits() -> None:
    for fast in (True, False):
        with fast_reportlab.FENCE.forced(fast):
            table = fast_reportlab.grid_table([["head"], *[[f"row {i}"] for i in range(400)]], repeatRows=1)
        table.wrap(300, 200)
        pieces = table.split(300, 200)
        assert len(pieces) == 2 and all(type(p) is type(table) for p in pieces)
