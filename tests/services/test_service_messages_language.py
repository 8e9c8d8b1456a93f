"""The services' refusals, conflicts and check findings reach a person in the window's language.

Each test speaks one language (`speak`), does what a user would, and reads the message where the
window shows it (the exception text, the check report's findings); without a language the same
steps give the English text as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desktop_app.domain.errors import (
    ArchivedRecord,
    Conflict,
    DatabaseBusy,
    DatabaseRefused,
    NotFound,
    OutputRefused,
    RegisterError,
    StorageFull,
)
from desktop_app.persistence import migrate
from desktop_app.persistence.db import translate
from desktop_app.persistence.opening import open_database
from desktop_app.services.context import ServiceContext
from desktop_app.services.maintenance.check import check_location
from desktop_app.services.maintenance.restore import restore_file
from desktop_app.services.outputs import check_output
from desktop_app.services.progress import Cancelled
from desktop_app.services.records.measures import archive_measure, create_measure, get_measure, update_measure
from desktop_app.system.storage import disk_full_message
from tests.conftest import measure_data

Speak = Callable[[str], str]


def _archived(ctx: ServiceContext) -> int:
    measure = create_measure(ctx, measure_data())
    archive_measure(ctx, measure.id)
    return measure.id


def _update(ctx: ServiceContext, measure_id: int, version: int) -> None:
    update_measure(ctx, measure_id, measure_data(title="A new title") | {"version": version})


def test_a_refused_update_of_an_archived_record_speaks_chinese(ctx: ServiceContext, speak: Speak) -> None:
    measure_id = _archived(ctx)
    speak("zh_CN")
    with pytest.raises(ArchivedRecord) as refused:
        _update(ctx, measure_id, get_measure(ctx, measure_id).version)
    assert str(refused.value) == "此措施已归档；请先恢复再编辑。"


def test_the_same_refusal_stays_english_without_a_language(ctx: ServiceContext) -> None:
    measure_id = _archived(ctx)
    with pytest.raises(ArchivedRecord) as refused:
        _update(ctx, measure_id, get_measure(ctx, measure_id).version)
    assert str(refused.value) == "This measure is archived; restore it before editing."


def test_a_conflict_speaks_chinese_with_both_versions(ctx: ServiceContext, speak: Speak) -> None:
    measure = create_measure(ctx, measure_data())
    _update(ctx, measure.id, measure.version)  # a colleague saved first
    speak("zh_CN")
    with pytest.raises(Conflict) as conflict:
        _update(ctx, measure.id, measure.version)
    text = str(conflict.value)
    assert text.startswith("自您打开以来，其他人已更改了此措施")
    assert f"您的版本 {measure.version}，现为 {measure.version + 1}" in text and "未覆盖任何内容" in text
    assert conflict.value.current is not None  # the form still gets their version to show


def test_a_conflict_stays_english_without_a_language(ctx: ServiceContext) -> None:
    measure = create_measure(ctx, measure_data())
    _update(ctx, measure.id, measure.version)
    with pytest.raises(Conflict, match=r"Someone else changed this measure since you opened it \(your version 1, "
                                       r"now 2\)\. Nothing was overwritten\."):
        _update(ctx, measure.id, measure.version)


def test_not_found_speaks_japanese(ctx: ServiceContext, speak: Speak) -> None:
    speak("ja")
    with pytest.raises(NotFound) as missing:
        get_measure(ctx, 4711)
    assert str(missing.value) == "ID 4711 の措置はありません。"


def test_check_findings_speak_chinese(ctx: ServiceContext, speak: Speak) -> None:
    measure = create_measure(ctx, measure_data())
    assert ctx.db.path is not None
    conn = sqlite3.connect(ctx.db.path)
    conn.execute("UPDATE measure SET title = 'edited by hand' WHERE id = ?", (measure.id,))
    conn.commit()
    conn.close()
    speak("zh_CN")
    report, _name = check_location(ctx.db.url)
    assert not report.ok
    changed = [p for p in report.problems if p.startswith("记录：")]
    assert changed and "在应用程序之外被更改" in changed[0] and f"（ID {measure.id}）" in changed[0]
    assert measure.reference in changed[0]  # the user's data stays as written


def test_check_findings_speak_korean_and_english_stays(ctx: ServiceContext, speak: Speak) -> None:
    measure = create_measure(ctx, measure_data())
    assert ctx.db.path is not None
    conn = sqlite3.connect(ctx.db.path)
    conn.execute("DELETE FROM measure_item WHERE measure_id = ?", (measure.id,))
    conn.execute("UPDATE measure SET title = 'edited by hand' WHERE id = ?", (measure.id,))
    conn.commit()
    conn.close()
    english = check_location(ctx.db.url)[0].problems
    assert any(p.startswith("records: measure ") and "was changed outside the application" in p for p in english)
    speak("ko")
    korean = check_location(ctx.db.url)[0].problems
    assert len(korean) == len(english)
    assert any(p.startswith("레코드: 조치 ") and "애플리케이션 밖에서 변경되었습니다" in p for p in korean)


def test_a_restore_refusal_speaks_chinese(ctx: ServiceContext, tmp_path: Path, speak: Speak) -> None:
    bogus = tmp_path / "notes.csv"
    bogus.write_text("reference,title\n", encoding="utf-8")
    speak("zh_CN")
    with pytest.raises(RegisterError) as refused:
        restore_file(ctx.db.url, bogus, actor="tester")
    assert str(refused.value) == f"无法从 {bogus} 恢复：它不是 SQLite 数据库。未做任何更改。"


def test_a_restore_refusal_stays_english(ctx: ServiceContext, tmp_path: Path) -> None:
    missing = tmp_path / "gone.sqlite3"
    with pytest.raises(RegisterError) as refused:
        restore_file(ctx.db.url, missing, actor="tester")
    assert str(refused.value) == f"{missing} cannot be restored: it does not exist. Nothing was changed."


def _from_the_future(tmp_path: Path) -> Path:
    path = tmp_path / "future.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def test_a_newer_register_is_refused_in_chinese_with_both_versions(tmp_path: Path, speak: Speak) -> None:
    path = _from_the_future(tmp_path)
    speak("zh_CN")
    with pytest.raises(DatabaseRefused) as refused:
        open_database(f"sqlite:///{path}")
    assert str(refused.value) == (
        f"无法打开 {path}：它由更新版本的出口风险登记册写入（数据库结构 9999_from_the_future；本版本最高支持 "
        f"{migrate.head_revision()}）；请更新应用程序后再打开。文件未被更改。")


def test_a_newer_register_is_refused_in_german_and_english(tmp_path: Path, speak: Speak) -> None:
    path = _from_the_future(tmp_path)
    with pytest.raises(DatabaseRefused) as english:
        open_database(f"sqlite:///{path}")
    assert "newer version" in str(english.value) and "schema 9999_from_the_future" in str(english.value)
    speak("de")
    with pytest.raises(DatabaseRefused) as german:
        open_database(f"sqlite:///{path}")
    assert "neueren Version" in str(german.value) and "Schema 9999_from_the_future" in str(german.value)
    assert f"bis {migrate.head_revision()}" in str(german.value)


def test_a_damaged_file_is_still_told_apart_in_any_language(tmp_path: Path, speak: Speak) -> None:
    from desktop_app.domain.errors import DamagedDatabase

    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    speak("zh_CN")
    with pytest.raises(DamagedDatabase) as refused:  # the window offers a restore for this kind
        open_database(f"sqlite:///{path}")
    assert "数据库已损坏（文件头无效）" in str(refused.value) and "export-risk restore" in str(refused.value)


def test_busy_read_only_and_full_speak_chinese(speak: Speak) -> None:
    speak("zh_CN")
    busy = translate(OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked")))
    assert isinstance(busy, DatabaseBusy) and str(busy).startswith("数据库正忙")
    full = translate(OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")))
    assert isinstance(full, StorageFull) and str(full) == (
        "磁盘已满（或磁盘在写入时出错）：更改已回滚；未丢失任何内容。请释放一些磁盘空间（或检查磁盘）后重试。")
    read_only = translate(OperationalError("INSERT", {}, sqlite3.OperationalError("attempt to write a readonly "
                                                                                  "database")))
    assert str(read_only) == "数据库文件或其所在文件夹为只读；未做任何更改。"


def test_storage_full_stays_english_without_a_language() -> None:
    assert disk_full_message("the change was rolled back; nothing was lost") == (
        "Disk full (or the disk failed while writing): the change was rolled back; nothing was lost. Free some "
        "space on the disk (or check it) and try again.")


def test_an_output_refusal_names_what_in_the_language(ctx: ServiceContext, tmp_path: Path, speak: Speak) -> None:
    speak("zh_CN")
    with pytest.raises(OutputRefused) as refused:
        check_output(ctx, tmp_path, what="the workbook")
    assert str(refused.value) == f"{tmp_path} 是一个文件夹：请为工作簿指定文件名。未写入任何内容。"
    assert ctx.db.path is not None
    with pytest.raises(OutputRefused) as register:
        check_output(ctx, ctx.db.path, what="the briefing")
    assert "当前打开的登记册" in str(register.value) and "简报" in str(register.value)


def test_cancelled_is_worded_when_raised(speak: Speak) -> None:
    assert str(Cancelled()) == "Cancelled; nothing was changed."
    speak("ko")
    assert str(Cancelled()) == "취소했습니다. 아무것도 변경되지 않았습니다."
