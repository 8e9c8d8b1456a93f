"""No writer destroys a database: every report, export and backup refuses the register, its journal
files and any other SQLite file (by its header, whatever its name), from the command line and the
window's dialogs alike; `backup` replaces only an earlier backup of the same register, on request."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli.main import main as cli_main
from desktop_app.services.context import open_register
from desktop_app.services.records import measures
from tests.conftest import measure_data
from tests.faults.helpers import digest, table_rows

WRITERS = {
    "report pdf": ["report", "pdf"], "report xlsx": ["report", "xlsx"], "export measures": ["export", "measures"],
    "export ventures": ["export", "ventures"], "export assessments": ["export", "assessments"],
    "backup": ["backup"], "backup --force": ["backup", "--force"],
}


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "reg.db"
    ctx = open_register(path, actor="owner")
    for i in range(12):
        measures.create_measure(ctx, measure_data(reference=f"M-{i}"))
    ctx.db.dispose()
    yield path


def _other_app_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    return path


def _run(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str]:
    code = cli_main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("writer", sorted(WRITERS))
@pytest.mark.parametrize("target", ["the register", "its -wal", "its -shm", "its -journal", "another register",
                                    "another app's database named .pdf", "a folder"])
def test_no_writer_overwrites_a_database(register: Path, tmp_path: Path, capsys: pytest.CaptureFixture,
                                         writer: str, target: str) -> None:
    other = tmp_path / "other.db"
    open_register(other, actor="someone").db.dispose()
    files = {"the register": register, "its -wal": Path(f"{register}-wal"), "its -shm": Path(f"{register}-shm"),
             "its -journal": Path(f"{register}-journal"), "another register": other,
             "another app's database named .pdf": _other_app_database(tmp_path / "notes.pdf"),
             "a folder": tmp_path}
    out = files[target]
    # While the register is open (a window, a colleague), its -wal and -shm files exist.
    holder = sqlite3.connect(register)
    holder.execute("SELECT count(*) FROM measure").fetchone()
    if target == "its -journal":
        out.write_bytes(b"")  # a rollback journal left by a crash: SQLite's, never a report's
    before = {p: digest(p) for p in (register, other, tmp_path / "notes.pdf") if p.exists()}
    rows = table_rows(register)
    code, output = _run(capsys, "--db", str(register), *WRITERS[writer], str(out))
    holder.close()
    assert code == 1, output
    assert "Traceback" not in output and "unexpected" not in output
    assert "nothing was written" in output.lower() or "Nothing was written" in output
    assert {p: digest(p) for p in before} == before
    assert table_rows(register) == rows
    assert _run(capsys, "--db", str(register), "check")[0] == 0


def test_backup_never_replaces_another_register_and_asks_before_replacing_anything(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    other = tmp_path / "other-register.db"
    ctx = open_register(other, actor="colleague")
    for i in range(20):
        measures.create_measure(ctx, measure_data(reference=f"OTHER-{i}"))
    ctx.db.dispose()
    text = tmp_path / "minutes.txt"
    text.write_text("minutes of the meeting\n", encoding="utf-8")
    kept = {p: digest(p) for p in (other, text)}
    for target, force in ((other, False), (other, True), (text, False)):
        code, output = _run(capsys, "--db", str(register), "backup", str(target), *(["--force"] * force))
        assert code == 1 and "nothing was written" in output, output
    assert {p: digest(p) for p in kept} == kept
    assert "not a backup of this register" in _run(capsys, "--db", str(register), "backup", str(other),
                                                    "--force")[1]
    code, output = _run(capsys, "--db", str(register), "backup", str(tmp_path))
    assert code == 1 and "is a folder" in output
    backup = tmp_path / "b.db"
    assert _run(capsys, "--db", str(register), "backup", str(backup))[0] == 0
    code, output = _run(capsys, "--db", str(register), "backup", str(backup))
    assert code == 1 and "--force" in output
    assert _run(capsys, "--db", str(register), "backup", str(backup), "--force")[0] == 0
    assert _run(capsys, "--db", str(register), "backup", str(text), "--force")[0] == 0  # asked for
    assert table_rows(text) == table_rows(register)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_report_dialog_asks_the_same_guard(register: Path, qtbot: object,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.ui import messages
    from desktop_app.ui.dialogs.report_dialog import ReportDialog
    from desktop_app.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, exc, _title="": shown.append(str(exc)))
    ctx = open_register(register, actor="owner")
    window = MainWindow(ctx)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    before = digest(register)
    disguised = _other_app_database(register.with_name("notes.pdf"))
    linked = register.with_name("reg.xlsx")
    linked.hardlink_to(register)  # another name for the register itself
    for kind, name in (("pdf", disguised), ("xlsx", linked)):
        dialog = ReportDialog(window, kind)
        dialog.target.setText(str(name))
        dialog.create()
        assert not dialog.running and "would destroy it" in dialog.status.text()
    assert len(shown) == 2 and all("nothing was written" in s for s in shown)
    ctx.db.dispose()
    assert digest(register) == before

