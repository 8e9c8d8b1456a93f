"""Measure form, driven as a user: fill, validate inline, save, edit, close with unsaved changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import MeasureStatus, MeasureType
from desktop_app.domain.fields import Severity
from desktop_app.services.records.measures import create_measure, get_measure, list_measures
from desktop_app.ui import messages
from desktop_app.ui.forms import MeasureForm, open_form, open_record
from tests.conftest import measure_data
from tests.ui_forms.conftest import add_row, click, message_of


def _fill_minimum(qtbot, form: MeasureForm) -> None:
    qtbot.keyClicks(form.reference, "MOFCOM Announcement No. 58 of 2023")
    qtbot.keyClicks(form.title, "Export licensing of graphite")
    qtbot.keyClicks(form.jurisdiction, "cn")


def test_new_measure_saved_through_the_widgets(qtbot, window) -> None:
    open_record(window, Entity.MEASURE, None)
    form = window.findChild(MeasureForm)
    assert form is not None and form.isVisible()
    assert form.issue_list.isHidden()  # a blank form shows no errors before a field is left
    _fill_minimum(qtbot, form)
    form.original_title.setText("商务部 海关总署公告2023年第39号")
    form.measure_type.setCurrentIndex(form.measure_type.findText("export licensing requirement"))
    form.status.setCurrentIndex(form.status.findText("in force"))
    qtbot.keyClicks(form.announced_on, "2023-10-20")
    qtbot.keyClicks(form.effective_on, "2023-12-01")
    qtbot.keyClicks(form.source_url, "https://www.mofcom.gov.cn/")
    add_row(qtbot, form.items, name="spherical graphite", codes="HS:3801.90; CN-DU:1C107")
    add_row(qtbot, form.items, name="flake graphite", codes="HS:2504.10")
    qtbot.keyClicks(form.targets, "US, EU")
    add_row(qtbot, form.status_history, valid_from="2023-12-01", status="in_force", note="licences needed")
    form.summary.setPlainText("Line one\nLine two")
    assert [i for i in form.issues if i.severity is Severity.ERROR] == []
    assert form.save_button.isEnabled()

    click(qtbot, form.save_button)

    assert not form.isVisible()
    [saved] = list_measures(window.ctx)
    assert saved.reference == "MOFCOM Announcement No. 58 of 2023"
    assert saved.original_title == "商务部 海关总署公告2023年第39号"
    assert saved.jurisdiction == "CN"
    assert saved.measure_type is MeasureType.EXPORT_LICENSING
    assert saved.status is MeasureStatus.IN_FORCE
    assert saved.effective_on == date(2023, 12, 1)
    assert [(i.name, i.codes) for i in saved.items] == [
        ("spherical graphite", ["HS:3801.90", "CN-DU:1C107"]), ("flake graphite", ["HS:2504.10"])]
    assert saved.targets == ["US", "EU"]
    assert saved.status_history[0].note == "licences needed"
    assert saved.summary == "Line one\nLine two"
    assert window.changed == [Entity.MEASURE]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText().startswith("Add measure MOFCOM")


def test_each_field_rule_is_shown_where_it_applies(qtbot, window) -> None:
    form = open_form(window, Entity.MEASURE, None)
    assert message_of(form, form.reference) == ""
    click(qtbot, form.save_button)  # trying to save shows every rule the blank form breaks
    assert form.isVisible() and list_measures(window.ctx) == []
    assert message_of(form, form.reference) == "is required"
    assert form.reference.property("issue") == "error"
    assert message_of(form, form.jurisdiction) == "is required"
    _fill_minimum(qtbot, form)
    assert message_of(form, form.reference) == ""
    assert form.save_button.isEnabled()

    qtbot.keyClicks(form.announced_on, "2024-12-03")
    qtbot.keyClicks(form.consultation_ends_on, "2024-11-01")
    assert "cannot end before" in message_of(form, form.consultation_ends_on)
    assert not form.save_button.isEnabled()
    form.consultation_ends_on.clear()

    qtbot.keyClicks(form.removed_on, "2024-13-40")
    assert "date" in message_of(form, form.removed_on)
    form.removed_on.clear()

    add_row(qtbot, form.items, name="gallium", codes="HS:8112.92; 2504.10")
    severity, text = form.items.model.issue_at(0, "codes")
    assert severity is Severity.ERROR and "needs a system" in text
    index = form.items.model.index(0, 1)
    assert "needs a system" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    add_row(qtbot, form.items, name="", codes="")
    assert form.items.model.issue_at(1, "name")[1] == "is required"
    form.items.view.selectRow(1)
    click(qtbot, form.items.remove_button)
    form.items.model.setData(index, "HS:8112.92; HS:2504.10")
    assert form.items.model.issue_at(0, "codes") is None

    qtbot.keyClicks(form.targets, "US, XX")
    assert "item 2: 'XX' is not a country" in message_of(form, form.targets)
    form.targets.setText("US")
    qtbot.keyClicks(form.excluded, "United States")
    assert "US cannot be both targeted and excluded" in message_of(form, form.excluded)
    form.excluded.setText("")

    add_row(qtbot, form.status_history, valid_from="2024-01-01", status="in_force")
    add_row(qtbot, form.status_history, valid_from="2024-01-01", status="suspended")
    assert "share the same date" in form.status_history.message.text()
    assert not form.status_history.message.isHidden()
    form.status_history.model.removeRows(1, 1)

    # A warning is shown but does not block saving.
    qtbot.keyClicks(form.source_url, "ftp://example.invalid")
    assert "not an http(s) address" in message_of(form, form.source_url)
    assert form.source_url.property("issue") == "warning"
    assert form.save_button.isEnabled()
    texts = [form.issue_list.item(i).text() for i in range(form.issue_list.count())]
    assert any(t.startswith("Warning – Source URL:") for t in texts)


def test_issue_list_brings_the_field_forward(qtbot, window) -> None:
    form = open_form(window, Entity.MEASURE, None)
    _fill_minimum(qtbot, form)
    form.targets.setText("ZZ")
    click(qtbot, form.save_button)
    assert form.tabs.currentIndex() == 1  # Save brings the first field in error forward
    form.tabs.setCurrentIndex(0)
    item = form.issue_list.item(0)
    form.issue_list.itemClicked.emit(item)
    assert form.tabs.currentIndex() == 1


def test_edit_existing_measure_and_undo_redo(qtbot, window) -> None:
    record = create_measure(window.ctx, measure_data())
    form = open_form(window, Entity.MEASURE, record.id)
    assert form.reference.text() == record.reference
    assert form.items.model.rowCount() == 1
    assert form.save_button.isEnabled() and not form.is_dirty()
    form.title.setText("Export ban (suspended until November 2026)")
    assert form.windowTitle().endswith(" *")
    click(qtbot, form.save_button)
    assert get_measure(window.ctx, record.id).title == "Export ban (suspended until November 2026)"
    window.undo_stack.undo()
    assert get_measure(window.ctx, record.id).title == record.title
    window.undo_stack.redo()
    assert get_measure(window.ctx, record.id).title == "Export ban (suspended until November 2026)"
    assert window.changed == [Entity.MEASURE] * 3


def test_opening_an_open_record_raises_the_same_form(window) -> None:
    record = create_measure(window.ctx, measure_data())
    first = open_form(window, Entity.MEASURE, record.id)
    assert open_form(window, Entity.MEASURE, record.id) is first


def test_unsaved_changes_prompt_on_close(qtbot, window, monkeypatch) -> None:
    asked: list[str] = []
    answer = [False]

    def confirm(parent, title, text):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(messages, "confirm", confirm)
    form = open_form(window, Entity.MEASURE, None)
    form.close()  # nothing typed: no question
    assert asked == [] and not form.isVisible()

    form = open_form(window, Entity.MEASURE, None)
    qtbot.keyClicks(form.title, "Draft")
    form.close()
    assert asked == ["Discard your changes to this measure?"]
    assert form.isVisible() and form.title.text() == "Draft"
    answer[0] = True
    click(qtbot, form.buttons.button(form.buttons.StandardButton.Cancel))
    assert not form.isVisible()
    assert list_measures(window.ctx) == []


def test_archived_measure_opens_read_only(window) -> None:
    from desktop_app.services.records.measures import archive_measure

    record = create_measure(window.ctx, measure_data())
    archive_measure(window.ctx, record.id)
    form = open_form(window, Entity.MEASURE, record.id)
    assert "archived" in form.banner.text()
    assert not form.save_button.isEnabled()


def test_missing_record_shows_an_error(window, errors_shown) -> None:
    assert open_form(window, Entity.MEASURE, 999) is None
    assert "No measure with id 999" in str(errors_shown[0][1])


def test_lineage_tab_shows_links_from_both_sides_and_opens_the_other(qtbot, window) -> None:
    from desktop_app.services.records.lineage import link_measures

    draft = create_measure(window.ctx, measure_data(reference="Draft <b>2 Jan</b>", status="consultation",
                                                    status_history=[]))
    final = create_measure(window.ctx, measure_data(reference="Final 15 Jul", status="in force",
                                                    status_history=[]))
    link_measures(window.ctx, draft.id, final.id, "finalised by")
    draft_form = open_form(window, Entity.MEASURE, draft.id)
    final_form = open_form(window, Entity.MEASURE, final.id)
    draft_text = draft_form.links.item(0).text()
    final_text = final_form.links.item(0).text()
    assert "Final 15 Jul" in draft_text and "Draft <b>2 Jan</b>" in final_text  # literal, both sides
    assert draft_text.split(" Final")[0] != final_text.split(" Draft")[0]  # each side's own phrase
    final_form.links.itemDoubleClicked.emit(final_form.links.item(0))
    assert open_form(window, Entity.MEASURE, draft.id) is draft_form  # the linked measure is brought forward
