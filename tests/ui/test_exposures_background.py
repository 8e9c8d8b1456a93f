"""The Exposures view screens on the background reader: the window stays usable, no change is lost."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.context import ServiceContext
from desktop_app.services.screening import exposures as screening
from desktop_app.ui import workers
from desktop_app.ui.models.list_model import ListRow, ListTableModel, sort_rows
from desktop_app.ui.views.exposures_view import ExposuresView
from tests.ui.conftest import Dialogs
from tests.ui.test_exposures_view import FakeWindow


def _background_view(qtbot: Any, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
                     ) -> tuple[ExposuresView, list[int]]:
    monkeypatch.setattr(workers, "SYNCHRONOUS", False)  # the real background reader
    window = FakeWindow(ctx)
    view = ExposuresView(window)
    qtbot.addWidget(view)
    badges: list[int] = []
    view.exposures_changed.connect(badges.append)
    return view, badges


def _settled(qtbot: Any, view: ExposuresView) -> None:
    qtbot.waitUntil(lambda: not view.screening(), timeout=60_000)
    workers.reader_pool().waitForDone()


def test_rows_appear_once_the_background_screening_is_done(qtbot: Any, demo_ctx: ServiceContext,
                                                          dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    view, badges = _background_view(qtbot, demo_ctx, monkeypatch)
    view.refresh()
    # Returned at once: the view says it is screening and shows nothing yet.
    assert view.screening() and view.model.rowCount() == 0
    assert view.count_label.text() == "Screening the register…"
    _settled(qtbot, view)
    expected = screening.unassessed_exposures(demo_ctx)
    assert view.model.rowCount() == len(expected) == badges[-1] > 0
    assert "possible exposures" in view.count_label.text()
    assert view.venture.count() == 7  # "All joint ventures" and the six
    assert view.selected() is not None and dialogs.errors == []


def test_a_change_asked_for_while_screening_is_not_lost(qtbot: Any, demo_ctx: ServiceContext, dialogs: Dialogs,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    view, badges = _background_view(qtbot, demo_ctx, monkeypatch)
    view.refresh()
    view.show_all.setChecked(True)  # refreshes while the first screening still runs
    assert view.screening()
    _settled(qtbot, view)
    everything = [e for e in screening.screen(demo_ctx, include_assessed=True, include_dismissed=True)
                  if e.kind == "exposure"]
    assert view.model.rowCount() == len(everything) > len(screening.unassessed_exposures(demo_ctx))
    assert len(badges) == 1  # the out-of-date result was not shown
    assert dialogs.errors == []


def test_closing_the_window_stops_a_screening_without_an_error(
        qtbot: Any, demo_ctx: ServiceContext, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's stop flag (set as it closes) ends the view's screening at its next finding:
    the exit does not wait for a whole screening, and nobody is shown an error for it."""
    from desktop_app.services.progress import Cancelled, StopFlag

    stop = StopFlag()
    ended: list[BaseException] = []
    real = screening.screen

    def screened(*args: Any, **kwargs: Any) -> Any:
        stop.stop()  # the window closes as the screening starts
        try:
            return real(*args, **kwargs)
        except BaseException as exc:
            ended.append(exc)
            raise

    monkeypatch.setattr(screening, "screen", screened)
    view, badges = _background_view(qtbot, demo_ctx, monkeypatch)
    view.main_window.stop_reads = stop  # type: ignore[attr-defined]
    view.refresh()
    _settled(qtbot, view)
    assert len(ended) == 1 and isinstance(ended[0], Cancelled)
    assert badges == [] and view.model.rowCount() == 0 and dialogs.errors == []


def test_rows_sorted_elsewhere_keep_their_order_and_others_are_sorted(qtbot: Any) -> None:
    model = ListTableModel(("A",))
    rows = [ListRow((text,), sort_values=(text,)) for text in ("b", "c", "a")]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_rows(rows)
    assert [r.cells[0] for r in model.rows] == ["a", "b", "c"]
    order = model.sort_order()
    presorted = sort_rows(rows, order)
    model.set_rows(presorted, sorted_by=order)
    assert model.rows == presorted
    model.set_rows(rows, sorted_by=(0, Qt.SortOrder.DescendingOrder))  # another order: sorted again
    assert [r.cells[0] for r in model.rows] == ["a", "b", "c"]
