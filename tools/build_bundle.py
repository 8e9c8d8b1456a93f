"""Build the one-folder desktop bundle and its archive (what `./dev.sh bundle` runs).

    python3 tools/build_bundle.py [--venv build/bundle/venv] [--dist dist]

1. A virtual environment holding the app as a user's install holds it (`pip install .`, not
   editable, with the `team` and `bundle` extras and constraints.txt).
2. That environment's PyInstaller on packaging/export-risk.spec: dist/export-risk-register/.
3. The archive: dist/export-risk-register-VERSION-OS-MACHINE.tar.gz (.zip on Windows), whose one
   folder is named after the version, so two versions unpacked side by side never mix.

Standard library only, so any Python 3.11+ can run it, on Linux, Windows and macOS alike (each
builds its own platform's bundle). The step times and the sizes are printed and written to
dist/bundle-build.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "export-risk-register"
WINDOWS = sys.platform == "win32"


def version() -> str:
    """`__version__` from desktop_app/__init__.py, read as text (this script imports nothing of the app)."""
    found = re.search(r'^__version__ = "([^"]+)"', (ROOT / "desktop_app" / "__init__.py").read_text("utf-8"), re.M)
    if found is None:
        raise SystemExit("no __version__ in desktop_app/__init__.py")
    return found.group(1)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def install(venv: Path) -> None:
    """Create the build environment if needed and install the app (always afresh) into it."""
    if not venv_python(venv).exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv_python(venv)), "-m", "pip", "install", "-q", "-c", str(ROOT / "constraints.txt")]
    # setuptools copies the package through build/lib and never deletes there: a file removed
    # from the source (a resource, a module) would otherwise still be installed and bundled.
    for stale in (ROOT / "build" / "lib", ROOT / "build" / f"bdist.{sysconfig.get_platform()}"):
        shutil.rmtree(stale, ignore_errors=True)
    subprocess.run([*pip, ".[team,bundle]"], cwd=ROOT, check=True)
    # The same version number on every build: make pip copy the current source all the same.
    subprocess.run([*pip, "--no-deps", "--force-reinstall", "."], cwd=ROOT, check=True)


def pyinstaller(venv: Path, dist: Path, work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    # Run from the work folder: `python -m` puts the current folder first on sys.path, and from
    # the repo root the source tree would shadow the installed package the spec insists on.
    subprocess.run([str(venv_python(venv)), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "export-risk.spec")],
                   cwd=work, check=True)


def archive(folder: Path, dist: Path, ver: str) -> Path:
    """The bundle folder packed as `NAME-VER/` inside the archive, executable bits kept."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    stem = f"{NAME}-{ver}-{system}-{platform.machine().lower()}"
    inner = f"{NAME}-{ver}"
    if WINDOWS:
        target = dist / f"{stem}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, f"{inner}/{path.relative_to(folder).as_posix()}")
        return target
    target = dist / f"{stem}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tf:
        tf.add(folder, arcname=inner)
    return target


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, symlinks not followed."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle" / "venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    dist, ver = args.dist.resolve(), version()
    times: dict[str, float] = {}
    start = time.perf_counter()
    install(args.venv.resolve())
    times["install"] = time.perf_counter() - start
    start = time.perf_counter()
    pyinstaller(args.venv.resolve(), dist, ROOT / "build" / "bundle" / "work")
    times["pyinstaller"] = time.perf_counter() - start
    folder = dist / NAME
    app = folder / ("export-risk.exe" if WINDOWS else "export-risk")
    if sys.platform == "darwin":
        folder = dist / "Export Risk Register.app"
        app = folder / "Contents" / "MacOS" / "export-risk"
    if not app.is_file():
        raise SystemExit(f"PyInstaller finished but {app} is missing")
    start = time.perf_counter()
    for old in dist.glob(f"{NAME}-*.*"):
        old.unlink()
    packed = archive(folder, dist, ver)
    times["archive"] = time.perf_counter() - start
    size, files = folder_size(folder)
    figures = {"version": ver, "folder": str(folder), "executable": str(app), "archive": str(packed),
               "folder_bytes": size, "files": files, "archive_bytes": packed.stat().st_size,
               "seconds": {k: round(v, 1) for k, v in times.items()}, "cpus": os.cpu_count()}
    (dist / "bundle-build.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(f"bundle: {folder} ({size / 2**20:.0f} MB in {files:,} files)\n"
          f"archive: {packed} ({packed.stat().st_size / 2**20:.0f} MB)\n"
          f"built in {sum(times.values()):.0f} s: " + ", ".join(f"{k} {v:.0f} s" for k, v in times.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
