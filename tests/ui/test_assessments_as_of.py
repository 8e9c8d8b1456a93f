"""The Assessments table's "as of" filter shows each assessment's levels and owner of that day."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from desktop_app.services.context import ServiceContext
from desktop_app.services.records.assessments import list_assessments, update_assessment
from desktop_app.services.reports.analytics import dashboard
from desktop_app.ui.main_window import MainWindow

NO46 = "MOFCOM Announcement No. 46 of 2024"


def _shown(view: Any) -> dict[tuple[str, str], tuple[str, str]]:
    model = view.model

    def cell(r: int, key: str) -> str:
        return str(model.index(r, model.column_of(key)).data())
    return {(cell(r, "measure"), cell(r, "venture")): (cell(r, "residual_level"), cell(r, "owner"))
            for r in range(model.rowCount())}


def _as_of(view: Any, text: str) -> dict[tuple[str, str], tuple[str, str]]:
    view.bar.dates["as_of"].setText(text)
    view.bar.apply_now()
    return _shown(view)


def test_the_table_as_of_yesterday_shows_yesterdays_levels(window: MainWindow, demo_ctx: ServiceContext) -> None:
    before = next(a for a in list_assessments(demo_ctx) if a.measure_reference == NO46)
    # Raised today (the demo was loaded today, with assessment dates in 2025).
    update_assessment(demo_ctx, before.id, before.to_update() | {
        "residual_likelihood": 5, "residual_impact": 5, "owner": "Raised today"})
    key = (NO46, before.venture_name)
    level, owner = _as_of(window.assessments, (demo_ctx.today() - timedelta(days=1)).isoformat())[key]
    assert (level.lower(), owner) == (before.residual_level, before.owner) != ("critical", "Raised today")
    shown = _as_of(window.assessments, demo_ctx.today().isoformat())
    assert (shown[key][0].lower(), shown[key][1]) == ("critical", "Raised today")
    # The dashboard (today) counts what the table shows as of today.
    levels = [lv.lower() for lv, _ in shown.values()]
    board = dashboard(demo_ctx)
    assert {k: n for k, n in board.by_level.items() if n} == {lv: levels.count(lv) for lv in set(levels)}
