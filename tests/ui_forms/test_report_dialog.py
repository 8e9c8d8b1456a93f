"""Report dialog: options reach the service, the file is written in the background and opened."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.domain.errors import RegisterError
from desktop_app.services.progress import Cancelled, check
from desktop_app.services.records.ventures import create_venture
from desktop_app.ui.dialogs import report_dialog
from desktop_app.ui.dialogs.report_dialog import ReportDialog
from tests.conftest import venture_data
from tests.ui_forms.conftest import click


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    paths: list[Path] = []
    monkeypatch.setattr(report_dialog, "open_path", lambda path: paths.append(path) or True)
    return paths


def _dialog(qtbot, window, kind: str, target: Path) -> ReportDialog:
    dialog = ReportDialog(window, kind)
    dialog.show()
    dialog.target.setText(str(target))
    return dialog


def test_options_reach_the_writer(qtbot, window, tmp_path, opened, monkeypatch) -> None:
    create_venture(window.ctx, venture_data(name="<b>Bold & Sons</b> Gallium Recovery JV"))
    create_venture(window.ctx, venture_data(name="한중미래양극재 주식회사"))
    calls = []

    def stub(ctx, target, options, progress):
        check(progress, 0.5, "half way")
        calls.append((target, options))
        target.write_bytes(b"stub")
        return target

    monkeypatch.setattr(report_dialog, "load_writer", lambda kind: stub)
    dialog = _dialog(qtbot, window, "pdf", tmp_path / "brief")
    assert dialog.ventures.text(0) == "<b>Bold & Sons</b> Gallium Recovery JV"
    dialog.ventures.set_checked(1)
    dialog.as_of.setDate(QDate(2026, 10, 31))
    dialog.since_box.setChecked(True)
    dialog.since.setDate(QDate(2026, 9, 1))
    click(qtbot, dialog.create_button)
    [(target, options)] = calls
    assert target == tmp_path / "brief.pdf"  # the suffix is added
    assert options.as_of == date(2026, 10, 31) and options.since == date(2026, 9, 1)
    assert options.ventures == ("한중미래양극재 주식회사",)
    assert options.prepared_by == "tester"
    assert options.full is False  # a dossier of the ticked venture, bounded like the command line's
    assert opened == [target]
    assert dialog.open_button.isEnabled() and dialog.status.text() == f"Saved: {target}"


def test_cancel_and_failure_are_reported(qtbot, window, tmp_path, opened, monkeypatch, errors_shown) -> None:
    def cancelled(ctx, target, options, progress):
        raise Cancelled()

    monkeypatch.setattr(report_dialog, "load_writer", lambda kind: cancelled)
    dialog = _dialog(qtbot, window, "xlsx", tmp_path / "book.xlsx")
    click(qtbot, dialog.create_button)
    assert dialog.status.text() == "Cancelled; no file was written."
    assert errors_shown == [] and opened == []

    def failing(ctx, target, options, progress):
        raise RegisterError("The changes date is after the as-of date; nothing was written.")

    monkeypatch.setattr(report_dialog, "load_writer", lambda kind: failing)
    click(qtbot, dialog.create_button)
    assert "after the as-of date" in dialog.status.text()
    assert isinstance(errors_shown[0][1], RegisterError)
    assert dialog.create_button.isEnabled() and not dialog.open_button.isEnabled()


def test_the_pdf_defaults_to_the_board_pack_and_offers_the_appendix(qtbot, window, tmp_path, opened) -> None:
    from desktop_app.services.intake.demo import load_demo

    load_demo(window.ctx)
    dialog = _dialog(qtbot, window, "pdf", tmp_path / "pack.pdf")
    assert not dialog.full.isChecked() and dialog.options().full is False
    assert dialog.scope_note.text().startswith("Board pack")
    click(qtbot, dialog.create_button)
    assert opened == [tmp_path / "pack.pdf"], dialog.status.text()
    pages = len(pypdf.PdfReader(opened[0]).pages)
    assert pages <= 12  # the bounded pack, not the full briefing
    dialog.full.setChecked(True)
    assert dialog.options().full is True and dialog.scope_note.text().endswith("with the full appendix.")
    dialog.target.setText(str(tmp_path / "full.pdf"))
    click(qtbot, dialog.create_button)
    assert opened[-1] == tmp_path / "full.pdf", dialog.status.text()
    assert len(pypdf.PdfReader(opened[-1]).pages) > pages
    dialog.ventures.set_checked(0)
    assert dialog.scope_note.text().startswith("Dossier of 1 joint venture")


def test_the_workbook_dialog_has_no_appendix_choice(qtbot, window, tmp_path) -> None:
    dialog = _dialog(qtbot, window, "xlsx", tmp_path / "book.xlsx")
    assert dialog.full.isHidden() and dialog.scope_note.isHidden()
    assert dialog.options().full is False


@pytest.mark.parametrize(("kind", "magic"), [("pdf", b"%PDF"), ("xlsx", b"PK")])
def test_real_report_written(qtbot, window, tmp_path, opened, kind, magic) -> None:
    from desktop_app.services.intake.demo import load_demo

    load_demo(window.ctx)
    dialog = _dialog(qtbot, window, kind, tmp_path / f"report.{kind}")
    click(qtbot, dialog.create_button)
    assert opened == [tmp_path / f"report.{kind}"], dialog.status.text()
    assert opened[0].read_bytes()[:4].startswith(magic)


def test_no_viewer_says_so_offers_the_folder_and_the_folder_is_remembered(qtbot, window, tmp_path,
                                                                        monkeypatch) -> None:
    import os

    monkeypatch.setattr(report_dialog, "open_path", lambda path: False)  # no program for .pdf
    folders: list[str] = []
    monkeypatch.setattr(report_dialog.QDesktopServices, "openUrl",
                        lambda url: folders.append(url.toLocalFile()) or True)

    def stub(ctx, target, options, progress):
        from desktop_app.system.atomic import atomic_path

        with atomic_path(target) as tmp:
            tmp.write_bytes(b"%PDF stub")
        return target

    monkeypatch.setattr(report_dialog, "load_writer", lambda kind: stub)
    out = tmp_path / "reports"
    out.mkdir()
    dialog = _dialog(qtbot, window, "pdf", out / "brief.pdf")
    qtbot.waitUntil(dialog.ventures.isEnabled, timeout=20_000)  # read on the background reader
    click(qtbot, dialog.create_button)
    assert "No program here opens .pdf files" in dialog.status.text()
    assert dialog.folder_button.isEnabled()
    click(qtbot, dialog.folder_button)
    assert folders == [str(out)]
    umask = os.umask(0o022)
    os.umask(umask)
    assert (out / "brief.pdf").stat().st_mode & 0o777 == 0o666 & ~umask  # not 0600
    again = ReportDialog(window, "xlsx")
    assert Path(again.target.text()).parent == out  # the last folder is remembered
    again.close()


def test_the_default_folder_is_never_created(qtbot, window, tmp_path, monkeypatch) -> None:
    from desktop_app.ui import settings

    settings.set_text(settings.Key.REPORT_DIR, "")
    missing = tmp_path / "Documents"
    monkeypatch.setattr(report_dialog.QStandardPaths, "writableLocation", lambda _where: str(missing))
    assert report_dialog.report_folder() == Path.home()
    assert not missing.exists()


def test_language_choice_writes_the_report_in_chinese(qtbot, window, tmp_path, opened) -> None:
    import openpyxl

    dialog = _dialog(qtbot, window, "xlsx", tmp_path / "book.xlsx")
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "zh_CN"]
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.options().lang == "zh_CN"
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    names = openpyxl.load_workbook(opened[0], read_only=True).sheetnames
    assert names[0] == "摘要" and "Measures" in names and "风险矩阵" in names


def test_the_venture_list_fills_once_and_ticks_as_the_view_sends_them(qtbot, window, tmp_path) -> None:
    for name in ("Alpha JV", "Beta JV", "Gamma JV"):
        create_venture(window.ctx, venture_data(name=name))
    dialog = ReportDialog(window, "pdf")
    fills: list[None] = []
    dialog.ventures.ticked_changed.connect(lambda: fills.append(None))
    dialog.ventures.show_note("Reading…")
    assert dialog.ventures.chosen() == () and not dialog.ventures.list_model.flags(
        dialog.ventures.list_model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable  # a note is not a venture
    dialog._fill_ventures([(1, "Alpha JV"), (2, "Beta JV"), (3, "Gamma JV")])
    assert fills == [None]  # one description for the whole list, not one per venture
    assert [dialog.ventures.text(i) for i in range(dialog.ventures.count())] == ["Alpha JV", "Beta JV", "Gamma JV"]
    model = dialog.ventures.list_model
    model.setData(model.index(2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)  # as the delegate
    dialog.ventures.set_checked(0)
    assert dialog.options().ventures == ("Alpha JV", "Gamma JV")  # in list order
    assert dialog.scope_note.text().startswith("Dossier of 2 joint venture")
    dialog.ventures.set_checked(2, False)
    assert dialog.options().ventures == ("Alpha JV",)
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.close()


def test_a_click_on_the_check_box_or_space_ticks_a_venture(qtbot) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from desktop_app.ui.dialogs.venture_checklist import VentureChecklist

    names = VentureChecklist()
    qtbot.addWidget(names)
    names.resize(300, 200)
    names.show()
    names.set_names(["Alpha JV", "Beta JV", "Gamma JV"])
    option = QStyleOptionViewItem()
    option.rect = names.visualRect(names.list_model.index(1))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = names.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, names)
    QTest.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.center())
    assert names.chosen() == ("Beta JV",)
    names.setCurrentIndex(names.list_model.index(2))
    QTest.keyClick(names, Qt.Key.Key_Space)
    assert names.chosen() == ("Beta JV", "Gamma JV")
