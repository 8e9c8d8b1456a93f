"""Someone else saved the record meanwhile: the conflict dialog shows theirs and yours."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.domain.entity import Entity
from desktop_app.services.records.measures import create_measure, get_measure, update_measure
from desktop_app.ui.dialogs.conflict_dialog import ConflictDialog, DiffModel, diff_rows
from desktop_app.ui.forms import open_form
from tests.conftest import measure_data
from tests.ui_forms.conftest import click


def _conflicting_form(qtbot, window):
    ctx = window.ctx
    record = create_measure(ctx, measure_data())
    form = open_form(window, Entity.MEASURE, record.id)
    update_measure(ctx, record.id, record.to_update() | {"title": "Their title", "targets": ["US", "JP"]})
    form.title.setText("My title")
    click(qtbot, form.save_button)
    return record, form


def test_conflict_dialog_shows_theirs_and_yours(qtbot, window) -> None:
    record, form = _conflicting_form(qtbot, window)
    dialog = form.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    rows = {r[0]: r[1:] for r in dialog.model.rows}
    assert rows["Title"] == ("Their title", "My title")
    assert rows["Targeted jurisdictions"] == ("US, JP", "US")
    assert "Reference" not in rows  # only differences by default
    dialog.only_differences.setChecked(False)
    assert any(r[0] == "Reference" for r in dialog.model.rows)
    assert get_measure(window.ctx, record.id).title == "Their title"  # nothing overwritten yet


def test_take_theirs_loads_their_version(qtbot, window) -> None:
    _record, form = _conflicting_form(qtbot, window)
    click(qtbot, form.conflict_dialog.take_theirs)
    assert form.title.text() == "Their title"
    assert form.targets.text() == "United States; Japan"  # codes shown by name
    assert not form.is_dirty() and form.isVisible()
    assert "discarded" in form.banner.text()
    assert window.undo_stack.count() == 0


def test_keep_mine_saves_over_theirs_on_request(qtbot, window) -> None:
    record, form = _conflicting_form(qtbot, window)
    click(qtbot, form.conflict_dialog.keep_mine)
    saved = get_measure(window.ctx, record.id)
    assert saved.title == "My title" and saved.targets == ["US"]
    assert not form.isVisible()
    window.undo_stack.undo()  # back to their version, not the one this form first read
    assert get_measure(window.ctx, record.id).title == "Their title"


def test_back_to_editing_keeps_my_typing(qtbot, window) -> None:
    record, form = _conflicting_form(qtbot, window)
    click(qtbot, form.conflict_dialog.back)
    assert form.isVisible() and form.title.text() == "My title"
    assert "someone else changed" in form.banner.text()
    assert get_measure(window.ctx, record.id).title == "Their title"


def test_diff_model(qtmodeltester) -> None:
    rows = diff_rows({"name": "Name", "share": "Share"}, {"name": "<b>A</b>", "share": 1},
                     {"name": "<b>A</b>", "share": 2})
    model = DiffModel(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "<b>A</b>"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is not None
    model.set_only_differences(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_assessment_conflict_compares_like_with_like(qtbot, window) -> None:
    from desktop_app.services.records.assessments import create_assessment, update_assessment
    from desktop_app.services.records.ventures import create_venture
    from tests.conftest import venture_data

    ctx = window.ctx
    m = create_measure(ctx, measure_data())
    v = create_venture(ctx, venture_data())
    record = create_assessment(ctx, {"measure_id": m.id, "venture_id": v.id,
                                     "inherent_likelihood": 3, "inherent_impact": 3})
    form = open_form(window, Entity.ASSESSMENT, record.id)
    update_assessment(ctx, record.id, record.to_update() | {"owner": "Their owner"})
    form.owner.setText("My owner")
    click(qtbot, form.save_button)
    labels = [r[0] for r in form.conflict_dialog.model.rows]
    assert labels == ["Risk owner"]  # residual, assessor and date defaults are not "differences"


def test_each_differing_field_offers_mine_or_theirs_and_long_text_shows_in_full(qtbot, window) -> None:
    ctx = window.ctx
    record = create_measure(ctx, measure_data())
    form = open_form(window, Entity.MEASURE, record.id)
    long_theirs = "\n".join(f"Their paragraph {n}: <b>& licensing detail" for n in range(40))
    update_measure(ctx, record.id, record.to_update() | {"title": "Their title", "summary": long_theirs})
    form.title.setText("My title")
    form.summary.setPlainText("My short summary")
    click(qtbot, form.save_button)
    dialog = form.conflict_dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = dialog.fields
    assert set(fields.mine) == {"Title", "Summary"}
    summary_row = next(widgets for widgets, differs in fields.rows if differs and widgets[0].text() == "Summary")
    theirs_box = summary_row[1]
    assert theirs_box.toPlainText() == long_theirs  # the whole text, verbatim
    assert theirs_box.isVisible() and theirs_box.height() < 400  # scrolls in its box, no blank row
    assert theirs_box.verticalScrollBar().maximum() > 0
    assert all(w.height() < 400 for widgets, _ in fields.rows for w in widgets)
    click(qtbot, fields.theirs["Title"])  # their title, my summary
    click(qtbot, dialog.keep_mine)
    saved = get_measure(ctx, record.id)
    assert saved.title == "Their title" and saved.summary == "My short summary"
    assert not form.isVisible()
