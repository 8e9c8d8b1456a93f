"""The record tables as a user drives them: search, filters, sorting, columns, opening, archiving."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.domain.entity import Entity
from desktop_app.services.records import browse
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.entity_model import ArchivedRole, RowIdRole

D = Qt.ItemDataRole.DisplayRole


def shown(view: Any, key: str) -> list[str]:
    model = view.model
    column = model.column_of(key)
    return [model.index(r, column).data(D) for r in range(model.rowCount())]


def test_typing_in_the_search_box_filters_after_a_pause(qtbot: Any, window: MainWindow) -> None:
    window.show_view("ventures")
    view = window.ventures
    assert view.model.rowCount() == 6
    qtbot.keyClicks(view.bar.search, "anode")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20_000)
    assert shown(view, "name") == ["Aurora Anode Materials LLC"]
    assert view.count_label.text() == "1 joint ventures match the filters"
    view.bar.search.setText("한중미래")  # non-ASCII goes in with setText, as an input method would
    qtbot.keyClick(view.bar.search, Qt.Key.Key_Return)
    assert shown(view, "name") == ["한중미래양극재 주식회사"]
    view.bar.search.clear()
    view.bar.apply_now()
    assert view.model.rowCount() == 6


def test_drop_down_and_check_filters(qtbot: Any, window: MainWindow) -> None:
    window.show_view("assessments")
    view = window.assessments
    combo = view.bar.combos["risk_level"]
    combo.setCurrentIndex(combo.findText("Critical"))
    assert set(shown(view, "residual_level")) == {"Critical"}
    critical = browse.count(window.ctx, Entity.ASSESSMENT, BrowseQuery(risk_level="critical"))
    assert view.model.rowCount() == critical
    owner = view.bar.combos["owner"]
    owner.setCurrentIndex(owner.findText("Anna Keller"))
    assert set(shown(view, "owner")) == {"Anna Keller"}
    qtbot.mouseClick(view.bar.reset_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 12
    view.bar.checks["review_overdue"].click()
    assert view.model.rowCount() == browse.register_counts(window.ctx).overdue_reviews
    assert set(shown(view, "overdue")) == {"overdue"}


def test_clicking_a_header_sorts_in_sql(qtbot: Any, window: MainWindow) -> None:
    window.show_view("assessments")
    view = window.assessments
    header = view.table.horizontalHeader()
    column = view.model.column_of("residual_score")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert view.model.query.sort == "residual_score"
    first = [int(s) for s in shown(view, "residual_score")]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    second = [int(s) for s in shown(view, "residual_score")]
    assert sorted([first, second]) == [sorted(first), sorted(first, reverse=True)]
    assert first != second


def test_double_click_and_enter_open_the_record(qtbot: Any, window: MainWindow, opened: list) -> None:
    window.show_view("measures")
    table = window.measures.table
    index = window.measures.model.index(2, 1)
    rect = table.visualRect(index)
    # A real double-click is press, release, then the double-click event.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = window.measures.model.index(2, 0).data(RowIdRole)
    assert opened == [(Entity.MEASURE, expected)]
    table.setFocus()
    table.selectRow(4)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened[-1] == (Entity.MEASURE, window.measures.model.index(4, 0).data(RowIdRole))
    window.actions.new.trigger()
    assert opened[-1] == (Entity.MEASURE, None)


def test_column_chooser_is_remembered_per_table(qtbot: Any, window: MainWindow, demo_ctx: Any) -> None:
    window.show_view("ventures")
    view = window.ventures
    menu = view.column_menu()
    sector = next(a for a in menu.actions() if a.text() == "Sector")
    activity = next(a for a in menu.actions() if a.text() == "Activity")
    assert sector.isChecked() and not activity.isChecked()
    sector.setChecked(False)
    activity.setChecked(True)
    assert view.table.isColumnHidden(view.model.column_of("sector"))
    assert not view.table.isColumnHidden(view.model.column_of("activity"))
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert again.ventures.table.isColumnHidden(again.ventures.model.column_of("sector"))
    assert not again.ventures.table.isColumnHidden(again.ventures.model.column_of("activity"))
    assert not again.measures.table.isColumnHidden(again.measures.model.column_of("title"))


def test_archive_with_delete_key_then_undo_and_redo(qtbot: Any, window: MainWindow) -> None:
    window.show_view("ventures")
    view = window.ventures
    view.table.setFocus()
    view.table.selectRow(0)
    record_id = view.current_id()
    assert window.actions.archive.isEnabled() and not window.actions.restore.isEnabled()
    window.activateWindow()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.row_of(record_id) is None and view.model.rowCount() == 5
    assert "5 joint ventures" in window.counts_label.text()
    assert window.actions.undo.isEnabled() and window.actions.undo.text().startswith("&Undo Archive")
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.row_of(record_id) is not None and "6 joint ventures" in window.counts_label.text()
    window.actions.redo.trigger()
    assert view.model.row_of(record_id) is None
    view.bar.checks["include_archived"].click()
    row = view.model.row_of(record_id)
    assert row is not None and view.model.index(row, 0).data(ArchivedRole)
    view.select_record(record_id)
    assert window.actions.restore.isEnabled() and not window.actions.archive.isEnabled()
    window.actions.restore.trigger()
    assert not view.model.index(view.model.row_of(record_id), 0).data(ArchivedRole)


def test_archiving_several_rows_is_one_undo_step(window: MainWindow) -> None:
    window.show_view("assessments")
    view = window.assessments
    view.table.selectAll()
    window.actions.archive.trigger()
    assert view.model.rowCount() == 0 and window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert view.model.rowCount() == 12


def test_selection_survives_a_refresh(window: MainWindow) -> None:
    window.show_view("measures")
    view = window.measures
    view.table.selectRow(5)
    record_id = view.current_id()
    window.refresh(Entity.MEASURE)
    assert view.current_id() == record_id


def test_a_search_reads_off_the_gui_thread_and_the_rows_stay_until_it_is_in(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the real readers (not the tests' inline mode): the query's SQL runs on another thread,
    the rows shown stay until its result is in, an older query's late result is dropped, and
    the selected record is selected again."""
    import threading

    from desktop_app.ui import workers

    window.show_view("ventures")
    view = window.ventures
    monkeypatch.setattr(workers, "SYNCHRONOUS", False)
    view.table.selectRow(0)
    selected = view.current_id()
    threads: list[str] = []
    read = browse.ordered_ids
    monkeypatch.setattr(browse, "ordered_ids", lambda *a, **k: threads.append(
        threading.current_thread().name) or read(*a, **k))
    view.bar.search.setText("no such venture")
    view.bar.apply_now()
    assert view.model.rowCount() == 6  # nothing read on the GUI thread: the old rows stay meanwhile
    view.bar.search.setText("")
    view.bar.apply_now()  # asked before the first result came: that one is dropped
    qtbot.waitUntil(lambda: len(threads) == 2 and not workers.busy(), timeout=20_000)
    qtbot.wait(50)  # the results' callbacks
    assert threading.main_thread().name not in threads
    assert view.model.rowCount() == 6
    assert view.current_id() == selected
    view.bar.search.setText("anode")
    view.bar.apply_now()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20_000)
    assert shown(view, "name") == ["Aurora Anode Materials LLC"]
