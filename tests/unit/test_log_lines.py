"""Every line of the shared log file names the process and the register it concerns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_command_logs_its_name_and_register(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    register = tmp_path / "register.sqlite3"
    env = {"EXPORT_RISK_LOG_DIR": str(logs), "EXPORT_RISK_ACTOR": "tester", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}
    script = ("import logging, sys; from desktop_app.cli.main import main; "
              "code = main(sys.argv[1:]); logging.getLogger('desktop_app.test').warning('after the command'); "
              "raise SystemExit(code)")
    subprocess.run([sys.executable, "-c", script, "--db", str(register), "check"],
                   env=env, check=False, capture_output=True, timeout=120)
    lines = (logs / "export-risk.log").read_text(encoding="utf-8").splitlines()
    last = lines[-1]
    assert "[export-risk check pid " in last and f"[{register}]" in last and last.endswith("after the command")
