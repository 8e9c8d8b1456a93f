"""Import dialog: headers mapped (suggested, remembered per header set), field changes shown, rows
older than the register chosen one by one; and the jurisdiction groups dialog."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.entity import Entity
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.records import assessments, groups, measures
from desktop_app.ui.dialogs.groups_dialog import GroupsDialog
from desktop_app.ui.dialogs.import_dialog import ImportDialog
from tests.ui_forms.conftest import click

DATA = Path(__file__).resolve().parent.parent / "data" / "intake"


def _dialog(window, path: Path, entity: Entity) -> ImportDialog:
    dialog = ImportDialog(window)
    dialog.show()
    dialog.path.setText(str(path))
    dialog.entity.setCurrentIndex(dialog.entity.findData(entity.value))
    return dialog


def _pick(dialog: ImportDialog, header: str, column: str) -> None:
    combo = dialog.mapping.combos[header]
    combo.setCurrentIndex(combo.findData(column))


def test_unknown_headers_are_mapped_and_remembered(qtbot, window) -> None:
    dialog = _dialog(window, DATA / "measures_as_written.csv", Entity.MEASURE)
    click(qtbot, dialog.check_button)
    assert dialog.mapping.isVisible() and set(dialog.mapping.combos) == {"ref", "issuer", "source"}
    assert dialog.mapping.combos["source"].currentData() == "source_url"  # suggested by similarity
    # Words registers use for a column ("Ref", "Issuer") are suggested too: the first check passes.
    assert [dialog.mapping.combos[h].currentData() for h in ("ref", "issuer")] == ["reference", "jurisdiction"]
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    _pick(dialog, "source", "")  # the user's own choice: this column is not imported
    click(qtbot, dialog.check_button)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    click(qtbot, dialog.import_button)
    assert len(measures.list_measures(window.ctx)) == 20
    dialog.close()
    again = _dialog(window, DATA / "measures_as_written.csv", Entity.MEASURE)
    click(qtbot, again.check_button)
    assert again.mapping.combos["source"].currentData() == ""  # remembered for this header set
    assert again.model.data(again.model.index(0, 2)) == "unchanged"


def test_rows_older_than_the_register_are_chosen_one_by_one(qtbot, window, tmp_path: Path) -> None:
    load_demo(window.ctx)
    export_csv(window.ctx, Entity.ASSESSMENT, tmp_path / "assessments.csv")
    first = assessments.list_assessments(window.ctx)[0]
    assessments.update_assessment(window.ctx, first.id, first.to_update() | {"rationale": "newer"})
    dialog = _dialog(window, tmp_path / "assessments.csv", Entity.ASSESSMENT)
    click(qtbot, dialog.check_button)
    model = dialog.model
    assert model.data(model.index(0, 2)).startswith("conflict") and model.data(model.index(0, 3)) == "choose…"
    assert not dialog.import_button.isEnabled() and "older version" in dialog.summary.text()
    dialog.view.selectRow(0)
    assert "rationale: register 'newer' / file" in dialog.details.toPlainText()
    click(qtbot, dialog.keep_button)
    assert model.data(model.index(0, 3)) == "keep the register's"
    assert not dialog.import_button.isEnabled()  # keeping it leaves nothing to import
    click(qtbot, dialog.overwrite_button)
    assert dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    assert assessments.get_assessment(window.ctx, first.id).rationale != "newer"


def test_groups_dialog_creates_edits_and_removes(qtbot, window, errors_shown, monkeypatch) -> None:
    from desktop_app.ui import messages

    dialog = GroupsDialog(window)
    dialog.show()
    assert dialog.model.rowCount() == 16
    click(qtbot, dialog.new_button)
    dialog.code.setText("OURS:1")
    dialog.name.setText("Our <b>markets</b>")
    dialog.members.setText("Namibia; 中国; 대한민국")
    click(qtbot, dialog.save_button)
    saved = groups.get_group(window.ctx, "OURS:1")
    assert saved.members == ["CN", "KR", "NA"] and saved.name == "Our <b>markets</b>"
    assert dialog.members.text() == "China; South Korea; Namibia" and dialog.code.isReadOnly()
    dialog.members.setText("Atlantis")
    click(qtbot, dialog.save_button)
    assert errors_shown and "is not a country" in str(errors_shown[-1][1])
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    click(qtbot, dialog.remove_button)
    assert "OURS:1" not in {g.code for g in groups.list_groups(window.ctx)}
    assert window.changed[-1] == "all"
