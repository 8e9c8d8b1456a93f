"""The import dialog shows the services' row errors in the window's language, the column named."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.entity import Entity
from desktop_app.ui.dialogs.import_dialog import ImportDialog
from desktop_app.ui.dialogs.pack_dialog import PackDialog
from tests.ui_forms.conftest import click

HEADER = "reference,title,jurisdiction,measure_type,status,effective_on\n"


def test_row_errors_show_in_chinese_naming_the_column(qtbot, window, tmp_path,
                                                      speak: Callable[[str], str]) -> None:
    speak("zh_CN")  # as the window does at start when its interface is Chinese
    path = tmp_path / "upload.csv"
    path.write_text(HEADER + "A-1,Fine,CN,export ban,in force,2024-01-01\n"
                    "A-2,Bad place,XX,export ban,in force,2024-01-01\n", encoding="utf-8")
    dialog = ImportDialog(window)
    dialog.show()
    dialog.path.setText(str(path))
    dialog.entity.setCurrentIndex(dialog.entity.findData(Entity.MEASURE.value))
    click(qtbot, dialog.check_button)
    model = dialog.model
    assert model.data(model.index(1, 2)) == "error"
    assert model.data(model.index(1, 4)).startswith("第 3 行，jurisdiction 列：'XX' 不是国家")
    assert "第 3 行，jurisdiction 列：'XX' 不是国家：请写 ISO 3166 代码或国家名称" in dialog.problems.toPlainText()
    assert dialog.summary.text().startswith("upload.csv：将新建 1 条，更新 0 条，0 条不变，1 条被拒绝")
    assert not dialog.import_button.isEnabled()


def test_the_update_pack_diff_shows_in_japanese(qtbot, window, tmp_path, speak: Callable[[str], str]) -> None:
    speak("ja")
    path = tmp_path / "pack.csv"
    path.write_text("reference,title,jurisdiction,measure_type,status\nP-1,Pack rule,CN,export ban,in force\n"
                    "P-2,Bad place,XX,export ban,in force\n", encoding="utf-8")
    dialog = PackDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    click(qtbot, dialog.check_button)
    assert dialog.diff.toPlainText().startswith("新しい措置：\n  + P-1  （2 行目）")
    assert "3 行目、jurisdiction 列：'XX' は国ではありません" in dialog.problems.toPlainText()
    assert dialog.summary.text().startswith("pack.csv：措置：作成予定 1 件、更新 0 件、変更なし 0 件；リンク：")
