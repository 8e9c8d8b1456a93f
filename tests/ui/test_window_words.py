"""A German window words the timeline's event titles and a measure's status causes in German."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.lineage import measure_id_for
from desktop_app.ui.main_window import MainWindow
from tests.ui.test_events_view import NO46
from tests.ui.window_english import english_left


def _column(model: Any, column: int) -> list[str]:
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def test_event_titles_are_german_in_the_events_view_and_on_the_dashboard(german: str, window: MainWindow,
                                                                        qtbot: Any) -> None:
    window.show_view("events")
    titles = _column(window.events.model, 1)
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=10_000)
    deadlines = _column(window.dashboard.deadline_model, 1)
    assert titles and deadlines
    assert english_left(titles + deadlines, "") == []
    assert not [t for t in titles if t.startswith(("Takes effect", "Suspension", "Clause", "Consultation", "Removed"))]
    assert any(t.startswith("Aussetzung endet: ") for t in titles)
    assert any(t.startswith("Aussetzung von ") for t in titles + deadlines)
    assert any(t.startswith("Überprüfung ") for t in deadlines)  # a review due, from the dashboard's deadlines
    assert not [t for t in deadlines if t.startswith(("Review ", "Suspension", "Takes effect", "Consultation"))]


def test_english_event_titles_stay_as_the_timeline_writes_them(window: MainWindow, qtbot: Any) -> None:
    window.show_view("events")
    titles = _column(window.events.model, 1)
    assert any(t.startswith("Suspension ends: ") for t in titles)
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=10_000)
    assert any(t.startswith("Review ") for t in _column(window.dashboard.deadline_model, 1))
    assert english_left(titles, "")  # the scan finds them in English: the German test is not blind


def test_the_time_tab_words_the_causes_in_german(german: str, window: MainWindow, qtbot: Any,
                                                 demo_ctx: ServiceContext) -> None:
    from desktop_app.ui.forms import open_form

    form = open_form(window, Entity.MEASURE, measure_id_for(demo_ctx, NO46))
    assert form is not None
    qtbot.addWidget(form)
    state = form.time_tab.state_label.text()
    clauses = [form.time_tab.clauses.item(i).text() for i in range(form.time_tab.clauses.count())]
    assert "Klausel 2: " in state and "ausgesetzt durch" in state, state
    assert "clause 2" not in state and "suspended by" not in state, state
    assert not [c for c in clauses if "effective " in c or "expires after" in c], clauses
