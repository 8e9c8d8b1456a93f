"""A real spreadsheet program (LibreOffice, headless) opens the workbook, shows text as text, and
a copy it re-saves still imports back unchanged."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from desktop_app.domain.entity import RECORDS
from desktop_app.services.context import open_register
from desktop_app.services.intake.importer import run_import
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from tests.conftest import FIXED_NOW, need_tool
from tests.reports.test_xlsx_workbook import build_hostile_register

TIMEOUT_S = 180
# CSV export options: comma, double quote, UTF-8, from row 1, ..., -1 = every sheet to its own file.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _convert(source: Path, target_format: str, out_dir: Path, profile: Path) -> subprocess.CompletedProcess:
    soffice = need_tool("soffice")
    return subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", target_format, "--outdir", str(out_dir), str(source)],
        capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, hostile_strings: list[str]) -> dict[str, Path]:
    need_tool("soffice")
    folder = tmp_path_factory.mktemp("lo")
    db = folder / "register.sqlite3"
    ctx = open_register(f"sqlite:///{db}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    build_hostile_register(ctx, hostile_strings)
    book = write_workbook(ctx, folder / "hostile.xlsx", ReportOptions(since=FIXED_NOW.date()))
    ctx.db.dispose()
    return {"folder": folder, "db": db, "book": book, "profile": folder / "lo-profile"}


def test_libreoffice_converts_and_shows_hostile_text_literally(hostile: dict[str, Path],
                                                               hostile_strings: list[str]) -> None:
    out = hostile["folder"] / "csv"
    done = _convert(hostile["book"], CSV_ALL_SHEETS, out, hostile["profile"])
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"hostile-{s}.csv" for s in (
        "Summary", "Measures", f"Status on {FIXED_NOW.date().isoformat()}", "Clauses", "Suspension windows",
        "Joint ventures", "Partners", "Assessments", "Mitigations", "Exposures", "Lineage", "Events",
        "Risk matrix", "Changes", "Lists", "Ownership", "Parties", "Owners", "Listed parties",
        "Ownership thresholds", "Content shares", "De minimis rules"))
    with (out / "hostile-Measures.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    # A formula would show its result here (=1+1 as 2); text shows exactly as stored.
    assert sorted(r["title"] for r in rows) == sorted(hostile_strings)
    assert {r["announced_on"] for r in rows} == {"2024-12-03"}
    with (out / "hostile-Joint ventures.csv").open(encoding="utf-8", newline="") as fh:
        assert {r["partner_1_share"] for r in csv.DictReader(fh)} == {"50"}


def test_a_copy_saved_by_libreoffice_imports_back_unchanged(hostile: dict[str, Path]) -> None:
    out = hostile["folder"] / "resaved"
    done = _convert(hostile["book"], "xlsx:Calc MS Excel 2007 XML", out, hostile["profile"])
    assert done.returncode == 0, done.stderr
    ctx = open_register(f"sqlite:///{hostile['db']}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    try:
        for entity in RECORDS:
            report = run_import(ctx, out / "hostile.xlsx", entity, dry_run=True)
            assert not report.errors, report.errors[:3]
            assert report.count("unchanged") == len(report.outcomes) > 0, report.summary()
    finally:
        ctx.db.dispose()


def test_libreoffice_prints_every_line_of_the_summarys_wrapped_rows(demo_ctx, tmp_path: Path) -> None:
    """LibreOffice takes a row's stored height: a row too short for its wrapped text prints only the
    lines that fit. The Summary's key messages and decisions print whole, each below the last."""
    import openpyxl

    from tests.reports.conftest import pdf_text, squash

    book = write_workbook(demo_ctx, tmp_path / "demo.xlsx", ReportOptions())
    summary = openpyxl.load_workbook(book, read_only=True)["Summary"]
    messages = [row[0] for row in summary.iter_rows(values_only=True)
                if row and isinstance(row[0], str) and row[0][:2] in {f"{i}." for i in range(1, 7)}]
    assert len(messages) >= 3
    done = _convert(book, "pdf", tmp_path / "pdf", tmp_path / "lo-profile")
    assert done.returncode == 0, done.stderr
    printed = squash(pdf_text(tmp_path / "pdf" / "demo.pdf", "-raw"))
    at = 0
    for message in messages:  # whole, and in order
        found = printed.find(squash(message), at)
        assert found >= 0, message
        at = found + 1
