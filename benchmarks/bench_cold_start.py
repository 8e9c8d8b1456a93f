"""Cold start: a fresh interpreter until the main window is shown and painted, beside a bare
QMainWindow started by a fresh interpreter that first imports the very modules the app had loaded.

    python -m benchmarks.bench_cold_start [--db FILE] [--assessments 100000] [--runs 5] [--json FILE]
    python -m benchmarks.bench_cold_start --binary dist/export-risk-register/export-risk [--db FILE] ...

With `--binary`, the desktop bundle's executable (./dev.sh bundle) is timed instead, beside the
source install (`python -m desktop_app`, this interpreter): both are started as a user starts
them, on the same register, and each prints when its window is painted (the app's startup probe,
EXPORT_RISK_STARTUP_PROBE). The goal is a bundle at most 1.2x the source install. The bundle's
size on disk and its archive's size (dist/*.tar.gz beside the folder) are printed too.

The clock runs from launching the process until it prints that its window is on screen (process
exit is not counted). The reference imports every module the app had in `sys.modules` at that
moment (except the app's own), so the ratio is what the app does beyond importing its libraries:
importing its own modules, opening and migrating the register, building the window and its first
view, and painting it.

The child opens the register and builds the window as `run_gui` does. What the window then reads
for itself runs on background threads from the first turn of the event loop and is not waited
for: SQLite's page check of the file (a damaged file turns the window read-only when it reports),
the status-bar counts, the dashboard's figures (the dashboard paints "Reading the figures…" until
they arrive) and the screening for the Exposures badge. Those are not part of "the window is
shown"; the first turn of the event loop that starts them is.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP = """
import sys
from desktop_app.ui.app import application, open_or_explain
app = application()
ctx = open_or_explain(sys.argv[1])
from desktop_app.ui.main_window import MainWindow
window = MainWindow(ctx)
window.show()
window.repaint()
app.processEvents()
with open(sys.argv[2], "w", encoding="utf-8") as fh:  # about a millisecond
    fh.write("\\n".join(m for m in list(sys.modules) if not m.startswith(("desktop_app", "__main__"))))
print("shown", flush=True)
"""
BARE = """
import importlib, sys
for name in open(sys.argv[1], encoding="utf-8").read().split():
    try:
        importlib.import_module(name)
    except Exception:
        pass
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
window.repaint()
app.processEvents()
print("shown", flush=True)
"""


def until_shown(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from launch until the child prints `shown`; the child is then stopped (work it
    started in the background, such as the app's first screening, is not waited for)."""
    return command_until_shown([sys.executable, "-c", code, *args], env=env)


def command_until_shown(command: list[str], *, env: dict[str, str], cwd: Path = ROOT) -> float:
    """As `until_shown`, for any command line that prints `shown` once its window is painted."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.kill()
    child.wait()
    if "shown" not in line:
        raise SystemExit(f"the window was not shown (run it by hand to see why):\n{line}{' '.join(command)}")
    return elapsed


def measure(db: Path, runs: int) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="bench-cold-"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(work / "config"))  # default settings: the first view is the dashboard
    modules = work / "modules.txt"
    url = f"sqlite:///{db}"
    until_shown(APP, url, str(modules), env=env)  # warm the disk cache and write the module list
    ours, bare = [], []
    for _ in range(runs):  # alternate, so a burst of load hits both sides alike
        ours.append(until_shown(APP, url, str(work / "again.txt"), env=env))
        bare.append(until_shown(BARE, str(modules), env=env))
    return {"ours": min(ours), "reference": min(bare), "modules": len(modules.read_text().split())}


def measure_binary(binary: Path, db: Path, runs: int) -> dict[str, float]:
    """The bundle's executable against the source install, both through the real launcher."""
    binary, work = binary.resolve(), Path(tempfile.mkdtemp(prefix="bench-cold-bin-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(work / "config"), EXPORT_RISK_LOG_DIR=str(work / "logs"),
               EXPORT_RISK_STARTUP_PROBE="1")
    source_env = dict(env, PYTHONPATH=str(ROOT))
    bundle_env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    bundle_cmd = [str(binary), "--db", str(db)]
    source_cmd = [sys.executable, "-m", "desktop_app", "--db", str(db)]
    command_until_shown(bundle_cmd, env=bundle_env, cwd=work)  # warm the disk cache for both
    command_until_shown(source_cmd, env=source_env)
    bundle, source = [], []
    for _ in range(runs):  # alternate, so a burst of load hits both sides alike
        bundle.append(command_until_shown(bundle_cmd, env=bundle_env, cwd=work))
        source.append(command_until_shown(source_cmd, env=source_env))
    folder = binary.parent
    archives = [p for pattern in ("*.tar.gz", "*.zip") for p in sorted(folder.parent.glob(f"{folder.name}-{pattern}"))]
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return {"ours": min(bundle), "reference": min(source), "folder_bytes": sum(p.stat().st_size for p in files),
            "files": len(files), "archive_bytes": archives[-1].stat().st_size if archives else 0}


def report_binary(result: dict[str, float], runs: int, out: Path | None) -> None:
    print(f"cold start to the shown main window: bundle {result['ours'] * 1000:.0f} ms, source install "
          f"{result['reference'] * 1000:.0f} ms, ratio {result['ours'] / result['reference']:.2f}x "
          f"(best of {runs}; goal at most 1.2x)")
    print(f"bundle size: {result['folder_bytes'] / 2**20:.0f} MB in {result['files']:,.0f} files"
          + (f", archive {result['archive_bytes'] / 2**20:.0f} MB" if result["archive_bytes"] else ""))
    if out:
        out.write_text(json.dumps([{
            "key": "cold_start_binary", "operation": "cold start to the main window (bundle)", "unit": "s",
            "ours": result["ours"], "reference": result["reference"], "goal": "ratio", "limit": 1.2,
            "reference_name": "source install, python -m desktop_app"},
            {"key": "bundle_size", "operation": "bundle size on disk", "unit": "MB",
             "ours": result["folder_bytes"] / 2**20, "reference": result["archive_bytes"] / 2**20,
             "goal": "ratio", "limit": None, "reference_name": "its archive"}]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="an existing register (default: build a synthetic one)")
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--binary", type=Path, help="time this bundle executable against the source install")
    args = parser.parse_args(argv)
    db = args.db
    if db is None:
        from benchmarks.generate import Size, build_register

        db = Path(tempfile.mkdtemp(prefix="bench-cold-db-")) / "register.sqlite3"
        build_register(db, Size(assessments=args.assessments))
    if args.binary:
        report_binary(measure_binary(args.binary, db.resolve(), args.runs), args.runs, args.json)
        return 0
    result = measure(db.resolve(), args.runs)
    print(f"cold start to the shown main window: app {result['ours'] * 1000:.0f} ms, bare QMainWindow with the "
          f"same {result['modules']:.0f} modules imported {result['reference'] * 1000:.0f} ms, "
          f"ratio {result['ours'] / result['reference']:.2f}x (best of {args.runs})")
    if args.json:
        args.json.write_text(json.dumps([{
            "key": "cold_start", "operation": "cold start to the main window", "unit": "s",
            "ours": result["ours"], "reference": result["reference"], "goal": "ratio", "limit": 1.5,
            "reference_name": "bare QMainWindow, same imports"}]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
