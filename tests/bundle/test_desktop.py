"""The built bundle's contents and its Linux desktop integration (menu entry, icons, command)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

from desktop_app import __version__
from tests.bundle.conftest import Bundle, user_env
from tests.conftest import REPO, need_tool

NAME = "export-risk-register"
# The oldest C library the README's Install section promises to run on (Debian 12's).
GLIBC_FLOOR = (2, 36)


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"}


def test_the_archive_is_named_after_the_version_and_holds_one_versioned_folder(bundle: Bundle) -> None:
    assert bundle.archive.name.startswith(f"{NAME}-{__version__}-linux-")
    assert bundle.folder.name == f"{NAME}-{__version__}"
    assert os.access(bundle.exe, os.X_OK) and os.access(bundle.folder / "install.sh", os.X_OK)


def test_the_bundle_holds_what_the_app_reads_from_files(bundle: Bundle) -> None:
    package = bundle.folder / "_internal" / "desktop_app"
    # The user guide is the repo's docs/, mapped into the package as resources/guide (pyproject).
    docs = REPO / "docs"
    guide = {f"guide/{p.name}" for p in docs.glob("*.md")} | {
        f"guide/screenshots/{p.name}" for p in (docs / "screenshots").glob("*.png")}
    assert _files(package / "resources") == _files(REPO / "resources") | guide
    migrations = REPO / "desktop_app" / "persistence" / "migrations"
    assert _files(migrations) <= _files(package / "persistence" / "migrations")
    assert (package / "persistence" / "migrations" / "env.py").is_file()
    # Left out on purpose: the test tools, and Qt's GTK theme plugin (see packaging/export-risk.spec).
    internal = {p.name for p in (bundle.folder / "_internal").iterdir()}
    assert not internal & {"pytest", "_pytest", "hypothesis", "tests"}
    assert not list(bundle.folder.rglob("libqgtk3.so"))
    assert list(bundle.folder.rglob("libqxcb.so")) and list(bundle.folder.rglob("libqoffscreen.so"))


def test_the_bundle_needs_no_newer_c_library_than_the_readme_promises(bundle: Bundle) -> None:
    objdump = need_tool("objdump")
    binaries = [bundle.exe, *(p for p in bundle.folder.rglob("*.so*") if p.is_file() and not p.is_symlink())]
    needed: dict[tuple[int, int], str] = {}
    for path in binaries:
        symbols = subprocess.run([objdump, "-T", str(path)], capture_output=True, text=True, check=False).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", symbols):
            needed.setdefault((int(major), int(minor)), path.name)
    newest = max(needed)
    assert newest <= GLIBC_FLOOR, f"{needed[newest]} needs glibc {newest}"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"glibc {GLIBC_FLOOR[0]}.{GLIBC_FLOOR[1]} or newer" in readme


def _install(bundle: Bundle, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle.folder / "install.sh"), *args], cwd=home, env=user_env(home),
                          capture_output=True, text=True, timeout=60, check=False)


def test_install_adds_the_menu_entry_icons_and_command_and_uninstall_removes_them(bundle: Bundle,
                                                                                 home: Path) -> None:
    validate = need_tool("desktop-file-validate")
    data = home / ".local" / "share"
    entry = data / "applications" / f"{NAME}.desktop"
    link = home / ".local" / "bin" / "export-risk"
    installed = _install(bundle, home)
    assert installed.returncode == 0, installed.stderr
    check = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    fields = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line)
    command = shlex.split(fields["Exec"])
    assert command == [str(bundle.exe), "gui"] and fields["TryExec"] == str(bundle.exe)
    # The menu's command line, with --version in place of the window.
    version = subprocess.run([command[0], "--version"], env=user_env(home), capture_output=True, text=True,
                             timeout=120, check=False)
    assert version.stdout.startswith(f"export-risk {__version__} ")
    icons = data / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / f"{NAME}.png").is_file()
    assert (icons / "scalable" / "apps" / f"{NAME}.svg").is_file()
    assert link.is_symlink() and link.resolve() == bundle.exe.resolve()

    removed = _install(bundle, home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists() and not link.exists() and not link.is_symlink()
    assert not list(icons.rglob(f"{NAME}.*"))


def test_install_leaves_a_command_of_someone_else_alone(bundle: Bundle, home: Path) -> None:
    theirs = home / ".local" / "bin" / "export-risk"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("#!/bin/sh\necho theirs\n", encoding="utf-8")
    assert _install(bundle, home).returncode == 0
    assert _install(bundle, home, "--uninstall").returncode == 0
    assert theirs.read_text(encoding="utf-8") == "#!/bin/sh\necho theirs\n"
