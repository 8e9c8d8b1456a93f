"""Many ventures: sections streamed in batches come out complete and in order; the full-size
run (2,000 ventures, 100,000 assessments) is a slow test."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from benchmarks.generate import Size, build_register
from desktop_app.services.context import open_register
from desktop_app.services.reports import briefing_sections
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from tests.reports.conftest import pdf_text


def _outline_children(reader: pypdf.PdfReader, parent: str) -> list[str]:
    items = reader.outline
    for i, item in enumerate(items):
        if not isinstance(item, list) and item.title == parent:
            return [c.title for c in items[i + 1]] if i + 1 < len(items) and isinstance(items[i + 1], list) else []
    return []


def _briefing(tmp_path: Path, ventures: int, assessments: int, measures: int = 40) -> tuple[Path, int]:
    url = build_register(tmp_path / "big.sqlite3", Size(measures=measures, ventures=ventures, inputs=4,
                                                        assessments=assessments))
    ctx = open_register(url, actor="tester")
    try:
        out = write_briefing(ctx, tmp_path / "big.pdf", ReportOptions())
    finally:
        ctx.db.dispose()
    return out, len(pypdf.PdfReader(out).pages)


def test_sections_stream_across_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(briefing_sections, "BATCH", 7)  # many batch boundaries with a small register
    out, pages = _briefing(tmp_path, ventures=45, assessments=90)
    reader = pypdf.PdfReader(out)
    names = _outline_children(reader, "Joint ventures")
    assert len(names) == 45
    assert len(set(names)) == 45
    measures = _outline_children(reader, "Measures appendix")
    assert len(measures) == 40
    assert f"Page {pages} of {pages}" in " ".join(pdf_text(out).split())


@pytest.mark.slow  # skipped unless pytest --run-slow
def test_full_size_register_gives_a_complete_briefing(tmp_path: Path) -> None:
    out, pages = _briefing(tmp_path, ventures=2_000, assessments=100_000, measures=100)
    reader = pypdf.PdfReader(out)
    assert len(_outline_children(reader, "Joint ventures")) == 2_000
    assert pages > 2_000
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
