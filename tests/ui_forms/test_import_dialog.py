"""Import dialog: preview with per-row errors, apply in the background, cancel, rejected files."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.domain.entity import Entity
from desktop_app.services.records.measures import list_measures
from desktop_app.system.paths import resource
from desktop_app.ui import workers
from desktop_app.ui.dialogs.import_dialog import ImportDialog, ImportPreviewModel
from tests.ui_forms.conftest import click

HEADER = "reference,title,jurisdiction,measure_type,status,effective_on\n"


def _dialog(qtbot, window, path: Path) -> ImportDialog:
    dialog = ImportDialog(window)
    dialog.show()
    dialog.path.setText(str(path))
    return dialog


def test_preview_then_import_the_demo_measures(qtbot, window, tmp_path) -> None:
    path = tmp_path / "measures.csv"
    shutil.copy(resource("demo", "measures.csv"), path)
    dialog = _dialog(qtbot, window, path)
    assert dialog.selected_entity() is Entity.MEASURE  # guessed from the file name
    assert not dialog.import_button.isEnabled()
    click(qtbot, dialog.check_button)
    rows = dialog.model.rowCount()
    assert rows >= 10
    assert dialog.model.data(dialog.model.index(0, 2)) == "new"
    assert list_measures(window.ctx) == []  # the check wrote nothing
    assert dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    assert len(list_measures(window.ctx)) == rows
    assert dialog.summary.text().startswith("Imported.")
    assert window.changed == [Entity.MEASURE]
    assert not dialog.import_button.isEnabled()


def test_row_errors_are_listed_and_block_the_import(qtbot, window, tmp_path) -> None:
    path = tmp_path / "upload.csv"
    path.write_text(HEADER + "A-1,Fine,CN,export ban,in force,2024-01-01\n"
                    "A-2,Bad place,XX,export ban,in force,2024-01-01\n"
                    "A-3,Bad date,CN,export ban,in force,24-03-04\n", encoding="utf-8")
    dialog = _dialog(qtbot, window, path)
    dialog.entity.setCurrentIndex(dialog.entity.findData(Entity.MEASURE.value))
    click(qtbot, dialog.check_button)
    model = dialog.model
    assert [model.data(model.index(r, 2)) for r in range(3)] == ["new", "error", "error"]
    assert "jurisdiction" in model.data(model.index(1, 4))
    assert "effective_on" in model.data(model.index(2, 4))
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "2 error(s)" in dialog.summary.text()
    assert not dialog.problems.isHidden() and "row 3" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.entity.setCurrentIndex(dialog.entity.findData(Entity.VENTURE.value))  # changing resets the preview
    assert model.rowCount() == 0


def test_file_missing_columns_is_rejected_in_plain_words(qtbot, window, tmp_path) -> None:
    path = tmp_path / "measures.csv"
    path.write_text("reference,title\nA,B\n", encoding="utf-8")
    dialog = _dialog(qtbot, window, path)
    click(qtbot, dialog.check_button)
    assert "missing required column(s)" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_during_import_leaves_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    path = tmp_path / "measures.csv"
    shutil.copy(resource("demo", "measures.csv"), path)
    dialog = _dialog(qtbot, window, path)
    click(qtbot, dialog.check_button)
    monkeypatch.setattr(workers.QtProgress, "cancelled", lambda self: True)  # the user pressed Cancel
    click(qtbot, dialog.import_button)
    assert dialog.summary.text() == "Cancelled; nothing was imported."
    assert list_measures(window.ctx) == []


def test_import_runs_on_the_worker_thread(qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(workers, "SYNCHRONOUS", False)
    path = tmp_path / "measures.csv"
    shutil.copy(resource("demo", "measures.csv"), path)
    dialog = _dialog(qtbot, window, path)
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Imported."), timeout=20_000)
    assert len(list_measures(window.ctx)) == dialog.model.rowCount()


def test_preview_model_and_the_guessed_entity(qtbot, qtmodeltester, window) -> None:
    from desktop_app.services.intake.importer import RowOutcome

    model = ImportPreviewModel()
    qtmodeltester.check(model)
    model.set_outcomes([RowOutcome(2, "<b>A</b>", "create"), RowOutcome(3, "B", "reject", ["row 3: bad"])])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "<b>A</b>"
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    for path, guessed in (("/x/Joint ventures.xlsx", Entity.VENTURE), ("/jv/assessments-2026.csv", Entity.ASSESSMENT),
                          ("/measures/data.csv", Entity.ASSESSMENT)):  # a guess-less name keeps the choice
        dialog.path.setText(path)
        assert dialog.selected_entity() is guessed, path
