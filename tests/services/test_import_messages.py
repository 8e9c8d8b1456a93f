"""Import and update-pack messages speak the window's language; with none set, English as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected, RegisterError
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.diffs import change_lines
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.intake.pack import import_pack
from desktop_app.services.intake.pack_diff import diff_lines
from desktop_app.services.progress import NullProgress
from desktop_app.services.records import assessments

HEADER = "reference,title,jurisdiction,measure_type,status,effective_on,share_of\n"
ROWS = ("A-1,Fine,CN,export ban,in force,2024-01-01,\n"
        "A-2,Bad place,XX,export ban,in force,2024-01-01,\n"
        "A-3,Bad kind,CN,export bam,in force,2024-01-01,\n")


class _Shown(NullProgress):
    """The progress texts a dialog would show."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def report(self, fraction: float, text: str = "") -> None:
        self.texts.append(text)


def _bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "upload.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    return path


def test_row_errors_in_chinese_name_the_column(ctx: ServiceContext, tmp_path: Path,
                                               speak: Callable[[str], str]) -> None:
    speak("zh_CN")
    report = run_import(ctx, _bad_file(tmp_path), Entity.MEASURE, dry_run=True)
    assert report.errors[0].startswith("第 3 行，jurisdiction 列：'XX' 不是国家：请写 ISO 3166 代码或国家名称")
    assert report.errors[1].startswith("第 4 行，measure_type 列：未知值 'export bam'（您是指 'export ban'")
    assert report.warnings == ["列 'share_of' 不是导入列，已忽略"]
    assert report.summary() == "upload.csv：将新建 1 条，更新 0 条，0 条不变，2 条被拒绝"


def test_the_same_file_in_english_reads_as_before(ctx: ServiceContext, tmp_path: Path) -> None:
    report = run_import(ctx, _bad_file(tmp_path), Entity.MEASURE, dry_run=True)
    assert report.errors[0].startswith(
        "row 3, column jurisdiction: 'XX' is not a country: write an ISO 3166 code or a country name")
    assert report.errors[1].startswith("row 4, column measure_type: unknown value 'export bam' (did you mean "
                                       "'export ban'")
    assert report.warnings == ["column 'share_of' is not an import column and was ignored"]
    assert report.summary() == "upload.csv: 1 would be created, 0 updated, 0 unchanged, 2 rejected"


def test_a_rejected_import_says_so_in_german(ctx: ServiceContext, tmp_path: Path,
                                             speak: Callable[[str], str]) -> None:
    speak("de")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, _bad_file(tmp_path), Entity.MEASURE)
    assert str(caught.value) == ("upload.csv: 2 Fehler, 0 Konflikt(e) mit neueren Änderungen; es wurde nichts "
                                 "importiert.")
    assert caught.value.errors[0].startswith("Zeile 3, Spalte jurisdiction: 'XX' ist kein Land")


def test_a_domain_message_is_wrapped_with_the_row_and_column(ctx: ServiceContext, tmp_path: Path,
                                                            speak: Callable[[str], str]) -> None:
    """The row and column are this area's words; the field's own message is the domain's."""
    path = tmp_path / "dates.csv"
    path.write_text(HEADER + "A-1,Bad date,CN,export ban,in force,24-03-04,\n", encoding="utf-8")
    english = run_import(ctx, path, Entity.MEASURE, dry_run=True).errors
    speak("ja")
    japanese = run_import(ctx, path, Entity.MEASURE, dry_run=True).errors
    assert english[0].startswith("row 2, column effective_on: ")
    assert japanese[0].startswith("2 行目、effective_on 列：")
    assert "24-03-04" in japanese[0]


def test_file_refusals_and_missing_columns(ctx: ServiceContext, tmp_path: Path,
                                           speak: Callable[[str], str]) -> None:
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(HEADER.encode() + "A-1,Café,CN,export ban,in force,2024-01-01,\n".encode("latin-1"))
    short = tmp_path / "short.csv"
    short.write_text("reference,title\nA,B\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as english:
        run_import(ctx, short, Entity.MEASURE, dry_run=True)
    assert str(english.value).startswith("short.csv: missing required column(s) ")
    speak("zh_CN")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, latin1, Entity.MEASURE, dry_run=True)
    assert str(caught.value).startswith("latin1.csv 不是 UTF-8 文本（偏移 ")
    assert str(caught.value).endswith("请另存为“CSV UTF-8”后重新导入；未导入任何内容。")
    with pytest.raises(ImportRejected) as missing:
        run_import(ctx, short, Entity.MEASURE, dry_run=True)
    assert str(missing.value).startswith("short.csv：缺少必填列 ")
    assert "应有的列：reference, title" in str(missing.value)


def test_the_mapping_and_export_refusals_speak_korean(ctx: ServiceContext, tmp_path: Path,
                                                      speak: Callable[[str], str]) -> None:
    speak("ko")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, _bad_file(tmp_path), Entity.MEASURE, dry_run=True, mapping={"ref_no": "reference"})
    assert str(caught.value) == "upload.csv: 열 매핑이 파일과 맞지 않습니다. 아무것도 가져오지 않았습니다."
    assert caught.value.errors == ["--map ref_no: 파일에 'ref_no' 열이 없습니다"]
    with pytest.raises(RegisterError, match=r"^알 수 없는 내보내기 대상 'synonym'입니다"):
        export_csv(ctx, Entity.SYNONYM, tmp_path / "out.csv")


def test_an_update_pack_diff_and_summary_in_chinese(ctx: ServiceContext, tmp_path: Path,
                                                    speak: Callable[[str], str]) -> None:
    pack = tmp_path / "pack.csv"
    pack.write_text("reference,title,jurisdiction,measure_type,status\nP-1,Pack rule,CN,export ban,in force\n",
                    encoding="utf-8")
    english = import_pack(ctx, pack, dry_run=True)
    assert diff_lines(english) == ["New measures:", "  + P-1  (row 2)"]
    assert english.summary() == ("pack.csv: measures: 1 would be created, 0 updated, 0 unchanged; "
                                 "links: 0 would be added, 0 already present")
    speak("zh_CN")
    report = import_pack(ctx, pack, dry_run=True)
    assert diff_lines(report) == ["新措施：", "  + P-1  （第 2 行）"]
    assert report.summary() == "pack.csv：措施：将新建 1 条，更新 0 条，0 条不变；关联：将添加 0 条，已存在 0 条"
    import_pack(ctx, pack)
    assert diff_lines(import_pack(ctx, pack, dry_run=True)) == ["没有新内容：登记册已包含此更新包的全部内容。"]


def test_a_conflict_with_a_newer_edit_in_chinese(ctx: ServiceContext, tmp_path: Path,
                                                 speak: Callable[[str], str]) -> None:
    speak("zh_CN")
    shown = _Shown()
    load_demo(ctx, shown)
    assert shown.texts == ["正在加载示例措施", "正在加载示例合资企业", "正在加载示例条款", "正在加载示例暂停期",
                           "正在加载示例评估", "示例登记册已加载"]
    export_csv(ctx, Entity.ASSESSMENT, tmp_path / "a.csv")
    first = assessments.list_assessments(ctx)[0]
    assessments.update_assessment(ctx, first.id, first.to_update() | {"rationale": "edited after the export"})
    report = run_import(ctx, tmp_path / "a.csv", Entity.ASSESSMENT, dry_run=True)
    [conflict] = [o for o in report.outcomes if o.action == "conflict"]
    assert report.conflicts == [
        f"第 {conflict.row} 行：文件中 {conflict.key!r} 的版本为 1，登记册中为 2（文件导出后已被修改）；不同的字段："
        "rationale。请逐行选择，或使用 --overwrite-newer 覆盖"]
    lines = change_lines(conflict.changes, left="register", right="file")
    assert lines[0].startswith("rationale：登记册 'edited after the export' / 文件 ")
    assert report.summary().endswith("，1 条与较新的修改冲突")
