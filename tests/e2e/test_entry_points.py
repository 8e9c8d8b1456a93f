"""What `pip install .` / `pipx install .` puts on the PATH: the command and the windowed entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import distribution
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.launcher import gui_main, main
from desktop_app.persistence import migrate
from desktop_app.ui.app import STARTUP_PROBE_ENV

DIST = "export-risk-register"


def _env(tmp_path: Path) -> dict[str, str]:
    return os.environ | {"EXPORT_RISK_LOG_DIR": str(tmp_path / "logs"), "QT_QPA_PLATFORM": "offscreen"}


def test_the_distribution_declares_the_command_and_the_window_without_a_console() -> None:
    dist = distribution(DIST)
    assert dist.version == __version__
    points = {(ep.group, ep.name): ep for ep in dist.entry_points}
    assert points["console_scripts", "export-risk"].load() is main
    # gui_scripts: pythonw on Windows, so no console window opens beside the app.
    assert points["gui_scripts", "export-risk-gui"].load() is gui_main


def test_the_installed_gui_script_shows_the_window(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("export-risk-gui")
    assert script.is_file(), "reinstall the project (pip install -e .) to create the entry point"
    env = _env(tmp_path) | {STARTUP_PROBE_ENV: "1"}
    app = subprocess.Popen([str(script), "--db", str(tmp_path / "reg.sqlite3")], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        line = app.stdout.readline()  # the probe prints once the window is painted
    finally:
        app.kill()
        app.wait()
    assert line.strip() == "shown"


def test_the_window_entry_point_copes_without_standard_streams(tmp_path: Path) -> None:
    """pythonw (and a windowed bundle) start the process with sys.stdout and sys.stderr None."""
    code = (
        "import sys\n"
        "sys.stdout = sys.stderr = None\n"
        "from desktop_app import launcher\n"
        "launcher.open_window = lambda url: sys.stdout.write(url) and 0\n"
        "sys.exit(launcher.gui_main(['--db', sys.argv[1]]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "reg.sqlite3")], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_names_the_release_the_schema_and_python(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code in (0, None)
    out = capsys.readouterr().out
    assert out.startswith(f"export-risk {__version__} (register schema {migrate.head_revision()}, Python 3.")
