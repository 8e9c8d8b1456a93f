"""The built bundle's command line: version, demo, both reports, check, and schema updates."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app import __version__
from desktop_app.persistence import migrate
from desktop_app.persistence.db import make_engine
from tests.bundle.conftest import Run
from tests.team.conftest import pg_db  # noqa: F401  - a fresh PostgreSQL database per test

# A joint venture of the demo register with a Chinese name, and one with a Korean name: the
# reports draw them with the fonts the bundle carries.
CHINESE_VENTURE = "华锂新能源材料"
KOREAN_VENTURE = "한중미래양극재"


def test_version_names_the_release_and_the_newest_schema(run: Run) -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"export-risk {__version__} (register schema {migrate.head_revision()}, ")


def test_check_demo_reports_on_a_fresh_register(run: Run, home: Path) -> None:
    register = home / "fresh.sqlite3"
    # `check` never creates a register: a first command (an empty export) makes it.
    assert run("--db", str(register), "export", "measures", str(home / "empty.csv")).returncode == 0
    fresh = run("--db", str(register), "check")
    assert fresh.returncode == 0, fresh.stderr
    assert fresh.stdout.startswith("OK:") and "(0 entries" in fresh.stdout
    demo = run("--db", str(register), "demo")
    assert demo.returncode == 0, demo.stderr
    assert "measures.csv: 30 were created" in demo.stdout

    pdf, xlsx = home / "out" / "briefing.pdf", home / "out" / "workbook.xlsx"
    assert run("--db", str(register), "report", "pdf", str(pdf)).returncode == 0
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) > 1 and "MOFCOM" in text
    assert CHINESE_VENTURE in text and KOREAN_VENTURE in text
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"].get("/Font", {}).values()}
    assert any("WenQuanYi" in name for name in fonts), fonts  # the shipped CJK font, embedded

    assert run("--db", str(register), "report", "xlsx", str(xlsx)).returncode == 0
    book = openpyxl.load_workbook(xlsx, read_only=True)
    assert {"Measures", "Joint ventures", "Assessments"} <= set(book.sheetnames)
    ventures = book["Joint ventures"]
    ventures.reset_dimensions()
    names = [row[0] for row in ventures.iter_rows(min_row=2, values_only=True)]
    book.close()
    assert len(names) == 6 and any(CHINESE_VENTURE in (n or "") for n in names)

    check = run("--db", str(register), "check")
    assert check.returncode == 0 and check.stdout.startswith("OK:"), check.stdout + check.stderr


def _register_at(path: Path, revision: str) -> None:
    """A register as an older release left it: built by this source's migrations up to `revision`."""
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revision)
    engine.dispose()


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    finally:
        conn.close()


def test_an_older_register_is_migrated_after_a_backup(run: Run, home: Path) -> None:
    first = min(migrate.known_revisions())
    if first == migrate.head_revision():
        pytest.skip("only one schema revision exists")
    old = home / "old.sqlite3"
    _register_at(old, first)
    # `check` only checks an upgraded copy; a command that works on the register upgrades it.
    result = run("--db", str(old), "export", "measures", str(home / "old.csv"))
    assert result.returncode == 0, result.stderr
    assert _revision(old) == migrate.head_revision()
    backups = list((home / "backups").glob(f"old.before-{first}.*.sqlite3"))
    assert len(backups) == 1 and _revision(backups[0]) == first
    # Every migration script ran inside the bundle: the schema is the one a new register gets.
    current = home / "current.sqlite3"
    assert run("--db", str(current), "export", "measures", str(home / "current.csv")).returncode == 0
    assert _tables(old) == _tables(current)


def test_a_newer_register_is_refused_with_both_versions(run: Run, home: Path) -> None:
    newer = home / "newer.sqlite3"
    assert run("--db", str(newer), "export", "measures", str(home / "newer.csv")).returncode == 0
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = hashlib.sha256(newer.read_bytes()).hexdigest()
    result = run("--db", str(newer), "demo")
    assert result.returncode == 1
    assert "newer version" in result.stderr and "schema 9999_from_the_future" in result.stderr
    assert f"up to {migrate.head_revision()}" in result.stderr
    assert hashlib.sha256(newer.read_bytes()).hexdigest() == before
    assert not (home / "backups").exists()


@pytest.mark.postgres
def test_team_mode_from_the_bundle(run: Run, pg_db: str) -> None:  # noqa: F811
    """The PostgreSQL driver (psycopg with its binary part) travels in the bundle."""
    demo = run("--db", pg_db, "demo")
    assert demo.returncode == 0, demo.stderr
    check = run("--db", pg_db, "check")
    assert check.returncode == 0 and check.stdout.startswith("OK:"), check.stdout + check.stderr
