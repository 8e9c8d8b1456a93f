"""Shared fixtures: a real SQLite register in a temp folder, a fixed clock, hostile strings."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.services.context import ServiceContext, open_register

REPO = Path(__file__).resolve().parent.parent
# The shared fixture file lives beside the repo in development; a copy is kept in tests/data.
HOSTILE = REPO / "tests" / "data" / "hostile_strings.json"
FIXED_NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data or log folder from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("EXPORT_RISK_LOG_DIR", str(home / "logs"))
    monkeypatch.delenv("EXPORT_RISK_DB", raising=False)
    monkeypatch.delenv("EXPORT_RISK_ACTOR", raising=False)


@pytest.fixture(autouse=True)
def _english_service_messages() -> Iterator[None]:
    """Each test starts with the services' messages in English: a test that starts the window in
    another language sets them to that language too (as the app does), for that test only."""
    from desktop_app.system import message_language

    message_language.set_language(message_language.SOURCE)
    yield
    message_language.set_language(message_language.SOURCE)


@pytest.fixture(autouse=True)
def _collector_as_a_command_leaves_it() -> Iterator[None]:
    """A main window keeps long reads' survivors frozen for its lifetime; a test that leaves one
    unclosed must not change the collector policy the next test sees."""
    yield
    from desktop_app.system import heap

    heap.keep_survivors_frozen(False)


# A register as the code at revision 0004 wrote it (tests/data/legacy/build.py says how).
LEGACY_0004 = REPO / "tests" / "data" / "legacy" / "register-0004.sqlite3.gz"


def legacy_register(path: Path) -> Path:
    """A fresh copy of the revision-0004 register at `path`."""
    import gzip

    path.write_bytes(gzip.decompress(LEGACY_0004.read_bytes()))
    return path


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'register.sqlite3'}"


@pytest.fixture
def ctx(db_url: str) -> Iterator[ServiceContext]:
    """A fresh register in a real SQLite file, with a fixed actor and clock."""
    context = open_register(db_url, actor="tester")
    context.now = lambda: FIXED_NOW
    yield context
    context.db.dispose()


@pytest.fixture
def speak() -> Iterator[Callable[[str], str]]:
    """`speak("zh_CN")` makes the services' messages speak that language for this test only (the
    window does this at start); English again afterwards."""
    from desktop_app.system import message_language

    yield message_language.set_language
    message_language.set_language(message_language.SOURCE)


@pytest.fixture(scope="session")
def hostile_strings() -> list[str]:
    return list(json.loads(HOSTILE.read_text(encoding="utf-8"))["strings"])


def measure_data(**overrides: object) -> dict[str, object]:
    """A valid measure payload; override any field."""
    base: dict[str, object] = {
        "reference": "MOFCOM Announcement No. 46 of 2024",
        "title": "Export ban on gallium, germanium and antimony to the United States",
        "jurisdiction": "CN",
        "authority": "MOFCOM",
        "measure_type": "export ban",
        "status": "suspended",
        "announced_on": "2024-12-03",
        "effective_on": "2024-12-03",
        "items": [{"name": "gallium", "codes": ["HS:8112.92"]}],
        "targets": ["US"],
        "status_history": [
            {"status": "in force", "valid_from": "2024-12-03"},
            {"status": "suspended", "valid_from": "2025-11-09"},
        ],
    }
    return base | overrides


def venture_data(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "name": "Aurora Anode Materials LLC",
        "country": "US",
        "stage": "operating",
        "partners": [{"name": "Appalachian Energy", "country": "US", "share": "70"},
                     {"name": "Shandong Carbon", "country": "CN", "share": "30"}],
        "items": [{"name": "spherical graphite", "direction": "input", "codes": ["HS:2504.10"]}],
    }
    return base | overrides


REQUIRE_ALL = os.environ.get("EXPORT_RISK_REQUIRE_ALL") == "1"


def need_tool(name: str) -> str:
    """Path of an external program; skip the test without it (fail in CI, where all must run)."""
    import shutil

    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (./dev.sh test installs it as root)"
        if REQUIRE_ALL:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def pg_url() -> str:
    """URL of the PostgreSQL test database; skip (fail in CI) when there is none."""
    url = os.environ.get("EXPORT_RISK_TEST_PG_URL", "")
    if not url:
        message = "EXPORT_RISK_TEST_PG_URL is not set (./dev.sh test starts a local server as root)"
        if REQUIRE_ALL:
            pytest.fail(message)
        pytest.skip(message)
    return url


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run tests marked slow (soak loops)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow soak test: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Which fences ran their fast paths and which their stock twins, and on which versions (the
    tests marked `fences` run both modes whatever this says)."""
    import desktop_app.persistence.fast_sqlite
    import desktop_app.reports.pdf.fast_reportlab
    import desktop_app.reports.xlsx.fast_openpyxl
    import desktop_app.system.heap  # noqa: F401
    from desktop_app.system import fences

    terminalreporter.section("fast paths (the mode the version check chose)")
    for line in fences.summary():
        terminalreporter.write_line(line)
