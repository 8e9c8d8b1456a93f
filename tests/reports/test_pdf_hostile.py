"""Hostile text in the briefing: printed literally, fonts embedded, no link or image from user text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import IndirectObject

from desktop_app.reports.pdf import fast_reportlab
from desktop_app.services.context import open_register
from desktop_app.services.records.assessments import create_assessment
from desktop_app.services.records.measures import create_measure
from desktop_app.services.records.ventures import create_venture
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from tests.conftest import FIXED_NOW, measure_data, venture_data
from tests.reports.conftest import pdf_fonts, pdf_text, squash

SAFE_URL = "https://www.mofcom.gov.cn/zcfb/index.html?a=1&b=%3Cb%3E"
BAD_URLS = ("javascript:alert(1)", "file:///etc/passwd", "http://example.invalid/a b", "https://example.invalid/<b>")


def _resolve(obj: object) -> object:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


@pytest.fixture(scope="module", params=["en", "zh_CN"])  # hostile text prints literally in every language
def hostile_pdf(hostile_strings: list[str], tmp_path_factory: pytest.TempPathFactory,
                request: pytest.FixtureRequest) -> Iterator[Path]:
    tmp_path = tmp_path_factory.mktemp("hostile")
    ctx = open_register(f"sqlite:///{tmp_path / 'register.sqlite3'}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    urls = [SAFE_URL, *BAD_URLS]
    measures = []
    for i, text in enumerate(hostile_strings):
        measures.append(
            create_measure(
                ctx,
                measure_data(
                    reference=f"REF-{i} {text}",
                    title=text,
                    authority=text,
                    summary=text,
                    source_url=urls[i] if i < len(urls) else "",
                    items=[{"name": text, "codes": ["HS:8112.92"]}],
                    status_history=[],
                ),
            )
        )
    for i, text in enumerate(hostile_strings):
        venture = create_venture(
            ctx,
            venture_data(
                name=text,
                location=text,
                owner=text,
                partners=[{"name": text, "country": "CN", "share": "100"}],
                items=[{"name": text, "direction": "input", "codes": ["HS:2504.10"]}],
            ),
        )
        create_assessment(
            ctx,
            {
                "measure_id": measures[i].id,
                "venture_id": venture.id,
                "channels": ["input supply"],
                "inherent_likelihood": 1 + i % 5,
                "inherent_impact": 1 + (i * 2) % 5,
                "owner": text,
                "rationale": text,
                "mitigation": [{"text": text, "owner": text}],
            },
        )
    out = tmp_path / "hostile.pdf"
    write_briefing(ctx, out, ReportOptions(prepared_by=hostile_strings[0], confidentiality=hostile_strings[1],
                                           lang=request.param))
    ctx.db.dispose()
    yield out


def _copied_as_written(text: str) -> bool:
    """Whether copied text equals what was drawn: always with the fast paths; with the stock twin
    (ReportLab's own ToUnicode map) not for characters above U+FFFF or Arabic (test_fast_reportlab)."""
    return fast_reportlab.FENCE.fast or not any(ord(ch) > 0xFFFF or "\u0600" <= ch <= "\u08ff" for ch in text)


def test_every_hostile_string_prints_literally(hostile_pdf: Path, hostile_strings: list[str]) -> None:
    hostile_strings = [s for s in hostile_strings if _copied_as_written(s)]
    for mode in ((), ("-raw",)):
        text = squash(pdf_text(hostile_pdf, *mode))
        missing = [s for s in hostile_strings if squash(s) not in text]
        assert not missing, f"pdftotext {mode} lost: {missing}"
    # A second, independent parser agrees.
    reader = pypdf.PdfReader(hostile_pdf)
    text = squash("".join(page.extract_text() for page in reader.pages))
    for s in hostile_strings:
        if not any("\u0590" <= ch <= "\u08ff" for ch in s):  # pypdf does not reorder right-to-left runs
            assert squash(s) in text, s
    assert "[U+" not in text  # every character had a glyph in the bundled fonts


def test_fonts_are_embedded_and_cover_every_script(hostile_pdf: Path) -> None:
    fonts = pdf_fonts(hostile_pdf)
    assert fonts, "no fonts listed"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    names = " ".join(f["name"] for f in fonts)
    for family in ("DejaVuSans", "DejaVuSans-Bold", "WenQuanYiMicroHei", "Symbola"):
        assert family in names, names
    assert "Helvetica" not in names


def test_only_measure_source_links_and_no_images(hostile_pdf: Path) -> None:
    reader = pypdf.PdfReader(hostile_pdf)
    uris, actions = [], []
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            annot = _resolve(ref)
            action = _resolve(annot.get("/A")) or {}
            actions.append(str(action.get("/S")))
            if "/URI" in action:
                uris.append(str(action["/URI"]))
        xobjects = _resolve(_resolve(page["/Resources"]).get("/XObject")) or {}
        for xobj in xobjects.values():
            assert _resolve(xobj).get("/Subtype") != "/Image"
    assert uris == [SAFE_URL]
    assert set(actions) <= {"/URI", "None"}
    raw = hostile_pdf.read_bytes()
    for marker in (b"/JavaScript", b"/Launch", b"/EmbeddedFile", b"/GoToR", b"/Subtype /Image"):
        assert marker not in raw


def test_bad_urls_print_as_text(hostile_pdf: Path) -> None:
    text = squash(pdf_text(hostile_pdf, "-raw"))
    for url in BAD_URLS:
        assert squash(url) in text
