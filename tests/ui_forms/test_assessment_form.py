"""Assessment form: searchable pickers, live matrix levels, residual risk, mitigation actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import ImpactChannel, Treatment
from desktop_app.services.records.assessments import create_assessment, get_assessment, list_assessments
from desktop_app.services.records.measures import create_measure
from desktop_app.services.records.ventures import create_venture
from desktop_app.ui.forms import open_form
from tests.conftest import measure_data, venture_data
from tests.ui_forms.conftest import add_row, click, message_of


def _records(ctx):
    m1 = create_measure(ctx, measure_data())
    m2 = create_measure(ctx, measure_data(reference="BIS advanced computing rule 2024", title="Chips"))
    v1 = create_venture(ctx, venture_data())
    v2 = create_venture(ctx, venture_data(name="한중미래양극재 주식회사"))
    return m1, m2, v1, v2


def _check(form, label: str) -> None:
    for i in range(form.channels.count()):
        if form.channels.item(i).text() == label:
            form.channels.item(i).setCheckState(Qt.CheckState.Checked)


def test_new_assessment_through_the_widgets(qtbot, window) -> None:
    _m1, m2, _v1, v2 = _records(window.ctx)
    form = open_form(window, Entity.ASSESSMENT, None)
    assert form.measure.combo.count() == 2 and form.measure.current_id() is None
    assert message_of(form, form.measure) == ""
    click(qtbot, form.save_button)
    assert message_of(form, form.measure) == "choose a measure"
    assert not form.save_button.isEnabled()

    qtbot.keyClicks(form.measure.filter, "bis")
    assert form.measure.combo.count() == 1 and form.measure.current_id() == m2.id
    form.venture.filter.setText("양극재")
    assert form.venture.current_id() == v2.id
    _check(form, "input supply")
    _check(form, "export sales")

    form.inherent.likelihood.setCurrentIndex(4)
    form.inherent.impact.setCurrentIndex(4)
    assert form.inherent.level_label() == "Critical"
    assert form.inherent.level.property("colour") == "#C62828"
    assert form.residual.level_label() == "Critical"  # follows inherent until set
    form.residual.enabled_box.setChecked(True)
    form.residual.likelihood.setCurrentIndex(1)
    form.residual.impact.setCurrentIndex(2)
    assert form.residual.level_label() == "Medium"
    form.treatment.setCurrentIndex(form.treatment.findText("mitigate"))
    assert "no mitigation action is listed" in form.mitigation.message.text()
    assert form.save_button.isEnabled()
    add_row(qtbot, form.mitigation, text="Qualify a second graphite supplier", owner="Procurement",
            due_on="2027-03-31")
    form.rationale.setPlainText("Licence delays of 45+ working days.")
    assert form.save_button.isEnabled()
    click(qtbot, form.save_button)

    [saved] = list_assessments(window.ctx)
    assert (saved.measure_id, saved.venture_id) == (m2.id, v2.id)
    assert saved.channels == [ImpactChannel.INPUT_SUPPLY, ImpactChannel.EXPORT_SALES]
    assert (saved.inherent_likelihood, saved.inherent_impact, saved.inherent_level) == (5, 5, "critical")
    assert (saved.residual_likelihood, saved.residual_impact, saved.residual_level) == (2, 3, "medium")
    assert saved.treatment is Treatment.MITIGATE
    assert saved.mitigation[0].due_on == date(2027, 3, 31)
    assert saved.assessor == "tester"
    assert window.changed == [Entity.ASSESSMENT]


def test_assessment_rules_shown_inline(qtbot, window) -> None:
    m1, _, v1, _ = _records(window.ctx)
    form = open_form(window, Entity.ASSESSMENT, None)
    form.measure.set_current(m1.id, "x")
    form.venture.set_current(v1.id, "y")
    assert form.save_button.isEnabled()
    form.reveal_all()  # as after a first Save: every rule shows while typing
    form.residual.enabled_box.setChecked(True)
    form.residual.likelihood.setCurrentIndex(4)
    assert "higher than inherent" in message_of(form, form.residual)
    assert form.save_button.isEnabled()  # a warning only
    qtbot.keyClicks(form.assessed_on, "2030-01-01")
    assert message_of(form, form.assessed_on) == "cannot be in the future"
    assert not form.save_button.isEnabled()
    form.assessed_on.setText("2026-11-01")
    qtbot.keyClicks(form.next_review_on, "2026-10-01")
    assert "before the assessment date" in message_of(form, form.next_review_on)
    form.next_review_on.clear()
    add_row(qtbot, form.mitigation, text="", due_on="someday")
    assert form.mitigation.model.issue_at(0, "text")[1] == "is required"
    assert "date" in form.mitigation.model.issue_at(0, "due_on")[1]
    assert not form.save_button.isEnabled()


def test_edit_assessment_keeps_archived_measure_visible(qtbot, window) -> None:
    from desktop_app.services.records.measures import archive_measure

    m1, m2, v1, _ = _records(window.ctx)
    record = create_assessment(window.ctx, {"measure_id": m1.id, "venture_id": v1.id,
                                            "inherent_likelihood": 4, "inherent_impact": 4})
    form = open_form(window, Entity.ASSESSMENT, record.id)
    assert form.measure.current_id() == m1.id and form.venture.current_id() == v1.id
    assert form.inherent.scores() == (4, 4) and not form.residual.is_set()
    assert not form.is_dirty()
    form.inherent.impact.setCurrentIndex(1)
    click(qtbot, form.save_button)
    assert get_assessment(window.ctx, record.id).inherent_impact == 2
    window.undo_stack.undo()
    assert get_assessment(window.ctx, record.id).inherent_impact == 4

    archive_measure(window.ctx, m2.id)
    form = open_form(window, Entity.ASSESSMENT, record.id)
    assert m2.id not in [form.measure.combo.itemData(i) for i in range(form.measure.combo.count())]
