"""Hostile text typed into forms saves and shows back literally; every sub-table model is sound."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QStyleOptionViewItem

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import ActionStatus
from desktop_app.domain.fields import Severity
from desktop_app.services.records.measures import list_measures
from desktop_app.services.records.ventures import get_venture, list_ventures
from desktop_app.ui.forms import open_form
from desktop_app.ui.forms.assessment_form import MITIGATION_COLUMNS
from desktop_app.ui.forms.keyboard import TRIM_NOTE
from desktop_app.ui.forms.measure_form import HISTORY_COLUMNS
from desktop_app.ui.forms.measure_form import ITEM_COLUMNS as MEASURE_ITEMS
from desktop_app.ui.forms.rows_editor import ColumnDelegate, RowsEditor
from desktop_app.ui.forms.rows_model import RowsModel
from desktop_app.ui.forms.venture_form import ITEM_COLUMNS as VENTURE_ITEMS
from desktop_app.ui.forms.venture_form import PARTNER_COLUMNS
from tests.ui_forms.conftest import add_row, click, message_of


def test_hostile_strings_round_trip_through_the_venture_form(qtbot, window, hostile_strings) -> None:
    for n, text in enumerate(hostile_strings):
        form = open_form(window, Entity.VENTURE, None)
        form.name.setText(text)
        form.country.setText("CN")
        form.notes.setPlainText(text)
        add_row(qtbot, form.partners, name=text, share="100")
        add_row(qtbot, form.items, name=text, codes="OTHER:" + text.replace(";", ","))
        assert form.save_button.isEnabled(), (text, form.issues)
        click(qtbot, form.save_button)
        if text != text.strip():  # one-line fields lose edge spaces and tabs, and say so first
            assert "Removed spaces or tabs" in form.banner.text() and form.name.text() == text.strip()
            assert message_of(form, form.name) == TRIM_NOTE
            click(qtbot, form.save_button)
        assert not form.isVisible(), (text, form.banner.text())
        [saved] = [v for v in list_ventures(window.ctx) if v.name == text.strip()]
        assert saved.partners[0].name == text  # cells and long text are kept verbatim
        reopened = open_form(window, Entity.VENTURE, saved.id)
        assert reopened.name.text() == text.strip()
        model = reopened.partners.model
        assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == text
        assert not reopened.is_dirty(), text  # no silent change of what was stored
        reopened.close()
        assert len(list_ventures(window.ctx)) == n + 1
    saved = get_venture(window.ctx, list_ventures(window.ctx)[0].id)
    assert saved.notes in hostile_strings or saved.notes.replace("\n", "\r") in hostile_strings


def test_hostile_strings_in_measure_text_fields(qtbot, window, hostile_strings) -> None:
    for text in hostile_strings[:12]:
        form = open_form(window, Entity.MEASURE, None)
        form.reference.setText(text)
        form.title.setText(text)
        form.authority.setText(text)
        form.jurisdiction.setText("CN")
        click(qtbot, form.save_button)
        if text != text.strip():
            click(qtbot, form.save_button)  # after the note about the trimmed edges
        assert not form.isVisible(), (text, form.banner.text())
    stored = {m.reference: m for m in list_measures(window.ctx)}
    for text in hostile_strings[:12]:
        kept = text.strip()
        assert stored[kept].title == kept and stored[kept].authority == kept


def test_labels_are_plain_text(window) -> None:
    form = open_form(window, Entity.VENTURE, None)
    labels = [form.banner, form.total, *form.findChildren(QLabel)]
    messages = [lb for lb in labels if lb.parent() is not None and lb.wordWrap()]
    assert messages and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in messages)


def test_rows_models_pass_the_model_tester(qtmodeltester) -> None:
    samples = {
        "measure items": (MEASURE_ITEMS, [{"name": "gallium", "codes": ["HS:8112.92", "CN-DU:1C1"]}]),
        "venture items": (VENTURE_ITEMS, [{"name": "graphite", "direction": "input", "codes": []}]),
        "partners": (PARTNER_COLUMNS, [{"name": "A", "country": "US", "share": "70"},
                                       {"name": "B", "country": None, "share": "30"}]),
        "status history": (HISTORY_COLUMNS, [{"valid_from": "2024-12-03", "status": "in_force"}]),
        "mitigation": (MITIGATION_COLUMNS, [{"text": "second source", "due_on": None,
                                             "status": ActionStatus.IN_PROGRESS}]),
    }
    for columns, rows in samples.values():
        model = RowsModel(columns)
        model.set_values(rows)
        qtmodeltester.check(model)
        model.append_row()
        model.set_issues({(0, columns[0].key): (Severity.ERROR, "is required")})
        assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "is required"
        qtmodeltester.check(model)
        model.removeRows(0, 1)
        qtmodeltester.check(model)


def test_rows_model_round_trip_and_labels() -> None:
    model = RowsModel(MITIGATION_COLUMNS)
    model.set_values([{"text": "a; b", "owner": "", "due_on": None, "status": "in_progress"}])
    assert model.data(model.index(0, 3)) == "in progress"  # the label, not the key
    assert model.values() == [{"text": "a; b", "owner": "", "due_on": None, "status": "in_progress"}]
    items = RowsModel(MEASURE_ITEMS)
    items.set_values([{"name": "x", "codes": ["OTHER:a\\;b", "HS:1"]}])
    assert items.values()[0]["codes"] == ["OTHER:a\\;b", "HS:1"]


def test_delegate_edits_vocabulary_cells_with_a_combo(qtbot) -> None:
    editor = RowsEditor(VENTURE_ITEMS, "input")
    qtbot.addWidget(editor)
    row = editor.model.append_row(name="graphite")
    index = editor.model.index(row, 1)
    delegate = editor.view.itemDelegate()
    assert isinstance(delegate, ColumnDelegate)
    combo = delegate.createEditor(editor.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    delegate.setEditorData(combo, index)
    assert combo.currentData() == "input"
    combo.setCurrentIndex(combo.findText("technology out"))
    delegate.setModelData(combo, editor.model, index)
    assert editor.values()[0]["direction"] == "technology_out"
    country = RowsEditor(PARTNER_COLUMNS, "partner")
    qtbot.addWidget(country)
    country.model.append_row()
    cell = country.model.index(0, 1)
    line = country.view.itemDelegate().createEditor(country.view.viewport(), QStyleOptionViewItem(), cell)
    line.setText("Germany")
    country.view.itemDelegate().setModelData(line, country.model, cell)
    assert country.values()[0]["country"] == "DE"


def test_rows_model_keeps_fields_it_does_not_show() -> None:
    model = RowsModel(MEASURE_ITEMS)
    model.set_values([{"name": "x", "codes": [], "future_field": [1, 2]}])
    model.setData(model.index(0, 0), "y")
    model.append_row(name="z")
    assert model.values() == [{"name": "y", "codes": [], "stage": None, "future_field": [1, 2]},
                              {"name": "z", "codes": [], "stage": None}]
