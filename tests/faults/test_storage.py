"""A locked database and a full disk: clear errors, rolled-back transactions, nothing lost."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import DatabaseBusy, StorageFull
from desktop_app.persistence import db as db_module
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.importer import run_import
from desktop_app.services.maintenance.backups import check_register
from desktop_app.services.records import measures
from tests.conftest import FIXED_NOW, REPO, measure_data
from tests.faults.helpers import LockHolder, table_rows

BIG_CSV_ROWS = 300


def _register(path: Path) -> ServiceContext:
    ctx = open_register(f"sqlite:///{path}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    return ctx


def _csv(path: Path, rows: int, notes: str = "") -> Path:
    lines = ["reference,title,jurisdiction,measure_type,status,notes"]
    lines += [f"IMP-{i},Imported {i},CN,export ban,in force,{notes}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def quick_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real timeout is 5 s; the behaviour is the same, the test just waits less.
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)


@pytest.mark.usefixtures("quick_busy")
def test_locked_database_reports_busy_keeps_the_typed_data_and_retry_succeeds(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    ctx = _register(path)
    first = measures.create_measure(ctx, measure_data(reference="FIRST"))
    typed = measure_data(reference="TYPED-BY-USER", notes="long careful notes")
    kept = copy.deepcopy(typed)
    csv_file = _csv(tmp_path / "m.csv", 5)
    before = table_rows(path)
    with LockHolder(path) as other:
        # Opening and reading still work while another program writes.
        reader = _register(path)
        assert measures.get_measure(reader, first.id).reference == "FIRST"
        with pytest.raises(DatabaseBusy, match=r"busy.*try again"):
            measures.create_measure(ctx, typed)
        with pytest.raises(DatabaseBusy):
            measures.update_measure(ctx, first.id, first.to_update() | {"title": "changed"})
        with pytest.raises(DatabaseBusy):
            run_import(ctx, csv_file, Entity.MEASURE)
        assert typed == kept  # the form's data is untouched, ready for "Try again"
        other.release()
        reader.db.dispose()
    assert table_rows(path) == before
    created = measures.create_measure(ctx, typed)  # the retry with the same data succeeds
    assert created.notes == "long careful notes"
    assert run_import(ctx, csv_file, Entity.MEASURE).count("create") == 5
    assert check_register(ctx).ok
    ctx.db.dispose()


@pytest.mark.usefixtures("quick_busy")
def test_cli_on_a_locked_database_says_busy(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    _register(path).db.dispose()
    csv_file = _csv(tmp_path / "m.csv", 3)
    with LockHolder(path):
        env = dict(os.environ, PYTHONPATH=str(REPO))
        command = [sys.executable, "-m", "desktop_app", "--db", str(path), "import", "measures",
                   str(csv_file)]
        result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                                check=False)
    assert result.returncode == 1
    assert "busy" in result.stderr and "Traceback" not in result.stderr


def _limit_pages(ctx: ServiceContext, extra_pages: int) -> None:
    """Cap the database file a few pages above its current size: a disk that is about to fill."""
    with ctx.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(ctx.db.engine, "connect")
    def _cap(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    ctx.db.engine.dispose()  # new connections get the cap


def test_disk_full_during_save_rolls_back_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    ctx = _register(path)
    kept = measures.create_measure(ctx, measure_data(reference="KEPT"))
    before = table_rows(path)
    _limit_pages(ctx, 2)
    with pytest.raises(StorageFull, match=r"full.*rolled back"):
        measures.create_measure(ctx, measure_data(reference="BIG", summary="x" * 29_000,
                                                  notes="y" * 29_000))
    with pytest.raises(StorageFull):
        measures.update_measure(ctx, kept.id, kept.to_update() | {"summary": "z" * 29_000,
                                                                 "notes": "w" * 29_000})
    assert table_rows(path) == before
    assert check_register(ctx).ok
    ctx.db.dispose()
    reopened = _register(path)  # once space is free again, work continues
    assert measures.create_measure(reopened, measure_data(reference="AFTER")).version == 1
    reopened.db.dispose()


def test_disk_full_during_import_imports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    ctx = _register(path)
    measures.create_measure(ctx, measure_data(reference="KEPT"))
    before = table_rows(path)
    _limit_pages(ctx, 20)
    csv_file = _csv(tmp_path / "big.csv", BIG_CSV_ROWS, notes="n" * 2_000)
    with pytest.raises(StorageFull):
        run_import(ctx, csv_file, Entity.MEASURE)
    assert table_rows(path) == before
    assert check_register(ctx).ok
    ctx.db.dispose()


FSIZE_CHILD = """
import resource, signal, sys
from pathlib import Path
from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.services.context import open_register
from desktop_app.services.intake.importer import run_import
ctx = open_register(sys.argv[1], actor="tester")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a full disk: write(2) fails instead of killing us
limit = Path(sys.argv[1].removeprefix("sqlite:///")).stat().st_size + 64 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    run_import(ctx, Path(sys.argv[2]), Entity.MEASURE)
except RegisterError as exc:
    print(type(exc).__name__, exc)
"""


def test_real_write_failure_from_a_file_size_limit_rolls_back(tmp_path: Path) -> None:
    """The operating system refuses the writes (RLIMIT_FSIZE), as a full disk would."""
    path = tmp_path / "r.sqlite3"
    ctx = _register(path)
    measures.create_measure(ctx, measure_data(reference="KEPT"))
    ctx.db.dispose()
    before = table_rows(path)
    csv_file = _csv(tmp_path / "big.csv", BIG_CSV_ROWS, notes="n" * 2_000)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-c", FSIZE_CHILD, f"sqlite:///{path}", str(csv_file)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("StorageFull"), result.stdout
    assert table_rows(path) == before
    reopened = _register(path)
    assert check_register(reopened).ok
    reopened.db.dispose()
