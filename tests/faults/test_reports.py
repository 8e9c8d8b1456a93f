"""Reports and exports: killed or failing writers leave the earlier file or the complete new one."""

from __future__ import annotations

import csv
import io
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake import exporter
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.reports import briefing, workbook
from desktop_app.services.reports.options import ReportOptions
from desktop_app.system.atomic import atomic_output, atomic_path
from tests.conftest import REPO

REPORT_WRITER = Path(__file__).with_name("report_writer.py")
KILLS = {"csv": 30, "pdf": 6, "xlsx": 6}


def _complete(kind: str, path: Path) -> None:
    """Fail unless `path` holds a whole report of its kind."""
    data = path.read_bytes()
    if kind == "csv":
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert rows[0][0] == "reference" and len(rows) == 31, len(rows)  # header + 30 demo measures
    elif kind == "pdf":
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
        assert len(PdfReader(io.BytesIO(data)).pages) > 0
    else:
        wb = load_workbook(io.BytesIO(data), read_only=True)
        assert "Measures" in wb.sheetnames
        wb.close()


def _partials(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    path = tmp_path_factory.mktemp("demo") / "r.sqlite3"
    ctx = open_register(f"sqlite:///{path}", actor="owner")
    load_demo(ctx)
    yield ctx
    ctx.db.dispose()


def test_killed_report_writers_never_leave_a_torn_file(demo_register: ServiceContext, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    server = subprocess.Popen([sys.executable, str(REPORT_WRITER), demo_register.db.url], cwd=REPO, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdin is not None and server.stdout is not None
    rng = random.Random(3)
    try:
        assert server.stdout.readline().strip() == "ready"
        for kind, kills in KILLS.items():
            target = tmp_path / f"report.{kind}"
            for n in range(kills):
                server.stdin.write(f"go {kind} {target}\n")
                server.stdin.flush()
                pid = int(server.stdout.readline())
                if n == 0:  # let the first writer finish once: from then on there is an earlier file
                    while not target.exists():
                        time.sleep(0.01)
                time.sleep(rng.uniform(0.0, 0.3 if kind == "csv" else 1.5))
                os.kill(pid, signal.SIGKILL)
                while True:
                    try:
                        os.kill(pid, 0)
                    except ProcessLookupError:
                        break
                    time.sleep(0.001)
                _complete(kind, target)
                # At most the killed writer's own temporary file: the next writer swept older ones.
                assert len([p for p in _partials(tmp_path) if p.startswith(f".{target.name}.")]) <= 1
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    # One more, uninterrupted write of each kind leaves no temporary file at all.
    exporter.export_csv(demo_register, Entity.MEASURE, tmp_path / "report.csv")
    briefing.write_briefing(demo_register, tmp_path / "report.pdf", ReportOptions())
    workbook.write_workbook(demo_register, tmp_path / "report.xlsx", ReportOptions())
    assert _partials(tmp_path) == []
    for kind in KILLS:
        _complete(kind, tmp_path / f"report.{kind}")


class Boom(RuntimeError):
    pass


def _failing(real):  # type: ignore[no-untyped-def]
    def render(doc, target, *args, **kwargs):  # type: ignore[no-untyped-def]
        Path(target).write_bytes(b"%PDF-1.4 half a report")  # a renderer that dies midway
        raise Boom("renderer crashed")

    return render


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "csv"])
def test_an_error_while_writing_keeps_the_earlier_report(demo_register: ServiceContext, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    target = tmp_path / f"report.{kind}"
    writers = {
        "pdf": lambda: briefing.write_briefing(demo_register, target, ReportOptions()),
        "xlsx": lambda: workbook.write_workbook(demo_register, target, ReportOptions()),
        "csv": lambda: exporter.export_csv(demo_register, Entity.MEASURE, target),
    }
    writers[kind]()
    earlier = target.read_bytes()
    if kind == "pdf":
        monkeypatch.setattr(briefing, "render_briefing", _failing(briefing.render_briefing))
    elif kind == "xlsx":
        monkeypatch.setattr(workbook, "render_workbook", _failing(workbook.render_workbook))
    else:
        monkeypatch.setattr(exporter, "csv_cell", lambda value: (_ for _ in ()).throw(Boom("disk gone")))
    with pytest.raises(Boom):
        writers[kind]()
    assert target.read_bytes() == earlier
    assert _partials(tmp_path) == []


def test_atomic_helpers_replace_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"earlier")
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as fh:
        fh.write(b"half")
        raise KeyboardInterrupt  # a cancelled export
    with pytest.raises(OSError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"earlier"
    assert _partials(tmp_path) == []
    with atomic_output(target) as fh:
        fh.write(b"complete")
    assert target.read_bytes() == b"complete"
    live = tmp_path / f".out.bin.{os.getpid()}.abc.partial"  # ours, still being written: kept
    dead = tmp_path / f".out.bin.{2**22 + 7}.abc.partial"  # a killed writer's: swept
    other = tmp_path / ".other.bin.123.abc.partial"  # another target's: not ours to judge
    for p in (live, dead, other):
        p.write_bytes(b"x")
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"again")
    assert sorted(_partials(tmp_path)) == sorted([live.name, other.name])


def test_export_to_a_full_disk_keeps_the_earlier_file(demo_register: ServiceContext, tmp_path: Path) -> None:
    """The operating system refuses the writes (RLIMIT_FSIZE), as a full disk would."""
    target = tmp_path / "m.csv"
    exporter.export_csv(demo_register, Entity.MEASURE, target)
    earlier = target.read_bytes()
    script = f"""
import resource, signal, sys
from pathlib import Path
from desktop_app.domain.entity import Entity
from desktop_app.services.context import open_register
from desktop_app.domain.errors import StorageFull
from desktop_app.services.intake.exporter import export_csv
ctx = open_register({demo_register.db.url!r}, actor="t")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
try:
    export_csv(ctx, Entity.MEASURE, Path({str(target)!r}))
except StorageFull as exc:
    print("refused", exc.__cause__.errno, exc)
"""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.stdout.startswith("refused 27 Disk full"), result.stdout + result.stderr  # EFBIG
    assert target.read_bytes() == earlier
    assert _partials(tmp_path) == []
