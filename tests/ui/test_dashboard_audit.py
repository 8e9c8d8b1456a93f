"""Dashboard (heat map clicks filter the assessments; lists open records) and the audit log view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import audit_log, browse
from desktop_app.services.records.ventures import get_venture, update_venture
from desktop_app.services.reports import analytics
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.entity_model import RowIdRole
from tests.ui.conftest import Dialogs


def test_heat_map_shows_counts_in_matrix_colours(window: MainWindow, demo_ctx: ServiceContext) -> None:
    with demo_ctx.db.session() as s:
        grid = analytics.heat_map(s)
    heat = window.dashboard.heat_map
    for li in range(1, 6):
        for ii in range(1, 6):
            assert heat.count(li, ii) == grid[li - 1][ii - 1]
    assert "#c62828" in heat.cells[(5, 5)].styleSheet().lower()  # critical corner
    assert "#2e7d32" in heat.cells[(1, 1)].styleSheet().lower()  # low corner
    assert window.dashboard.summary.text().startswith("As of 2026-11-25: 12 live assessments")


def test_clicking_a_cell_lists_its_assessments(qtbot: Any, window: MainWindow) -> None:
    heat = window.dashboard.heat_map
    li, ii = max(((li, ii) for li in range(1, 6) for ii in range(1, 6)), key=lambda c: heat.count(*c))
    qtbot.mouseClick(heat.cells[(li, ii)], Qt.MouseButton.LeftButton)
    view = window.assessments
    assert window.current_view_name() == "assessments"
    assert view.model.rowCount() == heat.count(li, ii) > 0
    assert view.bar.chip.isVisibleTo(view) and f"likelihood {li} x impact {ii}" in view.bar.chip.text()
    model = view.model
    cells = {(model.index(r, model.column_of("residual_likelihood")).data(Qt.ItemDataRole.DisplayRole),
              model.index(r, model.column_of("residual_impact")).data(Qt.ItemDataRole.DisplayRole))
             for r in range(model.rowCount())}
    assert cells == {(str(li), str(ii))}
    qtbot.mouseClick(view.bar.chip_clear, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 12 and not view.bar.chip.isVisibleTo(view)


def test_dashboard_lists_open_their_records(qtbot: Any, window: MainWindow, opened: list) -> None:
    top = window.dashboard.top_table
    rect = top.visualRect(top.model().index(0, 0))
    qtbot.mouseClick(top.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(top.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    best = browse.page(window.ctx, Entity.ASSESSMENT, browse.BrowseQuery(sort="residual_level", descending=True),
                       0, 1)[0]
    assert opened == [(Entity.ASSESSMENT, best.id)]
    deadlines = window.dashboard.deadline_model
    assert deadlines.rowCount() > 0
    # What waits for someone comes first, in red: lapsed suspensions to confirm, overdue reviews.
    kinds = [deadlines.index(r, 2).data(Qt.ItemDataRole.DisplayRole) for r in range(deadlines.rowCount())]
    assert kinds[0] == "Confirm not extended" and "Review overdue" in kinds
    assert deadlines.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b71c1c"
    statuses = {window.dashboard.status_model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
                for r in range(window.dashboard.status_model.rowCount())}
    assert "in force" in statuses


def test_audit_view_shows_before_and_after_of_an_edit(window: MainWindow, demo_ctx: ServiceContext,
                                                      hostile_strings: list[str]) -> None:
    venture = browse.ordered_ids(demo_ctx, Entity.VENTURE)[0]
    record = get_venture(demo_ctx, venture)
    hostile = hostile_strings[0]  # markup that must be shown as typed
    update_venture(demo_ctx, venture, record.to_update() | {"notes": hostile})
    window.records_changed.emit(Entity.VENTURE)
    window.show_view("audit")
    audit = window.audit
    assert audit.model.entry(0).action == "update"
    assert audit.detail.textFormat() == Qt.TextFormat.PlainText
    assert record.name in audit.detail.text()
    cell = audit.changes.index
    count = audit.changes.rowCount()
    rows = {cell(r, 0).data(): (cell(r, 1).data(), cell(r, 2).data()) for r in range(count)}
    assert rows["Notes"] == (" ".join(record.notes.split()), hostile)  # labels, not keys


def test_audit_changes_read_as_labels_and_words(window: MainWindow, demo_ctx: ServiceContext) -> None:
    from desktop_app.services.records.assessments import get_assessment, update_assessment

    assessment = get_assessment(demo_ctx, browse.ordered_ids(demo_ctx, Entity.ASSESSMENT)[0])
    impact = 1 if assessment.inherent_impact != 1 else 2
    update_assessment(demo_ctx, assessment.id, assessment.to_update() | {
        "inherent_impact": impact, "status": "in_review",
        "mitigation": [{"text": "Second <b>source</b>", "owner": "Procurement", "status": "in_progress"}]})
    window.records_changed.emit(Entity.ASSESSMENT)
    window.show_view("audit")
    audit = window.audit
    audit.show_entry(0)
    cell = audit.changes.index
    rows = {cell(r, 0).data(): cell(r, 2).data() for r in range(audit.changes.rowCount())}
    assert rows["Inherent impact"] == str(impact)
    assert rows["Status"] == "in review"  # the vocabulary's label, not in_review
    assert "Second <b>source</b>" in rows["Mitigation"] and "in progress" in rows["Mitigation"]
    assert "{" not in rows["Mitigation"]  # no raw JSON


def test_history_of_the_selected_record(qtbot: Any, window: MainWindow) -> None:
    window.show_view("ventures")
    window.ventures.table.selectRow(1)
    record_id = window.ventures.model.index(1, 0).data(RowIdRole)
    window.activateWindow()
    qtbot.keyClick(window.ventures.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    audit = window.audit
    assert window.current_view_name() == "audit"
    assert audit.entity.currentData() == "joint_venture" and audit.record_id.text() == str(record_id)
    assert audit.model.rowCount() >= 1
    assert all(audit.model.entry(r).entity_id == record_id for r in range(audit.model.rowCount()))
    audit.clear_filters()
    assert audit.model.rowCount() == audit_log.count(window.ctx)


def test_audit_filters_by_actor_action_and_text(qtbot: Any, window: MainWindow, dialogs: Dialogs) -> None:
    window.show_view("audit")
    audit = window.audit
    audit.action.setCurrentIndex(audit.action.findData("import"))
    assert audit.model.rowCount() == 5  # measures, ventures, clauses, windows, assessments
    audit.action.setCurrentIndex(0)
    audit.search.setText("한중미래")
    audit.apply_filters()
    assert 0 < audit.model.rowCount() < audit_log.count(window.ctx)
    audit.actor.setCurrentIndex(audit.actor.findData("tester"))
    assert audit.model.rowCount() > 0
    assert audit.count_label.text().endswith("audit entries")
    assert not dialogs.errors
