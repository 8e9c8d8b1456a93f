"""The board pack: page 1's key messages and decisions, briefings recorded in the audit trail,
changes since the last briefing in words, and the page bound at any register size."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdf
from sqlmodel import select

from benchmarks.generate import Size, build_register
from desktop_app.cli.main import main
from desktop_app.domain.entity import Entity
from desktop_app.domain.models import AuditEntry
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records.assessments import list_assessments, update_assessment
from desktop_app.services.reports.briefing import assemble, write_briefing
from desktop_app.services.reports.issued import file_sha256
from desktop_app.services.reports.key_messages import digest_screening, key_messages
from desktop_app.services.reports.movements import movements
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.scope import report_scope
from tests.reports.conftest import pdf_text, squash

TODAY = date(2026, 12, 3)
BOARD = ReportOptions(as_of=TODAY, full=False)


def _on(ctx: ServiceContext, day: date) -> ServiceContext:
    moment = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=10)
    ctx.now = lambda: moment
    return ctx


def _messages(ctx: ServiceContext, as_of: date) -> list[tuple[str, str]]:
    with ctx.db.session() as s:
        scope = report_scope(s, as_of, ctx.today(), None, None, assessed_only=False)
        matrix = load_matrix(s)
        found = key_messages(s, scope, matrix, movements(s, scope.since, as_of, matrix), digest_screening(s, scope))
    return [(m.kind, m.text) for m in found]


def test_page_one_names_the_lapsed_suspension_and_its_ventures(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_briefing(_on(demo_ctx, TODAY), tmp_path / "board.pdf", BOARD)
    page_one = squash(pdf_text(out, "-f", "1", "-l", "1"))
    for text in ("Keymessages", "ThesuspensionbyMOFCOMAnnouncementNo.72of2025endedon2026-11-27",
                 "MOFCOMAnnouncementNo.46of2024(clause2)appliesagainfrom2026-11-28",
                 "AuroraAnodeMaterialsLLC", "RheinGallium&GermaniumRecoveryGmbH",
                 "MOFCOM/GACAnnouncementNo.70of2025endedon2026-11-10", "Decisionsrequired"):
        assert text in page_one, text
    assert squash("MOFCOM/GAC Announcement No. 58 of 2025") in page_one  # suspended by No. 70, reaches a venture


def test_key_messages_are_ranked_and_bounded(demo_ctx: ServiceContext) -> None:
    found = _messages(_on(demo_ctx, TODAY), TODAY)
    assert 3 <= len(found) <= 6
    kinds = [k for k, _ in found]
    assert kinds[0] == "suspension" and "No. 72 of 2025" in found[0][1]  # reaches two ventures: first
    assert "screening" in kinds
    # A year earlier every suspension still ran for months: no suspension message at all.
    earlier = _messages(_on(demo_ctx, date(2025, 12, 3)), date(2025, 12, 3))
    assert "suspension" not in [k for k, _ in earlier] and len(earlier) >= 3


def test_an_empty_register_still_gets_three_messages(ctx: ServiceContext) -> None:
    found = _messages(ctx, ctx.today())
    assert len(found) == 3 and [k for k, _ in found] == ["status", "status", "quiet"]
    assert "no measure is in the register" in found[0][1]


def test_each_briefing_is_recorded_and_the_next_starts_from_it(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    first = write_briefing(_on(demo_ctx, date(2026, 11, 26)), tmp_path / "first.pdf",
                           ReportOptions(as_of=date(2026, 11, 26), full=False))
    with demo_ctx.db.session() as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.entity == Entity.BRIEFING.value)).all()
    assert len(entries) == 1
    changes = json.loads(entries[0].changes)
    assert changes["sha256"][1] == file_sha256(first) and changes["as_of"][1] == "2026-11-26"
    assert json.loads(changes["options"][1]) == {"full": False, "ventures": []}
    # A residual level raised after the first briefing shows in words in the next one.
    _on(demo_ctx, date(2026, 11, 30))
    target = next(a for a in list_assessments(demo_ctx) if a.residual_level == "medium")
    update_assessment(demo_ctx, target.id, target.to_update() | {"residual_likelihood": 5, "residual_impact": 5})
    second = write_briefing(_on(demo_ctx, TODAY), tmp_path / "second.pdf", BOARD)
    text = squash(pdf_text(second))
    assert "Changessince2026-11-26" in text  # the cover: since the first briefing
    assert "Sincethelastbriefing" in text
    assert squash(f"Residual risk of {target.measure_reference} at {target.venture_name} rose from Medium to "
                  "Critical") in text
    assert "Newmeasures(0)" in text  # nothing was added between the two briefings
    with demo_ctx.db.session() as s:
        assert len(s.exec(select(AuditEntry).where(AuditEntry.entity == Entity.BRIEFING.value)).all()) == 2


def test_an_explicit_since_wins_over_the_last_briefing(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    write_briefing(_on(demo_ctx, TODAY), tmp_path / "a.pdf", BOARD)
    with demo_ctx.db.session() as s:
        doc = assemble(s, demo_ctx, ReportOptions(since=date(2026, 10, 1), full=False), TODAY)
    assert doc.changes is not None and doc.changes.since == date(2026, 10, 1)


def test_the_board_pack_is_bounded_and_full_adds_the_appendix(tmp_path: Path) -> None:
    url = build_register(tmp_path / "big.sqlite3", Size(measures=30, ventures=300, inputs=3, assessments=1_500))
    ctx = open_register(url, actor="tester")
    try:
        board = write_briefing(ctx, tmp_path / "board.pdf", ReportOptions(full=False))
        full = write_briefing(ctx, tmp_path / "full.pdf", ReportOptions(full=True))
    finally:
        ctx.db.dispose()
    pages = len(pypdf.PdfReader(board).pages)
    assert pages <= 12
    assert len(pypdf.PdfReader(full).pages) > 3 * pages
    text = squash(pdf_text(board))
    assert "moreintheworkbook" in text
    assert "Measuresappendix" not in text and "Measuresappendix" in squash(pdf_text(full))


def test_cli_writes_the_board_pack_by_default(demo_ctx: ServiceContext, tmp_path: Path, capsys) -> None:
    db = str(demo_ctx.db.url).removeprefix("sqlite:///")
    demo_ctx.db.dispose()
    assert main(["--db", db, "report", "pdf", str(tmp_path / "b.pdf"), "--as-of", "2026-12-03"]) == 0
    assert main(["--db", db, "report", "pdf", str(tmp_path / "f.pdf"), "--as-of", "2026-12-03", "--full"]) == 0
    board, full = (len(pypdf.PdfReader(tmp_path / n).pages) for n in ("b.pdf", "f.pdf"))
    assert board <= 12 < full


def test_the_workbook_summary_carries_the_same_messages_and_decisions(demo_ctx: ServiceContext,
                                                                       tmp_path: Path) -> None:
    import openpyxl

    from desktop_app.services.reports.workbook import write_workbook

    _on(demo_ctx, TODAY)
    with demo_ctx.db.session() as s:
        doc = assemble(s, demo_ctx, BOARD, TODAY)
    book = write_workbook(demo_ctx, tmp_path / "w.xlsx", BOARD)
    ws = openpyxl.load_workbook(book, read_only=True)["Summary"]
    cells = [str(row[0]) for row in ws.iter_rows(max_col=1, values_only=True) if row[0] is not None]
    assert [f"{i}. {m.text}" for i, m in enumerate(doc.key_messages, start=1)] == [
        c for c in cells if c[:2] in {f"{i}." for i in range(1, 7)}]
    assert [x.text for x in doc.decisions] == cells[cells.index("Decision") + 1:][:len(doc.decisions)]
    # Titles and headers name their font and size (LibreOffice fell back to a serif without them).
    full = openpyxl.load_workbook(book)
    title, header = full["Summary"]["A1"], full["Assessments"]["A1"]
    assert (title.font.name, title.font.sz, title.font.b) == ("Calibri", 16, True)
    assert (header.font.name, header.font.sz, header.font.b) == ("Calibri", 11, True)
    assert full["Assessments"]["A2"].font.name == "Calibri"


def test_summary_glossary_calendar_and_headers_read_as_written(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_briefing(_on(demo_ctx, date(2026, 6, 1)), tmp_path / "b.pdf",
                         ReportOptions(as_of=date(2026, 6, 1), full=True))
    text = " ".join(pdf_text(out).split())
    # The status sentence names every status of the day: suspended and repealed ones too.
    sentence = text[text.index("As of 2026-06-01, "):][:200]
    assert "suspended" in sentence and "repealed" in sentence and "in force" in sentence
    for title in ("Glossary and method", "MOFCOM", "FDPR", "ECCN", "Needs data", "Calendar", "Reviews by owner"):
        assert title in text, title
    layout = pdf_text(out, "-layout")
    assert "Residua l" not in layout and "Inheren t" not in layout and "Residua\n" not in layout
    assert "Review overdue" not in text  # one marker: "overdue"


def test_a_venture_dossier_is_bounded_and_names_only_that_venture(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_briefing(_on(demo_ctx, TODAY), tmp_path / "v.pdf",
                         ReportOptions(as_of=TODAY, ventures=("Aurora Anode Materials LLC",), full=False))
    assert len(pypdf.PdfReader(out).pages) <= 12
    text = " ".join(pdf_text(out).split())
    assert "Joint ventures" in text and "Measures appendix" in text  # its section and its measures
    assert "Katanga Cobalt Hydroxide SA" not in text
