"""A German window shows screening's findings in German: no English sentence of ours in the
Exposures view's cells, tooltips, detail or needs-data list, while English stays as screening wrote it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.services.context import ServiceContext
from desktop_app.ui.views.exposures_view import ExposuresView
from tests.reports.english_scan import user_data
from tests.ui.test_exposures_view import FakeWindow
from tests.ui.window_english import english_left


def _view(qtbot: Any, ctx: ServiceContext) -> ExposuresView:
    view = ExposuresView(FakeWindow(ctx))
    qtbot.addWidget(view)
    view.show_all.setChecked(True)  # assessed and dismissed findings too: every route of the demo
    view.refresh()
    qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=20_000)
    return view


def _shown(qtbot: Any, view: ExposuresView) -> list[str]:
    """Every text the view shows of its findings: each cell and tooltip, each row's detail, and the
    needs-data list (its cells and the completeness line), one line each."""
    lines: list[str] = []
    model = view.proxy
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                lines += str(model.index(r, c).data(role) or "").splitlines()
        view.table.selectRow(r)
        lines += view.detail.text().splitlines()
    needs = view.needs.needs_model
    lines += [str(needs.index(r, c).data() or "") for r in range(needs.rowCount()) for c in range(needs.columnCount())]
    # The tooltips explain each way of matching in the interface's words; the scan is for the findings.
    return [line.strip() for line in lines if line.strip()]


def _first_venture(qtbot: Any, view: ExposuresView) -> str:
    """The completeness line of one venture (its own screening)."""
    view.venture.setCurrentIndex(1)
    qtbot.waitUntil(lambda: ":" in view.needs.completeness.text(), timeout=20_000)
    return view.needs.completeness.text()


def test_a_german_window_shows_no_english_finding(german: str, qtbot: Any, demo_ctx: ServiceContext,
                                                  dialogs: Any) -> None:
    data = user_data(Path(str(demo_ctx.db.engine.url.database)))
    view = _view(qtbot, demo_ctx)
    shown = _shown(qtbot, view)
    left = english_left(shown, data)
    assert left == [], "\n".join(left)
    flat = "\n".join(shown)
    # The sentences are there, in German: a route, a reason, the role, a missing fact.
    for german_words in ("Joint Venture in", "Ausfuhren aus", "bezieht", "gleicher Code", "listet"):
        assert german_words in flat, german_words
    assert not english_left([_first_venture(qtbot, view)], data)


def test_english_shows_what_screening_wrote(qtbot: Any, demo_ctx: ServiceContext, dialogs: Any) -> None:
    """Without a language the cells are screening's own English, and the same scan finds it: the
    German test is not blind."""
    data = user_data(Path(str(demo_ctx.db.engine.url.database)))
    view = _view(qtbot, demo_ctx)
    e = view.selected()
    assert e is not None
    row = view.table.currentIndex().row()
    assert view.proxy.index(row, 7).data() == e.flow and view.proxy.index(row, 4).data() == e.direction_label
    assert e.why in view.detail.text()
    found = "\n".join(english_left(_shown(qtbot, view), data))
    for english in ("the venture in", "applies to what leaves", "same code"):
        assert english in found, english


def test_no_column_is_narrower_than_its_german_title(german: str, qtbot: Any, demo_ctx: ServiceContext,
                                                     dialogs: Any) -> None:
    view = _view(qtbot, demo_ctx)
    header = view.table.horizontalHeader()
    for column in range(7):  # the columns given a width; the last stretches
        assert view.table.columnWidth(column) >= header.sectionSizeHint(column), view.proxy.headerData(
            column, Qt.Orientation.Horizontal)
