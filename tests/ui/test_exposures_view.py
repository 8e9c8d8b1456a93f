"""The Exposures view: lists unassessed matches, drafts an assessment, dismisses with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import measures, ventures
from desktop_app.services.records.assessments import list_assessments
from desktop_app.services.screening import actions
from desktop_app.services.screening import exposures as screening
from desktop_app.ui.forms import AssessmentForm
from desktop_app.ui.views.exposures_view import ExposuresView
from tests.conftest import measure_data, venture_data
from tests.ui.conftest import Dialogs


def click(button: Any) -> None:
    button.click()


class FakeWindow(QObject):
    """What the view needs of the main window: the context and the change signal."""

    records_changed = Signal(str)

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.changes: list[str] = []
        self.records_changed.connect(self.changes.append)


def _view(qtbot: Any, ctx: ServiceContext) -> tuple[ExposuresView, FakeWindow, list[int]]:
    window = FakeWindow(ctx)
    view = ExposuresView(window)
    qtbot.addWidget(view)
    badges: list[int] = []
    view.exposures_changed.connect(badges.append)
    view.refresh()
    return view, window, badges


def _cells(view: ExposuresView, column: int) -> list[str]:
    model = view.proxy
    return [model.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_lists_the_unassessed_exposures_with_reasons(qtbot: Any, demo_ctx: ServiceContext,
                                                    dialogs: Dialogs) -> None:
    view, _window, badges = _view(qtbot, demo_ctx)
    expected = screening.unassessed_exposures(demo_ctx)
    assert view.proxy.rowCount() == len(expected) == badges[-1] > 0
    assert set(_cells(view, 0)) == {e.measure_reference for e in expected}
    assert view.detail.text().endswith(view.selected().flow)  # type: ignore[union-attr]
    view.show_all.setChecked(True)
    assert view.proxy.rowCount() == len(screening.screen(demo_ctx, include_assessed=True,
                                                         include_dismissed=True))
    assert any(cell.endswith("[assessed]") for cell in _cells(view, 3))
    assert dialogs.errors == []


def test_draft_and_dismiss_leave_the_list(qtbot: Any, demo_ctx: ServiceContext, dialogs: Dialogs) -> None:
    view, window, badges = _view(qtbot, demo_ctx)
    first = view.selected()
    assert first is not None and view.draft_button.isEnabled()
    before_count = len(list_assessments(demo_ctx))
    view.draft_button.click()
    form = view.draft_form  # the assessment form, prefilled, nothing saved
    assert isinstance(form, AssessmentForm) and form.isVisible()
    assert (form.measure.current_id(), form.venture.current_id()) == (first.measure_id, first.venture_id)
    assert form.inherent.level_label() == "Not scored" and form.inherent.scores() == (None, None)
    assert "Matched:" in form.rationale.toPlainText()
    assert len(list_assessments(demo_ctx)) == before_count and window.changes == []  # nothing counts yet
    click(form.save_button)  # unscored: refused, with the reason on the field
    assert form.isVisible() and len(list_assessments(demo_ctx)) == before_count
    assert "choose a likelihood" in form._messages[form.inherent].text()
    form.inherent.likelihood.setCurrentIndex(3)
    form.inherent.impact.setCurrentIndex(1)
    click(form.save_button)
    assert not form.isVisible() and window.changes == [Entity.ASSESSMENT]
    saved = [a for a in list_assessments(demo_ctx) if (a.measure_id, a.venture_id) == (first.measure_id,
                                                                                       first.venture_id)]
    assert [(a.inherent_likelihood, a.inherent_impact) for a in saved] == [(4, 2)]
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText().startswith("Add assessment")
    view.refresh()  # what the window's refresh does for the view shown
    assert (first.measure_id, first.venture_id) not in {
        (e.measure_id, e.venture_id) for e in view.exposures}
    before = badges[-1]
    view.table.selectRow(0)
    target = view.selected()
    assert target is not None
    view.ask_reason = lambda _e: None  # type: ignore[method-assign]  # cancelled: nothing happens
    view.dismiss_button.click()
    assert badges[-1] == before
    view.ask_reason = lambda _e: "   "  # type: ignore[method-assign]  # refused: a reason is required
    view.dismiss_button.click()
    assert len(dialogs.errors) == 1 and "reason" in str(dialogs.errors[0][1])
    view.ask_reason = lambda _e: "<b>licensed</b> supplier"  # type: ignore[method-assign]
    view.dismiss_button.click()
    assert badges[-1] == before - 1
    assert actions.list_dismissals(demo_ctx)[0][3].reason == "<b>licensed</b> supplier"
    assert window.undo_stack.undoText().startswith("Dismiss")
    window.undo_stack.undo()  # the dismissal is undone like any other change
    assert badges[-1] == before and actions.list_dismissals(demo_ctx) == []
    window.undo_stack.redo()
    assert badges[-1] == before - 1 and len(actions.list_dismissals(demo_ctx)) == 1
    window.undo_stack.clear()  # the commands go with their stack now, not in a later garbage collection


def test_hostile_names_are_shown_as_plain_text(qtbot: Any, ctx: ServiceContext, dialogs: Dialogs,
                                              hostile_strings: list[str]) -> None:
    measures.create_measure(ctx, measure_data(items=[{"name": "graphite", "codes": ["HS:2504"]}]))
    text = hostile_strings[0]  # '<b>Bold & Sons</b> ...'
    ventures.create_venture(ctx, venture_data(name=text, items=[
        {"name": f"{text} graphite", "direction": "input", "codes": ["HS:2504.10"], "countries": ["CN"]}]))
    view, _window, _badges = _view(qtbot, ctx)
    assert _cells(view, 2) == [text]
    assert view.detail.textFormat() == Qt.TextFormat.PlainText and text in view.detail.text()


def test_main_window_shows_the_exposure_badge_and_navigates(window: Any, qtbot: Any) -> None:
    """The demo register has unassessed exposures: the navigation and the dashboard say how many."""
    unassessed = screening.count_unassessed(window.ctx)
    assert unassessed > 0
    nav = window.nav.item(list(window.views).index("exposures"))
    qtbot.waitUntil(lambda: nav.text() == f"Exposures ({unassessed})", timeout=20_000)  # counted once the window is up
    badge = window.dashboard.exposure_badge
    assert not badge.isHidden() and badge.text().startswith(f"{unassessed} unassessed exposure")
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "exposures"
    assert window.exposures.model.rowCount() == unassessed


def test_needs_data_is_listed_apart_and_fixed_in_one_step(qtbot: Any, ctx: ServiceContext,
                                                          dialogs: Dialogs) -> None:
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[]))
    ventures.create_venture(ctx, venture_data(country="JP", partners=[], items=[
        {"name": "gallium metal", "direction": "input"}]))
    view, _window, badges = _view(qtbot, ctx)
    assert view.proxy.rowCount() == 0 and badges[-1] == 0  # an unknown origin is not an exposure
    panel = view.needs
    assert view.tabs.tabText(1) == "Needs data (1)"
    assert panel.needs_proxy.index(0, 2).data() == "supplier countries"
    tip = panel.needs_model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Supplier countries of an input" in tip
    assert "1 facts to record across 1 joint ventures" in panel.completeness.text()
    panel.ask_countries = lambda _n: ["XX"]  # type: ignore[method-assign]
    panel.record_button.click()
    assert len(dialogs.errors) == 1 and panel.needs_model.rowCount() == 1  # refused, nothing changed
    panel.ask_countries = lambda _n: ["cn"]  # type: ignore[method-assign]
    panel.record_button.click()
    assert panel.needs_model.rowCount() == 0 and badges[-1] == 1
    assert view.proxy.rowCount() == 1 and view.selected() is not None
    assert view.model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).count("medium") == 1


def test_flows_read_from_the_activity_text_are_confirmed_or_rejected(qtbot: Any, ctx: ServiceContext,
                                                                    dialogs: Dialogs) -> None:
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[]))
    ventures.create_venture(ctx, venture_data(name="Ruhr", country="DE", partners=[], items=[
        {"name": "crude gallium metal"}, {"name": "gallium oxide"}],
        activity="Refining; dependent on Chinese gallium imports. 6N gallium sold to US fabs."))
    view, _window, _badges = _view(qtbot, ctx)
    view.venture.setCurrentIndex(view.venture.findData("Ruhr"))
    panel = view.needs
    assert "0 of 2 items have their supplier or destination countries recorded" in panel.completeness.text()
    rows = [panel.flows_proxy.index(r, 0).data() for r in range(panel.flows_proxy.rowCount())]
    assert {"crude gallium metal", "gallium oxide", "6N gallium (not recorded)"} <= set(rows)
    assert {e.confidence for e in view.exposures} == {"medium"}
    panel.flows_table.selectRow(rows.index("crude gallium metal"))
    panel.confirm_button.click()
    assert "crude gallium metal" not in [panel.flows_proxy.index(r, 0).data()
                                         for r in range(panel.flows_proxy.rowCount())]
    assert {e.item_name: e.confidence for e in view.exposures}["crude gallium metal"] == "high"
    panel.flows_table.selectRow(0)
    chosen = panel.selected_flow()
    assert chosen is not None
    panel.reject_button.click()
    assert chosen.item_key not in {f.item_key for f in panel.flows if f.country == chosen.country}
    assert dialogs.errors == []


def test_sorting_by_a_header_keeps_each_row_with_its_exposure(qtbot: Any, demo_ctx: ServiceContext,
                                                              dialogs: Dialogs) -> None:
    view, _window, _badges = _view(qtbot, demo_ctx)
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # joint venture, Z to A
    names = _cells(view, 2)
    assert names == sorted(names, reverse=True) and len(set(names)) > 1
    for row in (0, len(names) - 1):
        view.table.selectRow(row)
        chosen = view.selected()
        assert chosen is not None and chosen.venture_name == names[row]
        assert chosen.measure_reference == _cells(view, 0)[row]


def test_screening_terms_have_tooltips_on_their_cells(qtbot: Any, ctx: ServiceContext, dialogs: Dialogs) -> None:
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[]))
    ventures.create_venture(ctx, venture_data(country="JP", partners=[], items=[
        {"name": "gallium metal", "direction": "input", "countries": ["CN"]}]))
    view, _window, _badges = _view(qtbot, ctx)
    assert view.proxy.rowCount() >= 1
    tip = _plain(view.proxy.index(0, 6).data(Qt.ItemDataRole.ToolTipRole))
    hit = view.model.rows[0].payload.hits[0]
    assert hit.detail in tip and f"list entry: {hit.measure_item}" in tip
    assert {"code": "Code:", "vocabulary": "Item vocabulary:", "words": "Same words only"}[hit.via] in tip
    confidence = view.proxy.index(0, 5).data()
    assert _plain(view.proxy.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)).startswith(f"{confidence}: ")
    assert _plain(view.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)) == view.proxy.index(0, 0).data()


def _plain(tip: str) -> str:
    """A tooltip's text (tooltips are escaped rich text so that they wrap)."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", tip))
