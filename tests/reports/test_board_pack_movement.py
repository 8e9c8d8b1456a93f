"""The board pack's heat maps show how many assessments entered or left each cell since the last
briefing; the residual-by-venture chart has counts in its segments and a legend."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.services.context import ServiceContext
from desktop_app.services.records.assessments import list_assessments, update_assessment
from desktop_app.services.reports.briefing import assemble, write_briefing
from desktop_app.services.reports.options import ReportOptions
from tests.reports.conftest import pdf_text, squash
from tests.reports.test_board_pack import BOARD, TODAY, _on


def test_a_rescored_assessment_moves_one_count_between_cells(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    write_briefing(_on(demo_ctx, date(2026, 11, 26)), tmp_path / "first.pdf",
                   ReportOptions(as_of=date(2026, 11, 26), full=False))
    _on(demo_ctx, date(2026, 11, 30))
    target = next(a for a in list_assessments(demo_ctx) if a.residual_level == "medium")
    then = (target.residual_likelihood, target.residual_impact)
    update_assessment(demo_ctx, target.id, target.to_update() | {"residual_likelihood": 5, "residual_impact": 5})
    _on(demo_ctx, TODAY)
    with demo_ctx.db.session() as s:
        doc = assemble(s, demo_ctx, ReportOptions(as_of=TODAY, since=date(2026, 11, 26), full=False), TODAY)
    inherent, residual = doc.heat_maps
    assert residual.shift is not None and inherent.shift is not None
    moved = {(li + 1, ii + 1): n for li, row in enumerate(residual.shift) for ii, n in enumerate(row) if n}
    assert moved == {(5, 5): 1, then: -1}
    assert not any(n for row in inherent.shift for n in row)  # only the residual scores changed
    before = residual.counts[then[0] - 1][then[1] - 1] - residual.shift[then[0] - 1][then[1] - 1]
    assert before >= 1  # the count on the last briefing's day: now minus the change

    pack = write_briefing(_on(demo_ctx, TODAY), tmp_path / "second.pdf", BOARD)
    text = pdf_text(pack)
    assert "\u21911" in text and "\u21931" in text  # the arrows drawn in the two cells
    assert squash("Arrows: the change in a cell since 2026-11-26") in squash(text)
    assert squash("with the count of each level in its segment") in squash(text)


def test_nothing_moved_says_so(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    write_briefing(_on(demo_ctx, date(2026, 11, 26)), tmp_path / "first.pdf",
                   ReportOptions(as_of=date(2026, 11, 26), full=False))
    pack = write_briefing(_on(demo_ctx, TODAY), tmp_path / "second.pdf", BOARD)
    text = squash(pdf_text(pack))
    assert squash("No assessment entered or left a cell since 2026-11-26.") in text
    assert "\u2191" not in pdf_text(pack)
