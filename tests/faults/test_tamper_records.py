"""Edits made behind the application's back, with the sqlite3 shell or psql, are caught by `check`,
each named with its record; reports and exports still complete, marking what they had to repair."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop_app.cli.main import main as cli_main
from desktop_app.services.context import open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.maintenance.check import check_location
from desktop_app.services.records import assessments
from desktop_app.services.screening.actions import dismiss_exposure
from desktop_app.services.screening.exposures import screen
from tests.conftest import need_tool
from tests.faults.helpers import sealed_rows
from tests.team.conftest import pg_db  # noqa: F401  - a fresh PostgreSQL database per test

A_MEASURE = "MOFCOM/GAC Announcement No. 23 of 2023"
# (SQL run behind the application's back, what `check` must say). Each is one tamper.
TAMPERS = {
    "measure title": ("UPDATE measure SET title = 'Nothing to see' WHERE id = 1",
                      f"measure '{A_MEASURE}' (id 1) was changed outside the application: it no longer "
                      "matches audit entry 1 (differs in: title)"),
    "deleted link": ("DELETE FROM measure_link WHERE id = 2",
                     "(id 2) was deleted outside the application"),
    "ownership 150%": ("UPDATE partner SET share = 99 WHERE id = 1",
                       "(id 1): partners: ownership shares add up to 150.00%, over 100%"),
    "risk level": ("UPDATE assessment SET residual_level = 'low' WHERE id = 3",
                   "residual level is 'low' but the risk matrix gives"),
    "control character": ("UPDATE measure SET title = title || char(7) WHERE id = 2",
                          "title: contains control characters"),
    "added measure": ("INSERT INTO measure (reference, reference_key, title, original_title, jurisdiction, "
                      "authority, measure_type, status, summary, source_url, notes, created_at, updated_at, "
                      "version) VALUES ('FAKE-1', 'fake-1', 'Planted', '', 'CN', '', 'export_ban', 'in_force', "
                      "'', '', '', '2026-01-01', '2026-01-01', 1)",
                      "is not in the audit trail: it was added outside the application"),
    "un-archived": ("UPDATE assessment SET archived_at = NULL WHERE archived_at IS NOT NULL",
                    "was changed outside the application"),
    "deleted dismissal": ("DELETE FROM exposure_dismissal", "dismissed exposure"),
    "matrix cell": ("UPDATE risk_cell SET level_key = 'low' WHERE likelihood = 5 AND impact = 5",
                    "the risk matrix was changed outside the application"),
    "synonym": ("UPDATE synonym SET means = 'anything' WHERE id = 1", "synonym with id 1 was changed"),
    "mitigation text": ("UPDATE mitigation_action SET text = 'nothing planned' WHERE id = 1",
                        "was changed outside the application"),
    "item code": ("UPDATE measure_item SET codes = 'HS:9999.99' WHERE id = 1",
                  f"measure '{A_MEASURE}' (id 1) was changed"),
    "status history": ("DELETE FROM measure_status_change WHERE id = 1", "was changed outside the application"),
    "sealed state": ("UPDATE record_seal SET state_hash = 'f' || substr(state_hash, 2) WHERE id = 1",
                     "no longer matches the seal at the start of the audit trail"),
    "reference key": ("UPDATE measure SET reference_key = 'other' WHERE id = 4",
                      "does not match its reference"),
    "unknown treatment": ("UPDATE assessment SET treatment = 'bogus', channels = 'nonsense' WHERE id = 2",
                          "(id 2): treatment: Input should be 'mitigate'"),
}
PG_TAMPERS = ("measure title", "deleted link", "ownership 150%", "risk level", "control character")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "reg.db"
    ctx = open_register(path, actor="owner")
    _fill(ctx)
    ctx.db.dispose()
    return path


def _fill(ctx: object) -> None:
    load_demo(ctx)  # type: ignore[arg-type]
    assessments.archive_assessment(ctx, assessments.list_assessments(ctx)[-1].id)  # type: ignore[arg-type]
    exposure = next(e for e in screen(ctx) if e.dismissal is None)  # type: ignore[arg-type]
    dismiss_exposure(ctx, exposure.measure_id, exposure.venture_id, exposure.item_key,  # type: ignore[arg-type]
                     "covered by the supplier's licence")


@pytest.fixture
def register(pristine: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "reg.db"
    shutil.copy(pristine, path)
    yield path


def test_the_untouched_register_is_sound(register: Path) -> None:
    report, _name = check_location(register)
    assert report.ok, report.problems
    assert report.records == sealed_rows(register)  # every record of every sealed entity, the matrix


@pytest.mark.parametrize("tamper", sorted(TAMPERS))
def test_a_change_made_with_the_sqlite3_shell_is_reported_with_its_record(
        register: Path, tamper: str, capsys: pytest.CaptureFixture) -> None:
    sql, expected = TAMPERS[tamper]
    done = subprocess.run([need_tool("sqlite3"), str(register), sql], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert cli_main(["--db", str(register), "check"]) == 1
    err = capsys.readouterr().err
    assert expected in err, err


@pytest.mark.parametrize("command", [["report", "pdf", "out.pdf"], ["report", "xlsx", "out.xlsx"],
                                     ["export", "measures", "out.csv"], ["export", "assessments", "out.csv"]])
def test_reports_and_exports_mark_a_bad_row_and_go_on(register: Path, command: list[str],
                                                      capsys: pytest.CaptureFixture) -> None:
    for tamper in ("control character", "unknown treatment"):
        subprocess.run([need_tool("sqlite3"), str(register), TAMPERS[tamper][0]], check=True)
    out = register.parent / command[-1]
    assert cli_main(["--db", str(register), *command[:-1], str(out)]) == 0
    err = capsys.readouterr().err
    if command[1] != "assessments":
        assert "MOFCOM/GAC Announcement No. 39 of 2023' (id 2): title: contains control characters" in err
    assert out.stat().st_size > 0
    text = out.read_text(encoding="utf-8-sig") if out.suffix == ".csv" else ""
    if command[1] == "measures":
        assert "\ufffd" in text and "\x07" not in text
    if command[1] == "assessments":
        assert "bogus (unknown)" in text and "nonsense (unknown)" in text  # shown as stored, marked


def _psql(url: str, sql: str) -> None:
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    done = subprocess.run([need_tool("psql"), libpq, "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.postgres
@pytest.mark.parametrize("tamper", PG_TAMPERS)
def test_a_change_made_with_psql_is_reported_with_its_record(pg_db: str, tamper: str,  # noqa: F811
                                                             capsys: pytest.CaptureFixture) -> None:
    ctx = open_register(pg_db, actor="owner")
    _fill(ctx)
    ctx.db.dispose()
    assert cli_main(["--db", pg_db, "check"]) == 0
    sql, expected = TAMPERS[tamper]
    _psql(pg_db, sql.replace("char(7)", "chr(7)"))
    assert cli_main(["--db", pg_db, "check"]) == 1
    assert expected in capsys.readouterr().err
