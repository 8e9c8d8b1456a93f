"""A long unbroken value (3,000 characters with no space) in any field is wrapped or cut in every cell
of the briefing and the workbook: the reports are written, whatever the options."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.cli.main import main as cli_main
from desktop_app.services.context import open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import assessments, measures, ventures

TOKEN = "X" * 3000


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "reg.db"
    ctx = open_register(path, actor="owner")
    load_demo(ctx)
    for m in measures.list_measures(ctx):  # through the services: every one is a valid record
        measures.update_measure(ctx, m.id, m.to_update() | {
            "authority": TOKEN, "title": "T" + TOKEN, "original_title": TOKEN, "notes": TOKEN,
            "summary": TOKEN, "items": [{"name": f"{i.name} {TOKEN}", "codes": i.codes} for i in m.items]})
    for v in ventures.list_ventures(ctx):
        ventures.update_venture(ctx, v.id, v.to_update() | {
            "location": TOKEN, "activity": TOKEN, "sector": TOKEN, "owner": TOKEN, "notes": TOKEN,
            "partners": [p.model_dump() | {"name": f"{p.name}{TOKEN}"} for p in v.partners]})
    for a in assessments.list_assessments(ctx):
        assessments.update_assessment(ctx, a.id, a.to_update() | {
            "rationale": TOKEN, "owner": TOKEN,
            "mitigation": [m.model_dump() | {"text": TOKEN, "owner": TOKEN} for m in a.mitigation]})
    ctx.db.dispose()
    return path


@pytest.mark.parametrize("options", [[], ["--since", "2024-01-01"], ["--as-of", "2025-06-30"],
                                     ["--venture", "Aurora Anode Materials LLC"]])
def test_the_briefing_is_written_with_long_unbroken_values(register: Path, tmp_path: Path,
                                                           options: list[str]) -> None:
    out = tmp_path / "briefing.pdf"
    assert cli_main(["--db", str(register), "report", "pdf", str(out), *options]) == 0
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) > 3
    assert "XXXXXXXXXX" in "".join(page.extract_text() for page in pages[:10])


def test_the_workbook_is_written_with_long_unbroken_values(register: Path, tmp_path: Path) -> None:
    out = tmp_path / "workbook.xlsx"
    assert cli_main(["--db", str(register), "report", "xlsx", str(out)]) == 0
    wb = load_workbook(out, read_only=True)
    assert any(TOKEN in str(c) for c in next(wb["Measures"].iter_rows(min_row=2, max_row=2, values_only=True)))
    wb.close()
