"""The window's places for CLI features: the user guide, CSV export of a view, check and restore."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import run_import
from desktop_app.services.maintenance.backups import backup_register
from desktop_app.services.records import browse
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.services.records.measures import create_measure
from desktop_app.system import guide
from desktop_app.ui import user_guide, window_tools
from desktop_app.ui.dialogs import maintenance_dialog
from desktop_app.ui.dialogs.maintenance_dialog import CheckDialog
from desktop_app.ui.main_window import MainWindow
from tests.conftest import measure_data
from tests.ui.conftest import Dialogs


def test_the_actions_sit_in_the_menus(window: MainWindow) -> None:
    menus = {a.text(): [x.text() for x in a.menu().actions()] for a in window.menuBar().actions()}
    file, edit, help_ = menus["&File"], menus["&Edit"], menus["&Help"]
    assert file.index("Res&tore from backup…") == file.index("&Back up database…") + 1
    assert file.index("Chec&k the register…") == file.index("&Back up database…") + 2
    assert file.index("Export &view as CSV…") == file.index("E&xcel workbook…") + 1
    assert help_[:2] == ["&User guide", "&About Export Risk Register"]
    assert window.tools.user_guide.shortcut().toString() == "F1"
    groups = edit.index("Jurisdiction &groups…")
    assert edit[groups + 1 : groups + 3] == ["Screening &synonyms…", "Risk &matrix…"]


# -- the user guide -----------------------------------------------------------------------------
def test_the_guide_is_found_and_rendered_with_working_links(tmp_path: Path) -> None:
    source = guide.guide_dir()
    assert source is not None and (source / "gui.md").is_file()
    stems = [p.stem for p in guide.pages(source)]
    assert stems[0] == "gui" and set(stems) == {p.stem for p in source.glob("*.md")}
    index = user_guide.render_guide(source, tmp_path / "guide")
    text = index.read_text(encoding="utf-8")
    assert '<a href="gui.html">The desktop window</a>' in text
    gui = (tmp_path / "guide" / "gui.html").read_text(encoding="utf-8")
    assert 'href="jurisdiction-groups.html"' in gui and ".md\"" not in gui
    pictures = [QUrl(src).toLocalFile() for src in _sources(gui)]
    assert pictures and all(Path(p).is_file() for p in pictures)
    intake = (tmp_path / "guide" / "intake.html").read_text(encoding="utf-8")
    assert "Importing a register as it is written" in intake


def _sources(page: str) -> list[str]:
    import re

    return re.findall(r'src="([^"]+)"', page)


def test_the_guide_is_package_data_for_wheels_and_the_bundle() -> None:
    import tomllib

    from tests.conftest import REPO

    tool = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert tool["package-dir"]["desktop_app.resources.guide"] == "docs"
    assert "desktop_app.resources.guide" in tool["packages"]
    assert tool["package-data"]["desktop_app.resources.guide"] == ["*.md"]
    assert tool["package-data"]["desktop_app.resources.guide.screenshots"] == ["*.png"]


def test_help_opens_the_guide_in_the_browser(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                             dialogs: Dialogs) -> None:
    opened: list[str] = []
    monkeypatch.setattr(user_guide, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    window.tools.user_guide.trigger()
    assert len(opened) == 1 and opened[0].endswith("guide/index.html") and Path(opened[0]).is_file()
    assert dialogs.boxes == []


def test_without_a_browser_the_guide_offers_its_folder(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                       dialogs: Dialogs) -> None:
    opened: list[str] = []
    monkeypatch.setattr(user_guide, "open_url", lambda url: opened.append(url.toLocalFile()) and False)

    def click_show_in_folder(box: QMessageBox) -> int:
        dialogs.boxes.append(box.text())
        folder = next((b for b in box.buttons() if b.text() == "Show in folder"), None)
        if folder is not None:
            folder.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_show_in_folder)
    window.tools.user_guide.trigger()
    assert "No program here opens web pages" in dialogs.boxes[0]
    assert opened[1] == str(Path(opened[0]).parent)  # the folder, asked for second
    assert "No file manager is available" in dialogs.boxes[1]


# -- CSV export of a view -------------------------------------------------------------------------
def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_export_view_writes_the_filtered_sorted_records(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        hostile_strings: list[str]) -> None:
    formula = next(s for s in hostile_strings if s.startswith("=HYPERLINK("))
    create_measure(demo_ctx, measure_data(reference="ZZ hostile", title=formula, authority="MOFCOM"))
    window.records_changed.emit(Entity.MEASURE)
    window.show_view("measures")
    table = window.measures
    query = BrowseQuery(search="MOFCOM", sort="reference", descending=True)
    table.model.set_query(query)
    target = tmp_path / "out" / "measures.csv"
    monkeypatch.setattr(window_tools, "ask_csv_path", lambda *a: str(target))
    window.tools.export_view.trigger()
    rows = _read_csv(target)
    expected = [r.values[0] for r in browse.rows_by_id(demo_ctx, Entity.MEASURE,
                                                     browse.ordered_ids(demo_ctx, Entity.MEASURE, query))]
    assert rows[0][0] == "reference" and [r[0] for r in rows[1:]] == expected
    assert 0 < len(expected) < 31 and expected[0] == "ZZ hostile"
    assert rows[1][rows[0].index("title")] == "'" + formula  # never a live formula
    assert "Wrote" in window.statusBar().currentMessage()
    # The file is the import format: read back, it changes nothing.
    report = run_import(demo_ctx, target, Entity.MEASURE, dry_run=True)
    assert report.errors == [] and {o.action for o in report.outcomes} == {"unchanged"}


def test_export_view_of_a_list_view_writes_what_it_shows(window: MainWindow, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_view("events")
    events = window.events
    shown = events.table.model()
    assert shown.rowCount() > 0
    target = tmp_path / "events.csv"
    monkeypatch.setattr(window_tools, "ask_csv_path", lambda *a: str(target))
    window.tools.export_view.trigger()
    rows = _read_csv(target)
    assert rows[0] == [str(shown.headerData(c, Qt.Orientation.Horizontal)) for c in range(shown.columnCount())
                       if not events.table.isColumnHidden(c)]
    assert len(rows) == shown.rowCount() + 1
    assert rows[1][0] == str(shown.data(shown.index(0, 0)))


def test_export_view_refuses_the_register_itself(window: MainWindow, demo_ctx: ServiceContext,
                                                 monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    before = demo_ctx.db.path.read_bytes()
    window.show_view("ventures")
    monkeypatch.setattr(window_tools, "ask_csv_path", lambda *a: str(demo_ctx.db.path))
    window.tools.export_view.trigger()
    assert "would destroy it" in str(dialogs.errors[-1][1])
    assert demo_ctx.db.path.read_bytes()[:100] == before[:100]


def test_export_view_on_the_dashboard_says_what_to_do(window: MainWindow, dialogs: Dialogs) -> None:
    window.show_view("dashboard")
    window.tools.export_view.trigger()
    assert "Show a table" in dialogs.boxes[-1]


# -- check and restore ------------------------------------------------------------------------------
def _check_dialog(window: MainWindow) -> CheckDialog:
    window.tools.check.trigger()
    return window.tools.check_dialog


def test_check_reports_a_sound_register_in_words(window: MainWindow) -> None:
    dialog = _check_dialog(window)
    assert dialog.heading.text() == "No problems found."
    assert "is sound" in dialog.result.toPlainText() and "audit trail" in dialog.result.toPlainText()
    dialog.close()


def test_check_names_a_record_changed_behind_the_apps_back(window: MainWindow, demo_ctx: ServiceContext) -> None:
    conn = sqlite3.connect(demo_ctx.db.path)
    conn.execute("UPDATE measure SET title = 'edited by hand' WHERE id = 1")
    conn.commit()
    conn.close()
    dialog = _check_dialog(window)
    assert dialog.heading.text() == "Problems found."
    text = dialog.result.toPlainText()
    assert "problems in" in text and "Restore from backup" in text
    dialog.close()


def test_restore_from_a_backup_asks_confirms_and_reopens(window: MainWindow, demo_ctx: ServiceContext,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         dialogs: Dialogs) -> None:
    backup = backup_register(demo_ctx, tmp_path / "before.sqlite3")
    create_measure(demo_ctx, measure_data(reference="Added after the backup"))
    window.records_changed.emit(Entity.MEASURE)
    assert window.counts_label.text().startswith("31 measures")
    monkeypatch.setattr(maintenance_dialog, "ask_backup_path", lambda *a: str(backup))
    dialogs.answer = False
    window.tools.restore_backup.trigger()
    assert "Replace the register" in dialogs.questions[-1]
    assert browse.register_counts(window.ctx).live[Entity.MEASURE] == 31  # declined: nothing changed
    dialogs.answer = True
    window.tools.restore_backup.trigger()
    assert "Restored" in dialogs.boxes[-1] and "previous state is saved as" in dialogs.boxes[-1]
    assert window.ctx is not demo_ctx
    assert browse.register_counts(window.ctx).live[Entity.MEASURE] == 30
    assert window.counts_label.text().startswith("30 measures")


def test_restore_refuses_a_file_that_is_not_a_backup(window: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    bogus = tmp_path / "notes.csv"
    bogus.write_text("reference,title\n", encoding="utf-8")
    monkeypatch.setattr(maintenance_dialog, "ask_backup_path", lambda *a: str(bogus))
    dialogs.answer = True
    ctx = window.ctx
    window.tools.restore_backup.trigger()
    assert "cannot be restored" in str(dialogs.errors[-1][1]) and window.ctx is ctx


def test_export_view_of_the_audit_log_writes_every_matching_entry_in_words(
        window: MainWindow, demo_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services.records import audit_log
    from desktop_app.services.records.audit_log import AuditQuery
    from desktop_app.services.records.measures import get_measure, update_measure

    measure = get_measure(demo_ctx, browse.ordered_ids(demo_ctx, Entity.MEASURE)[0])
    update_measure(demo_ctx, measure.id, measure.to_update() | {"measure_type": "export_ban",
                                                                 "title": "=cmd|' /C calc'!A0"})
    window.records_changed.emit(Entity.MEASURE)
    window.show_view("audit")
    window.audit.model.set_query(AuditQuery(entity=Entity.MEASURE))
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(window_tools, "ask_csv_path", lambda *a: str(target))
    window.tools.export_view.trigger()
    rows = _read_csv(target)
    expected = audit_log.count(demo_ctx, AuditQuery(entity=Entity.MEASURE))
    assert expected > 30 and len(rows) == expected + 1  # every entry, not only the page on screen
    assert rows[0][-1] == "Changes" and rows[0][1] == "When"
    newest = rows[1]
    assert "Measure type: " in newest[-1] and "-> export ban" in newest[-1]  # words, not export_ban
    assert "-> =cmd|' /C calc'!A0" in newest[-1]  # verbatim inside its line, never a cell of its own
    assert not any(cell.startswith("=") for row in rows for cell in row)


def test_check_a_backup_reads_it_without_changing_a_byte(window: MainWindow, demo_ctx: ServiceContext,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = backup_register(demo_ctx, tmp_path / "kept.sqlite3")
    before = backup.read_bytes()
    dialog = _check_dialog(window)
    monkeypatch.setattr(maintenance_dialog, "ask_backup_path", lambda *a: str(backup))
    dialog.backup_button.click()
    assert dialog.heading.text() == "No problems found."
    assert dialog.result.toPlainText().startswith(str(backup)) and backup.read_bytes() == before
    notes = tmp_path / "notes.txt"
    notes.write_text("not a register", encoding="utf-8")
    monkeypatch.setattr(maintenance_dialog, "ask_backup_path", lambda *a: str(notes))
    dialog.backup_button.click()
    assert dialog.heading.text() == "The check could not be made."
    assert "notes.txt" in dialog.result.toPlainText() and notes.read_text(encoding="utf-8") == "not a register"
    dialog.close()
