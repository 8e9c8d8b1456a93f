"""Assessments as they stood on a past day: levels, owner, treatment and review date of that day in
the briefing, the workbook, the tables' "as of" filter and the dashboard, undone from the audit trail."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.records.browse import BrowseQuery, columns, ordered_ids, page, rows_by_id
from desktop_app.services.records.matrix import get_matrix, update_matrix
from desktop_app.services.reports.analytics import dashboard
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from tests.conftest import measure_data, venture_data
from tests.reports.conftest import pdf_text

YESTERDAY, TODAY = date(2026, 12, 2), date(2026, 12, 3)


def _at(ctx: ServiceContext, moment: str) -> None:
    when = datetime.fromisoformat(moment).replace(tzinfo=UTC)
    ctx.now = lambda: when


@pytest.fixture
def raised(ctx: ServiceContext) -> ServiceContext:
    """One assessment recorded on 1 December at residual Medium (3 x 2), owned by Alice, raised on
    3 December (today) to High (4 x 3), owned by Bob, with an earlier review date."""
    _at(ctx, "2026-12-01T10:00")
    m = measures.create_measure(ctx, measure_data(status="in force", status_history=[]))
    v = ventures.create_venture(ctx, venture_data())
    a = assessments.create_assessment(ctx, {
        "measure_id": m.id, "venture_id": v.id, "inherent_likelihood": 4, "inherent_impact": 4,
        "residual_likelihood": 3, "residual_impact": 2, "owner": "Alice", "treatment": "monitor",
        "next_review_on": "2027-03-01"})
    assert a.residual_level == "medium"
    _at(ctx, "2026-12-03T09:00")
    a = assessments.update_assessment(ctx, a.id, a.to_update() | {
        "residual_likelihood": 4, "residual_impact": 3, "owner": "Bob", "treatment": "mitigate",
        "next_review_on": "2027-01-15"})
    assert a.residual_level == "high"
    return ctx


def _book(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]], list[list[Any]]]:
    """(Summary figures, Assessments rows, residual heat map rows 5..1) of a workbook."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        summary = [r for r in wb["Summary"].iter_rows(values_only=True)]
        figures = {str(r[0]): r[1] for r in summary if r and r[0] is not None and len(r) > 1}
        start = next(i for i, r in enumerate(summary) if r and r[0] == "Likelihood \\ Impact")
        heat = [list(r[1:6]) for r in summary[start + 1:start + 6]]
        rows = list(wb["Assessments"].iter_rows(values_only=True))
        return figures, [dict(zip(rows[0], r, strict=False)) for r in rows[1:]], heat
    finally:
        wb.close()


def _briefing(ctx: ServiceContext, path: Path, day: date) -> tuple[str, list[str]]:
    """(the briefing's text on one line, the residual heat map's row for likelihood 3)."""
    write_briefing(ctx, path, ReportOptions(as_of=day))
    layout = pdf_text(path, "-layout").splitlines()
    row = next(line.split() for line in layout if line.split()[:1] == ["3"] and "·" in line)
    return " ".join(pdf_text(path).split()), row[len(row) // 2 + 1:]


@pytest.mark.parametrize(("day", "level", "label", "cell"), [
    (YESTERDAY, "medium", "Medium", (3, 2)), (TODAY, "high", "High", (4, 3))])
def test_workbook_and_briefing_show_the_levels_of_the_day(raised: ServiceContext, tmp_path: Path, day: date,
                                                          level: str, label: str, cell: tuple[int, int]) -> None:
    figures, rows, heat = _book(_write(raised, tmp_path / "w.xlsx", day))
    assert [(r["residual_level"], r["owner"], r["treatment"]) for r in rows] == [
        (label, "Alice" if day == YESTERDAY else "Bob", "monitor" if day == YESTERDAY else "mitigate")]
    assert rows[0]["next_review_on"].date() == (date(2027, 3, 1) if day == YESTERDAY else date(2027, 1, 15))
    assert figures[label] == 1 and figures["High" if level == "medium" else "Medium"] == 0
    assert heat[5 - cell[0]][cell[1] - 1] == 1 and sum(map(sum, heat)) == 1
    text, residual_row = _briefing(raised, tmp_path / "b.pdf", day)
    assert f"1 live assessment by residual level: {label} 1." in text
    assert re.search(rf"Top risks .*? # Residual 1 {label} ", text)
    assert f"the worst residual level is {label}, at 1 of them" in text
    assert residual_row == (["·", "1", "·", "·", "·"] if day == YESTERDAY else ["·"] * 5)


def _write(ctx: ServiceContext, path: Path, day: date) -> Path:
    write_workbook(ctx, path, ReportOptions(as_of=day))
    return path


def test_an_assessment_recorded_today_is_absent_yesterday(raised: ServiceContext, tmp_path: Path) -> None:
    m = measures.create_measure(raised, measure_data(reference="Second measure", status="in force",
                                                     status_history=[]))
    v = ventures.list_ventures(raised)[0]
    assessments.create_assessment(raised, {"measure_id": m.id, "venture_id": v.id, "inherent_likelihood": 5,
                                           "inherent_impact": 5})
    _, rows, _ = _book(_write(raised, tmp_path / "past.xlsx", YESTERDAY))
    assert [r["measure_reference"] for r in rows] == ["MOFCOM Announcement No. 46 of 2024"]
    _, rows, _ = _book(_write(raised, tmp_path / "now.xlsx", TODAY))
    assert len(rows) == 2


def test_archived_or_closed_today_is_present_yesterday_with_its_levels(raised: ServiceContext,
                                                                       tmp_path: Path) -> None:
    a = assessments.list_assessments(raised)[0]
    assessments.update_assessment(raised, a.id, a.to_update() | {"status": "closed"})
    assessments.archive_assessment(raised, a.id)
    _, rows, _ = _book(_write(raised, tmp_path / "past.xlsx", YESTERDAY))
    assert [(r["residual_level"], r["status"], r["owner"]) for r in rows] == [("Medium", "draft", "Alice")]
    assert _book(_write(raised, tmp_path / "now.xlsx", TODAY))[1] == []


def test_the_tables_as_of_filter_and_the_dashboard_agree(raised: ServiceContext) -> None:
    names = columns(Entity.ASSESSMENT)

    def levels(day: date, **filters: Any) -> list[tuple[str, str]]:
        rows = page(raised, Entity.ASSESSMENT, BrowseQuery(as_of=day, **filters))
        return [(r.values[names.index("residual_level")], r.values[names.index("owner")]) for r in rows]

    assert levels(YESTERDAY) == [("medium", "Alice")]
    assert levels(YESTERDAY, risk_level="medium") == [("medium", "Alice")]
    assert levels(YESTERDAY, risk_level="high") == []
    assert levels(YESTERDAY, owner="Bob") == []
    # The window's table: the ids in order (filtered on that day's values), then rows by id.
    ids = ordered_ids(raised, Entity.ASSESSMENT, BrowseQuery(as_of=YESTERDAY, risk_level="medium"))
    assert len(ids) == 1 and ordered_ids(raised, Entity.ASSESSMENT, BrowseQuery(as_of=YESTERDAY, owner="Bob")) == []
    shown = rows_by_id(raised, Entity.ASSESSMENT, ids, YESTERDAY)[0].values
    assert (shown[names.index("residual_level")], shown[names.index("owner")]) == ("medium", "Alice")
    board = dashboard(raised)
    assert levels(TODAY) == [("high", "Bob")]
    assert {k: n for k, n in board.by_level.items() if n} == {"high": 1}
    assert board.heat_map[3][2] == 1  # residual 4 x 3, as the table shows today
    assert page(raised, Entity.ASSESSMENT, BrowseQuery())[0].values == page(
        raised, Entity.ASSESSMENT, BrowseQuery(as_of=TODAY))[0].values


def test_a_matrix_changed_since_gives_the_levels_of_the_day(raised: ServiceContext, tmp_path: Path) -> None:
    matrix = get_matrix(raised)
    grid = [list(row) for row in matrix.grid]
    grid[3][2] = "critical"  # 4 x 3 becomes Critical from now on
    grid[2][1] = "low"  # 3 x 2 becomes Low
    update_matrix(raised, type(matrix)(matrix.levels, tuple(tuple(r) for r in grid)))
    assert assessments.list_assessments(raised)[0].residual_level == "critical"
    _, rows, _ = _book(_write(raised, tmp_path / "past.xlsx", YESTERDAY))
    assert rows[0]["residual_level"] == "Medium"


def test_hostile_text_of_the_day_survives(ctx: ServiceContext, tmp_path: Path, hostile_strings: list[str]) -> None:
    _at(ctx, "2026-12-02T10:00")
    m = measures.create_measure(ctx, measure_data(status="in force", status_history=[]))
    vs = [ventures.create_venture(ctx, venture_data(name=f"JV {i}", partners=[])) for i in range(len(hostile_strings))]
    made = [assessments.create_assessment(ctx, {"measure_id": m.id, "venture_id": v.id, "inherent_likelihood": 2,
                                                "inherent_impact": 2, "owner": text[:200], "rationale": text})
            for v, text in zip(vs, hostile_strings, strict=True)]
    baseline = _book(_write(ctx, tmp_path / "then.xlsx", YESTERDAY))[1]
    _at(ctx, "2026-12-03T10:00")
    for a in made:
        assessments.update_assessment(ctx, a.id, a.to_update() | {"owner": "Later owner", "rationale": "later",
                                                                  "inherent_likelihood": 5})
    assert _book(_write(ctx, tmp_path / "past.xlsx", YESTERDAY))[1] == baseline
    names = columns(Entity.ASSESSMENT)
    owners = [r.values[names.index("owner")] for r in page(ctx, Entity.ASSESSMENT, BrowseQuery(as_of=YESTERDAY))]
    assert sorted(owners) == sorted(t[:200] for t in hostile_strings)
