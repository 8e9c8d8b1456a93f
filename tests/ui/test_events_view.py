"""The Events view, the dashboard's waiting badge, and the measure form's clauses and windows tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import audit_log
from desktop_app.services.records.lineage import measure_id_for
from desktop_app.services.timeline import windows
from desktop_app.services.timeline.events import open_confirmations
from desktop_app.ui.dialogs import time_dialogs
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.views import events_view
from tests.ui.conftest import Dialogs

AFFILIATES = "90 FR 47201"
NO46 = "MOFCOM Announcement No. 46 of 2024"


def _row_of(view: Any, text: str) -> int:
    return next(r for r in range(view.model.rowCount()) if text in view.model.index(r, 1).data())


def test_events_view_confirms_a_lapsed_suspension(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.dashboard.waiting_badge.isVisibleTo(window.dashboard)
    qtbot.mouseClick(window.dashboard.waiting_badge, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "events"
    view = window.events
    view.waiting_only.setChecked(True)
    assert all(view.model.index(r, 4).data() == "yes" for r in range(view.model.rowCount()))
    row = _row_of(view, f"Suspension of {AFFILIATES} ended on 2026-11-09")
    assert view.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b71c1c"
    view.table.selectRow(row)
    assert view.confirm_button.isEnabled()
    monkeypatch.setattr(events_view, "ask_note", lambda *_a: ("<b>checked</b> the Federal Register", True))
    view.confirm_button.click()
    assert AFFILIATES not in [e.reference for e in open_confirmations(demo_ctx)]
    [entry] = audit_log.page(demo_ctx, audit_log.AuditQuery(entity=Entity.EVENT_CONFIRMATION))
    assert entry.changes["note"] == [None, "<b>checked</b> the Federal Register"]
    assert not any(f"Suspension of {AFFILIATES}" in view.model.index(r, 1).data()
                   for r in range(view.model.rowCount()))


def test_events_view_exports_a_calendar(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_view("events")
    view = window.events
    target = tmp_path / "events.ics"
    monkeypatch.setattr(events_view, "ask_calendar_path", lambda *_a: str(target))
    view.export_calendar()
    calendar = Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == view.model.rowCount() > 0


def test_measure_form_adds_and_refuses_windows(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext,
                                               dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.ui.forms import open_form

    form = open_form(window, Entity.MEASURE, measure_id_for(demo_ctx, NO46))
    assert form is not None
    qtbot.addWidget(form)
    tab = form.time_tab
    assert "clause 2: suspended since 2025-11-09 until 2026-11-27" in tab.state_label.text()
    assert tab.clauses.count() == 2 and tab.windows.count() == 1
    made: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: made.append(self) or 0)
    tab.add_window.click()
    dialog = made[-1]
    assert isinstance(dialog, time_dialogs.WindowDialog)
    dialog.clause.setCurrentIndex(dialog.clause.findData("2"))
    dialog.suspended_by.setText("MOFCOM Announcement No. 72 of 2025")
    dialog.starts_on.setText("2026-06-01")
    dialog.submit()
    assert dialog.error.isVisibleTo(dialog) and "overlaps" in dialog.error.text() and NO46 in dialog.error.text()
    dialog.starts_on.setText("2027-06-01")
    dialog.ends_on.setText("2027-12-31")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [w.starts_on for w in windows.list_windows(demo_ctx, measure_id_for(demo_ctx, NO46))] == [
        date(2025, 11, 9), date(2027, 6, 1)]
    tab.reload()
    assert tab.windows.count() == 2
    tab.windows.setCurrentRow(0)
    tab.extend.click()
    change = made[-1]
    assert isinstance(change, time_dialogs.WindowChangeDialog)
    change.on.setText("2026-11-20")
    change.ends_on.setText("2027-01-31")
    change.submit()
    assert change.result() == QDialog.DialogCode.Accepted
    assert windows.list_windows(demo_ctx, measure_id_for(demo_ctx, NO46))[0].end == date(2027, 1, 31)


def test_measures_table_shows_and_filters_statuses_as_of_a_date(window: MainWindow) -> None:
    view = window.measures
    view.bar.dates["as_of"].setText("2026-01-01")
    view.bar.combos["status"].setCurrentIndex(view.bar.combos["status"].findData("suspended"))
    view.bar.apply_now()
    model = view.model
    shown = {model.index(r, model.column_of("reference")).data() for r in range(model.rowCount())}
    assert "MOFCOM/GAC Announcement No. 58 of 2025" in shown and NO46 not in shown  # partly suspended only
    assert {model.index(r, model.column_of("status")).data() for r in range(model.rowCount())} == {"suspended"}
    view.bar.reset()
    view.bar.dates["as_of"].setText("2025-03-01")
    view.bar.apply_now()
    refs = {model.index(r, model.column_of("reference")).data() for r in range(model.rowCount())}
    assert "MOFCOM Announcement No. 61 of 2025" not in refs and NO46 in refs


def test_assessment_form_shows_and_checks_the_clause(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext) -> None:
    from desktop_app.services.records.assessments import list_assessments
    from desktop_app.ui.forms import open_form

    record = next(a for a in list_assessments(demo_ctx) if a.measure_reference == NO46)
    form = open_form(window, Entity.ASSESSMENT, record.id)
    assert form is not None
    qtbot.addWidget(form)
    assert form.clause.text() == "2"
    form.clause.setText("9")
    form.save()
    assert "has no clause '9'" in form.banner.text()
