"""Read-only file or folder: the register opens read-only with a reason to show, or is refused
clearly; nothing is ever written. As root (CI) the checks run in a child without the capability
to override file permissions (`setpriv`), since root may otherwise write anywhere."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.context import open_register
from desktop_app.services.records import measures
from tests.conftest import REPO, measure_data, need_tool
from tests.faults.helpers import digest

NO_OVERRIDE = "-dac_override,-dac_read_search,-fowner"
PROBE = """
import json, sys
from desktop_app.domain.errors import RegisterError
from desktop_app.services.records import measures
from desktop_app.services.context import open_register
out = {}
try:
    ctx = open_register("sqlite:///" + sys.argv[1], actor="viewer")
except RegisterError as exc:
    print(json.dumps({"refused": str(exc)}))
    sys.exit(0)
out["read_only"] = ctx.db.read_only
out["reason"] = ctx.db.read_only_reason
out["references"] = [m.reference for m in measures.list_measures(ctx)]
try:
    measures.create_measure(ctx, {"reference": "NEW", "title": "t", "jurisdiction": "CN",
                                  "measure_type": "export ban", "status": "in force"})
    out["write"] = "accepted"
except RegisterError as exc:
    out["write"] = type(exc).__name__ + ": " + str(exc)
ctx.db.dispose()
print(json.dumps(out))
"""


def probe(path: Path, *args: str, script: str = PROBE) -> dict:
    """Open `path` in a child process that cannot write it (root loses its override capability)."""
    command = [sys.executable, "-c", script, str(path), *args]
    if os.geteuid() == 0:
        command = [need_tool("setpriv"), "--bounding-set", NO_OVERRIDE, *command]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])  # the last line; a CLI prints before it


@pytest.fixture
def shared_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    for folder, dirs, _files in os.walk(tmp_path):  # let pytest clean up
        for d in dirs:
            (Path(folder) / d).chmod(0o755)


def _register(folder: Path, *, pending: bool = False) -> Path:
    """A register with one measure; `pending` leaves a committed change only in its -wal file."""
    folder.mkdir(mode=0o755)
    path = folder / "register.sqlite3"
    ctx = open_register(f"sqlite:///{path}", actor="owner")
    measures.create_measure(ctx, measure_data(reference="M-1"))
    ctx.db.dispose()
    if pending:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE measure SET title = 'changed in the journal'")
        with contextlib.suppress(Exception):  # snapshot the sidecars as a crash would leave them
            for suffix in ("-wal", "-shm"):
                shutil.copy(f"{path}{suffix}", f"{path}{suffix}.kept")
        conn.close()  # checkpoints and removes the sidecars ...
        for suffix in ("-wal", "-shm"):  # ... which we put back, as after a power cut
            os.replace(f"{path}{suffix}.kept", f"{path}{suffix}")
    return path


def _make_read_only(path: Path, *, file: bool, folder: bool) -> None:
    for p in [path, *(Path(f"{path}{s}") for s in ("-wal", "-shm") if Path(f"{path}{s}").exists())]:
        p.chmod(0o444 if file else 0o644)
    path.parent.chmod(0o555 if folder else 0o755)


@pytest.mark.parametrize(("file_ro", "folder_ro"), [(True, True), (True, False), (False, True)],
                         ids=["file-and-folder", "file-only", "folder-only"])
def test_read_only_register_opens_read_only_and_refuses_writes(shared_dir: Path, file_ro: bool,
                                                                folder_ro: bool) -> None:
    path = _register(shared_dir / "reg")
    before = digest(path)
    _make_read_only(path, file=file_ro, folder=folder_ro)
    out = probe(path)
    assert out["read_only"] is True
    assert "read-only" in out["reason"]
    assert out["references"] == ["M-1"]
    assert out["write"].startswith("ReadOnlyDatabase") and "nothing was changed" in out["write"]
    assert digest(path) == before


def test_read_only_folder_with_pending_journal_and_index_shows_the_pending_change(shared_dir: Path) -> None:
    path = _register(shared_dir / "reg", pending=True)
    _make_read_only(path, file=True, folder=True)
    script = PROBE.replace('out["references"] = [m.reference for m in measures.list_measures(ctx)]',
                           'out["references"] = [m.title for m in measures.list_measures(ctx)]')
    out = probe(path, script=script)
    assert out["read_only"] is True
    assert out["references"] == ["changed in the journal"]  # committed changes in the -wal are seen


def test_read_only_folder_with_a_pending_journal_but_no_index_is_refused_clearly(shared_dir: Path) -> None:
    path = _register(shared_dir / "reg", pending=True)
    Path(f"{path}-shm").unlink()
    before = digest(path)
    _make_read_only(path, file=True, folder=True)
    out = probe(path)
    assert "refused" in out, out
    assert "read-only" in out["refused"] and "-wal" in out["refused"]
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["register.sqlite3", "register.sqlite3-wal"]


def test_cli_check_and_export_work_on_a_read_only_register(shared_dir: Path) -> None:
    path = _register(shared_dir / "reg")
    _make_read_only(path, file=True, folder=True)
    out_dir = shared_dir / "out"
    out_dir.mkdir()
    script = """
import json, sys
from desktop_app.cli.main import main
codes = [main(["--db", sys.argv[1], "check"]), main(["--db", sys.argv[1], "export", "measures", sys.argv[2]])]
print(json.dumps(codes))
"""
    env_result = probe(path, str(out_dir / "m.csv"), script=script)
    assert env_result == [0, 0]
    assert "M-1" in (out_dir / "m.csv").read_text(encoding="utf-8-sig")
