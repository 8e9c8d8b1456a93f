"""The built bundle, unpacked from its archive and run as a user runs it: no source tree, no venv."""

from __future__ import annotations

import os
import subprocess
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REQUIRE_ALL

BUNDLE_ENV = "EXPORT_RISK_BUNDLE"
Run = Callable[..., subprocess.CompletedProcess[str]]


@dataclass(frozen=True)
class Bundle:
    folder: Path  # the unpacked export-risk-register-VERSION/ folder
    archive: Path

    @property
    def exe(self) -> Path:
        return self.folder / "export-risk"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """The archive named by EXPORT_RISK_BUNDLE (`./dev.sh bundle` writes it to dist/), unpacked
    once into a temporary folder; skipped without one (a failure in CI, which builds it first)."""
    archive = os.environ.get(BUNDLE_ENV, "")
    if not archive or not Path(archive).is_file():
        message = f"{BUNDLE_ENV} does not name a bundle archive (build one with ./dev.sh bundle)"
        if REQUIRE_ALL:
            pytest.fail(message)
        pytest.skip(message)
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tf:
        tf.extractall(target, filter="tar")
    folders = [p for p in target.iterdir() if p.is_dir()]
    assert len(folders) == 1, f"the archive should hold one folder, not {folders}"
    return Bundle(folders[0], Path(archive).resolve())


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment: own home and data folders, no PYTHONPATH, no virtual environment,
    nothing of this test run's Python."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".local" / "state"), "XDG_CACHE_HOME": str(home / ".cache"),
        "EXPORT_RISK_ACTOR": "bundle-test", "QT_QPA_PLATFORM": "offscreen",
    }
    return env | extra


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def run(bundle: Bundle, home: Path) -> Run:
    """Run the bundle's `export-risk` with arguments, from the user's home folder."""
    def _run(*args: str, timeout: float = 180, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(bundle.exe), *args], cwd=home, env=user_env(home, **extra),
                              capture_output=True, text=True, timeout=timeout, check=False)

    return _run
