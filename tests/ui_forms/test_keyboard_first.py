"""New forms driven from the keyboard: focus, tab order, Ctrl+S, issues once a field is left,
no jumping, readable dates with a calendar, grouped numbers, trimmed pasted text, dismissals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.entity import Entity
from desktop_app.services.records.measures import list_measures
from desktop_app.services.records.ventures import list_ventures
from desktop_app.ui.dialogs.dismiss_dialog import REASON_REQUIRED, DismissDialog
from desktop_app.ui.forms import open_form
from desktop_app.ui.forms.keyboard import TRIM_NOTE
from tests.ui_forms.conftest import click, message_of


def _active(qtbot, form):
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=20_000)
    return form


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_typing_lands_in_the_fields_in_order_and_ctrl_s_saves(qtbot, window) -> None:
    form = _active(qtbot, open_form(window, Entity.MEASURE, None))
    assert QApplication.focusWidget() is form.reference
    _type(qtbot, "MOFCOM Announcement No. 58 of 2023")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.title
    _type(qtbot, "Export licensing of graphite")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.original_title
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.jurisdiction
    _type(qtbot, "CN")
    _key(qtbot, Qt.Key.Key_Space)  # a space is text here, never a button press
    assert form.isVisible() and form.jurisdiction.text() == "CN "
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [saved] = list_measures(window.ctx)
    assert (saved.reference, saved.title, saved.jurisdiction) == (
        "MOFCOM Announcement No. 58 of 2023", "Export licensing of graphite", "CN")
    assert not form.isVisible() and window.undo_stack.count() == 1


def test_issues_appear_once_a_field_is_left_or_on_save(qtbot, window) -> None:
    form = _active(qtbot, open_form(window, Entity.MEASURE, None))
    assert all(message_of(form, w) == "" for w in form._messages)  # a blank form: no errors yet
    assert form.issue_list.isHidden() and form.save_button.isEnabled()
    _key(qtbot, Qt.Key.Key_Tab)  # leave the reference empty
    assert message_of(form, form.reference) == "is required"
    assert message_of(form, form.title) == ""  # not left yet
    assert message_of(form, form.jurisdiction) == ""
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save shows everything
    assert form.isVisible() and list_measures(window.ctx) == []
    assert message_of(form, form.jurisdiction) == "is required"
    assert QApplication.focusWidget() is form.reference  # the first field in error


def test_the_form_does_not_jump_when_a_message_appears(qtbot, window) -> None:
    form = _active(qtbot, open_form(window, Entity.MEASURE, None))
    before = form.title.mapTo(form, form.title.rect().topLeft())
    bottom = form.save_button.mapTo(form, form.save_button.rect().topLeft())
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(10)
    assert message_of(form, form.reference) == "is required"
    assert form.title.mapTo(form, form.title.rect().topLeft()) == before
    click(qtbot, form.save_button)  # the issue list appears in its reserved place too
    assert not form.issue_list.isHidden()
    assert form.save_button.mapTo(form, form.save_button.rect().topLeft()) == bottom


def test_dates_read_well_and_come_from_a_calendar(qtbot, window) -> None:
    form = _active(qtbot, open_form(window, Entity.MEASURE, None))
    form.announced_on.setFocus()
    _type(qtbot, "2024-13-40")
    _key(qtbot, Qt.Key.Key_Tab)
    assert message_of(form, form.announced_on) == (
        "'2024-13-40' is not a date: write it as YYYY-MM-DD, e.g. 2024-03-31")
    form.effective_on.setFocus()
    _key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = form.effective_on.calendar
    assert calendar.isVisible()
    calendar.setSelectedDate(QDate(2024, 3, 1))
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert form.effective_on.text() == "2024-03-01"
    form.removed_on.calendar_action.trigger()
    assert form.removed_on.calendar.isVisible()
    form.removed_on.calendar.clicked.emit(QDate(2025, 1, 31))
    assert form.removed_on.text() == "2025-01-31"


def test_grouped_numbers_are_accepted_as_shown(qtbot, window) -> None:
    form = _active(qtbot, open_form(window, Entity.VENTURE, None))
    _type(qtbot, "Aurora Anode Materials LLC")
    form.country.setText("US")
    form.value_at_stake.setText("85,000,000")
    form.currency.setText("USD")
    form.value_at_stake.setFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    assert message_of(form, form.value_at_stake) == ""
    form.value_at_stake.setText("85,5")
    form.value_at_stake.setFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    assert "'85,5' is not a number" in message_of(form, form.value_at_stake)
    form.value_at_stake.setText("85,000,000.50")
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [saved] = list_ventures(window.ctx)
    assert saved.value_at_stake == Decimal("85000000.50")


def test_a_pasted_leading_tab_is_trimmed_with_a_note(qtbot, window) -> None:
    form = _active(qtbot, open_form(window, Entity.MEASURE, None))
    form.reference.insert("\tBIS rule 2024 ")  # as a paste from a spreadsheet cell
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.reference.text() == "BIS rule 2024"
    assert message_of(form, form.reference) == TRIM_NOTE
    form.reference.setFocus()
    _type(qtbot, "x")  # typing again clears the note
    assert message_of(form, form.reference) == ""


def test_a_dismissal_needs_a_reason(qtbot) -> None:
    dialog = DismissDialog("Why does <b>X</b> not matter?")
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.result() == 0
    assert not dialog.message.isHidden() and dialog.message.text() == REASON_REQUIRED
    dialog.reason.setPlainText("licensed supplier")
    assert dialog.message.isHidden()
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and dialog.text() == "licensed supplier"
