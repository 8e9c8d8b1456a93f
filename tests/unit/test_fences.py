"""The version check of every fence: fast on a verified version, stock and a WARNING otherwise."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from desktop_app.system import fences

ENV = "EXPORT_RISK_FAST_TESTLIB"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fences.ALL_ENV, raising=False)
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr(fences, "FENCES", {})


def _check(version: str) -> fences.Fence:
    return fences.check("testlib", version, ("1.2.3", "1.2.4"), env=ENV, where="desktop_app.x.fast_testlib")


def test_a_verified_version_runs_fast_quietly(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=fences.__name__):
        fence = _check("1.2.4")
    assert fence.fast and fence.mode == "fast" and caplog.records == []
    assert fences.summary() == ["testlib 1.2.4: fast (verified version; verified: 1.2.3, 1.2.4)"]


def test_an_unverified_version_runs_stock_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=fences.__name__):
        fence = _check("1.3.0")
    assert not fence.fast and fence.reason == "unverified version"
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    for needed in ("testlib 1.3.0", "1.2.3, 1.2.4", "stock path runs", "desktop_app.x.fast_testlib", ENV):
        assert needed in record.getMessage()


@pytest.mark.parametrize(("library_env", "all_env", "version", "fast", "level"), [
    ("0", None, "1.2.3", False, logging.INFO),  # forced stock on a verified version
    ("stock", "1", "1.2.3", False, logging.INFO),  # the library's own variable wins
    ("1", None, "9.0", True, logging.WARNING),  # forced fast on an unverified version: loudly
    (None, "0", "1.2.3", False, logging.INFO),  # every fence at once
    (None, "auto", "9.0", False, logging.WARNING),
    ("sometimes", None, "1.2.3", True, logging.WARNING),  # a bad value: said, then the check decides
])
def test_the_environment_forces_either_mode(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
                                            library_env: str | None, all_env: str | None, version: str,
                                            fast: bool, level: int) -> None:
    if library_env is not None:
        monkeypatch.setenv(ENV, library_env)
    if all_env is not None:
        monkeypatch.setenv(fences.ALL_ENV, all_env)
    with caplog.at_level(logging.INFO, logger=fences.__name__):
        fence = _check(version)
    assert fence.fast is fast
    assert max(r.levelno for r in caplog.records) == level


def test_forced_switches_the_mode_for_a_block_only() -> None:
    fence = _check("1.2.3")
    with fence.forced(False):
        assert not fence.fast
        with fence.forced(True):
            assert fence.fast
        assert not fence.fast
    assert fence.fast


def test_the_app_warns_at_import_when_a_library_is_not_verified() -> None:
    """The real fences, in a fresh process whose SQLAlchemy claims an unknown version."""
    code = (
        "import logging, sys; logging.basicConfig(level=logging.INFO, stream=sys.stdout, format='%(message)s'); "
        "import sqlalchemy; sqlalchemy.__version__ = '99.0'; "
        "from desktop_app.persistence import fast_sqlite; from desktop_app.system import fences; "
        "print('MODE', fast_sqlite.SQLALCHEMY.mode); print(*fences.summary(), sep='\\n')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "MODE stock" in result.stdout
    assert "SQLAlchemy 99.0 is not a version its fast paths were verified against (2.1.9)" in result.stdout
    assert "SQLAlchemy 99.0: stock (unverified version; verified: 2.1.9)" in result.stdout
