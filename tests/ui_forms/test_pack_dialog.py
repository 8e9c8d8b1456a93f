"""Update pack dialog: the dry-run diff before anything is written, import in the background,
cancel, errors listed, the views told to refresh."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import lineage, measures
from desktop_app.services.timeline import windows
from desktop_app.ui import workers
from desktop_app.ui.dialogs.pack_dialog import PackDialog
from tests.ui_forms.conftest import click

NEW = "PACK-GUI-1 (fictional test row)"
OLD = "MOFCOM Announcement No. 46 of 2024"


def _pack(tmp_path: Path, kind: str = "responds to", title: str = "Fictional rule") -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in {
        "Measures": [["reference", "title", "jurisdiction", "measure_type", "status", "summary"],
                     [NEW, title, "中国", "export ban", "in force", ""],
                     [OLD, "Announcement on strengthening export control of relevant dual-use items to the "
                      "United States", "China", "export ban", "in force", "summary from the newsletter"]],
        "Suspension windows": [["measure_reference", "suspended_by", "starts_on", "ends_on"],
                               [NEW, OLD, "2026-01-01", "2026-06-30"]],
        "Lineage": [["from_reference", "kind", "to_reference"], [NEW, kind, OLD]],
    }.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(tmp_path / "pack.xlsx")
    return tmp_path / "pack.xlsx"


def _dialog(qtbot, window, path: Path) -> PackDialog:
    dialog = PackDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    return dialog


def test_check_shows_the_diff_then_import_applies_it_once(qtbot, window, tmp_path) -> None:
    load_demo(window.ctx)
    dialog = _dialog(qtbot, window, _pack(tmp_path))
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    click(qtbot, dialog.check_button)
    diff = dialog.diff.toPlainText()
    assert f"New measures:\n  + {NEW}  (row 2)" in diff
    assert f"Changed measures:\n  ~ {OLD}  (row 3)\n      summary: " in diff and "'summary from the newsletter'" in diff
    assert "New suspension windows:\n  + " in diff and f"New links:\n  + {NEW} responds to {OLD}" in diff
    assert "Ready to import." in dialog.summary.text()
    assert NEW not in {m.reference for m in measures.list_measures(window.ctx)}  # the check wrote nothing
    assert dialog.import_button.isEnabled()

    click(qtbot, dialog.import_button)
    assert dialog.summary.text().startswith("Imported.")
    assert window.changed == ["all"] and not dialog.import_button.isEnabled()
    new_id = lineage.measure_id_for(window.ctx, NEW)
    assert len(windows.list_windows(window.ctx, new_id)) == 1

    click(qtbot, dialog.check_button)  # the same pack again: nothing to do
    assert dialog.diff.toPlainText() == "Nothing new: the register already has everything in this pack."
    assert "Nothing to import" in dialog.summary.text() and not dialog.import_button.isEnabled()


def test_errors_are_listed_and_block_the_import(qtbot, window, tmp_path) -> None:
    load_demo(window.ctx)
    dialog = _dialog(qtbot, window, _pack(tmp_path, kind="annihilates"))
    click(qtbot, dialog.check_button)
    assert "1 error(s)" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert not dialog.problems.isHidden() and "links row 2, column kind" in dialog.problems.toPlainText()
    dialog.path.setText(str(tmp_path / "missing.xlsx"))
    click(qtbot, dialog.check_button)
    assert "does not exist" in dialog.summary.text()


def test_cancel_during_import_leaves_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    load_demo(window.ctx)
    dialog = _dialog(qtbot, window, _pack(tmp_path))
    click(qtbot, dialog.check_button)
    monkeypatch.setattr(workers.QtProgress, "cancelled", lambda self: True)  # the user pressed Cancel
    click(qtbot, dialog.import_button)
    assert dialog.summary.text() == "Cancelled; nothing was imported."
    assert NEW not in {m.reference for m in measures.list_measures(window.ctx)}
    assert window.changed == []


def test_hostile_text_is_shown_verbatim_in_the_diff(qtbot, window, tmp_path, hostile_strings) -> None:
    load_demo(window.ctx)
    title = next(s for s in hostile_strings if s.startswith("<b>"))
    dialog = _dialog(qtbot, window, _pack(tmp_path, title="x"))
    book = openpyxl.load_workbook(dialog.path.text())
    book["Measures"]["A2"] = title  # a hostile reference, shown as plain text
    book["Suspension windows"]["A2"] = title
    book["Lineage"]["A2"] = title
    book.save(dialog.path.text())
    click(qtbot, dialog.check_button)
    assert f"  + {title}  (row 2)" in dialog.diff.toPlainText()
    click(qtbot, dialog.import_button)
    assert title in {m.reference for m in measures.list_measures(window.ctx)}
